// The web archive's pure parts: index page, Atom feed, routing, and the links the email carries.
import { parseHTML } from 'linkedom';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_FEED_LIMIT,
  archiveFeed,
  archiveIndexPage,
  archiveLinks,
  handleArchiveRequest,
  type ArchiveEntry,
  type ArchiveSource,
} from '../../functions/email/archive';
import { renderDigest, renderDigestMjml } from '../../functions/email/render';
import { createArchiveHandler } from '../../functions/handlers/archive';
import { smallDigestView } from './fixtures';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const BASE = 'https://abc.lambda-url.eu-west-1.on.aws/';
const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const entry = (n: number, overrides: Partial<ArchiveEntry> = {}): ArchiveEntry => ({
  id: `${n}`.padStart(16, 'a'),
  createdAt: new Date(Date.UTC(2026, 10, n)).toISOString(),
  subject: `Briefing ${n}`,
  summary: `Point ${n}`,
  ...overrides,
});
const hostile = entry(9, { subject: 'Bad <script>alert(1)</script> & "quotes"\u0007', summary: '</summary><x>' });

function source(entries: ArchiveEntry[], pages: Record<string, string> = {}): ArchiveSource {
  return { digestName: 'Korea <Briefing>', baseUrl: BASE, listEntries: async () => entries, getPage: async (id) => pages[id] ?? null };
}

describe('archiveLinks', () => {
  it('gives each digest one stable URL under the base, and refuses what is not a digest id', () => {
    expect(archiveLinks(BASE, '90fe113bacac40dc')).toEqual({ digest: `${BASE}digests/90fe113bacac40dc`, index: BASE });
    expect(archiveLinks('http://127.0.0.1:3026', '90fe113bacac40dc').index).toBe('http://127.0.0.1:3026/');
    expect(() => archiveLinks(BASE, '../secrets')).toThrow(/not a digest id/);
  });
});

describe('archiveIndexPage', () => {
  it('lists digests newest first, each linked by its escaped subject', () => {
    const html = archiveIndexPage([entry(1), hostile, entry(3)], source([]));
    const doc = parseHTML(html).document;
    const anchors = [...doc.querySelectorAll('li a')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual([9, 3, 1].map((n) => `${BASE}digests/${entry(n).id}`));
    expect(anchors[0]!.textContent).toBe('Bad <script>alert(1)</script> & "quotes"');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Korea <Briefing>: past digests');
    expect(doc.querySelector('link[rel=alternate]')?.getAttribute('href')).toBe(`${BASE}feed.xml`);
  });
});

describe('archiveFeed', () => {
  it('is an Atom feed of the newest digests, with every text escaped and no control character', () => {
    const entries = Array.from({ length: ARCHIVE_FEED_LIMIT + 5 }, (_, i) => entry(i + 1));
    const xml = archiveFeed([...entries, hostile], source([]));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain('<script>');
    const doc = parseHTML(xml).document;
    const items = [...doc.querySelectorAll('entry')];
    expect(items).toHaveLength(ARCHIVE_FEED_LIMIT);
    // Newest first: the feed's <updated> is its first entry's.
    expect(items[0]!.querySelector('updated')?.textContent).toBe(entries.at(-1)!.createdAt);
    expect(xml).toContain(`<updated>${entries.at(-1)!.createdAt}</updated>\n  <author>`);
    for (const item of items) {
      const href = item.querySelector('link')?.getAttribute('href');
      expect(item.querySelector('id')?.textContent).toBe(href);
      expect(href).toMatch(/^https:\/\/abc\.lambda-url\.eu-west-1\.on\.aws\/digests\/a+\d+$/);
    }
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://abc.lambda-url.eu-west-1.on.aws/feed.xml"/>');
  });

  it('has the required <updated> even before the first digest', () => {
    expect(archiveFeed([], source([]))).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});

describe('handleArchiveRequest', () => {
  const id = entry(1).id;
  const src = source([entry(1)], { [id]: '<html>digest one</html>' });

  it('routes the index, the feed and a digest page, with their content types', async () => {
    expect((await handleArchiveRequest({ method: 'GET', path: '/' }, src)).headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect((await handleArchiveRequest({ method: 'GET', path: '/feed.xml' }, src)).headers['Content-Type']).toBe('application/atom+xml; charset=utf-8');
    const page = await handleArchiveRequest({ method: 'GET', path: `/digests/${id}` }, src);
    expect(page).toMatchObject({ statusCode: 200, body: '<html>digest one</html>' });
    expect(page.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('answers 404 for unknown or malformed ids and paths, and 405 for writes', async () => {
    for (const p of ['/digests/bbbbbbbbbbbbbbbb', '/digests/../suppressions/x', '/digests/', '/digests/AAAAAAAAAAAAAAAA', '/other']) {
      expect((await handleArchiveRequest({ method: 'GET', path: p }, src)).statusCode, p).toBe(404);
    }
    const post = await handleArchiveRequest({ method: 'POST', path: '/' }, src);
    expect(post.statusCode).toBe(405);
    expect(post.headers.Allow).toBe('GET, HEAD');
  });
});

describe('the archive Lambda handler', () => {
  it('builds absolute links from the URL the request reached, and answers HEAD without a body', async () => {
    const handler = createArchiveHandler({ reader: { listEntries: async () => [entry(1)], getPage: async () => null }, digestName: 'D' });
    const event = (method: string, rawPath: string) =>
      ({ rawPath, requestContext: { domainName: 'abc.lambda-url.eu-west-1.on.aws', http: { method } } }) as never;
    const index = (await handler(event('GET', '/'))) as { body: string };
    expect(index.body).toContain(`href="${BASE}digests/${entry(1).id}"`);
    const head = await handler(event('HEAD', '/feed.xml'));
    expect(head).toMatchObject({ statusCode: 200, body: '' });
  });
});

describe('the email links to the archive', () => {
  const links = { digest: `${BASE}digests/90fe113bacac40dc`, index: BASE };

  it('shows "View in browser" above the header and "Past digests" in the footer, in both parts, with valid MJML', async () => {
    const { html, text } = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: null, links });
    const anchors = [...parseHTML(html).document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(anchors).toContainEqual(['View in browser', links.digest]);
    expect(anchors).toContainEqual(['Past digests', links.index]);
    const body = parseHTML(html).document.body.textContent ?? '';
    expect(body.indexOf('View in browser')).toBeLessThan(body.indexOf(smallDigestView().digestName));
    expect(text).toContain(`View in your browser: ${links.digest}`);
    expect(text).toContain(`Past digests: ${links.index}`);
    const mjml = await renderDigestMjml(smallDigestView(), { templates, unsubscribeUrl: null, links });
    const strict = await mjml2html(mjml, { validationLevel: 'strict', fonts: {}, ignoreIncludes: false, filePath: path.join(TEMPLATES, 'digest.mjml') });
    expect(strict.errors).toEqual([]);
  });

  it('leaves both out without links (the CLI), and refuses a non-http link', async () => {
    const { html, text } = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: null });
    expect(html).not.toContain('View in browser');
    expect(html).not.toContain('Past digests');
    expect(text).not.toContain('Past digests');
    await expect(renderDigest(smallDigestView(), { templates, unsubscribeUrl: null, links: { digest: 'javascript:alert(1)', index: BASE } })).rejects.toThrow(
      /absolute http/,
    );
  });
});
