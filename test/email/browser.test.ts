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
import { longWordsDigestView } from './fixtures';

/** The digest under test: the seed articles' digest (issue 5), or the samples' where ../shared is absent. */
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
    ({ html } = await renderDigest(view, { unsubscribeUrl: 'https://unsubscribe.example/u?token=abc' }));
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
    const long = await renderDigest(longWordsDigestView(), { unsubscribeUrl: null });
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
          const el = [...document.querySelectorAll('div')].find((d) => d.children.length === 0 && d.textContent?.trim().startsWith(start));
          return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
        }, firstItem);
        expect(itemSize).toBeGreaterThanOrEqual(15);
      } finally {
        await page.close();
      }
    });
  }
});
