// The article reader: bytes of one scraped article in, one normalized Article out, or an
// ArticleRejectedError saying why not. Pure: no I/O, no AWS; the S3 handler and the CLI call it.
import { SUPPORTED_SUFFIXES } from '../../../config/layout';
import { ArticleRejectedError, type Article, type ArticleFormat, type Sentence } from '../model';
import { contentId } from '../ids';
import { collapseWhitespace, decodeText, normalizeText } from './decode';
import { extract, type MetaHints } from './formats';
import { stripFurniture } from './furniture';
import { cleanName, cleanUrl, dateFromUrl, namesOutlet, parseDate, publicationDate, splitByline, titleFromKey } from './metadata';
import { splitSentences } from './sentences';
import { groupParagraphs, isShortLabel, looksLikeHeadline, stripAgencyTag, stripDateline } from './structure';

export { splitSentences } from './sentences';

export interface ReadOptions {
  /** Larger inputs are rejected with 'too-large' (RuntimeConfig.maxArticleBytes). */
  readonly maxBytes: number;
}

const FORMAT_BY_SUFFIX: Record<(typeof SUPPORTED_SUFFIXES)[number], ArticleFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** The article format for a key, by suffix (case-insensitive), or null when unsupported. */
export function formatOf(key: string): ArticleFormat | null {
  const lower = key.toLowerCase();
  const suffix = SUPPORTED_SUFFIXES.find((s) => lower.endsWith(s));
  return suffix ? FORMAT_BY_SUFFIX[suffix] : null;
}

export const isSupportedKey = (key: string): boolean => formatOf(key) !== null;

/** The key's format; rejects a key whose suffix is not one of config/layout.ts SUPPORTED_SUFFIXES. */
export function checkSupportedType(key: string): ArticleFormat {
  const format = formatOf(key);
  if (!format) throw new ArticleRejectedError(key, 'unsupported-type', `has an unsupported file type; use one of ${SUPPORTED_SUFFIXES.join(', ')}`);
  return format;
}

/** Rejects an oversized object before it is downloaded (the handler has the size from HeadObject). */
export function checkArticleSize(key: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new ArticleRejectedError(key, 'too-large', `is ${size} bytes; the limit is ${maxBytes} bytes (maxArticleBytes)`);
  }
}

/** Same text under two keys, same id: the content id (core/ids.ts) of the normalized sentences. */
export function articleId(sentences: readonly string[]): string {
  const canonical = sentences.map((s) => collapseWhitespace(s.toLowerCase()).trim()).join('\n');
  return contentId(canonical);
}

/** A character that is neither whitespace nor one normalizeText() drops (zero-width marks, soft hyphen). */
const VISIBLE = /[^\s\u200B-\u200D\u2060\u00AD\u0085]/;

/** Paragraphs searched for a wire dateline ("SEOUL —", "LONDON:", "(Yonhap) --"). */
const DATELINE_PARAGRAPHS = 3;

const metaText = (v: string | null | undefined): string | null => {
  const s = v ? normalizeText(v).replace(/\s*\n\s*/g, ' ').trim() : '';
  return s ? s : null;
};

/**
 * Reads one article. Throws only ArticleRejectedError (empty, too-large, binary, invalid-encoding,
 * unsupported-type, malformed, malformed-html, no-content); anything else escaping is a bug.
 */
