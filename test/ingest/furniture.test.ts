// Page furniture is dropped by kind (invented example lines, not from any real page), and bylines,
// datelines and source lines feed the metadata before they go.
import { describe, expect, it } from 'vitest';
import { read, texts } from './helpers';

const BODY1 = 'The regional water board said on Monday it would raise reservoir levels before the dry season begins next month.';
const BODY2 = 'Farmers in the valley had asked for more water after two poor harvests, a board spokesperson said.';
const HEAD = 'Water board to raise reservoir levels ahead of dry season';

/** A page: header lines, the headline, the body, footer lines. Returns the article. */
const page = (before: string[], after: string[] = [], middle: string[] = []) =>
  read('incoming/page.txt', [...before, '', HEAD, '', BODY1, '', ...middle, '', BODY2, '', ...after].join('\n'));

const expectBodyOnly = (a: ReturnType<typeof read>) => {
  expect(a.title).toBe(HEAD);
  expect(texts(a)).toEqual([BODY1, BODY2]);
};

describe('furniture', () => {
  it.each([
    ['share widgets', ['From', 'Send to'], ['Share this:', 'Facebook Twitter Email']],
    ['share prompts', ['Share on Facebook'], ['Spread the love', 'Copy link']],
    ['navigation', ['Skip to content', 'Menu', 'Local | Sport | Weather'], ['Back To Top', 'Next article', 'Home » Local » Water']],
    ['comment prompts', [], ['12 Comments', 'Leave a Reply', 'Great article, I totally agree with the board on this matter.']],
    ['subscribe prompts', ['Sign in'], ['Subscribe to our newsletter', 'Follow us on Instagram']],
    ["a newsletter's offer in the text", [], ["Get the Valley Times' morning headlines in your inbox.", "Sign up for our morning newsletter to get the day's top stories in your inbox."]],
    ["a wire's closing credit", [], ['Associated Press writer Tomas Ruiz in Fresno contributed to this report.', 'AP Medical Writer Ana Ruiz contributed to this report from Sacramento.']],
    ['copyright and tags', [], ['Tags: water, farming, valley', '© 2024 Valley Times. All rights reserved.']],
    ['a copyright sign after the name', [], ['Valley Times © 2024.', 'The Valley Bureau is a service of public radio stations. © 2024']],
    ['a menu with an initialism', ['World | U.S. | Politics'], []],
    ['contact lines', [], ['Have a tip? Email the newsroom at tips@valleytimes.example.', 'Write to Ana Ruiz at ana.ruiz@valleytimes.example']],
    ['labelled captions', [], ['Photo caption: Farmers at the valley reservoir on Monday.']],
    ['fact boxes', [], ['FACT CHECK Reservoir: Lake Varn | Capacity: 40 million m3 | Level: 61%']],
    ['labelled lists of links', [], ['More from Valley Times: Mayor opens library wing | Storm closes the pass', 'Also in Business: Credit union opens a branch | Storefronts fill up']],
  ])('drops %s', (_kind, before, after) => {
    const a = page(before, after);
    expectBodyOnly(a);
    for (const line of [...before, ...after]) expect(a.furniture).toContain(line);
  });

  it('drops cross-promotion lines, inline and as a list under a header', () => {
    const a = page([], ['You may also like...', 'Mayor opens new library wing downtown', 'Storm closes mountain pass for two days'], [
      'READ ALSO: Council debates parking fees in the old town',
      'Related: Heat wave expected to last through the weekend',
    ]);
    expectBodyOnly(a);
    expect(a.furniture).toContain('Storm closes mountain pass for two days');
  });

  it('drops photo captions with credits, repeated captions and picture descriptions', () => {
    const a = page([], [], [
      'Board chair Lena Park (Valley-Press)',
      'Board chair Lena Park (Valley-Press)',
      'A reservoir seen from the air (Reuters)',
      'The captured image shows the dam gates opening during a test in April. (Captured from a board video)',
      'Board members attend a briefing with farmers (not pictured) at the town hall on Friday. (AFP-Valley)',
      'This photo shows a dry canal near the village. (Yonhap photo)',
      'Workers check a valve at the dam. Photo: Valley Press',
      'The board chair waves during a ceremony at the dam on Saturday. Captured from Valley TV',
      'Farmers wait at the canal gate in an undated picture. Photo by Lena Park',
    ]);
    expectBodyOnly(a);
    expect(a.furniture.filter((l) => l === 'Board chair Lena Park (Valley-Press)')).toHaveLength(2);
  });

  it('keeps a long prose paragraph that happens to use a caption word', () => {
    const line = 'The board, which met behind closed doors while its chair (left) was travelling abroad, said the decision followed months of study by engineers, farmers and residents who had all asked for a clear answer before the planting season, and it promised another public meeting in the valley next month.';
    expect(texts(page([], [], [line]))).toContain(line);
  });

  it('takes date and source from a dateline, then drops it', () => {
    const a = page(['From', 'Send to'], [], []);
    expect(a.publishedAt).toBeNull();
    const b = read('incoming/d.txt', ['From', '', HEAD, '', 'June 4, 2024 - 10:15 By Valley Wire', BODY1, '', BODY2].join('\n'));
    expectBodyOnly(b);
    expect(b.publishedAt).toBe('2024-06-04');
    expect(b.source).toBe('Valley Wire');
  });

  it('takes the author from a "By <Name>" byline and the source from a "Source:" line', () => {
    const a = page(['By Jordan Mills ('], ['Source: Valley News Agency']);
    expectBodyOnly(a);
    expect(a.author).toBe('Jordan Mills');
    expect(a.source).toBe('Valley News Agency');
  });

  it('drops a byline whose timestamp ends like a sentence ("By Noor Castellan | Oct. 8, 2026 12:10 p.m.")', () => {
    const a = page(['By Jordan Mills | Oct. 8, 2026 12:10 p.m.'], []);
    expectBodyOnly(a);
    expect(a.author).toBe('Jordan Mills');
    expect(a.furniture).toContain('By Jordan Mills | Oct. 8, 2026 12:10 p.m.');
  });

  it('keeps prose that starts with "By"', () => {
    const line = 'By Monday, the board had received more than 300 letters from farmers and residents.';
    const a = page([], [], [line]);
    expect(texts(a)).toContain(line);
  });

  it('strips a trailing agency tag, keeps the sentence, and takes it as source', () => {
    const a = read('incoming/t.txt', [HEAD, '', BODY1, '', `${BODY2} (Valley)`].join('\n'));
    expect(texts(a)).toEqual([BODY1, BODY2]);
    expect(a.source).toBe('Valley');
    expect(a.furniture).toContain('(Valley)');
  });

  it('strips a trailing agency tag after a closing quote', () => {
    const a = read('incoming/t.txt', [HEAD, '', BODY1, '', '"We will watch the levels every day," she said. (Valley)'].join('\n'));
    expect(texts(a).at(-1)).toBe('"We will watch the levels every day," she said.');
  });

  it.each([
    ['RIVERTON, June 3 (Valley Wire) -- ', 'Valley Wire'],
    ['RIVERTON (Valley Wire) - ', 'Valley Wire'],
    ['RIVERTON, ', null],
    ['NEW RIVERTON — ', null],
  ])('removes the dateline prefix %j from the first paragraph', (prefix, agency) => {
    const a = read('incoming/dl.txt', [HEAD, '', prefix + BODY1, '', BODY2].join('\n'));
    expect(texts(a)).toEqual([BODY1, BODY2]);
    expect(a.source).toBe(agency);
  });

  it('does not treat a capitalised first word as a dateline', () => {
    const a = read('incoming/dl.txt', [HEAD, '', 'Officials, farmers and residents met on Monday to discuss the plan.', '', BODY2].join('\n'));
    expect(texts(a)[0]).toBe('Officials, farmers and residents met on Monday to discuss the plan.');
  });
});

