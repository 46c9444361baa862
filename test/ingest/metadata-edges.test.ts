// Metadata as real scraped files carry it: header blocks with keys we do not use, datelines after a
// standfirst, bylines in the source field, and dates only the URL states.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, outletName, splitByline } from '../../functions/core/ingest/metadata';
import { splitSiteName } from '../../functions/core/ingest';
import { read } from './helpers';

/** A story a line a paragraph, long enough to be prose. */
const STORY_LINES = [
  'The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years.',
  '',
  'Boats will run twice a day from September, and fares will be set by the regional transport board after a public hearing in the summer.',
].join('\n');

const BODY = [
  'The harbor city council voted on Tuesday to open a ferry route to the islands, officials said.',
  'Boats will run twice a day from September, and fares will be set by the regional transport board.',
].join('\n');

describe('.txt header block', () => {
  it('is a header when its first key is known, whatever other keys it carries', () => {
    const a = read('incoming/h.txt', [
      'Title: Ferry route approved for the islands',
      'Source: Coastal Wire',
      'URL: https://example.org/news/ferry',
      'Date: 2024-06-04',
      'Status: partial',
      'Tags: transport, islands',
      '',
      BODY,
    ].join('\n'));
    expect(a.title).toBe('Ferry route approved for the islands');
    expect(a.source).toBe('Coastal Wire');
    expect(a.publishedAt).toBe('2024-06-04');
    expect(a.sentences.map((s) => s.text).join(' ')).not.toMatch(/Status|Tags|Title:/);
  });

  it('is a header when some of its fields are empty, as exports write every field', () => {
    const a = read('incoming/h.txt', ['Title: Ferry route approved for the islands', 'Source:', 'URL:', 'Date: 2024-06-04', 'Byline: Staff report', 'Status: Web', '', BODY].join('\n'));
    expect(a.title).toBe('Ferry route approved for the islands');
    expect(a.publishedAt).toBe('2024-06-04');
    expect(a.sentences.map((s) => s.text).join(' ')).not.toMatch(/Source:|URL:|Status/);
    expect(a.sentences[0]!.text).toContain('The harbor city council voted');
  });

  it('is a header when most keys are known even if the first is not', () => {
    const a = read('incoming/h.txt', ['Category: Local', 'Title: Ferry route approved', 'Source: Coastal Wire', '', BODY].join('\n'));
    expect(a.title).toBe('Ferry route approved');
    expect(a.source).toBe('Coastal Wire');
  });

  it('ends at the first line that is not Key: value when known keys lead it, blank line or not', () => {
    const a = read('incoming/h.txt', ['Title: Ferry route approved', 'Source: Coastal Wire', 'Byline: Ana Ruiz', 'Share on Facebook | Share on X | Email', '', BODY].join('\n'));
    expect(a.title).toBe('Ferry route approved');
    expect(a.source).toBe('Coastal Wire');
    expect([a.title, ...a.sentences.map((s) => s.text)].join(' ')).not.toMatch(/Title:|Share on/);
    expect(a.sentences[0]!.text).toContain('The harbor city council voted');
  });

  it('is body text when the keys are mostly unknown or a line is not Key: value', () => {
    const a = read('incoming/h.txt', ['Note: the council met late into the night on Tuesday.', 'Weather: rain all day in the harbor.', '', BODY].join('\n'));
    // Not eaten as a header: the first line is read as text (here it makes the headline).
    expect([a.title, ...a.sentences.map((s) => s.text)].join(' ')).toContain('the council met late into the night');
    expect(a.sentences[0]!.text).toContain('Weather: rain all day');
    const b = read('incoming/h.txt', ['Title: Ferry route approved', 'The council met late on Tuesday.', '', BODY].join('\n'));
    expect(b.sentences.map((s) => s.text).join(' ')).toContain('The council met late');
  });
});

