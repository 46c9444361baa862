// Renders the digest in headless Chromium at desktop and phone widths and checks what a reader sees.
// Screenshots land in test-artifacts/screenshots/ (git-ignored) for a human look.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestView } from '../../functions/core/model';
import { renderDigest } from '../../functions/email/render';
import { digestOf, hasSeeds, SAMPLES_DIR, SEEDS_DIR } from '../support/digest-of';
import { longWordsDigestView, smallDigestView } from './fixtures';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

/** The digest under test: the seed articles' digest, or the samples' where ../shared is absent. */
async function digestUnderTest(): Promise<DigestView> {
  return digestOf(hasSeeds ? SEEDS_DIR : SAMPLES_DIR).view;
}

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser.test: ${CHROMIUM} not found, skipping (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('the digest in a real browser', () => {
  let browser: Browser;
  let view: DigestView;
  let html: string;

  beforeAll(async () => {
    view = await digestUnderTest();
    ({ html } = await renderDigest(view, { templates, unsubscribeUrl: 'https://unsubscribe.example/u?token=abc' }));
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('wraps unbreakable names, titles and URLs instead of scrolling sideways at 375 px', async () => {
    const long = await renderDigest(longWordsDigestView(), { templates, unsubscribeUrl: null });
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(long.html, { waitUntil: 'load' });
      await page.screenshot({ path: `${SCREENSHOTS}long-words-375.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    } finally {
      await page.close();
    }
  });

  for (const width of [600, 375]) {
    it(`reads well at ${width} px: no sideways scrolling, every section title visible`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      try {
        // The email has no external resources; block any request so the test stays offline.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.screenshot({ path: `${SCREENSHOTS}digest-${width}.png`, fullPage: true });

        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        for (const section of view.sections.filter((s) => s.items.length > 0)) {
          const title = page.locator('.section-title', { hasText: section.title }).first();
          expect(await title.isVisible(), section.title).toBe(true);
          const box = await title.boundingBox();
          expect(box, section.title).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
          expect(box!.y + box!.height).toBeLessThanOrEqual(pageHeight);
          expect(box!.height).toBeGreaterThan(10);
        }
        // Item text stays at least 15 px on the phone too (the first item of the first section).
        const firstItem = view.sections.find((s) => s.items.length > 0)!.items[0]!.text.slice(0, 40);
        const itemSize = await page.evaluate((start) => {
          // The visible item, not the hidden preheader that previews the same words.
          const el = [...document.querySelectorAll('div')].find(
            (d) => d.children.length === 0 && d.getClientRects().length > 0 && d.textContent?.trim().startsWith(start),
          );
          return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
        }, firstItem);
        expect(itemSize).toBeGreaterThanOrEqual(15);
      } finally {
        await page.close();
      }
    });
  }

  it('renders dark in prefers-color-scheme: dark (and light otherwise), with readable contrast', async () => {
    const looks: Record<string, Look> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 }, colorScheme });
      try {
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.screenshot({ path: `${SCREENSHOTS}digest-600-${colorScheme}.png`, fullPage: true });
        looks[colorScheme] = await page.evaluate(readLook, firstItemStart(view));
      } finally {
        await page.close();
      }
    }
    const light = looks.light!;
    const dark = looks.dark!;
    // The page, the section behind the first item, and the article list: light in light mode, dark in dark.
    for (const part of ['page', 'item', 'sources', 'title', 'list', 'listMeta', 'footer'] as const) {
      expect(luminance(light[part].background), `light ${part} background`).toBeGreaterThan(0.7);
      expect(luminance(dark[part].background), `dark ${part} background`).toBeLessThan(0.05);
      // Every text stays readable on its own background: WCAG AA for body text (4.5:1).
      expect(contrast(dark[part].color, dark[part].background), `dark ${part} contrast`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(light[part].color, light[part].background), `light ${part} contrast`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(dark.link.color, dark.link.background), 'dark link contrast').toBeGreaterThanOrEqual(4.5);
    // Secondary text stays secondary in the dark: dimmer than the item text, as in light mode.
    for (const look of [light, dark]) {
      expect(contrast(look.listMeta.color, look.listMeta.background)).toBeLessThan(contrast(look.item.color, look.item.background));
      expect(contrast(look.sources.color, look.sources.background)).toBeLessThan(contrast(look.item.color, look.item.background));
    }
    expect(dark.colorSchemeMeta).toBe('light dark');
  });

  it('renders the rejected-files note and linked sources dark too, readable', async () => {
    const small = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: 'https://unsubscribe.example/u?token=abc' });
    const page = await browser.newPage({ viewport: { width: 600, height: 900 }, colorScheme: 'dark' });
    try {
      await page.route('**/*', (route) => route.abort());
      await page.setContent(small.html, { waitUntil: 'load' });
      await page.screenshot({ path: `${SCREENSHOTS}small-600-dark.png`, fullPage: true });
      const paints = await page.evaluate(() => {
        const behind = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        };
        const paint = (el: Element | null) => (el ? { color: getComputedStyle(el).color, background: behind(el) } : null);
        return {
          note: paint(document.querySelector('.rejected-row')),
          links: [...document.querySelectorAll('a')].map((a) => paint(a)!),
        };
      });
      expect(paints.note).not.toBeNull();
      expect(luminance(paints.note!.background)).toBeLessThan(0.05);
      expect(contrast(paints.note!.color, paints.note!.background)).toBeGreaterThanOrEqual(4.5);
      expect(paints.links.length).toBeGreaterThan(3);
      for (const link of paints.links) expect(contrast(link.color, link.background), JSON.stringify(link)).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });

  it('keeps the article list spacing and link styles when the <body> class and attributes are dropped (Gmail)', async () => {
    expect(view.articles.length).toBeGreaterThan(1);
    // Gmail replaces <body> with its own element: its class and attributes are gone. Clients that drop
    // <style> entirely go further; the list must hold up there too.
    const gmailLike = html.replace(/<body\b[^>]*>/i, '<body>');
    const noStyles = gmailLike.replace(/<style\b[\s\S]*?<\/style>/gi, '');
    const layouts: Record<string, ListLayout> = {};
    for (const [name, variant] of Object.entries({ normal: html, gmail: gmailLike, 'no-style': noStyles })) {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
      try {
        await page.route('**/*', (route) => route.abort());
        await page.setContent(variant, { waitUntil: 'load' });
        await page.screenshot({ path: `${SCREENSHOTS}digest-600-${name}.png`, fullPage: true });
        layouts[name] = await page.evaluate(readListLayout);
      } finally {
        await page.close();
      }
    }
    const normal = layouts.normal!;
    // The normal rendering really spaces the rows (so the comparison below can fail).
    expect(normal.rows.length).toBe(view.articles.length);
    for (const row of normal.rows) expect(row.paddingBottom).toBeGreaterThanOrEqual(8);
    expect(normal.linkColor).not.toBe(normal.textColor);
    expect(layouts.gmail).toEqual(normal);
    expect(layouts['no-style']).toEqual(normal);
  });
});

interface Paint {
  color: string;
  background: string;
}
interface Look {
  page: Paint;
  item: Paint;
  sources: Paint;
  title: Paint;
  list: Paint;
  listMeta: Paint;
  footer: Paint;
  link: Paint;
  colorSchemeMeta: string | null;
}
interface ListLayout {
  rows: { top: number; height: number; paddingBottom: number }[];
  linkColor: string;
  textColor: string;
}

function firstItemStart(view: DigestView): string {
  return view.sections.find((s) => s.items.length > 0)!.items[0]!.text.slice(0, 40);
}

// Runs in the page: the colour of each part of the email and the background actually behind it
// (the first non-transparent background up the tree).
function readLook(itemStart: string): Look {
  const behind = (el: Element | null): string => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  const paint = (el: Element | null): Paint => {
    if (!el) throw new Error('element not found');
    return { color: getComputedStyle(el).color, background: behind(el) };
  };
  const leaf = (pred: (d: Element) => boolean) => [...document.querySelectorAll('div')].find((d) => pred(d)) ?? null;
  const item = leaf((d) => d.children.length === 0 && d.getClientRects().length > 0 && (d.textContent ?? '').trim().startsWith(itemStart));
  const sourcesCell = item?.closest('tr')?.nextElementSibling?.querySelector('div') ?? null;
  const title = document.querySelector('.section-title div');
  const row = document.querySelector('.list-row');
  const footer = [...document.querySelectorAll('div')].filter((d) => d.children.length === 0 && (d.textContent ?? '').trim().length > 0).at(-1) ?? null;
  const pageBg = getComputedStyle(document.body).backgroundColor;
  return {
    page: { color: getComputedStyle(document.body).color, background: pageBg === 'rgba(0, 0, 0, 0)' ? behind(document.body) : pageBg },
    item: paint(item),
    sources: paint(sourcesCell),
    title: paint(title),
    list: paint(row),
    listMeta: paint(document.querySelector('.list-meta')),
    footer: paint(footer),
    link: paint(row?.querySelector('a') ?? document.querySelector('a')),
    colorSchemeMeta: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? null,
  };
}

// Runs in the page: where each article row sits relative to the first, and how it is spaced.
function readListLayout(): ListLayout {
  const rows = [...document.querySelectorAll('.list-row')];
  const top0 = rows[0]?.getBoundingClientRect().top ?? 0;
  const link = rows[0]?.querySelector('a');
  return {
    rows: rows.map((r) => {
      const box = r.getBoundingClientRect();
      return { top: Math.round(box.top - top0), height: Math.round(box.height), paddingBottom: parseFloat(getComputedStyle(r).paddingBottom) };
    }),
    linkColor: link ? getComputedStyle(link).color : '',
    textColor: rows[0] ? getComputedStyle(rows[0]).color : '',
  };
}

function channels(css: string): [number, number, number] {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance(css: string): number {
  const [r, g, b] = channels(css).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

