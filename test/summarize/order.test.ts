// A story told over weeks reads in order of its days; one day's news reads most important first.
// Invented copy only.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../functions/core/summarize';
import { inArticleOrder, introducedFirst } from '../../functions/core/summarize/order';
import type { Article } from '../../functions/core/model';
import { toView } from '../../functions/core/digest';
import { articleFromText } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

const story = (key: string, date: string, title: string, paragraphs: string[]): Article =>
  articleFromText(`order/${key}.txt`, [`Title: ${title}`, `Date: ${date}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));

const batch = (dates: readonly [string, string, string, string]): Article[] => [
  story('a', dates[0], 'Hackers lock Marlow Bay city computers', [
    'Hackers locked the computers of Marlow Bay on Monday, shutting down email, permits and payroll for the city of 40,000 and demanding a ransom of $2.6 million.',
    'City Manager Ada Brandt said police and the FBI were investigating the ransomware attack.',
  ]),
  story('b', dates[1], 'Marlow Bay council refuses to pay ransom', [
    'The Marlow Bay City Council voted 5-2 against paying the $2.6 million ransom demanded by the hackers who locked the city computers.',
    'Council member Rhea Dunmore said rebuilding the network would cost less than trusting criminals.',
  ]),
  story('c', dates[2], 'Marlow Bay payroll back after ransomware', [
    'Marlow Bay restored its payroll system after the ransomware attack, paying 410 city workers who had gone three weeks without checks.',
    'The city said permits and email would return by the end of the month.',
  ]),
  story('d', dates[3], 'Marlow Bay puts ransomware cost at $4.1 million', [
    'Rebuilding the computer network of Marlow Bay after the ransomware attack will cost $4.1 million, the city finance office said, most of it for new servers.',
    'Insurance will cover about half of the cost of the attack, officials said.',
  ]),
];
const themes = [{ id: 'attack', title: 'The attack', terms: { ransomware: 3, ransom: 3, hackers: 3, attack: 2, computers: 2, network: 2, payroll: 2, permits: 2, rebuilding: 2, council: 1 } }];
const options = { themes, maxItemsPerSection: 6, maxWordsPerItem: 80, otherNews: false } as const;

describe('the order of a section', () => {
  it('runs oldest first after the top story when the articles span more than a week', () => {
    const articles = batch(['2026-11-02', '2026-11-05', '2026-11-23', '2026-11-30']);
    const summary = summarize(articles, options);
    const day = new Map(articles.map((a) => [a.key, a.publishedAt!.slice(0, 10)]));
    const section = summary.sections[0]!;
    expect(summary.lead).toEqual({ theme: 'attack', index: 0 });
    const days = section.items.slice(1).map((it) => day.get(it.sources[0]!)!);
    expect(days.length).toBeGreaterThan(2);
    expect(days).toEqual([...days].sort());
    // ...which is not the order of importance here, so the test can fail.
    const scores = section.items.slice(1).map((it) => it.score);
    expect(scores).not.toEqual([...scores].sort((x, y) => y - x));
  });

  it('runs most important first for one week of news', () => {
    const summary = summarize(batch(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']), options);
    const scores = summary.sections[0]!.items.map((it) => it.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

describe("a story over weeks' newest development (latest)", () => {
  const newsOf = (date: string, title: string, lede: string): Article =>
    story(`n-${date}`, date, title, [lede, 'City Manager Ada Brandt said the work on the computer network would go on through the winter.']);
  const hired = story('hired', '2026-11-30', 'Marlow Bay hires Keel Systems to rebuild its computer network after ransomware attack', [
    'The Marlow Bay City Council on Tuesday hired Keel Systems to rebuild the computer network that hackers locked in the ransomware attack, at a cost of $3.9 million.',
    'Keel Systems will replace 214 servers and move the permits office to a new network by March, council member Rhea Dunmore said after the vote.',
  ]);

  const latestOf = (summary: ReturnType<typeof summarize>) => {
    const ref = summary.latest;
    if (!ref) return undefined;
    return 'item' in ref ? ref.item : summary.sections.find((s) => s.theme === ref.theme)!.items[ref.index];
  };

  it('is the item opening the newest report, when it dates itself in the week and tells its headline', () => {
    const articles = [...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), hired];
    const summary = summarize(articles, options);
    expect(latestOf(summary)?.sources[0]).toBe(hired.key);
    expect(latestOf(summary)?.text).toMatch(/^The Marlow Bay City Council on Tuesday hired Keel Systems/);
    expect(summary.latest).not.toEqual(summary.lead);
  });

  it("is an item of its own, outside the section's budget, when no item of the sections tells it", () => {
    // One item a section: the first event, most retold, takes it.
    const summary = summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), hired], { ...options, maxItemsPerSection: 1 });
    expect(summary.sections.every((s) => s.items.length <= 1)).toBe(true);
    expect(summary.sections.flatMap((s) => s.items).some((it) => it.sources[0] === hired.key)).toBe(false);
    expect(summary.latest && 'item' in summary.latest).toBe(true);
    expect(latestOf(summary)?.sources[0]).toBe(hired.key);
  });

  it("takes its report's later points in its section along (follow): crypto-collapse's trustee and the 14 cold wallets", () => {
    const set = labelledSets().find((x) => x.name === 'crypto-collapse')!;
    const { manifest } = digestOfSet(set);
    const ref = manifest.latest!;
    expect(ref && 'item' in ref).toBe(true);
    const own = 'item' in ref ? ref.item : undefined;
    expect(own?.text).toMatch(/^The trustee for bankrupt crypto exchange Vaultline has recovered/);
    const section = manifest.sections.find((s) => s.theme === ref.theme)!;
    const same = section.items.flatMap((it, k) => (it.sources[0] === own!.sources[0] ? [k] : []));
    expect(same.length).toBeGreaterThan(0);
    expect(ref.follow).toEqual(same);
    const view = toView(manifest, { digestName: 'Brief', sender: 'n@example.com' });
    expect(view.latest?.text).toMatch(/cold wallets/);
    expect(view.sections.flatMap((s) => s.items).some((it) => /14 so-called cold wallets/.test(it.text))).toBe(false);
  });

  it("keeps its report's later point from the top story: it reads on under the opening (mayor-indicted's reader)", () => {
    const { manifest } = digestOfSet(labelledSets().find((x) => x.name === 'mayor-indicted')!);
    const ref = manifest.latest!;
    expect(ref && 'item' in ref).toBe(true);
    const own = 'item' in ref ? ref.item : undefined;
    expect(own?.text).toMatch(/^Lawyers for Raymond Vasquez-Tull/);
    const lead = manifest.sections.find((s) => s.theme === manifest.lead!.theme)!.items[manifest.lead!.index]!;
    expect(lead.sources[0]).not.toBe(own!.sources[0]);
    const view = toView(manifest, { digestName: 'Brief', sender: 'n@example.com' });
    expect(view.latest?.text).toMatch(/38-page motion to dismiss/);
    expect(view.lead?.text).not.toMatch(/38-page motion/);
  });

  it.each(['red-sea', 'tech-layoffs'])("cites its report, so no section lists it under \"Also in this digest\" (%s)", (name) => {
    const { manifest } = digestOfSet(labelledSets().find((x) => x.name === name)!);
    const ref = manifest.latest;
    const own = ref && 'item' in ref ? ref.item : undefined;
    expect(own).toBeDefined();
    expect(manifest.sections.flatMap((s) => s.alsoIn ?? []).filter((k) => own!.sources.includes(k))).toEqual([]);
  });

  it('is no feature: a look back ("Three weeks after...") is not the newest development', () => {
    const lookBack = newsOf(
      '2026-11-30',
      'Three weeks after the ransomware attack, Marlow Bay city workers still fill in permits by hand',
      'Three weeks after hackers locked the computers of Marlow Bay, city workers on Monday still filled in permits by hand while the network was rebuilt.',
    );
    const summary = summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), lookBack], options);
    // It has an item, but is shown in its place only.
    expect(summary.sections.flatMap((s) => s.items).some((it) => it.sources[0] === lookBack.key)).toBe(true);
    expect(summary.latest).toBeNull();
  });

  // Code review (twenty-eighth stop): an opening that looks back like its headline may tell the
  // day's development too (measles' "Three weeks after measles was found..., health officials said
  // Sunday that new infections are slowing"), as the look-back headline's opening does below.
  it("is a look-back opening's report when it tells a day's development, not a state that goes on", () => {
    const opening = (text: string) => newsOf('2026-11-30', 'Marlow Bay permits office back in business', text);
    const reopened = opening('Three weeks after hackers locked the computers of Marlow Bay, the city reopened its permits office on Monday with 40 new terminals.');
    expect(latestOf(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), reopened], options))?.sources[0]).toBe(reopened.key);
    const nearly = opening('Nearly three weeks after hackers locked the computers of Marlow Bay, city workers this week filled in permits by hand.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), nearly], options).latest).toBeNull();
    // The look-back's own event, told in a clause after it, is not the day's news; "still" in a
    // concession after the news is no state that goes on (code review, twenty-eighth stop).
    const own = opening('Three weeks after hackers locked the computers of Marlow Bay, which the city discovered on Monday, Nov. 2, city workers fill in permits by hand.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), own], options).latest).toBeNull();
    const though = opening('Three weeks after hackers locked the computers of Marlow Bay, the council on Monday approved $2 million to rebuild them, though some systems are still offline.');
    expect(latestOf(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), though], options))?.sources[0]).toBe(though.key);
  });

  // racetrack-deaths' blind reader (thirty-second stop): "Ashcombe Downs will resume racing on June 5..."
  // names no weekday, and the report four days before it was the Latest.
  it('is an opening that announces a day ahead of its report, not one dated weeks back', () => {
    const ahead = newsOf('2026-11-30', 'Marlow Bay permits office to reopen Dec. 14', 'Marlow Bay will reopen its permits office on Dec. 14 with 40 new terminals, three weeks after hackers locked the computers of the city.');
    expect(latestOf(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), ahead], options))?.sources[0]).toBe(ahead.key);
    // A day already past, or months off, dates no news of the week.
    const past = newsOf('2026-11-30', 'Marlow Bay permits office back', 'Marlow Bay will keep the permits office it reopened on Nov. 3 open late, three weeks after hackers locked the computers of the city.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), past], options).latest).toBeNull();
    const far = newsOf('2026-11-30', 'Marlow Bay network by spring', 'Marlow Bay will finish rebuilding its computer network by April 30, three weeks after hackers locked the computers of the city.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), far], options).latest).toBeNull();
    // A December report's "Jan. 5" is next month's; a year written out is that year (code review).
    const december = story('dec', '2026-12-20', 'Marlow Bay permits office to reopen Jan. 5', ['Marlow Bay will reopen its permits office on Jan. 5 with 40 new terminals, seven weeks after hackers locked the computers of the city.', 'City Manager Ada Brandt said the work on the computer network would go on through the winter.']);
    expect(latestOf(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-12-14']), december], options))?.sources[0]).toBe(december.key);
    const years = newsOf('2026-11-30', 'Marlow Bay permits office in 2028', 'Marlow Bay will reopen its permits office on Dec. 14, 2028, with 40 new terminals, after hackers locked the computers of the city.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), years], options).latest).toBeNull();
  });

  // volcano-eruption's blind reader (twenty-seventh stop): "Four weeks after Teravaka erupted,
  // villagers return..." told the newest news, the return home "on Wednesday", and no Latest showed it.
  it("is a look-back headline's report when its opening tells a day's development", () => {
    const back = (opening: string) =>
      newsOf('2026-11-30', 'Four weeks after the ransomware attack, Marlow Bay reopens its permits office', opening);
    const day = back('Nearly four weeks after hackers locked its computers, Marlow Bay reopened its permits office on Monday with 40 new terminals.');
    const withDay = summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), day], options);
    expect(latestOf(withDay)?.sources[0]).toBe(day.key);
    const week = back('Nearly four weeks after hackers locked its computers, Marlow Bay reopened its permits office this week with 40 new terminals.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), week], options).latest).toBeNull();
    // The day of the event looked back on is not the day of news.
    const then = back('Nearly four weeks after hackers locked its computers on Monday, Nov. 2, Marlow Bay still takes permits on paper forms.');
    expect(summarize([...batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']), then], options).latest).toBeNull();
  });

  // data-breach's reader (thirtieth stop): the newest article was a feature, so no Latest showed the
  // Senate hearing three days before it.
  it("is the newest report's, when the batch's last days hold only a feature", () => {
    const feature = (date: string) =>
      story(`feature-${date}`, date, 'In Marlow Bay, a permits clerk goes back to paper after the ransomware attack', [
        'Nell Ashby opened the permits counter at 8 a.m. on Thursday, the way she has every morning for 19 years, and reached for a pad of paper forms.',
        'She has filled in 340 permit forms by hand since the ransomware attack, she said.',
        'Residents now wait about 40 minutes at the counter, twice as long as before.',
      ]);
    const stories = batch(['2026-11-02', '2026-11-05', '2026-11-12', '2026-11-16']);
    expect(latestOf(summarize([...stories, hired, feature('2026-12-03')], options))?.sources[0]).toBe(hired.key);
    // A report more than a week before the newest article is no latest development.
    expect(summarize([...stories, hired, feature('2026-12-10')], options).latest ?? null).toBeNull();
    // Reached back past the last two days, a report of another cast is no development of this story
    // (hurricane's and algae-bloom's leaks would have been their Latest; code review, thirtieth stop).
    const other = story('other', '2026-11-30', 'Hackers lock Tessaly County computers, demand ransom', [
      'Hackers locked the computers of Tessaly County on Monday, shutting down email and permits and demanding a ransom of $900,000, County Administrator Omar Quill said.',
      'Quill said the county would not pay and had called in the FBI to investigate the ransomware attack.',
    ]);
    const withOther = summarize([...stories, other, feature('2026-12-03')], options);
    expect(withOther.themes.get(other.key)?.theme).toBe('attack');
    expect(withOther.latest ?? null).toBeNull();
    // Within the last two days it may still be (the batch's last days are what they are).
    expect(latestOf(summarize([...stories, other, feature('2026-12-01')], options))?.sources[0]).toBe(other.key);
  });

  it('is not shown for one week of news, which reads most important first', () => {
    const summary = summarize([...batch(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']), hired], options);
    expect(summary.latest ?? null).toBeNull();
  });
});

describe('an undated article in a story over weeks', () => {
  it("sorts by the earliest dated report of its point, not after the newest (spy-case's reader)", () => {
    // The undated profile's "is in a Virginia jail, accused..." had sat after the guilty plea, read as the case's state.
    const { manifest } = digestOfSet(labelledSets().find((x) => x.name === 'spy-case')!);
    const items = manifest.sections.flatMap((s) => s.items);
    const at = (file: string) => items.findIndex((it) => it.sources[0]!.endsWith(file));
    const profile = at('14-lindenmoor-review-who-is-teodor-vashkelin.txt');
    expect(profile).toBeGreaterThanOrEqual(0);
    expect(manifest.articles.find((a) => a.key.endsWith('14-lindenmoor-review-who-is-teodor-vashkelin.txt'))!.publishedAt).toBeNull();
    expect(profile).toBeLessThan(at('05-ap-vashkelin-held-without-bail.txt'));
  });
});

describe('introducedFirst', () => {
  // A person is named in full where the text holds a capitalized word before the surname (the
  // summarizer asks each item's article instead).
  const inFull = (t: string, surname: string): boolean => new RegExp(String.raw`\b[A-Z][a-z]+ ${surname}\b`).test(t) && !/^The /.test(t);
  const move = (texts: string[], namedByItself: (t: string, surname: string) => boolean = inFull): string[] => {
    const list = [...texts];
    introducedFirst(list, (t) => t, namedByItself, inFull);
    return list;
  };

  it('puts the item that names a person in full above one that gives the surname alone', () => {
    const bare = 'Martin Kowal said Whitcombe was preparing for the hearing.';
    const full = 'Chief Executive Douglas Whitcombe apologized to senators.';
    expect(move(['Crews cleared the line.', bare, full])).toEqual(['Crews cleared the line.', full, bare]);
  });

  it('leaves the order when the surname is named in the item itself, by its own article, or is no name', () => {
    const full = 'Chief Executive Douglas Whitcombe apologized to senators.';
    expect(move(['Douglas Whitcombe said he was sorry.', full])).toEqual(['Douglas Whitcombe said he was sorry.', full]);
    expect(move(['Kowal said Whitcombe was sorry.', full], (_, s) => s === 'Whitcombe')).toEqual(['Kowal said Whitcombe was sorry.', full]);
  });

  it('takes a quoted nickname as part of the name, so that name needs no item above', () => {
    const nick = 'Police named the student as Tobias "Toby" Renwick.';
    const full = 'Medical Examiner Anil Mehra said Tobias Renwick died of alcohol poisoning.';
    expect(move([nick, full])).toEqual([nick, full]);
  });

  it('moves each item once: two items that each name the other\'s person in full keep their order', () => {
    const a = 'Investigators identified Darren Kell by a fingerprint, Doyle said.';
    const b = 'Chief Raymond Doyle said the fingerprint led detectives to Kell.';
    const c = 'Crews cleared the line.';
    expect(move([b, a, c])).toEqual([b, a, c]);
    expect(move([a, b, c])).toEqual([a, b, c]);
  });
});

describe('inArticleOrder', () => {
  // [article, sentence] pairs standing for a section's items, ranked.
  const items = (...xs: [number, number][]) => xs.map(([art, at]) => ({ art, at }));
  const reorder = (list: { art: number; at: number }[], fixed: { art: number; at: number } | null = null) => {
    inArticleOrder(list, (x) => x.art, (x) => x.at, fixed);
    return list.map((x) => `${x.art}:${x.at}`);
  };

  it("puts one article's items in the article's order, in the places they were ranked to", () => {
    expect(reorder(items([1, 4], [2, 0], [1, 0], [3, 2], [1, 2]))).toEqual(['1:0', '2:0', '1:2', '3:2', '1:4']);
  });

  it('leaves the top story in its place and items of other articles alone', () => {
    const list = items([1, 4], [2, 3], [1, 0], [2, 1]);
    expect(reorder(list, list[0]!)).toEqual(['1:4', '2:1', '1:0', '2:3']);
  });
});