describe('datelines', () => {
  it.each([
    ['KYIV — ', 'KYIV'],
    ['ABOARD AIR FORCE ONE — ', 'ABOARD'],
    ['GENEVA/LIMA — ', 'GENEVA'],
    ['NEW YORK/LONDON (Reuters) - ', 'NEW YORK'],
    ['LONDON: ', 'LONDON'],
    ['Seoul, March 3 (Yonhap) -- ', 'Yonhap'],
    ['Seoul, South Korea (NCN) - ', 'NCN'],
    ['WASHINGTON (Reuters) - ', 'Reuters'],
    ['April 22 (Reuters) - ', 'April 22'],
    ['Sept. 3, 2026 (AP) -- ', 'Sept. 3'],
    ['WASHINGTON, April 30 Kyodo - ', 'Kyodo'],
    ['TOKYO, May 2 Kyodo News - ', 'May 2'],
  ])('strips %j from the lede even after a standfirst', (prefix, gone) => {
    const a = read('incoming/d.txt', [
      'Title: Ferry route approved',
      '',
      'A short standfirst that sums up the story for the reader in one sentence.',
      '',
      `${prefix}${BODY}`,
    ].join('\n'));
    expect(a.sentences.map((s) => s.text).join(' ')).not.toContain(gone);
    expect(a.furniture.join(' ')).toContain(prefix.trim());
  });

  it('keeps a lede that only mentions a place in capitals mid-sentence', () => {
    const a = read('incoming/d.txt', ['Title: T', '', 'Officials in the capital said on Monday — in a rare move — that the route would open.'].join('\n'));
    expect(a.sentences[0]!.text).toMatch(/^Officials in the capital/);
  });
});

describe('bylines and URL dates', () => {
  it('splits a byline given as the source into author and outlet', () => {
    expect(splitByline('Nora Castellanos, Policy Desk')).toEqual({ author: 'Nora Castellanos', source: null });
    expect(splitByline('By Kim Tong-hyung, Associated Press')).toEqual({ author: 'Kim Tong-hyung', source: 'Associated Press' });
    expect(splitByline('Yonhap News Agency')).toEqual({ author: null, source: 'Yonhap News Agency' });
    expect(splitByline('The Korea Herald')).toEqual({ author: null, source: 'The Korea Herald' });
  });

  it('never credits a byline as the outlet', () => {
    const a = read('incoming/b.txt', ['Title: Ferry route approved', 'Source: Nora Castellanos, Policy Desk', '', BODY].join('\n'));
    expect(a.source).toBeNull();
    expect(a.author).toBe('Nora Castellanos');
  });

  it('takes the date from the URL path when nothing else states it', () => {
    expect(dateFromUrl('https://example.org/2021/05/21/story')).toBe('2021-05-21');
    expect(dateFromUrl('https://example.org/story-2021-03-17.html')).toBe('2021-03-17');
    expect(dateFromUrl('https://example.org/story/123456')).toBeNull();
    expect(dateFromUrl('https://example.org/2021/13/40/x')).toBeNull();
    const a = read('incoming/u.txt', ['Title: Ferry', 'URL: https://example.org/2020/10/02/ferry', '', BODY].join('\n'));
    expect(a.publishedAt).toBe('2020-10-02');
  });
});

describe('the date a page prints', () => {
  const page = (published: string, byline: string) => `<!DOCTYPE html><html><head>
    <title>Rolling blackouts hit the city | Plains Observer</title>
    <meta property="og:title" content="Rolling blackouts hit the city">
    <meta property="article:published_time" content="${published}">
    <meta name="author" content="Whitney Castell">
  </head><body><article>
    <h1>Rolling blackouts hit the city</h1>
    <p class="byline">${byline}</p>
    <p>The grid operator ordered rolling blackouts on Saturday evening for the first time since 2021, after several large gas plants broke down on the hottest evening of the heat wave.</p>
    <p>Utilities began cutting power to neighborhoods at 7:48 p.m., rotating outages of 30 to 45 minutes across their service areas, officials said.</p>
  </article></body></html>`;

  it("takes the byline's date when the metadata's UTC time is a day off it (an evening story in the Americas)", () => {
    expect(read('observer.html', page('2026-07-19T04:10:00Z', 'By Whitney Castell | July 18, 2026, 11:10 p.m.')).publishedAt).toBe('2026-07-18');
  });

  it("takes the day before an early UTC stamp when no date is printed and the opening tells that day's weekday, not the stamp's", () => {
    // hotel-fire's reader: "The Velmont City Council voted 8-1 on Tuesday..." dated Wednesday 10 Mar.
    expect(read('d.html', page('2026-07-19T04:10:00Z', 'By Whitney Castell')).publishedAt).toBe('2026-07-18');
    // Later in the UTC day, or an opening that names the stamp's own day too: as stamped.
    expect(read('e.html', page('2026-07-19T14:10:00Z', 'By Whitney Castell')).publishedAt).toBe('2026-07-19T14:10:00Z');
    expect(read('f.html', page('2026-07-20T04:10:00Z', 'By Whitney Castell')).publishedAt).toBe('2026-07-20T04:10:00Z');
  });

  it('keeps the metadata when the byline agrees, is further off, or the time has its own zone', () => {
    expect(read('a.html', page('2026-07-18T15:10:00Z', 'By Whitney Castell | July 18, 2026')).publishedAt).toBe('2026-07-18T15:10:00Z');
    expect(read('b.html', page('2026-07-19T04:10:00Z', 'By Whitney Castell | July 12, 2026')).publishedAt).toBe('2026-07-19T04:10:00Z');
    expect(read('c.html', page('2026-07-18T23:10:00-05:00', 'By Whitney Castell | July 18, 2026')).publishedAt).toBe('2026-07-18T23:10:00-05:00');
  });
});

