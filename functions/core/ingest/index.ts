// The article reader: bytes of one scraped article in, one normalized Article out, or an
// ArticleRejectedError saying why not. Pure: no I/O, no AWS; the S3 handler and the CLI call it.
import { SUPPORTED_SUFFIXES } from '../../../config/layout';
import { ArticleRejectedError, type Article, type ArticleFormat, type Sentence } from '../model';
import { contentId } from '../ids';
import { collapseWhitespace, decodeText, normalizeText } from './decode';
import { extract, type MetaHints } from './formats';
import { classifyLine, clearRules, endsLikeSentence, markLinkNumbers, markSpacedMenus, stripFurniture, wordCount } from './furniture';
import { cleanName, cleanUrl, DATE_AT_START, dateFromUrl, dateInTitle, monthDayOf, namesOutlet, outletDay, outletName, parseDate, publicationDate, splitByline, titleFromKey } from './metadata';
import { splitSentences } from './sentences';
import { groupParagraphs, isShortLabel, looksLikeHeadline, stripAgencyTag, stripDateline, unwrapLines } from './structure';

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

/** A picture's credit line: it names the photographer's agency, not the article's outlet. */
const PICTURE_CREDIT = /\b(?:photos?|photograph(?:s|ed|er)?|images?|illustrations?|graphics?|videos?|credit|pictures?|file)\b/i;
/** Paragraphs searched for a wire dateline ("SEOUL —", "LONDON:", "(Yonhap) --"). */
const DATELINE_PARAGRAPHS = 3;
/** A paragraph set as a list item ("* ...", "• ...", "- ..."). */
const BULLET = /^\s*[*•·-]\s+\S/u;

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
  const text = format === 'html' ? decoded : normalizeText(format === 'txt' ? markLinkNumbers(clearRules(markSpacedMenus(decoded))) : decoded);
  if (!VISIBLE.test(text)) throw new ArticleRejectedError(key, 'empty', 'holds only whitespace');

  const extracted = extract(key, format, text);
  // Extraction can bring back entities (&nbsp;), JSON escapes and markdown gaps: normalize once
  // more. Plain text lines are already normalized (normalizeText is idempotent), so they skip it.
  const lines = format === 'txt' ? unwrapLines(extracted.lines) : normalizeText(extracted.lines.join('\n')).split('\n');
  const meta: MetaHints = extracted.meta;

  // Headline: stated metadata wins; then, on a page copied as text, the line the page's own credit
  // line stands under; otherwise the first headline-like paragraph, after short widget labels.
  // A page's <title> or a reader service's "Title:" carries the site after the headline.
  const titled = splitSiteName(metaText(meta.title));
  let title = titled.headline;
  let siteInTitle = titled.site;
  // A masthead above the headline ("Kessel County Sentinel") names the outlet when nothing else does.
  let masthead: string | null = null;
  let top: string[] = [];
  let rest = lines;
  if (title === null) {
    const found = creditAndHeadline(lines);
    const credit = found.credit;
    let headline = found.headline;
    // Some sites print the date line first, between the masthead and the headline ("Published : Mar
    // 17, 2021 - 15:33", then the headline): a headline-like line right under it that is no sentence,
    // past a label in capitals ("TODAY'S TOP STORY"). A newsletter prints its name above the date
    // ("The Korea Desk Briefing", "Friday, March 26, 2021"): a name over the date line is the masthead
    // when a headline stands under the date.
    const under = credit >= 0 ? headlineUnder(lines, credit) : -1;
    let nameAbove: string | null = null;
    if (headline >= 0 && under >= 0 && nameCased(lines[headline]!.trim()) && !nameCased(lines[under]!.trim())) {
      nameAbove = lines[headline]!.trim();
      headline = -1;
    }
    if (headline >= 0 || under >= 0) {
      const at = headline >= 0 ? headline : under;
      title = lines[at]!.trim();
      top = lines.slice(0, headline >= 0 ? at : credit).filter((line) => line.trim() !== '');
      // The site's name: a line naming an outlet, else the page's first line when it is name-cased
      // ("NK Pulse", "PYONGYANG WATCH", "Center for Peninsula Studies"; not a menu's "North Korea").
      // The page's first line that is no furniture ("View this email in your browser" above a
      // newsletter's name is).
      const first = top.find((line) => classifyLine(line.trim()) === null);
      masthead = top.find((line) => mastheadLike(line) && classifyLine(line.trim()) === null) ?? nameAbove ?? (first !== undefined && nameCased(first) && !isShortLabel(first, 1) ? first : null);
      rest = headline >= 0 ? lines.slice(at + 1) : [lines[credit]!, ...lines.slice(at + 1)];
    }
  }

  const { lines: kept, furniture: dropped, hints } = stripFurniture(rest);
  const furniture = [...top, ...dropped];
  let paragraphs = groupParagraphs(kept);

  let i = 0;
  // A short label naming an outlet ("The Seoul Monitor") is the site's masthead, not the headline.
  while (i < paragraphs.length && isShortLabel(paragraphs[i]!, 3) && !(title === null && looksLikeHeadline(paragraphs[i]!) && !mastheadLike(paragraphs[i]!))) {
    if (namesOutlet(paragraphs[i]!)) masthead ??= paragraphs[i]!;
    furniture.push(paragraphs[i]!);
    i++;
  }
  // "The Peninsula Letter", then the headline: a short name-cased line over another headline-like
  // line, with no credit line to place the headline by, is the site's name.
  const second = paragraphs[i + 1];
  if (title === null && second !== undefined && nameCased(paragraphs[i]!) && wordCount(paragraphs[i]!, 5) <= 4 && looksLikeHeadline(second) && !endsLikeSentence(second) && paragraphs.length - i > 2) {
    masthead ??= paragraphs[i]!;
    furniture.push(paragraphs[i]!);
    i++;
  }
  const first = paragraphs[i];
  if (first !== undefined) {
    const sameAsTitle = title !== null && normWords(first) === normWords(title);
    // HTML marks its headline in markup (meta, <title>, <h1>): its <p> paragraphs are all body.
    const guess = title === null && format !== 'html' && looksLikeHeadline(first) && paragraphs.length - i > 1;
    if (sameAsTitle || guess) {
      if (title === null) {
        // A title bar printed above the headline ("Headline - The Peninsula Letter"): the headline,
        // printed again under it, goes with it.
        ({ headline: title, site: siteInTitle } = splitSiteName(first));
        const again = title === first ? -1 : paragraphs.findIndex((p, k) => k > i && k <= i + TITLE_BAR_REPEAT && normWords(p) === normWords(title!));
        if (again >= 0) {
          furniture.push(...paragraphs.slice(i + 1, again + 1));
          i = again;
        }
      }
      i++;
    }
  }
  paragraphs = paragraphs.slice(i);

  // Sub-headings and leftover widget labels: short and not a sentence.
  const body: string[] = [];
  // Plain text copied from a page may end on the outlet's name alone ("Seoul Harbor Times"): the
  // credit, when nothing above names the outlet.
  let closing: string | null = null;
  // A credit line above the body, "Lakefront Living, Ondessa Shore Weekly" under a feature's byline:
  // its last part names the outlet (algae-bloom's reader: the feature read "unnamed outlet").
  let credit: string | null = null;
  paragraphs.forEach((p, k) => {
    if (isShortLabel(p, 5) || !/[\p{L}\p{N}]/u.test(p)) {
      furniture.push(p);
      const parts = p.trim().split(/\s*,\s*/);
      // Not a picture's credit ("Photograph by Jane Doe, Reuters", "Jane Doe, AP Photo").
      if (!body.length && parts.length > 1 && !PICTURE_CREDIT.test(p) && namesOutlet(parts.at(-1)!) && nameCased(parts.at(-1)!)) credit ??= parts.at(-1)!;
      if (k === paragraphs.length - 1 && namesOutlet(p) && nameCased(p.trim())) closing = p.trim();
    } else body.push(p);
  });

  let agency: string | null = null;
  let datelineDay: string | null = null;
  // Scraped pages often put a standfirst or a subtitle before the datelined lede, and a wire its
  // summary bullets ("* KCNA says missiles flew 1,500 km over two days"), which count as one.
  for (let p = 0, seen = 0; p < body.length && seen < DATELINE_PARAGRAPHS; p++) {
    if (!(BULLET.test(body[p]!) && BULLET.test(body[p + 1] ?? ''))) seen++;
    const dl = stripDateline(body[p]!, p === 0);
    if (dl.removed) {
      furniture.push(dl.removed);
      body[p] = dl.text;
      agency ??= dl.agency;
      datelineDay = monthDayOf(dl.removed);
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
  const printed = parseDate(metaText(meta.byline))?.slice(0, 10) ?? hints.date;
  const stamped = publicationDate(parseDate(metaText(meta.date)), printed) ?? (title ? dateInTitle(title) : null) ?? dateFromUrl(url);
  // With no date printed by the page to say which day its readers saw, the opening's weekday says it.
  const publishedAt = printed ? stamped : outletDay(stamped, sentences.slice(0, 2).map((s) => s.text).join(' '));
  const credited = splitByline(outletName(cleanName(metaText(meta.source)) ?? hints.source ?? (agency ? cleanName(agency) : null) ?? cleanName(masthead) ?? cleanName(siteInTitle) ?? cleanName(credit) ?? cleanName(closing)));
  return {
    id: articleId(sentences.map((s) => s.text)),
    key,
    format,
    title: title?.replace(WIRE_CODE, '') ?? titleFromKey(key),
    source: credited.source,
    author: cleanName(metaText(meta.author)) ?? hints.author ?? credited.author,
    publishedAt,
    ...(publishedAt === null && datelineDay ? { datelineDay } : {}),
    url,
    paragraphs: paragraphsOut,
    sentences,
    furniture,
    bytes: bytes.length,
  };
}

/** A wire's version code before its headline ("UPDATE 2-Biden, Moon open door...", "REFILE-..."): routing, not words. */
const WIRE_CODE = /^(?:UPDATE \d+|REFILE|CORRECTED|RPT|WRAPUP(?: \d+)?)-(?=\S)/;

const normWords = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Non-blank lines searched for a page's credit line (a byline or a date line) under its headline. */
const CREDIT_SEARCH_LINES = 15;

/**
 * The headline of a page copied as text, found by where it stands: a page prints its site name, its
 * tagline and its menus first, then the headline (and perhaps a standfirst), then its own credit line
 * ("March 17, 2021 - 09:15 By Yonhap", "Posted : 2021-03-08 16:34", "By Kim Min-ji | May 2, 2021").
 * The headline is the first line of the run of headline-like lines that ends at the first credit line,
 * the run bounded above by furniture or a line that is no headline (a one-word label). Returns the
 * credit line's index (-1: none near the top) and the headline's (-1: nothing headline-like above).
 * Without this the site's name ("Seoul Daily Courier") was read as the headline and the real one
 * became an item.
 */
function creditAndHeadline(lines: readonly string[]): { credit: number; headline: number } {
  let credit = -1;
  for (let k = 0, seen = 0; k < lines.length && seen < CREDIT_SEARCH_LINES; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    seen++;
    const verdict = classifyLine(line);
    if (verdict?.kind === 'byline' || verdict?.kind === 'dateline') {
      credit = k;
      break;
    }
  }
  let first = -1;
  for (let k = credit - 1; k >= 0; k--) {
    const line = lines[k]!.trim();
    if (!line) continue;
    if (headlineLike(line)) {
      first = k;
      continue;
    }
    // The credit block may hold more than one line ("Associated Press", "Source: Xinhua", a byline
    // above the date line): passed over until the headline is reached.
    if (first < 0 && creditPart(line)) continue;
    break;
  }
  // "The Meridian Review" over the headline, both above the byline: a short name over a headline
  // that is not one is the site's name.
  const second = first >= 0 ? nextLine(lines, first) : -1;
  if (second >= 0 && second < credit && nameCased(lines[first]!.trim()) && headlineLike(lines[second]!.trim()) && !nameCased(lines[second]!.trim())) first = second;
  return { credit, headline: first };
}

/** The first non-blank line after `k`, or -1. */
function nextLine(lines: readonly string[], k: number): number {
  for (let j = k + 1; j < lines.length; j++) if (lines[j]!.trim()) return j;
  return -1;
}

/** A masthead: a short line naming an outlet ("The Seoul Monitor"); a headline may use such a word ("... press North Korea ..."). */
const mastheadLike = (line: string): boolean => namesOutlet(line) && nameCased(line);
/**
 * Written as a name, in five words or fewer: every word capitalized but the small ones ("The Seoul
 * Monitor", "THE HARBOR LEDGER", "Center for Peninsula Studies"); a tagline ("Korea news, reposted
 * and annotated") is not.
 */
const nameCased = (line: string): boolean => {
  const words = line.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d&]/u.test(w) || NAME_SMALL_WORDS.has(w));
};
const NAME_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'el']);
/** A line of a page's credit block: a byline, a date or source line, or an outlet's name alone. */
const creditPart = (line: string): boolean => {
  const kind = classifyLine(line)?.kind;
  return kind === 'byline' || kind === 'dateline' || kind === 'source' || (namesOutlet(line) && wordCount(line, 6) <= 5);
};
/**
 * A headline: a short line that is no furniture and no masthead, and does not end on a full stop (so
 * the walk up from a byline at the foot of a short page never takes a body sentence for it).
 */
