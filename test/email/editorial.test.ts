// What the reader sees, end to end through the real reader, summarizer, view and renderer: a top
// story that names the subject, one name per outlet, no headline credited as an outlet, dated items
// when the digest spans months, and no off-topic article listed. Invented articles only.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES } from '../../config/schema';
import { assembleDigest } from '../../functions/core/digest';
import { readArticle } from '../../functions/core/ingest';
import { renderDigest } from '../../functions/email/render';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const file = (key: string, header: Record<string, string>, body: string[]) =>
  readArticle(
    { key, bytes: new TextEncoder().encode([...Object.entries(header).map(([k, v]) => `${k}: ${v}`), '', ...body].join('\n\n')) },
    { maxBytes: 1 << 20 },
  );

const ARTICLES = [
  file('in/a.txt', { Title: 'Seoul and Washington agree to launch new alliance dialogue', Source: 'Yonhap', Date: '2021-03-17', Status: 'final' }, [
    'SEOUL — South Korea and the United States agreed on Wednesday to launch a new director-level alliance dialogue on security cooperation, the foreign ministry said.',
    'The allies also reaffirmed their mutual defense treaty and pledged closer trilateral cooperation with Japan on extended deterrence.',
    'Officials from both countries said the new channel would meet every quarter, starting in April.',
  ]),
  file('in/b.txt', { Title: 'Allies set up quarterly alliance dialogue', Source: 'Yonhap News Agency', Date: '2021-03-18' }, [
    'South Korea and the United States agreed to launch a new director-level alliance dialogue on security cooperation, officials in Seoul said on Thursday.',
    'The two allies said the quarterly talks would also cover cost-sharing for the troops stationed in South Korea.',
  ]),
  file('in/c.txt', { Title: 'North Korea says it will ignore US contact offers', Date: '2020-10-05' }, [
    "North Korea's foreign ministry said on Monday it would ignore US offers of dialogue as long as Washington kept its hostile policy, in a statement carried by KCNA.",
    'Pyongyang warned that joint military drills would bring a crisis beyond control, the state media statement said.',
  ]),
  file('in/d.txt', { Title: 'Millbrook Rovers win the county cup final', Source: 'Millbrook Gazette', Date: '2021-03-16' }, [
    'Millbrook Rovers won the county cup final on Saturday with a late header from their captain, ending a 31-year wait for the trophy.',
    'The manager praised the fans who travelled to the final and said the squad would parade the cup through the town on Sunday.',
  ]),
];

async function digest(articles = ARTICLES) {
  const { manifest, view } = assembleDigest({
    articles,
    rejected: [],
    rejectionIds: [],
    settings: { digestName: 'Korea Briefing', sender: 'd@example.com', themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false },
    now: new Date('2021-03-20T07:00:00Z'),
  });
  const { html, text } = await renderDigest(view, { templates, unsubscribeUrl: null });
  return { manifest, view, html, text };
}