describe('.md front matter', () => {
  it("reads YAML's quoting as written: a doubled quote in single quotes, escapes in double quotes", () => {
    const a = read('incoming/q.md', ['---', "title: '\"She wasn''t letting go\": a firefighter''s climb'", 'source: "The \\"Harbor\\" Ledger"', '---', '', BODY].join('\n'));
    expect(a.title).toBe('"She wasn\'t letting go": a firefighter\'s climb');
    expect(a.source).toBe('The "Harbor" Ledger');
  });
});

describe('credit lines with a date and no outlet', () => {
  it.each([
    ['By Noor Castellan | March 18, 2021', 'Noor Castellan'],
    ['Kim Soo-yeon | March 18, 2021', 'Kim Soo-yeon'],
    ['Sports Desk | 18 March 2021', null],
    ['Politics | March 18, 2021', null],
  ])('%s gives the page its date (and writer), not a menu line', (credit, author) => {
    const a = read('incoming/c.txt', ['Ferry route approved for the islands', '', credit, '', BODY].join('\n'));
    expect(a.publishedAt).toBe('2021-03-18');
    if (author) expect(a.author).toBe(author);
    expect(a.sentences.map((s) => s.text).join(' ')).not.toContain('March');
  });

  it('leaves a menu without a date a menu', () => {
    const a = read('incoming/m.txt', ['Ferry route approved for the islands', '', 'Home | World | Asia', '', BODY].join('\n'));
    expect(a.publishedAt).toBeNull();
    expect(a.sentences.map((s) => s.text).join(' ')).not.toContain('Home');
  });
});

