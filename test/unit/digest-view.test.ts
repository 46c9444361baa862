// The manifest and the view model are pure functions of the articles, rejections and config.
import { describe, expect, it } from 'vitest';
import { buildManifest, subjectOf, toView } from '../../functions/core/digest';
import { digestIdOf } from '../../functions/core/ids';
import type { Article, Summary } from '../../functions/core/model';

const art = (key: string, over: Partial<Article> = {}): Article => ({
  id: `id-${key}`,
  key,
  format: 'txt',
  title: `Title ${key}`,
  source: null,
  author: null,
  publishedAt: null,
  url: null,
  paragraphs: [],
  sentences: [],
  furniture: [],
  bytes: 10,
  ...over,
});

const summary: Summary = {
  sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'Allies met.', sources: ['b.txt', 'a.txt'], score: 1 }] }],
  themes: new Map([
    ['a.txt', { theme: 'alliances', scores: { alliances: 2 }, choiceScores: { alliances: 2 } }],
    ['b.txt', { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }],
  ]),
};

describe('digest id', () => {
  it('depends on what the digest holds, not on order', () => {
    expect(digestIdOf(['x', 'y'], ['r'])).toBe(digestIdOf(['y', 'x'], ['r']));
    expect(digestIdOf(['x', 'y'], [])).not.toBe(digestIdOf(['x', 'y'], ['r']));
  });
});