const headlineLike = (line: string): boolean =>
  classifyLine(line) === null && (looksLikeHeadline(line) || questionHeadline(line)) && !mastheadLike(line) && !FULL_STOP_END.test(line);
/** A statement and the question it raises ("Biden's North Korea review is done. What is a 'calibrated, practical approach'?"). */
const questionHeadline = (line: string): boolean => /\?["'”’]?$/u.test(line) && wordCount(line, 26) <= 25 && (line.match(/[.!?]["'”’]?\s+["“]?\p{Lu}/gu) ?? []).length === 1;
/** A full stop at the end, perhaps inside quotes (a headline may end on a quotation or a question). */
const FULL_STOP_END = /[.!…]["'”’)\]]*$/u;

/** Lines under a title bar within which the headline it repeats is looked for. */
const TITLE_BAR_REPEAT = 6;
/** The last " | ", " - ", " – ", " — " or " :: " of a title: what follows may be the site's name. */
const SITE_SEPARATOR = /\s(?:\||-|–|—|::)\s(?!.*\s(?:\||-|–|—|::)\s)/u;

/**
 * A page title's headline and the site's name after it ("Blinken meets counterparts in London |
 * Reuters", "... denuclearization - Kyodo News+"), as a page's <title>, a reader service's "Title:"
 * line or a title bar copied above the headline print it. The part after the last separator is the
 * site when it is written as a name, in six words or fewer, after a headline of three words or more;
 * otherwise the title is left whole ("Opinion | Why the talks failed", "Kim Jong Un - a profile").
 */
export function splitSiteName(title: string | null): { headline: string | null; site: string | null } {
  if (title === null) return { headline: null, site: null };
  const m = SITE_SEPARATOR.exec(title);
  if (!m) return { headline: title, site: null };
  const headline = title.slice(0, m.index).trim();
  const site = title.slice(m.index + m[0].length).trim();
  const words = site.split(/\s+/);
  // "Department Press Briefing - March 15, 2021": a date is the document's, not a site's name.
  const named = words.length <= 6 && words.every((w) => /^[\p{Lu}\d&]/u.test(w) || NAME_SMALL_WORDS.has(w)) && !/[.!?:]$/u.test(site) && !DATE_AT_START.test(site);
  return named && wordCount(headline, 3) >= 3 ? { headline, site } : { headline: title, site: null };
}

/** Non-blank lines under a date line within which its headline is looked for. */
const UNDER_CREDIT_LINES = 3;

/** The headline right under a date line (see the caller), past labels in capitals, or -1. */
function headlineUnder(lines: readonly string[], credit: number): number {
  for (let j = credit + 1, seen = 0; j < lines.length && seen < UNDER_CREDIT_LINES; j++) {
    const line = lines[j]!.trim();
    if (!line) continue;
    seen++;
    if (isShortLabel(line, 4) && line === line.toUpperCase()) continue;
    return headlineLike(line) ? j : -1;
  }
  return -1;
}