// Pages copied as text, as a crawler stores them: the site's name, tagline and menus first, then the
// headline, then the page's own credit line (invented sites and lines).
describe('the headline of a page copied as text', () => {
  const HEADLINE = 'Harbor council backs ferry route to the islands after long dispute';
  // One paragraph a line, each longer than a hard-wrapped line would be.
  const PAGE_BODY = [
    'The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years.',
    'Boats will run twice a day from September, and fares will be set by the regional transport board after a public hearing in the summer.',
  ].join('\n');
  it.each([
    ['a masthead and menus above, a date line under it', ['Island Daily Courier', 'Home | Politics | Business | Opinion', 'Share', 'Facebook', HEADLINE, 'Posted : 2021-03-08 16:34 Updated : 2021-03-08 21:05', 'By Park Seo-yeon'], 'Island Daily Courier', 'Park Seo-yeon'],
    ['a breadcrumb above, a numeric date under it', ['HOME > LOCAL > TRANSPORT', HEADLINE, '2021.03.08 07:58', 'Print'], null, null],
    ['a blog: name, tagline and menu above, a posted-by line under it', ['Harbor Notes', 'Island news, reposted and annotated', 'Home', 'About', HEADLINE, 'Posted by harbornotes on March 8, 2021'], 'Harbor Notes', 'harbornotes'],
    ['a standfirst between it and the byline', ['ISLAND WATCH', 'News and analysis on the islands', 'Latest', 'Subscribe', HEADLINE, 'Fares will be set by the transport board; islanders want a say in the timetable', 'By Hugo Alvars | March 8, 2021'], 'Island Watch', 'Hugo Alvars'],
    ['the date line above it, under the masthead', ['The Island Times', 'Published : Mar 8, 2021 - 15:33 Updated : Mar 8, 2021 - 22:01', HEADLINE], 'The Island Times', null],
    ['a byline and a date with a time zone under it', ['THE HARBOR LEDGER', 'World', 'Sign in', HEADLINE, 'By Thomas Reyburn', 'March 8, 2021 at 7:42 p.m. EDT'], 'The Harbor Ledger', 'Thomas Reyburn'],
    ['a masthead and menus above, no credit line', ['The Harbor Monitor', 'Politics', 'Transport', 'Share', HEADLINE], 'The Harbor Monitor', null],
    ["a newsletter's name above, no credit line", ['The Island Letter', 'Subscribe', 'Sign in', 'Share', HEADLINE], 'The Island Letter', null],
    ['the headline printed twice, a source line and a date under the second', [`${HEADLINE} | Island Wire Digest`, 'Island Wire Digest', 'Top Stories', HEADLINE, 'Source: Reuters', 'March 8, 2021'], 'Reuters', null],
    ['a source line, a stamp with a zone and an editor line under it', ['Xinhua | English.news.cn', 'Home', 'China', HEADLINE, 'Source: Xinhua', '2021-03-08T20:15:00+08:00', 'Editor: Zhou Lan'], 'Xinhua', null],
    ['a wire credit and a date with a time under it', ['The Cedar Falls Courier-Ledger', 'Home', 'News', 'Subscribe', HEADLINE, 'Associated Press', 'March 8, 2021 | 6:45 PM'], 'The Cedar Falls Courier-Ledger', null],
    ['an outlet, a dash and the date under it', ['World', HEADLINE, 'KYODO NEWS - Mar 8, 2021 - 19:20 | World, All'], 'Kyodo News', null],
    ['a dateline stamped with a zone under it', ['Kyodo News+', HEADLINE, 'TOKYO, Mar. 8 KYODO - 2021-03-08T10:45:00+09:00'], 'Kyodo News+', null],
    ['"3 hours ago" beside the date under it', ['Korea Now', 'Latest', HEADLINE, '3 hours ago · Mar 8, 2021'], 'Korea Now', null],
    ['a title bar, a masthead and a menu set apart by spaces above', [`${HEADLINE} | Island Broadcast Service`, 'Island Broadcast Service', 'USA  Asia  Korea  Middle East  Africa', HEADLINE, 'Mar. 8, 2021 | 10:45 AM', 'By Lorraine Dusek'], 'Island Broadcast Service', 'Lorraine Dusek'],
    ['a masthead and a breadcrumb with slashes above', ['THE ISLAND SHINPO', 'Home / World / Asia-Pacific', HEADLINE, '8 Mar 2021', 'Jiji Press'], 'The Island Shinpo', null],
    ['a byline, then "3 hours ago" and the date set apart by spaced bars', ['Harbor Cable News', 'U.S.   World   Politics   Business', HEADLINE, 'By Alicia Brenn, HCN', '3 hours ago  |  March 8, 2021'], 'Harbor Cable News', 'Alicia Brenn'],
    ["a title bar with the site's name after a dash, the site's name, a standfirst, a name and a date", [`${HEADLINE} - The Island Letter`, 'The Island Letter', 'Subscribe   Sign in', HEADLINE, 'Islanders want a say in the timetable', 'Hannah Whit', 'Mar 8, 2021'], 'The Island Letter', null],
  ])('is found with %s', (_kind, top, source, author) => {
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', [...top, PAGE_BODY].join('\n'));
    expect(a.title).toBe(HEADLINE);
    // The masthead credits the outlet, in a name's case; a tagline ("Island news, reposted and
    // annotated") does not.
    expect(a.source).toBe(source);
    if (author) expect(a.author).toBe(author);
    if (top.some((l) => /2021/.test(l))) expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-08');
    expect(a.sentences.map((x) => x.text).join(' ')).not.toContain(HEADLINE);
    expect(a.sentences[0]!.text).not.toMatch(/Courier|Monitor|Notes|WATCH|LEDGER|HOME|Letter|Digest|Xinhua|Editor|KYODO|ago/);
  });
});

