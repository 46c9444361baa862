// The read-only web archive of past digests: the index page, the Atom feed, and the routing of a
// request to one of them or to one digest's page. Pure: the handler passes the stored entries and
// pages in (functions/handlers/archive.ts on AWS, functions/local/local-pipeline.ts locally).
//
// URLs, relative to the archive's base URL (a Lambda Function URL, or the local server):
//   /                 index of past digests, newest first
//   /feed.xml         Atom feed (RFC 4287) of the same
//   /digests/<id>     one digest as the email showed it, without the reader's own unsubscribe link
// A digest's id comes from its content and is known before the email is rendered, so its
// "view in browser" link is stable: archiveLinks() is what the email and the archive both use.
import { formatUtcDay } from '../core/dates';
import { cleanText, escapeHtml } from './escape';

/** What the archive knows about one digest (stored as digests/<id>/entry.json). */
export interface ArchiveEntry {
  readonly id: string;
  /** ISO date-time. */
  readonly createdAt: string;
  readonly subject: string;
  /** The preheader: a line saying what is inside. */
  readonly summary: string;
}

export interface ArchiveResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export const ARCHIVE_FEED_PATH = 'feed.xml';
const DIGEST_PATH = 'digests/';
/** How many digests the index and the feed list. */
export const ARCHIVE_INDEX_LIMIT = 100;
export const ARCHIVE_FEED_LIMIT = 20;
/** Digest ids are lower-case hex (functions/core/digest); anything else is not a digest. */
const DIGEST_ID = /^[0-9a-f]{8,64}$/;

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The links the email carries: to this digest's page and to the index. */
export function archiveLinks(baseUrl: string, digestId: string): { readonly digest: string; readonly index: string } {
  if (!DIGEST_ID.test(digestId)) throw new TypeError(`not a digest id: ${digestId}`);
  const base = withSlash(baseUrl);
  return { digest: `${base}${DIGEST_PATH}${digestId}`, index: base };
}

export function isDigestId(value: string): boolean {
  return DIGEST_ID.test(value);
}

/** Newest first; ties broken by id so the order never depends on listing order. */
export function sortEntries(entries: readonly ArchiveEntry[]): ArchiveEntry[] {
  return [...entries].sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? 1 : -1));
}

function displayDate(iso: string): string {
  return formatUtcDay(iso, 'long') ?? '';
}

/** The index page of past digests (HTML). */
export function archiveIndexPage(entries: readonly ArchiveEntry[], options: { digestName: string; baseUrl: string }): string {
  const base = withSlash(options.baseUrl);
  const name = escapeHtml(cleanText(options.digestName));
  const rows = sortEntries(entries)
    .slice(0, ARCHIVE_INDEX_LIMIT)
    .map((e) => {
      const href = escapeHtml(`${base}${DIGEST_PATH}${e.id}`);
      const summary = cleanText(e.summary);
      return `<li><a href="${href}">${escapeHtml(cleanText(e.subject))}</a><br><span class="meta">${escapeHtml(displayDate(e.createdAt))}${summary ? ` · ${escapeHtml(summary)}` : ''}</span></li>`;
    });
  const list = rows.length > 0 ? `<ol>\n${rows.join('\n')}\n</ol>` : '<p>No digest has been sent yet.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name}: past digests</title>
<link rel="alternate" type="application/atom+xml" title="${name}" href="${escapeHtml(base + ARCHIVE_FEED_PATH)}">
<style>
body { margin: 0; background: #eef1f5; color: #1f2933; font: 16px/1.6 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 600px; margin: 32px auto; padding: 28px; background: #fff; }
h1 { margin: 0 0 4px; color: #13294b; font: 700 28px/1.2 Georgia, 'Times New Roman', serif; }
ol { padding: 0; list-style: none; }
li { padding: 0 0 14px; }
a { color: #0b5cad; }
.meta { color: #52606d; font-size: 14px; }
</style>
</head>
<body>
<main>
<h1>${name}</h1>
<p class="meta">Past digests, newest first. <a href="${escapeHtml(base + ARCHIVE_FEED_PATH)}">Atom feed</a></p>
${list}
</main>
</body>
</html>
`;
}

// XML 1.0 forbids most control characters outright, even escaped; cleanText removes them.
const xmlText = (s: string) => escapeHtml(cleanText(s));

/** The Atom feed (RFC 4287) of past digests, newest first. */
export function archiveFeed(entries: readonly ArchiveEntry[], options: { digestName: string; baseUrl: string }): string {
  const base = withSlash(options.baseUrl);
  const sorted = sortEntries(entries).slice(0, ARCHIVE_FEED_LIMIT);
  // A feed's <updated> is required; with no entry yet, the epoch says "never".
  const updated = sorted[0]?.createdAt ?? new Date(0).toISOString();
  const items = sorted.map(
    (e) => `  <entry>
    <title>${xmlText(e.subject)}</title>
    <id>${xmlText(`${base}${DIGEST_PATH}${e.id}`)}</id>
    <link rel="alternate" type="text/html" href="${xmlText(`${base}${DIGEST_PATH}${e.id}`)}"/>
    <updated>${xmlText(e.createdAt)}</updated>
    <summary>${xmlText(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xmlText(options.digestName)}</title>
  <id>${xmlText(base)}</id>
  <link rel="self" type="application/atom+xml" href="${xmlText(base + ARCHIVE_FEED_PATH)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(base)}"/>
  <updated>${xmlText(updated)}</updated>
  <author><name>${xmlText(options.digestName)}</name></author>
${items.join('\n')}${items.length ? '\n' : ''}</feed>
`;
}

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Digest pages link out to articles and carry their inline styles; nothing runs.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'none'",
};

function respond(statusCode: number, contentType: string, body: string, maxAge = 300): ArchiveResponse {
  return { statusCode, headers: { ...COMMON_HEADERS, 'Content-Type': contentType, 'Cache-Control': `public, max-age=${maxAge}` }, body };
}

export interface ArchiveRequest {
  readonly method: string;
  /** The URL path, e.g. "/digests/90fe113bacac40dc". */
  readonly path: string;
}

export interface ArchiveSource {
  readonly digestName: string;
  /** The archive's own base URL (links in pages and the feed are absolute). */
  readonly baseUrl: string;
  listEntries(): Promise<ArchiveEntry[]>;
  /** The browser copy of one digest, or null when there is none. */
  getPage(digestId: string): Promise<string | null>;
}

const notFound = () => respond(404, 'text/plain; charset=utf-8', 'Not found\n', 60);

/** Routes one read-only request. Anything but GET or HEAD is refused; unknown paths are 404. */
export async function handleArchiveRequest(req: ArchiveRequest, source: ArchiveSource): Promise<ArchiveResponse> {
  const method = req.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    return { ...respond(405, 'text/plain; charset=utf-8', 'Method not allowed\n', 0), headers: { ...COMMON_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' } };
  }
  const path = req.path.replace(/^\/+/, '');
  if (path === '' || path === 'index.html') {
    return respond(200, 'text/html; charset=utf-8', archiveIndexPage(await source.listEntries(), source));
  }
  if (path === ARCHIVE_FEED_PATH) {
    return respond(200, 'application/atom+xml; charset=utf-8', archiveFeed(await source.listEntries(), source));
  }
  if (path.startsWith(DIGEST_PATH)) {
    const id = path.slice(DIGEST_PATH.length);
    if (!isDigestId(id)) return notFound();
    const page = await source.getPage(id);
    // A digest never changes once stored: let browsers and caches keep it.
    return page === null ? notFound() : respond(200, 'text/html; charset=utf-8', page, 86_400);
  }
  return notFound();
}