describe('toView', () => {
  const a = art('a.txt', { source: 'Wire One', url: 'https://one.example/a', publishedAt: '2026-03-02' });
  const b = art('b.txt', { url: 'https://www.two.example/b', publishedAt: '2026-03-04' });
  const manifest = buildManifest({
    id: 'd1',
    createdAt: new Date('2026-03-05T08:00:00Z'),
    articles: [a, b],
    rejected: [{ key: 'incoming/scan.pdf.txt', code: 'binary', reason: 'binary data (PDF)', at: '2026-03-05T07:00:00Z' }],
    summary,
  });

  it('records each article with its theme and scores, newest first', () => {
    expect(manifest.articles.map((x) => [x.key, x.theme, x.themeScores])).toEqual([
      ['b.txt', 'alliances', { alliances: 1 }],
      ['a.txt', 'alliances', { alliances: 2 }],
    ]);
  });

  it('names sources by outlet, else host name, and keeps the item source order', () => {
    const view = toView(manifest, { digestName: 'Brief', sender: 'n@example.com' });
    expect(view.sections[0]?.items[0]?.sources).toEqual([
      { name: 'two.example', url: 'https://www.two.example/b' },
      { name: 'Wire One', url: 'https://one.example/a' },
    ]);
    expect(view.subject).toBe('Brief — 5 Mar 2026');
    expect(view.dateRange).toEqual({ from: '2026-03-02', to: '2026-03-04' });
    expect(view.rejected).toEqual([{ name: 'scan.pdf.txt', reason: 'binary data (PDF)' }]);
    // The article list names the outlet-less article as its item does: by its host.
    expect(view.articles.find((a) => a.url === 'https://www.two.example/b')?.source).toBe('two.example');
    // No top story here: the preheader previews the points themselves, not a count.
    expect(view.preheader).toContain('Allies met.');
  });

  it("names an article from a news aggregator by its number, not by the aggregator's host", () => {
    const viaAggregator = art('c.txt', { url: 'https://news-aggregator.example/item/88213045', publishedAt: '2026-03-03' });
    const viaGoogle = art('d.txt', { url: 'https://news.google.com/articles/CBMiT2h0', publishedAt: '2026-03-03' });
    const withThem = buildManifest({
      id: 'd2',
      createdAt: new Date('2026-03-05T08:00:00Z'),
      articles: [a, viaAggregator, viaGoogle],
      rejected: [],
      summary: { ...summary, sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'Allies met.', sources: ['c.txt', 'd.txt', 'a.txt'], score: 1 }] }], themes: new Map([...summary.themes, ['c.txt', { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }], ['d.txt', { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }]]) },
    });
    const names = toView(withThem, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]!.items[0]!.sources.map((s) => s.name);
    expect(names).toHaveLength(3);
    // The item's own article first, then named outlets before numbered articles.
    expect(names[0]).toMatch(/^outlet not identified \(article \d+ below\)$/);
    expect(names[1]).toBe('Wire One');
    expect(names[2]).toMatch(/^one other outlet \(article \d+ below\)$/);
  });

  it('names an article from a host of generic words ("news.example", "newsroom-feed.example") by its number, a local outlet\'s host by the host', () => {
    const hosts = ['https://news.example/a/1', 'https://www.newsroom-feed.example/x', 'https://newsfeedhub.net/s/2', 'https://news.example.net/story', 'https://news.malvane.example/p'];
    const arts = hosts.map((url, i) => art(`h${i}.txt`, { url, publishedAt: '2026-03-03' }));
    const m = buildManifest({
      id: 'd8',
      createdAt: new Date('2026-03-05T08:00:00Z'),
      articles: arts,
      rejected: [],
      summary: { sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'Allies met.', sources: arts.map((x) => x.key), score: 1 }] }], themes: new Map(arts.map((x) => [x.key, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])) },
    });
    const names = toView(m, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]!.items[0]!.sources.map((x) => x.name);
    // The own article's number, then the other three numbered articles as one entry.
    expect(names[0]).toMatch(/^outlet not identified \(article \d+ below\)$/);
    expect(names).toContain('news.malvane.example');
    expect(names.at(-1)).toMatch(/^3 other outlets \(articles \d+, \d+ and \d+ below\)$/);
  });

  it('ranks every item by importance across the digest, and previews the most important after the top story', () => {
    // A story over weeks: sections run oldest first, so importance is not the sections' order.
    const ranked: Summary = {
      sections: [
        { theme: 'alliances', title: 'Alliances', items: [
          { text: 'Top story.', sources: ['a.txt'], score: 9 },
          { text: 'Old and minor.', sources: ['a.txt'], score: 1 },
          { text: 'Second most important.', sources: ['b.txt'], score: 5 },
        ] },
        { theme: 'review', title: 'Review', items: [{ text: 'Third.', sources: ['b.txt'], score: 3 }] },
      ],
      themes: new Map(),
      lead: { theme: 'alliances', index: 0 },
    };
    const m = buildManifest({ id: 'd3', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: ranked });
    expect(m.sections.flatMap((s) => s.items.map((it) => it.rank))).toEqual([1, 4, 2, 3]);
    expect(toView(m, { digestName: 'Brief', sender: 'n@example.com' }).preheader).toBe('Second most important. · Third.');
  });

  it('shows a story over weeks\' newest development under the top story, not again in its section, and previews it first', () => {
    const story: Summary = {
      sections: [
        { theme: 'alliances', title: 'Alliances', items: [
          { text: 'Top story.', sources: ['a.txt'], score: 9 },
          { text: 'Newest development.', sources: ['b.txt'], score: 1 },
          { text: 'Second most important.', sources: ['a.txt'], score: 5 },
        ] },
      ],
      themes: new Map(),
      lead: { theme: 'alliances', index: 0 },
      latest: { theme: 'alliances', index: 1 },
    };
    const m = buildManifest({ id: 'd4', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: story });
    expect(m.latest).toEqual({ theme: 'alliances', index: 1 });
    const view = toView(m, { digestName: 'Brief', sender: 'n@example.com' });
    expect(view.lead?.text).toBe('Top story.');
    expect(view.latest?.text).toBe('Newest development.');
    expect(view.sections[0]!.items.map((it) => it.text)).toEqual(['Second most important.']);
    expect(view.preheader).toBe('Newest development. · Second most important.');
    // The top story is never shown twice: a latest that is the top story is not shown as latest.
    const same = toView(buildManifest({ id: 'd5', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: { ...story, latest: { theme: 'alliances', index: 0 } } }), { digestName: 'Brief', sender: 'n@example.com' });
    expect(same.latest).toBeNull();
    expect(same.sections[0]!.items).toHaveLength(2);
    // An item of its own (no item of the sections tells it): shown above, the sections untouched.
    const own = buildManifest({ id: 'd6', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: { ...story, latest: { theme: 'alliances', item: { text: 'Newer still.', sources: ['b.txt'], score: 0.5 } } } });
    expect(own.latest).toEqual({ theme: 'alliances', item: { text: 'Newer still.', sources: ['b.txt'] } });
    const ownView = toView(own, { digestName: 'Brief', sender: 'n@example.com' });
    expect(ownView.latest).toMatchObject({ text: 'Newer still.', section: 'Alliances' });
    expect(ownView.sections[0]!.items.map((it) => it.text)).toEqual(['Newest development.', 'Second most important.']);
    expect(ownView.preheader.startsWith('Newer still.')).toBe(true);
    // Its report's later points in its section read on under it, as one block.
    const follow = buildManifest({ id: 'd7', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: { ...story, latest: { theme: 'alliances', item: { text: 'Newer still.', sources: ['b.txt'], score: 0.5 }, follow: [1] } } });
    expect(follow.latest).toEqual({ theme: 'alliances', item: { text: 'Newer still.', sources: ['b.txt'] }, follow: [1] });
    const followView = toView(follow, { digestName: 'Brief', sender: 'n@example.com' });
    expect(followView.latest?.text).toBe('Newer still. Newest development.');
    expect(followView.sections[0]!.items.map((it) => it.text)).toEqual(['Second most important.']);
  });

  // A blind reader of mine-collapse (twenty-seventh stop) took the top story and, first under its
  // section, the same report's next point for the same news told twice.
  it("reads the top story's report's next points in its section on under it, as that section's one bullet would", () => {
    const story: Summary = {
      sections: [
        { theme: 'alliances', title: 'Alliances', items: [
          { text: 'Regulators opened an investigation.', sources: ['a.txt'], score: 9 },
          { text: 'A team will examine the mine.', sources: ['a.txt', 'b.txt'], score: 2 },
          { text: 'Inspectors had cited the roof.', sources: ['b.txt'], score: 3 },
          { text: 'The mine stays shut.', sources: ['a.txt'], score: 1 },
        ] },
      ],
      themes: new Map(),
      lead: { theme: 'alliances', index: 0 },
    };
    const m = buildManifest({ id: 'd8', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: story });
    const view = toView(m, { digestName: 'Brief', sender: 'n@example.com' });
    expect(view.lead?.text).toBe('Regulators opened an investigation. A team will examine the mine.');
    // Under its opening's sources only: b.txt told the next point, and an item below cites it.
    expect(view.lead?.sources.map((x) => x.name)).toEqual(['Wire One']);
    expect(view.sections[0]!.also).toBeUndefined();
    // Only the run right after it: a point of the report further down, after another report's, stays.
    expect(view.sections[0]!.items.map((it) => it.text)).toEqual(['Inspectors had cited the roof.', 'The mine stays shut.']);
    expect(view.preheader).toBe('Inspectors had cited the roof. · The mine stays shut.');
    expect(m.sections[0]!.items).toHaveLength(4);
    // The run stops at the item shown as Latest: it is shown once, there.
    const withLatest = buildManifest({ id: 'd8', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b], rejected: [], summary: { ...story, latest: { theme: 'alliances', index: 1 } } });
    const latestView = toView(withLatest, { digestName: 'Brief', sender: 'n@example.com' });
    expect(latestView.lead?.text).toBe('Regulators opened an investigation.');
    expect(latestView.latest?.text).toBe('A team will examine the mine.');
    expect(latestView.preheader.startsWith('A team will examine the mine.')).toBe(true);
  });

  it("dates the subject by the articles' span when the newest is more than a week older than the digest", () => {
    // Four of six blind readers: "News digest — 4 Dec 2026: ..." over news of last spring reads as today's.
    const later = buildManifest({ id: 'd1', createdAt: new Date('2026-12-04T08:00:00Z'), articles: [a, b], rejected: [], summary });
    expect(toView(later, { digestName: 'Brief', sender: 'n@example.com' }).subject).toBe('Brief — 2–4 March 2026');
    // A week after the newest article, the day it was sent still dates it.
    const week = buildManifest({ id: 'd1', createdAt: new Date('2026-03-11T08:00:00Z'), articles: [a, b], rejected: [], summary });
    expect(toView(week, { digestName: 'Brief', sender: 'n@example.com' }).subject).toBe('Brief — 11 Mar 2026');
    // Articles dated after the digest's own day (a clock behind the news): never a date before the news.
    const before = buildManifest({ id: 'd1', createdAt: new Date('2026-03-03T08:00:00Z'), articles: [a, b], rejected: [], summary });
    expect(toView(before, { digestName: 'Brief', sender: 'n@example.com' }).subject).toBe('Brief — 2–4 March 2026');
  });

  it("shows one report's items next to each other in a section as one bullet, in order; the manifest keeps them apart", () => {
    const a = art('a.txt', { source: 'Wire One', url: 'https://one.example/a', publishedAt: '2026-03-02' });
    const b = art('b.txt', { source: 'Wire Two', url: 'https://two.example/b', publishedAt: '2026-03-02' });
    const c = art('c.txt', { source: 'Wire Three', url: 'https://three.example/c', publishedAt: '2026-03-02' });
    const run: Summary = {
      sections: [
        {
          theme: 'alliances',
          title: 'Alliances',
          items: [
            { text: 'Police arrested two men.', sources: ['a.txt'], score: 3 },
            { text: 'Both face larceny charges.', sources: ['a.txt', 'c.txt'], score: 2 },
            { text: 'A third man is sought.', sources: ['b.txt'], score: 1 },
            { text: 'The museum will reopen.', sources: ['a.txt'], score: 1 },
          ],
        },
      ],
      themes: new Map(['a.txt', 'b.txt', 'c.txt'].map((k) => [k, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])),
    };
    const m = buildManifest({ id: 'd9', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [a, b, c], rejected: [], summary: run });
    expect(m.sections[0]!.items).toHaveLength(4);
    const items = toView(m, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]!.items;
    expect(items.map((it) => it.text)).toEqual(['Police arrested two men. Both face larceny charges.', 'A third man is sought.', 'The museum will reopen.']);
    // "Also reported by" is read as the bullet's opening news: Wire Three told only the charges, and
    // no other bullet cites it, so it is named on the section's "Also in this digest" line.
    expect(items[0]!.sources.map((x) => x.name)).toEqual(['Wire One']);
    expect(toView(m, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]!.also?.map((x) => x.name)).toEqual(['Title c.txt (Wire Three)']);
    expect(m.sections[0]!.items[1]!.sources).toEqual(['a.txt', 'c.txt']);
  });

  // Code review (twenty-ninth stop): the Also line is capped, and a section whose items are all
  // shown above has none to show.
  it('names an article only a later point cited first on its capped Also line, or keeps it on the block above when the section shows nothing', () => {
    const wires = 'abcdefg'.split('').map((x) => art(`${x}.txt`, { source: `Wire ${x.toUpperCase()}`, publishedAt: '2026-03-02' }));
    const themed = new Map(wires.map((w) => [w.key, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }]));
    const capped: Summary = {
      sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'P1.', sources: ['a.txt'], score: 2 }, { text: 'P2.', sources: ['a.txt', 'g.txt'], score: 1 }], alsoIn: ['b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'] }],
      themes: themed,
    };
    const m = buildManifest({ id: 'd10', createdAt: new Date('2026-03-05T08:00:00Z'), articles: wires, rejected: [], summary: capped });
    const view = toView(m, { digestName: 'Brief', sender: 'n@example.com' });
    expect(view.sections[0]!.items[0]!.sources.map((x) => x.name)).toEqual(['Wire A']);
    expect(view.sections[0]!.also?.[0]?.name).toBe('Title g.txt (Wire G)');
    // The top story and its next point are its section's only items: Wire B stays under the top story,
    // and no heading with nothing but an Also line is added (nor counted as a topic).
    const lone: Summary = {
      sections: [
        { theme: 'alliances', title: 'Alliances', items: [{ text: 'Lead.', sources: ['a.txt'], score: 9 }, { text: 'Lead more.', sources: ['a.txt', 'b.txt'], score: 1 }] },
        { theme: 'review', title: 'Review', items: [{ text: 'Other.', sources: ['c.txt'], score: 3 }] },
      ],
      themes: themed,
      lead: { theme: 'alliances', index: 0 },
    };
    const l = toView(buildManifest({ id: 'd11', createdAt: new Date('2026-03-05T08:00:00Z'), articles: wires, rejected: [], summary: lone }), { digestName: 'Brief', sender: 'n@example.com' });
    expect(l.lead?.text).toBe('Lead. Lead more.');
    expect(l.lead?.sources.map((x) => x.name)).toEqual(['Wire A', 'Wire B']);
    expect(l.sections.filter((x) => x.items.length || x.also?.length).map((x) => x.id)).toEqual(['review']);
    // The Latest's next points: their other sources are not credited under its opening.
    const latest: Summary = {
      sections: [
        { theme: 'alliances', title: 'Alliances', items: [{ text: 'Old news.', sources: ['c.txt'], score: 9 }, { text: 'Families sued.', sources: ['d.txt'], score: 2 }, { text: 'The riot began in June.', sources: ['d.txt', 'e.txt'], score: 1 }, { text: 'Other point.', sources: ['f.txt'], score: 1 }] },
      ],
      themes: themed,
      lead: { theme: 'alliances', index: 0 },
      latest: { theme: 'alliances', index: 1, follow: [2] },
    };
    const lv = toView(buildManifest({ id: 'd12', createdAt: new Date('2026-03-05T08:00:00Z'), articles: wires, rejected: [], summary: latest }), { digestName: 'Brief', sender: 'n@example.com' });
    expect(lv.latest?.text).toBe('Families sued. The riot began in June.');
    expect(lv.latest?.sources.map((x) => x.name)).toEqual(['Wire D']);
    expect(lv.sections[0]!.also?.map((x) => x.name)).toEqual(['Title e.txt (Wire E)']);
  });

  it('names an article with no outlet "outlet not identified (article N below)" under its own item and "one other outlet (...)" after another', () => {
    const x = art('x.txt', { publishedAt: '2026-03-02' });
    const y = art('y.txt', { publishedAt: '2026-03-02' });
    const w = art('w.txt', { source: 'Wire W', publishedAt: '2026-03-02' });
    const three: Summary = {
      sections: [
        { theme: 'alliances', title: 'Alliances', items: [{ text: 'One.', sources: ['x.txt', 'y.txt', 'w.txt'], score: 2 }, { text: 'Two.', sources: ['w.txt', 'x.txt'], score: 1 }], alsoIn: ['y.txt'] },
      ],
      themes: new Map(['x.txt', 'y.txt', 'w.txt'].map((k) => [k, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])),
    };
    const v = toView(buildManifest({ id: 'd13', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [x, y, w], rejected: [], summary: three }), { digestName: 'Brief', sender: 'n@example.com' });
    const [one, two] = v.sections[0]!.items;
    expect(one!.sources.map((r) => r.name)).toEqual([expect.stringMatching(/^outlet not identified \(article \d below\)$/), 'Wire W', expect.stringMatching(/^one other outlet \(article \d below\)$/)]);
    expect(two!.sources.map((r) => r.name)).toEqual(['Wire W', expect.stringMatching(/^one other outlet \(article \d below\)$/)]);
    // On an Also line, the headline alone (thirty-second stop).
    expect(v.sections[0]!.also?.map((r) => r.name)).toEqual(['Title y.txt']);
  });

  it('counts the outlets an entry of several unnamed articles stands for in "N more", and names an unlisted article by no number', () => {
    const named = ['A', 'B', 'C', 'D', 'E'].map((n) => art(`${n}.txt`, { source: `Wire ${n}`, publishedAt: '2026-03-02' }));
    const unnamed = ['u1', 'u2', 'u3'].map((n) => art(`${n}.txt`, { publishedAt: '2026-03-02' }));
    const all = [...named, ...unnamed];
    const sum: Summary = {
      sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'One.', sources: all.map((x) => x.key), score: 1 }] }],
      themes: new Map(all.map((x) => [x.key, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])),
    };
    const names = toView(buildManifest({ id: 'd20', createdAt: new Date('2026-03-05T08:00:00Z'), articles: all, rejected: [], summary: sum }), { digestName: 'Brief', sender: 'n@example.com' }).sections[0]!.items[0]!.sources.map((x) => x.name);
    // Wire A's item, Wire B to D, then Wire E and the three unnamed articles: four outlets more.
    expect(names).toEqual(['Wire A', 'Wire B', 'Wire C', 'Wire D', '4 more']);
    // Articles of no section are not in the list below: no "article ? below".
    const off: Summary = {
      sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'Two.', sources: ['A.txt', 'u1.txt', 'u2.txt'], score: 1 }] }],
      themes: new Map([
        ['A.txt', { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }],
        ['u1.txt', { theme: null, scores: { alliances: 0 }, choiceScores: { alliances: 0 } }],
        ['u2.txt', { theme: null, scores: { alliances: 0 }, choiceScores: { alliances: 0 } }],
      ]),
    };
    const two = toView(buildManifest({ id: 'd21', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [named[0]!, unnamed[0]!, unnamed[1]!], rejected: [], summary: off }), { digestName: 'Brief', sender: 'n@example.com' });
    expect(two.sections[0]!.items[0]!.sources.map((x) => x.name)).toEqual(['Wire A', '2 other outlets']);
  });

  // eu-fine's blind reader (twenty-ninth stop) took a column ("Byline: Comment by Oskar Wendt") for news.
  it('marks a view under its own item "(opinion)", by its headline kicker or its byline, and nowhere else', () => {
    const col = art('col.txt', { source: 'Policy Review', author: 'Comment by Oskar Wendt', publishedAt: '2026-03-02' });
    const kicker = art('kick.txt', { source: 'Harbor Times', title: 'Opinion: The fine is only a start', publishedAt: '2026-03-02' });
    const news = art('news.txt', { source: 'Wire One', author: 'Ada Lin', publishedAt: '2026-03-02' });
    const views: Summary = {
      sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'A view.', sources: ['col.txt', 'news.txt'], score: 2 }, { text: 'News.', sources: ['news.txt', 'kick.txt'], score: 1 }, { text: 'Another view.', sources: ['kick.txt'], score: 1 }] }],
      themes: new Map(['col.txt', 'kick.txt', 'news.txt'].map((k) => [k, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])),
    };
    const m = buildManifest({ id: 'd14', createdAt: new Date('2026-03-05T08:00:00Z'), articles: [col, kicker, news], rejected: [], summary: views });
    expect(m.articles.filter((a) => a.opinion).map((a) => a.key).sort()).toEqual(['col.txt', 'kick.txt']);
    const items = toView(m, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]!.items;
    expect(items.map((it) => it.sources.map((x) => x.name))).toEqual([['Policy Review (opinion)', 'Wire One'], ['Wire One', 'Harbor Times'], ['Harbor Times (opinion)']]);
  });

  it("ends a long headline in the subject at its last clause break that fits, else clips it at a word", () => {
    const long = 'Safety board finds crack in Tanner Street main; superintendent reported gas smell two days before the blast';
    expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', long)).toBe('Brief — 5 Mar 2026: Safety board finds crack in Tanner Street main');
    // With no clause break, at its last comma that fits (grocery-merger's and listeria-outbreak's readers).
    const comma = "Judge blocks Calloway's purchase of Pinecrest, likely ending largest-ever supermarket merger in the chain's history";
    expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', comma)).toBe("Brief — 5 Mar 2026: Judge blocks Calloway's purchase of Pinecrest");
    const officials = 'Springfield will close three elementary schools next fall to save money, state education officials say in a new report';
    expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', officials)).toBe('Brief — 5 Mar 2026: Springfield will close three elementary schools next fall to save money');
    const vows = 'Kim Yo-jong calls Washington Declaration proof of hostile policy, vows stronger deterrent as allies hold drills near the border';
    expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', vows)).toBe('Brief — 5 Mar 2026: Kim Yo-jong calls Washington Declaration proof of hostile policy');
    // An attribution after the comma ends the headline: no list (thirty-second stop).
    const says = 'Oregon air ambulance took off in quarter-mile visibility with terrain warning inoperative, safety board says';
    expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', says)).toBe('Brief — 5 Mar 2026: Oregon air ambulance took off in quarter-mile visibility with terrain warning inoperative');
    // Not a list, a date or a place's state (code review): those are clipped at a word.
    for (const h of [
      'Mayor names Ada Ruiz, Ben Cole, Carla Diaz and Dev Patel to the new transit board, with hearings set for spring and summer',
      'Council to vote on Jan. 5, 2027, on the long-delayed downtown transit plan that would cost the city more than expected',
      'Storm that killed 14 in Springfield, Ill., and Joplin, Mo., moves east toward Ohio Valley with more tornadoes expected',
      // A list going on to the verb (state-shutdown's reader, thirty-second stop): cut at its comma, the verb went.
      'Stopgap budget to reopen Marren parks, motor vehicle offices falls 2 votes short in state Senate after a late-night vote',
      'Governor Halden signs stopgap plan to reopen Marren parks, museums draws sharp criticism from lawmakers in the capital',
    ]) expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', h)).toMatch(/…$/);
    const noBreak = 'Allies pledge seamless coordination on North Korea after two-plus-two and trilateral meetings in Seoul and Tokyo';
    expect(subjectOf({ digestName: 'Brief', sender: 'n@example.com' }, '2026-03-05T08:00:00Z', noBreak)).toMatch(/^Brief — 5 Mar 2026: Allies pledge .*…$/);
  });

  it("shows a headline without the wire's version mark or the page's format label, in the subject and the list", () => {
    const wire = art('w.txt', { source: 'Yonhap', title: '(2nd LD) Kim Yo-jong says U.S. hopes for talks a wrong expectation', publishedAt: '2021-06-22' });
    const video = art('v.txt', { source: 'Korea Herald', title: '(URGENT) Watch: north Korea fires ballistic missiles', publishedAt: '2021-06-21' });
    const view = art('a.txt', { source: 'Policy Wire', title: 'Analysis: What the review means for Seoul', publishedAt: '2021-06-20' });
    const summary: Summary = {
      sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'Kim Yo-jong said U.S. hopes were wrong.', sources: ['w.txt'], score: 2 }, { text: 'Missiles.', sources: ['v.txt', 'a.txt'], score: 1 }] }],
      themes: new Map(['w.txt', 'v.txt', 'a.txt'].map((k) => [k, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])),
      lead: { theme: 'alliances', index: 0 },
    };
    const m = buildManifest({ id: 'd15', createdAt: new Date('2021-06-23T08:00:00Z'), articles: [wire, video, view], rejected: [], summary });
    const v = toView(m, { digestName: 'Brief', sender: 'n@example.com' });
    expect(v.subject).toBe('Brief — 23 Jun 2021: Kim Yo-jong says U.S. hopes for talks a wrong expectation');
    expect(v.articles.map((a) => a.title).sort()).toEqual(['Analysis: What the review means for Seoul', 'Kim Yo-jong says U.S. hopes for talks a wrong expectation', 'North Korea fires ballistic missiles']);
    // The manifest keeps the titles as published.
    expect(m.articles.map((a) => a.title)).toContain('(2nd LD) Kim Yo-jong says U.S. hopes for talks a wrong expectation');
  });

  it('uses the subject prefix when configured', () => {
    expect(toView(manifest, { digestName: 'Brief', subjectPrefix: 'Morning note', sender: 'n@example.com' }).subject).toBe('Morning note — 5 Mar 2026');
  });

  it('names at most MAX_SOURCES_SHOWN sources under an item, then "N more"; the manifest keeps all', () => {
    const many = Array.from({ length: 12 }, (_, i) => art(`s${i}.txt`, { source: `Outlet ${i}` }));
    const wide: Summary = { sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'x', sources: many.map((m) => m.key), score: 1 }] }], themes: new Map() };
    const m = buildManifest({ id: 'd2', createdAt: new Date('2026-03-05T08:00:00Z'), articles: many, rejected: [], summary: wide });
    expect(m.sections[0]?.items[0]?.sources).toHaveLength(12);
    const names = toView(m, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]?.items[0]?.sources.map((x) => x.name);
    expect(names).toEqual(['Outlet 0', 'Outlet 1', 'Outlet 2', 'Outlet 3', '8 more']);
  });

  // The benchmark's 1,000-file drop (many copies of a few stories) put hundreds of titles on a
  // section's "Also in this digest" line and failed the email's size budget (twenty-seventh stop).
  it('names at most MAX_SOURCES_SHOWN articles on a section\'s "Also in this digest" line, then "N more"', () => {
    const many = Array.from({ length: 60 }, (_, i) => art(`a${i}.txt`, { source: 'Wire' }));
    const wide: Summary = {
      sections: [{ theme: 'alliances', title: 'Alliances', items: [{ text: 'x', sources: [many[0]!.key], score: 1 }], alsoIn: many.slice(1).map((m) => m.key) }],
      themes: new Map(many.map((m) => [m.key, { theme: 'alliances', scores: { alliances: 1 }, choiceScores: { alliances: 1 } }])),
    };
    const m = buildManifest({ id: 'd3', createdAt: new Date('2026-03-05T08:00:00Z'), articles: many, rejected: [], summary: wide });
    expect(m.sections[0]?.alsoIn).toHaveLength(59);
    const also = toView(m, { digestName: 'Brief', sender: 'n@example.com' }).sections[0]?.also?.map((x) => x.name);
    expect(also).toHaveLength(5);
    expect(also?.at(-1)).toBe('55 more');
  });
});