describe("a page title's site name", () => {
  it.each([
    ['Blinken meets counterparts in London | Reuters', 'Blinken meets counterparts in London', 'Reuters'],
    ['Japan, U.S. voice concern over China, seek denuclearization - Kyodo News+', 'Japan, U.S. voice concern over China, seek denuclearization', 'Kyodo News+'],
    ["Tai's tariff review: more of the same? | Pacific Policy Forum", "Tai's tariff review: more of the same?", 'Pacific Policy Forum'],
    ['Opinion | Why the talks failed', 'Opinion | Why the talks failed', null],
    ['Kim Jong Un - a profile of the leader', 'Kim Jong Un - a profile of the leader', null],
    ['Korea Matters | Center for Korean Studies Blog', 'Korea Matters | Center for Korean Studies Blog', null],
  ])('splits %j', (title, headline, site) => expect(splitSiteName(title)).toEqual({ headline, site }));

  it("reads a reader service's copy: its Title line without the site, its URL Source and Published Time, no 'Markdown Content:'", () => {
    const a = read('incoming/x.md', [
      'Title: Harbor council backs ferry route to the islands | Coastal Wire',
      'URL Source: https://coastalwire.example/news/ferry',
      'Published Time: 2021-05-05T14:22:00Z',
      '',
      'Markdown Content:',
      '* [World](https://coastalwire.example/world/)',
      '',
      '# Harbor council backs ferry route to the islands',
      '',
      BODY,
    ].join('\n'));
    expect(a.title).toBe('Harbor council backs ferry route to the islands');
    expect(a.source).toBe('Coastal Wire');
    expect(a.url).toBe('https://coastalwire.example/news/ferry');
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-05-05');
    expect(a.furniture.join(' ')).not.toContain('Markdown Content');
    expect(a.sentences[0]!.text).toMatch(/^The harbor city council voted/);
  });

  it('takes a statement and its question for one headline', () => {
    const headline = 'The ferry vote is done. What does a "phased, practical timetable" mean?';
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', ['Harbor Matters | Center for Island Studies Blog', 'Home   About   Events', headline, 'By Dana Osk | March 8, 2021', BODY].join('\n'));
    expect(a.title).toBe(headline);
    expect(a.publishedAt).toBe('2021-03-08');
  });
});