describe('what the reader sees', () => {
  it('opens with a top story and builds the subject from its headline', async () => {
    const { view, manifest, html, text } = await digest();
    expect(view.lead).toBeTruthy();
    expect(manifest.lead).toBeTruthy();
    const lead = manifest.sections.find((s) => s.theme === manifest.lead!.theme)!.items[manifest.lead!.index]!;
    const headline = manifest.articles.find((a) => a.key === lead.sources[0])!.title;
    expect(view.subject).toBe(`Korea Briefing — 20 Mar 2021: ${headline}`);
    expect(html).toContain('Top story');
    expect(text).toContain('Top story');
    // A heading of its own, not a section's: no section title is repeated under "Top story".
    const headings = text.split('\n').filter((_line, k, lines) => /^[-=]{3,}$/.test(lines[k + 1] ?? ''));
    expect(headings).toContain('Top story');
    expect(new Set(headings).size).toBe(headings.length);
    for (const s of view.sections.filter((x) => x.items.length > 0)) expect(headings.filter((h) => h.includes(s.title))).toHaveLength(1);
    // Shown once: at the top, not again in its section.
    expect(view.sections.flatMap((s) => s.items).some((it) => it.text === lead.text)).toBe(false);
    expect(view.preheader).not.toMatch(/key points? from/);
  });

  it("shows a story over weeks' newest development under the top story, as a heading of its own", async () => {
    const newest = file('in/e.txt', { Title: 'North Korea fires two ballistic missiles as allies hold drills', Source: 'Korea Wire', Date: '2021-03-19' }, [
      'North Korea fired two short-range ballistic missiles into the sea off its east coast on Friday, South Korea\'s military said, as the allies held joint drills.',
      'Pyongyang\'s state media said the launch was a warning to the allies over the drills.',
    ]);
    const { view, html, text } = await digest([...ARTICLES, newest]);
    expect(view.latest?.text).toMatch(/^North Korea fired two short-range ballistic missiles/);
    expect(html).toContain('Latest');
    const headings = text.split('\n').filter((_line, k, lines) => /^[-=]{3,}$/.test(lines[k + 1] ?? ''));
    expect(headings.slice(1, 3)).toEqual(['Top story', 'Latest']);
    // Shown once: under the top story, not again in its section.
    expect(view.sections.flatMap((s) => s.items).some((it) => it.text === view.latest!.text)).toBe(false);
    expect(text.indexOf('North Korea fired two')).toBeLessThan(text.indexOf(view.sections.find((s) => s.items.length)!.title));
  });

  it('keeps an off-topic article in the manifest only, with a one-line note', async () => {
    const { view, manifest, html, text } = await digest();
    expect(manifest.articles.find((a) => a.key === 'in/d.txt')!.theme).toBeNull();
    expect(view.articles.map((a) => a.title)).not.toContain('Millbrook Rovers win the county cup final');
    expect(html).not.toContain('Millbrook');
    expect(text).not.toContain('Millbrook');
    expect(view.articleCount).toBe(3);
    expect(text.replace(/\s+/g, ' ')).toContain("1 more article was left out: it fits none of this digest's sections.");
  });

  it('names each outlet once and never credits a headline as an outlet', async () => {
    const { view, html } = await digest();
    const titles = new Set(ARTICLES.map((a) => a.title));
    for (const item of [view.lead!, ...view.sections.flatMap((s) => s.items)]) {
      const names = item.sources.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(titles.has(n)).toBe(false);
    }
    // One spelling for the outlet throughout, and never "Yonhap · also reported by Yonhap".
    const spellings = new Set(html.match(/Yonhap(?: News Agency)?/g));
    expect(spellings.size).toBe(1);
    expect(html).not.toMatch(/Yonhap[^<]*also reported by[^<]*Yonhap/);
    const c = [view.lead!, ...view.sections.flatMap((s) => s.items)].find((it) => it.text.includes('ignore US offers'));
    if (c) expect(c.sources[0]!.name).toMatch(/^(?:outlet not identified|one other outlet) \(article \d+ below\)$/);
  });

  it('dates each item when the digest spans more than a week', async () => {
    const { view, text } = await digest();
    for (const item of [view.lead!, ...view.sections.flatMap((s) => s.items)]) expect(item.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text).toMatch(/\b(?:17|18) Mar 2021 · Yonhap/);
    expect(text.split('\n')[2]).toMatch(/^5 Oct 2020 – 18 Mar 2021/);
  });

  it('marks an item of an undated article "undated" when the others show their dates', async () => {
    const undated = file('in/e.txt', { Title: 'Seoul weighs joining allied drills', Source: 'Harbor Times' }, [
      'South Korea is considering whether to join allied drills with the United States and Japan this week, defense officials said.',
      'The alliance drills would test missile defense and extended deterrence cooperation among the three allies.',
    ]);
    const { manifest, view, text } = await digest([...ARTICLES, undated]);
    const items = [view.lead!, ...view.sections.flatMap((s) => s.items)];
    const own = items.filter((it) => manifest.sections.some((s) => s.items.some((i) => i.text === it.text && i.sources[0] === 'in/e.txt')));
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) expect(item.date).toBeNull();
    expect(text).toMatch(/undated · Harbor Times/);
    // The header says how many articles its range leaves out, in words a reader reads as such, after
    // the total (rocket-failure's reader: "1 article without a date · 17 articles" put the exception first).
    expect(text.split('\n')[2]).toMatch(/^\S.* · \d+ articles \(1 without a date\) · /);
  });
});
