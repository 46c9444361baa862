// Each input format reduces to the same Article shape, with the metadata the format states.
import { describe, expect, it } from 'vitest';
import { formatOf, isSupportedKey } from '../../functions/core/ingest';
import { read, STORY, texts } from './helpers';

describe('formatOf / isSupportedKey', () => {
  it('maps suffixes case-insensitively', () => {
    expect(formatOf('incoming/a.TXT')).toBe('txt');
    expect(formatOf('incoming/a.Md')).toBe('md');
    expect(formatOf('incoming/a.htm')).toBe('html');
    expect(formatOf('incoming/a.HTML')).toBe('html');
    expect(formatOf('incoming/a.json')).toBe('json');
    expect(formatOf('incoming/a.pdf')).toBeNull();
    expect(formatOf('incoming/txt')).toBeNull();
    expect(isSupportedKey('incoming/x y+z.txt')).toBe(true);
    expect(isSupportedKey('incoming/a.docx')).toBe(false);
  });
});

describe('.txt', () => {
  it('reads paragraphs and sentences in order', () => {
    const a = read('incoming/ferry.txt', STORY);
    expect(a.format).toBe('txt');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(a.sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(a.bytes).toBe(new TextEncoder().encode(STORY).length);
  });

  it('honours Title/Source/URL/Date/Author header lines up to the first blank line', () => {
    const a = read('incoming/h.txt', [
      'Title: Ferry route approved',
      'Source: Coastal Wire',
      'URL: https://example.org/news/ferry',
      'Date: 2024-06-04',
      'Author: Sam Lee',
      '',
      'The harbor city council voted on Tuesday to open a ferry route to the islands.',
      'Boats will run twice a day from September, officials said.',
    ].join('\n'));
    expect(a).toMatchObject({ title: 'Ferry route approved', source: 'Coastal Wire', url: 'https://example.org/news/ferry', publishedAt: '2024-06-04', author: 'Sam Lee' });
    expect(texts(a)).toEqual([
      'The harbor city council voted on Tuesday to open a ferry route to the islands.',
      'Boats will run twice a day from September, officials said.',
    ]);
  });

  it('does not treat a prose first block as headers', () => {
    const a = read('incoming/h.txt', 'Title: a word that starts a line\nand the prose goes on. It has two sentences.\n\nSecond paragraph of the story is here.');
    expect(a.title).not.toBe('a word that starts a line');
    expect(texts(a)[0]).toBe('Title: a word that starts a line and the prose goes on.');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const a = read('incoming/w.txt', [
      'Ferry plan wins council backing',
      '',
      'The harbor city council voted on Tuesday to open a ferry route that will link',
      'the port with three island villages from the autumn, according to officials',
      'who spoke after the meeting.',
      '',
      'Two boats will run the service, and tickets will cost less than the bus fare',
      'to the mainland, the transport office said in a statement.',
    ].join('\n'));
    expect(a.paragraphs).toHaveLength(2);
    expect(a.sentences[0]!.text).toBe('The harbor city council voted on Tuesday to open a ferry route that will link the port with three island villages from the autumn, according to officials who spoke after the meeting.');
  });

  it('normalizes whitespace but keeps curly quotes', () => {
    const a = read('incoming/q.txt', 'Council\u00a0backs   ferry plan today\n\n\u201cIt is\u00a0a good day,\u201d   the chair said\tafter the vote.');
    expect(texts(a)).toEqual(['\u201cIt is a good day,\u201d the chair said after the vote.']);
    expect(a.title).toBe('Council backs ferry plan today');
  });
});

describe('.md', () => {
  it('reads YAML front matter and strips markdown syntax', () => {
    const a = read('incoming/a.md', [
      '---',
      'title: "Ferry route approved"',
      'source: Coastal Wire',
      'url: https://example.org/ferry',
      'publishedAt: 2024-06-04T09:30:00+09:00',
      'author: Sam Lee',
      '---',
      '',
      '# Ferry route approved',
      '',
      'The **harbor council** voted on _Tuesday_ to open a [ferry route](https://example.org/route) to the islands.',
      '',
      '## Costs',
      '',
      '- Tickets will cost less than the bus fare, officials said.',
      '> "It is a good day," the chair said.',
      '',
      '![a boat](boat.png)',
      '```',
      'code is not prose();',
      '```',
    ].join('\n'));
    expect(a).toMatchObject({ format: 'md', title: 'Ferry route approved', source: 'Coastal Wire', url: 'https://example.org/ferry', publishedAt: '2024-06-04T09:30:00+09:00', author: 'Sam Lee' });
    expect(texts(a)).toEqual([
      'The harbor council voted on Tuesday to open a ferry route to the islands.',
      'Tickets will cost less than the bus fare, officials said.',
      '"It is a good day," the chair said.',
    ]);
  });

  it('drops the caption under a picture: the line right below it, or an italic line after a blank', () => {
    const a = read('incoming/c.md', [
      '# Ferry route opens',
      '',
      '![The new ferry](https://example.org/ferry.jpg)',
      'The new ferry leaves the harbor on its first run.',
      '',
      'The harbor council opened the ferry route to the islands on Tuesday after a year of delays.',
      '',
      '![The pier](https://example.org/pier.jpg)',
      '',
      '*Passengers queue at the pier. Photo: Coastal Wire*',
      '',
      'Tickets will cost less than the bus fare, officials said, and boats will run every hour.',
      '',
      '![A map](https://example.org/map.jpg)',
      '',
      'The route will carry about 900 passengers a day in summer, the operator expects.',
    ].join('\n'));
    expect(texts(a)).toEqual([
      'The harbor council opened the ferry route to the islands on Tuesday after a year of delays.',
      'Tickets will cost less than the bus fare, officials said, and boats will run every hour.',
      'The route will carry about 900 passengers a day in summer, the operator expects.',
    ]);
  });

  it('takes the first H1 as title without front matter', () => {
    const a = read('incoming/b.md', '# Council backs the ferry plan\n\nThe council voted on *Tuesday* to approve the plan for the islands.');
    expect(a.title).toBe('Council backs the ferry plan');
    expect(texts(a)).toEqual(['The council voted on Tuesday to approve the plan for the islands.']);
  });

  it('takes a masthead above the headline for the outlet when nothing else names one, and never a plain label', () => {
    const body = '\n\n# Council backs the ferry plan\n\nBy Ramon Ybarra, staff writer\n\nThe council voted on Tuesday to approve the plan for the islands.';
    const a = read('incoming/m.md', `Island County Sentinel${body}`);
    expect(a.title).toBe('Council backs the ferry plan');
    expect(a.source).toBe('Island County Sentinel');
    expect(texts(a)).toEqual(['The council voted on Tuesday to approve the plan for the islands.']);
    expect(read('incoming/n.md', `Breaking${body}`).source).toBeNull();
  });

  // algae-bloom's feature (twenty-ninth stop): "*Lakefront Living, Ondessa Shore Weekly*" under its
  // byline named the outlet, and the digest said "unnamed outlet".
  it('takes the outlet from a credit line under the byline, "Section, Outlet", and never a desk or a plain label', () => {
    const head = '# Four days of paper plates\n\n**By Pauline Ashdown**\n';
    const body = '\n\nNadia Kowalczyk opened the Blue Heron Grill on Front Street nine years ago.\n\nShe closed for the first weekend.';
    const a = read('incoming/f.md', `${head}*Lakefront Living, Ondessa Shore Weekly*${body}`);
    expect(a.source).toBe('Ondessa Shore Weekly');
    expect(a.author).toBe('Pauline Ashdown');
    expect(texts(a)[0]).toMatch(/^Nadia Kowalczyk opened/);
    expect(read('incoming/g.md', `${head}*Features, Policy Desk*${body}`).source).toBeNull();
    expect(read('incoming/h.md', `${head}*Breaking News*${body}`).source).toBeNull();
    // A picture's credit names the photographer's agency (code review, twenty-ninth stop).
    for (const line of ['Photograph by Jane Doe, Reuters', 'Jane Doe, AP Photo', 'Pool photo, Associated Press', 'Illustration, The New York Times']) {
      expect(read('incoming/p.md', `${head}*${line}*${body}`).source).toBeNull();
    }
  });

  it("reads a .txt header block when there is no front matter, so 'Title: ' never reaches the headline", () => {
    const a = read(
      'incoming/c.md',
      'Title: Council backs the ferry plan\nSource: Island Ledger\nDate: 2026-02-13\nByline: Nora Vale\n\nThe council voted on *Tuesday* to approve the plan for the islands.',
    );
    expect(a.title).toBe('Council backs the ferry plan');
    expect(a.source).toBe('Island Ledger');
    expect(a.publishedAt).toBe('2026-02-13');
    expect(texts(a)).toEqual(['The council voted on Tuesday to approve the plan for the islands.']);
  });
});

describe('.html', () => {
  const page = `<!DOCTYPE html><html><head>
    <title>Ferry route approved | Coastal Wire</title>
    <meta property="og:title" content="Ferry route approved">
    <meta property="og:site_name" content="Coastal Wire">
    <meta property="og:url" content="https://example.org/news/ferry">
    <meta property="article:published_time" content="2024-06-04T09:30:00Z">
    <meta name="author" content="Sam Lee">
    <style>.x { color: red }</style>
    <script>window.secretTracker = "do not show this";</script>
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World news section link</a></nav>
    <article>
      <h1>Ferry route approved</h1>
      <p>The harbor city council voted on Tuesday to open a ferry route linking the port with three island villages, officials said.</p>
      <script>document.write("injected text from a script")</script>
      <p>The service will start in the autumn with two boats, according to a statement from the transport office on Tuesday.</p>
      <figure><img src="boat.jpg"><figcaption>A ferry at the harbor (Coastal Wire)</figcaption></figure>
      <p>&ldquo;This route gives island families a reliable way to reach the hospital,&rdquo; council chair Dana&nbsp;Ortiz said.</p>
    </article>
    <footer>Copyright 2024 Coastal Wire. All rights reserved.</footer>
  </body></html>`;

  it('takes metadata from meta tags and the body from Readability, without scripts', () => {
    const a = read('incoming/ferry.html', page);
    expect(a).toMatchObject({ format: 'html', title: 'Ferry route approved', source: 'Coastal Wire', url: 'https://example.org/news/ferry', publishedAt: '2024-06-04T09:30:00Z', author: 'Sam Lee' });
    const all = texts(a).join(' ');
    expect(all).not.toMatch(/secretTracker|injected text|color: red|World news section|All rights reserved|A ferry at the harbor/);
    expect(texts(a)).toEqual([
      'The harbor city council voted on Tuesday to open a ferry route linking the port with three island villages, officials said.',
      'The service will start in the autumn with two boats, according to a statement from the transport office on Tuesday.',
      '“This route gives island families a reliable way to reach the hospital,” council chair Dana Ortiz said.',
    ]);
  });

  it('reads a bare fragment (.htm) without a head', () => {
    const a = read('incoming/f.htm', '<p>The council approved the ferry plan on Tuesday after a long debate.</p><p>Boats will run twice a day.</p>');
    expect(texts(a)).toEqual(['The council approved the ferry plan on Tuesday after a long debate.', 'Boats will run twice a day.']);
    expect(a.title).toBe('F');
  });
});

describe('.json', () => {
  it('reads {title, body, url, source, publishedAt, author}', () => {
    const a = read('incoming/a.json', JSON.stringify({
      title: 'Ferry route approved', body: 'The council voted on Tuesday.\n\nBoats will run twice a day.',
      url: 'https://example.org/f', source: 'Coastal Wire', publishedAt: '2024-06-04', author: 'Sam Lee',
    }));
    expect(a).toMatchObject({ format: 'json', title: 'Ferry route approved', url: 'https://example.org/f', source: 'Coastal Wire', publishedAt: '2024-06-04', author: 'Sam Lee' });
    expect(texts(a)).toEqual(['The council voted on Tuesday.', 'Boats will run twice a day.']);
  });

  it('accepts text instead of body, date instead of publishedAt, and an HTML body', () => {
    const a = read('incoming/b.json', JSON.stringify({ title: 'T one two', text: '<p>The council voted on Tuesday.</p><p>Boats will run daily.</p>', date: 'June 4, 2024' }));
    expect(a.publishedAt).toBe('2024-06-04');
    expect(texts(a)).toEqual(['The council voted on Tuesday.', 'Boats will run daily.']);
  });

  it("reads NewsAPI's and schema.org's shapes: names as objects, datePublished, articleBody", () => {
    const newsApi = read('incoming/n.json', JSON.stringify({
      source: { id: null, name: 'Coastal Wire' }, author: 'Sam Lee', title: 'Ferry route approved',
      url: 'https://example.org/f', publishedAt: '2024-06-04T09:30:00Z', content: 'The council voted on Tuesday.\n\nBoats will run twice a day.',
    }));
    expect(newsApi).toMatchObject({ title: 'Ferry route approved', source: 'Coastal Wire', author: 'Sam Lee', publishedAt: '2024-06-04T09:30:00Z' });
    const schema = read('incoming/s.json', JSON.stringify({
      '@type': 'NewsArticle', headline: 'Ferry route approved', datePublished: '2024-06-04',
      publisher: { '@type': 'Organization', name: 'Coastal Wire' }, author: [{ '@type': 'Person', name: 'Sam Lee' }, { name: 'Ana Ruiz' }],
      articleBody: 'The council voted on Tuesday.\n\nBoats will run twice a day.',
    }));
    expect(schema).toMatchObject({ title: 'Ferry route approved', source: 'Coastal Wire', author: 'Sam Lee, Ana Ruiz', publishedAt: '2024-06-04' });
    expect(texts(schema)).toEqual(['The council voted on Tuesday.', 'Boats will run twice a day.']);
  });

  it("reads collectors' shapes: a feed item's content:encoded, a scraper's publish_date and authors, an extractor's source address as no outlet", () => {
    const feed = read('incoming/f.json', JSON.stringify({
      guid: 'cw-1', link: 'https://example.org/f', title: 'Ferry route approved', pubDate: 'Tue, 04 Jun 2024 09:30:00 +0900', creator: 'Sam Lee',
      'content:encoded': '<p>The council voted on Tuesday.</p><p>Boats will run twice a day.</p>', contentSnippet: 'The council voted...',
    }));
    expect(feed).toMatchObject({ title: 'Ferry route approved', author: 'Sam Lee', url: 'https://example.org/f' });
    expect(feed.publishedAt?.slice(0, 10)).toBe('2024-06-04');
    expect(texts(feed)).toEqual(['The council voted on Tuesday.', 'Boats will run twice a day.']);
    const scraped = read('incoming/g.json', JSON.stringify({ url: 'https://example.org/g', title: 'Ferry route approved', authors: ['Sam Lee'], publish_date: 'Tue, 04 Jun 2024 08:15:00 GMT', text: 'The council voted on Tuesday.', site_name: 'Coastal Wire' }));
    expect(scraped).toMatchObject({ source: 'Coastal Wire', author: 'Sam Lee', publishedAt: '2024-06-04' });
    const extracted = read('incoming/h.json', JSON.stringify({ title: 'Ferry route approved', hostname: 'coastalwire.example', date: '2024-06-04', source: 'https://coastalwire.example/news/ferry', 'source-hostname': 'coastalwire.example', text: 'The council voted on Tuesday.' }));
    expect(extracted.source).toBeNull();
  });

  it("reads a crawler's record of the whole page from its HTML, never dating it by when it was fetched", () => {
    const html = `<!doctype html><html><head><title>Ferry route approved | Coastal Wire</title><meta property="article:published_time" content="2024-06-04T09:30:00Z"></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Ferry route approved</h1>
      <p>The harbor city council voted on Tuesday to open a ferry route to the islands, officials said, ending a dispute that had run for two years.</p>
      <p>Boats will run twice a day from September, and fares will be set by the regional transport board after a public hearing in the summer.</p></article></body></html>`;
    const a = read('incoming/p.json', JSON.stringify({ url: 'https://example.org/p', fetched_at: '2024-12-30T00:00:00Z', status: 200, html }));
    expect(a).toMatchObject({ title: 'Ferry route approved', url: 'https://example.org/p', publishedAt: '2024-06-04T09:30:00Z' });
    expect(texts(a)[0]).toMatch(/^The harbor city council voted/);
  });

  it('drops a URL that is not http(s)', () => {
    const a = read('incoming/c.json', JSON.stringify({ title: 'T one two', body: 'The council voted on Tuesday.', url: 'javascript:alert(1)' }));
    expect(a.url).toBeNull();
  });
});

describe('official documents, opinion and video pages (prereg40)', () => {
  const BODY = 'The Vendarian foreign ministry said on Monday it had sent three messages to Dawnport since February and had received no reply.\n\nOfficials said the review of the canal policy would end in the spring.';
  it.each([
    ['Ministry Press Briefing - March 15, 2026', '2026-03-15'],
    ['Regular Press Briefing by the Ministry Spokesperson (March 26, 2026)', '2026-03-26'],
    ['Readout of the Foreign Minister’s Call with Her Dawnport Counterpart - 16 April 2026', '2026-04-16'],
  ])('reads a document titled with its date as the title, and the date from it: %s', (head, date) => {
    const a = read('incoming/briefing.txt', `${head}\n\n${BODY}`);
    expect(a.title).toBe(head);
    expect(a.publishedAt).toBe(date);
    expect(a.source).toBeNull();
  });

  it('keeps an outlet named over its date with a dash as the outlet', () => {
    const a = read('incoming/wire.txt', `Canal talks stall as Dawnport stays silent\n\nKessling Daily Wire - March 15, 2026\n\n${BODY}`);
    expect(a.title).toBe('Canal talks stall as Dawnport stays silent');
    expect([a.source, a.publishedAt]).toEqual(['Kessling Daily Wire', '2026-03-15']);
  });

  it.each(['Commentary', 'Analysis', 'Column', 'Video'])('reads a credit line with a "%s" section: the first part is the outlet', (section) => {
    const a = read('incoming/oped.txt', `Commentary: Dawnport should answer the canal messages\n\nHarland Policy Review | ${section} | June 8, 2026\n\nBy Margit Ellery\n\n${BODY}`);
    expect([a.source, a.publishedAt]).toEqual(['Harland Policy Review', '2026-06-08']);
  });

  it('reads "VIDEO: ..." over a page as its headline, not as a picture label', () => {
    const head = 'VIDEO: Dawnport fires two rockets as Vendaria tests its own sea-launched rocket';
    const a = read('incoming/video.txt', `${head}\n\nPacific Newsline | Video | Sept. 15, 2026 | 3:42\n\n${BODY}`);
    expect([a.title, a.source, a.publishedAt]).toEqual([head, 'Pacific Newsline', '2026-09-15']);
  });

  it('keeps a transcript speaker\'s label ("MS. ORLANDO:") as text, not as a dateline', () => {
    const a = read('incoming/transcript.txt', `Press Briefing by Press Secretary Ana Orlando, April 16, 2026\n\nMS. ORLANDO: Hi, everyone. Happy Friday. First, the minister travels to Dawnport.\n\n${BODY}`);
    expect(texts(a)[0]).toBe('MS. ORLANDO: Hi, everyone.');
    expect(a.furniture.some((f) => f.includes('ORLANDO'))).toBe(false);
    expect(a.publishedAt).toBe('2026-04-16');
  });

  it('drops a monitoring site\'s tag row ("Full text | Source: ... | Filed under: ...")', () => {
    const a = read('incoming/kcna.txt', `Statement of the Foreign Ministry Spokesperson\n\nFull text | Source: DNA | Filed under: Canal, Dawnport relations\n\n${BODY}`);
    expect(texts(a).join(' ')).not.toContain('Filed under');
  });
});

describe("news agencies' feed copy (prereg41)", () => {
  const BODY = 'The Vendarian foreign ministry said on Monday it had sent three messages to Dawnport since February and had received no reply.\n\nOfficials said the review of the canal policy would end in the spring.';
  it('reads a feed item (IPTC ninjs and its kin): headline, body_text, firstcreated, provider', () => {
    const item = { guid: 'kes-1', type: 'text', provider: 'Kessling Wire', firstcreated: '2026-04-16T21:12:00Z', versioncreated: '2026-04-16T23:48:00Z', located: 'KESSLING', headline: 'Vendaria and Dawnport agree to reopen canal talks', byline: 'Ana Orlando', body_text: BODY };
    const a = read('incoming/feed.json', JSON.stringify(item));
    expect([a.title, a.source, a.author, a.publishedAt?.slice(0, 10)]).toEqual(['Vendaria and Dawnport agree to reopen canal talks', 'Kessling Wire', 'Ana Orlando', '2026-04-16']);
    expect(texts(a)[0]).toMatch(/^The Vendarian foreign ministry/);
    // Markup in body_html is read as a page's.
    const html = read('incoming/feed-html.json', JSON.stringify({ headline: 'Canal talks', service: 'Kessling Wire', body_html: `<p>${BODY.split('\n\n').join('</p><p>')}</p>` }));
    expect([html.source, texts(html).length]).toEqual(['Kessling Wire', 2]);
  });

  it('reads an NITF item printed as text by its fields', () => {
    const text = ['[NITF 3.4 item rendered as text by FeedBridge 2.1]', 'doc-id: KW-20260721-0193', 'doc.copyright: Kessling Wire Service', 'date.issue: 20260721T163000+0900', '', 'hedline.hl1: Canal deputies agree to keep pressing Dawnport', 'hedline.hl2: First meeting in four years', '', 'byline: By Aiko Tanabe, Kessling Wire Service', 'dateline.story.date: July 21, 2026', '', 'body.content:', '', BODY].join('\n');
    const a = read('incoming/nitf.txt', text);
    expect([a.title, a.source, a.publishedAt]).toEqual(['Canal deputies agree to keep pressing Dawnport', 'Kessling Wire Service', '2026-07-21']);
    expect(texts(a)[0]).toMatch(/^The Vendarian foreign ministry/);
  });

  it("drops a feed's slug, routing keys, urgent flash and version notes, and a wire's version code from the headline", () => {
    const text = ['BC-VENDARIA-DAWNPORT/CANAL (UPDATE 2)', 'Priority: 3', 'Words: 640', 'Date: 2026-05-21T21:48:05Z', '', 'URGENT: VENDARIA SAYS CANAL REVIEW COMPLETE', '', 'UPDATE 2-Vendaria ends canal review, will seek practical approach', '', '(Adds minister\'s comments, details)', '', '* Review took four months', '* Talks to resume in autumn', '', 'KESSLING, May 21 (Reuters) - The Vendarian foreign ministry said on Thursday it had finished its canal review.', '', 'Officials said the canal talks would resume in the autumn.'].join('\n');
    const a = read('incoming/wire.txt', text);
    expect([a.title, a.source, a.publishedAt?.slice(0, 10)]).toEqual(['Vendaria ends canal review, will seek practical approach', 'Reuters', '2026-05-21']);
    const all = texts(a).join(' ');
    for (const junk of ['BC-VENDARIA', 'Priority', 'URGENT', 'Adds minister', 'KESSLING, May 21']) expect(all).not.toContain(junk);
  });

  it('keeps a date line as the date, and a sentence that opens on capitals and hyphens as text', () => {
    const a = read('incoming/plain.txt', `Canal talks resume\n\nBy Ana Orlando\n2026-05-22\n\nROK-US-JAPAN talks on the canal resumed on Monday in Kessling.\n\n${BODY}`);
    expect(a.publishedAt).toBe('2026-05-22');
    expect(texts(a)[0]).toBe('ROK-US-JAPAN talks on the canal resumed on Monday in Kessling.');
  });
});

describe('embedded posts and other newsrooms\' credit lines (prereg42)', () => {
  const BODY = 'The Vendarian foreign ministry said on Monday it had sent three messages to Dawnport since February and had received no reply.\n\nOfficials said the review of the canal policy would end in the spring.';
  it('drops embedded posts and pull quotes from a page, and their labels and text forms from plain text', () => {
    const html = `<html><head><title>Canal talks stall</title></head><body><article><h1>Canal talks stall</h1><p>${BODY.split('\n\n')[0]}</p><blockquote class="twitter-tweet"><p>Three messages in one month from Vendaria: all unanswered.</p>&mdash; Lena Vorhees (@lenavorhees) May 2, 2026</blockquote><blockquote class="pull-quote">"We are still waiting."</blockquote><p>${BODY.split('\n\n')[1]}</p></article></body></html>`;
    const a = read('incoming/embeds.html', html);
    expect(texts(a).join(' ')).not.toMatch(/Three messages|Vorhees|still waiting/);
    const text = ['Canal talks stall', '', BODY.split('\n\n')[0], '', 'Embedded content from twitter.com', 'Ana Orlando (@VendariaFM) May 2, 2026: Three messages sent, none answered.', 'View on Twitter', '', BODY.split('\n\n')[1]].join('\n');
    expect(texts(read('incoming/embeds.txt', text)).join(' ')).not.toMatch(/Three messages sent|Embedded content|View on Twitter/);
  });

  it.each([
    ['Dawnport Central News Agency | www.dcna.example\n\nPress Statement of the Canal Bureau\n\n', 'Press Statement of the Canal Bureau', null, null],
    ['Canal talks stall\n\nAll News 11:21 June 22, 2026\n\n', 'Canal talks stall', null, '2026-06-22'],
    ['Canal talks stall\n\nBy ANA ORLANDO and REI SATO Associated Press\n\n', 'Canal talks stall', 'Associated Press', null],
    ['Canal talks stall\n\nBy Soren Whitlock, East Asia Dispatch\n\n', 'Canal talks stall', 'East Asia Dispatch', null],
    ['Canal talks stall\n\nBy Mara Lindqvist | Harland Review | July 8, 2026\n\n', 'Canal talks stall', 'Harland Review', '2026-07-08'],
  ])('reads the title, outlet and date of %j', (head, title, source, date) => {
    const a = read('incoming/credit.txt', `${head}${BODY}`);
    expect([a.title, a.source, a.publishedAt]).toEqual([title, source, date]);
  });
});

describe('outlet names in capitals (prereg42)', () => {
  it('keeps the capital of each part of a hyphenated word', async () => {
    const { outletName } = await import('../../functions/core/ingest/metadata');
    expect(outletName('NHK WORLD-JAPAN')).toBe('NHK World-Japan');
    expect(outletName('THE KOREA HERALD')).toBe('The Korea Herald');
  });
});