describe('text saved by text browsers, read-later tools and newsletters', () => {
  const LYNX = [
    '   [1]Coastal Wire [2]Top Stories [3]World [4]Politics',
    '',
    '   Harbor council backs ferry route to the islands after long',
    '   dispute',
    '',
    '   March 8, 2021',
    '',
    '   HARBOR CITY (AP) -- The harbor city council voted on Tuesday to open a',
    '   ferry route to the islands, officials said, ending a dispute that had',
    '   run for two years, the mayor, [7]Ada Brenn, said.',
    '',
    '   Boats will run twice a day from September, and fares will be set by the',
    '   regional transport board after a public hearing in the U.S.',
    '   summer season, the board said.',
    '',
    'References',
    '',
    '   1. https://coastalwire.example/',
    '   7. https://coastalwire.example/topics/ada-brenn',
  ].join('\n');
  it("reads a text browser's dump: wrapped lines joined, link numbers gone, the dateline's line kept", () => {
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', LYNX);
    expect(a.title).toBe('Harbor council backs ferry route to the islands after long dispute');
    expect(a.publishedAt).toBe('2021-03-08');
    expect(a.sentences[0]!.text).toBe('The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years, the mayor, Ada Brenn, said.');
    expect(a.sentences[1]!.text).toContain('in the U.S. summer season');
    expect(a.sentences.map((x) => x.text).join(' ')).not.toMatch(/\[\d|https?:|References/);
  });

  it("reads a newsletter's text part: its name and date above, a label in capitals, then the headline", () => {
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', [
      'View this email in your browser', '', 'The Harbor Briefing', 'Fri 12 Mar 2021', '', '==========', "TODAY'S TOP STORY", '==========', '',
      'Harbor council backs ferry route to the islands; fares "to be set"', '', STORY_LINES, '', 'Forward to a friend', 'Unsubscribe | Update your preferences',
    ].join('\r\n'));
    expect(a.title).toBe('Harbor council backs ferry route to the islands; fares "to be set"');
    expect(a.source).toBe('The Harbor Briefing');
    expect(a.publishedAt).toBe('2021-03-12');
    expect(a.sentences.map((x) => x.text).join(' ')).not.toMatch(/browser|friend|Unsubscribe|TOP STORY/);
  });

  it("reads a read-later export: the saved-from address and the reading time are furniture, European dates are read", () => {
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', ['Harbor council backs ferry route to the islands', 'Coastal Wire', 'Saved from https://coastalwire.example/2021/03/18/ferry', '5 min read', '18.03.2021', '', STORY_LINES].join('\n'));
    expect(a.title).toBe('Harbor council backs ferry route to the islands');
    expect(a.publishedAt).toBe('2021-03-18');
    expect(a.sentences[0]!.text).toMatch(/^The harbor city council voted/);
  });

  it("reads a PDF's text: the paper's running header and the print stamps are furniture, the masthead over the headline is the outlet", () => {
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', [
      '    THE HARBOR LEDGER    Friday, March 12, 2021    A4', '', '3/13/21, 9:14 AM          Harbor council backs ferry route to the', '',
      'The Harbor Ledger', '', 'Harbor council backs ferry route to the islands after long dispute', '', 'By Dana Osk', '', STORY_LINES, '',
      '3/13/21, 9:14 AM                    Page 1 of 2', 'https://harborledger.example/2021/03/12/ferry    1/2',
    ].join('\n'));
    expect(a.title).toBe('Harbor council backs ferry route to the islands after long dispute');
    expect(a.publishedAt).toBe('2021-03-12');
    expect(a.sentences.map((x) => x.text).join(' ')).not.toMatch(/AM|Page 1|https/);
  });

  it('reads a day and month with slashes only when one of them can be no month', () => {
    for (const [date, iso] of [['28/07/2021', '2021-07-28'], ['07/28/2021', '2021-07-28'], ['03/04/2021', null]] as const) {
      const a = read('incoming/007_3fa9c1d2e4b56a78.txt', ['Harbor council backs ferry route to the islands', `Posted ${date}`, '', STORY_LINES].join('\n'));
      expect(a.publishedAt).toBe(iso);
    }
  });

  it("reads a read-later app's markdown: the saved date when the page states none, the source line's name without its address, the link to the original as the outlet", () => {
    const saved = read('incoming/006_b9f8af1135818dbe.md', ['# Harbor council backs ferry route to the islands', '', 'Source: Coastal Wire (coastalwire.example)', 'Saved from coastalwire.example · June 21, 2021', '', STORY_LINES].join('\n'));
    expect([saved.source, saved.publishedAt]).toEqual(['Coastal Wire', '2021-06-21']);
    expect(read('incoming/006_b9f8af1135818dbe.md', ['# Harbor council backs ferry route to the islands', '', 'Saved May 2, 2021', '', STORY_LINES].join('\n')).publishedAt).toBe('2021-05-02');
    const original = read('incoming/004_c8e0ee21c604034b.md', ['# Harbor council backs ferry route to the islands', '', '[Read the original on Coastal Wire](https://coastalwire.example/2021/ferry)', '', STORY_LINES].join('\n'));
    expect(original.source).toBe('Coastal Wire');
    expect(original.sentences.map((x) => x.text).join(' ')).not.toMatch(/original|Saved/);
    // A date the page states wins over the day it was saved.
    expect(read('incoming/006_b9f8af1135818dbe.md', ['---', 'title: Harbor council backs ferry route', 'date: 2021-06-18', '---', '', 'Saved June 21, 2021', '', STORY_LINES].join('\n')).publishedAt).toBe('2021-06-18');
  });

  it("credits plain text that ends on the outlet's name alone, but not on any short last line", () => {
    const head = ['Harbor council backs ferry route to the islands', 'HARBOR CITY, March 16 — The harbor city council voted on Tuesday to open a ferry route to the islands, officials said.', '', 'Boats will run twice a day from September, and fares will be set by the regional transport board after a public hearing.', ''];
    expect(read('incoming/009_99ae590218d1634e.txt', [...head, 'Harbor City Times'].join('\n')).source).toBe('Harbor City Times');
    expect(read('incoming/009_99ae590218d1634e.txt', [...head, 'Ferry Route Plans'].join('\n')).source).toBeNull();
  });

  it('credits no account controls as the outlet ("Login  Register" reads like "The Des Moines Register")', () => {
    const a = read('incoming/007_3fa9c1d2e4b56a78.txt', ['Home  News  World  Opinion', 'Login  Register', '[Search        ] [Go]', '', 'Harbor council backs ferry route to the islands', '', 'Posted 2021-05-02 14:20 KST', '', STORY_LINES].join('\n'));
    expect(a.source).toBeNull();
    expect(a.title).toBe('Harbor council backs ferry route to the islands');
  });
});