describe('title, date and source detection', () => {
  it('skips widget words and takes the first headline line as the title, exactly as written', () => {
    const a = read('incoming/x.txt', ['Back To Top', '', 'World', '', 'Kim’s “surprise” visit: what it means', '', BODY1].join('\n'));
    expect(a.title).toBe('Kim’s “surprise” visit: what it means');
  });

  it('falls back to a humanized file name, never empty', () => {
    const a = read('incoming/2024/water-board_report.txt', `${BODY1} ${BODY2}`);
    expect(a.title).toBe('Water board report');
    expect(read('incoming/.txt', BODY1).title.length).toBeGreaterThan(0);
  });

  it('never takes a date from body prose', () => {
    const a = read('incoming/x.txt', [HEAD, '', 'In a letter dated Oct. 2, 2023, the board promised more water.', '', 'The plan was first discussed on March 3, 2022 at a public meeting.'].join('\n'));
    expect(a.publishedAt).toBeNull();
  });

  it.each([
    ['Published: 4 June 2024', '2024-06-04'],
    ['Posted on June 4th, 2024', '2024-06-04'],
    ['Updated 2024.06.04 11:00', '2024-06-04'],
    ['Tuesday, June 4, 2024', '2024-06-04'],
    ['Published: February 30, 2024', null],
  ])('reads the date line %j', (line, iso) => {
    const a = read('incoming/x.txt', [HEAD, '', line, '', BODY1].join('\n'));
    expect(a.publishedAt).toBe(iso);
    expect(texts(a)).toEqual([BODY1]);
  });

  it('keeps a full ISO date-time only when the metadata gives a zone', () => {
    expect(read('incoming/a.json', JSON.stringify({ title: 'A b c', body: BODY1, publishedAt: '2024-06-04T09:30:00+09:00' })).publishedAt).toBe('2024-06-04T09:30:00+09:00');
    expect(read('incoming/a.json', JSON.stringify({ title: 'A b c', body: BODY1, publishedAt: '2024-06-04T09:30' })).publishedAt).toBe('2024-06-04');
    expect(read('incoming/a.json', JSON.stringify({ title: 'A b c', body: BODY1, publishedAt: 'soon' })).publishedAt).toBeNull();
  });
});

