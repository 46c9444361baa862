// Metadata as real scraped files carry it: header blocks with keys we do not use, datelines after a
// standfirst, bylines in the source field, and dates only the URL states.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, splitByline } from '../../functions/core/ingest/metadata';
import { read } from './helpers';

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
    ['WASHINGTON (Reuters) - ', 'Reuters'],
    ['April 22 (Reuters) - ', 'April 22'],
    ['Sept. 3, 2026 (AP) -- ', 'Sept. 3'],
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