describe('the headline and text of a heavy news page', () => {
  const story = '<p>The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years.</p><p>Boats will run twice a day from September, and fares will be set by the regional transport board after a public hearing in the summer.</p>';
  it('takes the visible headline over a longer title written for search engines, and a meta title that holds it with a kicker', () => {
    const seo = `<!DOCTYPE html><html><head><title>Ferry news: council backs islands route | Latest updates | Coastal Wire</title><meta property="og:title" content="Ferry news: council backs islands route | Latest updates"></head><body><article><h1>Harbor council backs ferry route to the islands</h1>${story}</article></body></html>`;
    expect(read('incoming/x.html', seo).title).toBe('Harbor council backs ferry route to the islands');
    const kicker = `<!DOCTYPE html><html><head><meta property="og:title" content="Analysis: Harbor council backs ferry route to the islands"></head><body><article><h1>Harbor council backs ferry route to the islands</h1>${story}</article></body></html>`;
    expect(read('incoming/y.html', kicker).title).toBe('Analysis: Harbor council backs ferry route to the islands');
  });

  it("reads the story from the page's script data when the markup shows only a teaser (a Next.js page)", () => {
    const body = 'HARBOR CITY -- The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years and split the towns.\n\nBoats will run twice a day from September, and fares will be set by the regional transport board after a public hearing in the summer, the council said.\n\nIslanders welcomed the vote, though some said the fares would decide whether the route was used at all.';
    const data = JSON.stringify({ props: { pageProps: { article: { headline: 'Harbor council backs ferry route to the islands', articleBody: body } } } });
    const html = `<!DOCTYPE html><html><head><title>Ferry route</title></head><body><main><h1>Harbor council backs ferry route to the islands</h1><p>The council voted on Tuesday. Read the full story in our app.</p></main><script id="__NEXT_DATA__" type="application/json">${data}</script></body></html>`;
    const a = read('incoming/z.html', html);
    expect(a.sentences.map((x) => x.text).join(' ')).toContain('Islanders welcomed the vote');
  });
});

describe("the date line of a saved page's credit row", () => {
  it.each([
    ['<div class="info">Source: Xinhua &nbsp;|&nbsp; 2021-03-16 18:05:44 &nbsp;|&nbsp; Editor: Wang Lu</div>'],
    ['<p class="updated">Updated: 2021-03-16 15:20 KST</p>'],
    ['<div class="meta">Staff and wire reports &bull; March 16, 2021</div>'],
  ])('dates the page from %s, outside the story Readability keeps', (row) => {
    const html = `<!DOCTYPE html><html><head><title>Ferry route approved</title></head><body>
      <div class="sidebar"><ul><li>Older news</li></ul></div>
      <article><h1>Harbor council backs ferry route to the islands</h1>${row}
      <p>The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years and split the islands' towns.</p>
      <p>Boats will run twice a day from September, and fares will be set by the regional transport board after a public hearing in the summer, the council said.</p></article></body></html>`;
    expect(read('incoming/x.html', html).publishedAt?.slice(0, 10)).toBe('2021-03-16');
  });
});

describe('outlet names', () => {
  it.each([
    ['KYODO NEWS', 'Kyodo News'],
    ['THE WASHINGTON LEDGER', 'The Washington Ledger'],
    ['NK NEWS', 'NK News'],
    ['Reuters Staff', 'Reuters'],
    ['AP', 'AP'],
    ['BBC News', 'BBC News'],
    ['KCNA', 'KCNA'],
  ])('%s is credited as %s', (raw, name) => {
    expect(outletName(raw)).toBe(name);
  });
});

describe('a short page with its byline at the foot', () => {
  it('keeps every body sentence: one-sentence paragraphs end on a full stop, so none is taken for the headline', () => {
    const a = read('incoming/short.txt', [
      'Council backs ferry plan', '',
      'The harbor council voted on Tuesday to open a ferry route to the islands. It had argued over the plan for two years.', '',
      'Boats will run twice a day from September, officials said.', '',
      'Fares will be set by the regional transport board.', '',
      'By Ana Ruiz | March 8, 2021',
    ].join('\n'));
    expect(a.title).toBe('Council backs ferry plan');
    expect(a.sentences).toHaveLength(4);
    expect(a.author).toBe('Ana Ruiz');
  });
});