export function readArticle(input: { key: string; bytes: Uint8Array }, options: ReadOptions): Article {
  const { key, bytes } = input;
  const format = checkSupportedType(key);
  checkArticleSize(key, bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new ArticleRejectedError(key, 'empty', 'is empty (0 bytes)');

  const decoded = decodeText(key, bytes);
  // A page's markup is normalized after extraction (below), where its text is: normalizing all of
  // its bytes first cost the reader time (about 1.5% on the bench) and changed nothing it reads.
  const text = format === 'html' ? decoded : normalizeText(decoded);
  if (!VISIBLE.test(text)) throw new ArticleRejectedError(key, 'empty', 'holds only whitespace');

  const extracted = extract(key, format, text);
  // Extraction can bring back entities (&nbsp;), JSON escapes and markdown gaps: normalize once
  // more. Plain text lines are already normalized (normalizeText is idempotent), so they skip it.
  const lines = format === 'txt' ? extracted.lines : normalizeText(extracted.lines.join('\n')).split('\n');
  const meta: MetaHints = extracted.meta;

  const { lines: kept, furniture: dropped, hints } = stripFurniture(lines);
  const furniture = [...dropped];
  let paragraphs = groupParagraphs(kept);

  // Headline: stated metadata wins; otherwise the first headline-like paragraph, after short widget labels.
  let title = metaText(meta.title);
  let i = 0;
  // A masthead above the headline ("Kessel County Sentinel") names the outlet when nothing else does.
  let masthead: string | null = null;
  while (i < paragraphs.length && isShortLabel(paragraphs[i]!, 3) && !(title === null && looksLikeHeadline(paragraphs[i]!))) {
    if (title !== null && namesOutlet(paragraphs[i]!)) masthead ??= paragraphs[i]!;
    furniture.push(paragraphs[i]!);
    i++;
  }
  const first = paragraphs[i];
  if (first !== undefined) {
    const sameAsTitle = title !== null && normWords(first) === normWords(title);
    // HTML marks its headline in markup (meta, <title>, <h1>): its <p> paragraphs are all body.
    const guess = title === null && format !== 'html' && looksLikeHeadline(first) && paragraphs.length - i > 1;
    if (sameAsTitle || guess) {
      title ??= first;
      i++;
    }
  }
  paragraphs = paragraphs.slice(i);

  // Sub-headings and leftover widget labels: short and not a sentence.
  const body: string[] = [];
  for (const p of paragraphs) {
    if (isShortLabel(p, 5) || !/[\p{L}\p{N}]/u.test(p)) furniture.push(p);
    else body.push(p);
  }

  let agency: string | null = null;
  // Scraped pages often put a standfirst or a subtitle before the datelined lede.
  for (let p = 0; p < Math.min(body.length, DATELINE_PARAGRAPHS); p++) {
    const dl = stripDateline(body[p]!, p === 0);
    if (dl.removed) {
      furniture.push(dl.removed);
      body[p] = dl.text;
      agency ??= dl.agency;
      break;
    }
  }
  for (let p = 0; p < body.length; p++) {
    const tagged = stripAgencyTag(body[p]!);
    if (tagged.removed) {
      furniture.push(tagged.removed);
      body[p] = tagged.text;
      if (p === body.length - 1) agency ??= tagged.tag;
    }
  }

  const sentences: Sentence[] = [];
  const paragraphsOut: string[] = [];
  for (const p of body) {
    const parts = splitSentences(p);
    if (parts.length === 0) continue;
    const index = paragraphsOut.length;
    paragraphsOut.push(parts.join(' '));
    for (const s of parts) sentences.push({ text: s, paragraph: index, index: sentences.length });
  }
  if (sentences.length === 0) {
    throw new ArticleRejectedError(key, 'no-content', 'has no article text left once page furniture is removed');
  }

  const url = cleanUrl(metaText(meta.url));
  const credited = splitByline(cleanName(metaText(meta.source)) ?? hints.source ?? (agency ? cleanName(agency) : null) ?? cleanName(masthead));
  return {
    id: articleId(sentences.map((s) => s.text)),
    key,
    format,
    title: title ?? titleFromKey(key),
    source: credited.source,
    author: cleanName(metaText(meta.author)) ?? hints.author ?? credited.author,
    publishedAt: publicationDate(parseDate(metaText(meta.date)), parseDate(metaText(meta.byline))?.slice(0, 10) ?? hints.date) ?? dateFromUrl(url),
    url,
    paragraphs: paragraphsOut,
    sentences,
    furniture,
    bytes: bytes.length,
  };
}

const normWords = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