// A credit line under the headline, as markdown exports and some sites print it: the outlet, the
// date and the writer in separated parts. It looks like a menu of short items, and was dropped as
// one, outlet and date with it.
describe('credit lines', () => {
  it.each([
    ['**Lakeside Courier** | April 8, 2026 | By Naomi Reyes', 'Lakeside Courier', '2026-04-08', 'Naomi Reyes'],
    ['**Valley Gazette** | Investigations | June 16, 2026', 'Valley Gazette', '2026-06-16', null],
    ['KVLY 7 News | Jasmine Ortiz | March 13, 2026', 'KVLY 7 News', '2026-03-13', null],
    ['Riverbend Herald · June 24, 2026 · By Owen Sayre', 'Riverbend Herald', '2026-06-24', 'Owen Sayre'],
    ['Waterwire • 2 May 2026 • By Ada Lin', 'Waterwire', '2026-05-02', 'Ada Lin'],
    ['*KVLY 7 News | By Jared Lind*', 'KVLY 7 News', null, 'Jared Lind'],
    ['*Lakeshore Public Radio | By Maya Castell*', 'Lakeshore Public Radio', null, 'Maya Castell'],
    ['Tri-County Standard | May 2, 2026', 'Tri-County Standard', '2026-05-02', null],
    ['Source: Valley Ledger | Date: 2026-08-27 | By Tom Beck', 'Valley Ledger', '2026-08-27', 'Tom Beck'],
    ['Cordell Capitol Report — June 3, 2026 — By Gwen Aldridge', 'Cordell Capitol Report', '2026-06-03', 'Gwen Aldridge'],
    // A section with a news word is the site's section, not its name.
    ['*The Kessling Lantern — Campus News — January 13, 2026*', 'The Kessling Lantern', '2026-01-13', null],
    ['Harbor Ledger | Local News | May 2, 2026', 'Harbor Ledger', '2026-05-02', null],
    // A writer's name without "By", beside a date: the first part is the outlet.
    ['*Nordic Football Finance | July 22, 2026 | Karin Udsen*', 'Nordic Football Finance', '2026-07-22', 'Karin Udsen'],
    // A date with its own label ("Published ..."), as sites print it in the credit line.
    ['**KHST 7 News** | Published Oct. 30, 2026, 6:52 p.m. | By Priya Raman-Holt', 'KHST 7 News', '2026-10-30', 'Priya Raman-Holt'],
    // No outlet: the date and the writer still, past times, reading times and roles.
    ['By Tamsin Okafor | Oct. 5, 2026 6:30 p.m. | Updated 8:05 p.m.', null, '2026-10-05', 'Tamsin Okafor'],
    ['Dwight Carrow, Staff Writer | Published Sept. 18, 2026', null, '2026-09-18', 'Dwight Carrow'],
    ['Jonah Redcloud-Marsh | February 19, 2026 at 4:15 PM CST', null, '2026-02-19', 'Jonah Redcloud-Marsh'],
    ['Graham Whitlock in London | 6 May 2026', null, '2026-05-06', 'Graham Whitlock'],
    ['By Priscilla Haddad · November 27, 2026 at 5:00 a.m. EST · 7 min read', null, '2026-11-27', 'Priscilla Haddad'],
    // "The News" is an outlet; "More News" is a section, never a writer (code review, twenty-ninth stop).
    ['The News | March 18, 2026', 'The News', '2026-03-18', null],
  ])('reads %s as the outlet, date and writer', (line, source, date, author) => {
    const a = read('incoming/credit.md', [`# ${HEAD}`, '', line, '', BODY1, '', BODY2].join('\n'));
    expectBodyOnly(a);
    expect(a.source).toBe(source);
    expect(a.publishedAt).toBe(date);
    if (author) expect(a.author).toBe(author);
    expect(a.furniture).toContain(line.replaceAll('**', '').replace(/^\*(.*)\*$/, '$1'));
  });

  it.each(['More News | March 18, 2026', "Today's News | March 18, 2026"])('reads no writer and no outlet in %s', (line) => {
    const a = read('incoming/credit.md', [`# ${HEAD}`, '', line, '', BODY1, '', BODY2].join('\n'));
    expect(a.author).toBeNull();
    expect(a.source).toBeNull();
  });

  it('keeps the writer of a byline that gives an e-mail address', () => {
    const a = read('incoming/mail.md', [`# ${HEAD}`, '', 'By Ana Ruiz (ana.ruiz@valleytimes.example)', '', BODY1, '', BODY2].join('\n'));
    expectBodyOnly(a);
    expect(a.author).toBe('Ana Ruiz');
  });

  it('keeps a short sentence with a dated aside between dashes as prose', () => {
    const line = 'The vote, due June 3, 2026 — the third try — was put off again.';
    const a = read('incoming/prose.md', [`# ${HEAD}`, '', BODY1, '', line, '', BODY2].join('\n'));
    expect(a.source).toBeNull();
    expect(texts(a)).toContain(line);
  });

  it.each([
    ['a menu with no date', 'Local | Sport | Weather'],
    ['a date beside section names', 'Home | News | June 16, 2026'],
    ['two dates', 'Valley Gazette | June 16, 2026 | June 17, 2026'],
    ['a byline beside a section name and no date', 'Politics | By Jared Lind'],
    ['a name beside a section name and a date', 'Politics | Jared Lind | June 2, 2026'],
  ])('credits nobody from %s', (_kind, line) => {
    const a = read('incoming/menu.md', [`# ${HEAD}`, '', line, '', BODY1, '', BODY2].join('\n'));
    expectBodyOnly(a);
    expect(a.source).toBeNull();
  });
});
