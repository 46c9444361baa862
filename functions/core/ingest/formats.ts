// Format-specific extraction: each format becomes plain lines (blank line = paragraph break)
// plus whatever metadata the format states explicitly. Furniture is handled later, format-blind.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleRejectedError, type ArticleFormat } from '../model';
import { collapseWhitespace } from './decode';
import { ADDRESS, parseDate } from './metadata';

export interface MetaHints {
  title?: string | null;
  source?: string | null;
  url?: string | null;
  date?: string | null;
  author?: string | null;
  /** The page's own byline line ("By X | July 18, 2026, 11:10 p.m."), for the date it prints. */
  byline?: string | null;
}

export interface Extracted {
  readonly lines: string[];
  readonly meta: MetaHints;
}

const HEADER_KEYS: Record<string, keyof MetaHints> = {
  title: 'title', headline: 'title', source: 'source', publisher: 'source', site: 'source',
  url: 'url', link: 'url', date: 'date', published: 'date', publishedat: 'date', published_at: 'date',
  pubdate: 'date', author: 'author', byline: 'author',
  // A reader service's page copy: "Title:", "URL Source:", "Published Time:", then "Markdown Content:".
  url_source: 'url', published_time: 'date',
};
/** The line that opens a reader service's copy of the page, under its header ("Markdown Content:"). */
const CONTENT_MARKER = /^\s*(?:markdown|text|html) content:\s*$/i;

/**
 * A value as YAML front matter quotes it: 'It''s' (a doubled quote inside single quotes) and
 * "a \"quoted\" word" (backslash escapes inside double quotes) read as written on the page.
 */
function unquote(v: string): string {
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replaceAll("''", "'");
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\(["\\])/g, '$1');
  return v;
}

function setHint(meta: MetaHints, rawKey: string, value: string): boolean {
  const field = HEADER_KEYS[headerField(rawKey)];
  if (!field) return false;
  const v = unquote(value.trim()).trim();
  if (v && !meta[field]) meta[field] = v;
  return true;
}

/**
 * A `Key: value` line: a short key of letters (spaces, `-` and `_` allowed), then a value, which
 * may be empty: exports write every field, filled or not ("Source:" and "URL:" with nothing after).
 */
const KEY_VALUE = /^([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*)$/;

const knownKey = (key: string): boolean => HEADER_KEYS[headerField(key)] !== undefined;

function headerField(rawKey: string): string {
  return rawKey.trim().toLowerCase().replace(/[\s-]+/g, '_').replace(/^published_?at$/, 'publishedat');
}

/**
 * `.txt`: an optional block of `Key: value` header lines, ended by the first blank line. Real files
 * carry keys we do not use (`Status`, `Tags`, `Category`, `Section`...): a block whose lines are
 * all `Key: value` is a header when its first key, or most of its keys, are ones we know. Unknown
 * keys are dropped with the block. A lone "Source: X" line under a body is not eaten here.
 */
export function extractTxt(text: string): Extracted {
  const lines = text.split('\n');
  const header = nitfText(lines) ?? headerBlock(lines);
  return header ?? { lines, meta: {} };
}

/** NITF's fields as a feed converter prints them ("hedline.hl1: ...", "doc.copyright: ..."), by hint. */
const NITF_KEYS: Record<string, keyof MetaHints> = {
  'hedline.hl1': 'title',
  'doc.copyright': 'source',
  'doc.copyright.holder': 'source',
  'dateline.story.date': 'date',
  'date.issue': 'date',
  byline: 'author',
};
const NITF_BODY = /^\s*body\.content\s*:\s*$/i;

/**
 * A news agency's NITF item printed as text: its fields as `key: value` lines ("hedline.hl1:",
 * "doc.copyright:", "date.issue: 20210721T163000+0900", "dateline.story.date: July 21, 2021"), then
 * "body.content:" and the story. Null when the text has no such body marker.
 */
function nitfText(lines: readonly string[]): Extracted | null {
  const at = lines.findIndex((line) => NITF_BODY.test(line));
  if (at < 0 || !lines.slice(0, at).some((line) => /^\s*hedline\.hl1\s*:/i.test(line))) return null;
  const meta: MetaHints = {};
  for (const line of lines.slice(0, at)) {
    const m = /^\s*([\w.-]+)\s*:\s*(.+)$/.exec(line);
    const hint = m ? NITF_KEYS[m[1]!.toLowerCase()] : undefined;
    if (!hint || meta[hint]) continue;
    const value = m![2]!.trim();
    // "20210721T163000+0900": NITF's compact ISO form.
    const compact = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})([+-]\d{4}|Z)?$/.exec(value);
    meta[hint] = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : hint === 'author' ? value.replace(/^by\s+/i, '') : value;
  }
  return { lines: lines.slice(at + 1), meta };
}

/**
 * The header block at the top of `lines` (see extractTxt) and the lines after it, or null when there
 * is none. The block ends at a blank line; or, when at least two of its keys are known and the first
 * is, at the first line that is not `Key: value` ("Share on Facebook | Share on X" straight under it).
 */
function headerBlock(lines: readonly string[]): Extracted | null {
  const pairs: RegExpExecArray[] = [];
  for (const line of lines) {
    const m = KEY_VALUE.exec(line.trim());
    if (!m) break;
    pairs.push(m);
  }
  const end = pairs.length;
  if (end === 0 || end === lines.length) return null;
  const keys = pairs.map((m) => m[1]!);
  const known = keys.filter(knownKey).length;
  const blank = lines[end]!.trim() === '';
  if (blank ? !knownKey(keys[0]!) && known * 2 <= keys.length : !knownKey(keys[0]!) || known < 2) return null;
  const meta: MetaHints = {};
  for (const m of pairs) setHint(meta, m[1]!, m[2]!);
  // A reader service's "Markdown Content:" under the header opens the page's copy.
  const start = blank ? end + 1 : end;
  const marker = lines.findIndex((line, k) => k >= start && line.trim() !== '');
  return { lines: lines.slice(marker >= 0 && CONTENT_MARKER.test(lines[marker]!) ? marker + 1 : start), meta };
}

/** A markdown line that is only an image: `![alt](src)`, optionally with a title. */
const IMAGE_LINE = /^\s*!\[[^\]\n]*\]\([^()\n]*\)\s*$/;
/** A line set wholly in italics or bold: `*An LNG carrier unloads... Photo: X*`. */
const WHOLLY_EMPHASIZED = /^\s*(?:\*{1,2}|_{1,2})(?=\S)[^\n]*\S(?:\*{1,2}|_{1,2})\s*$/;

/**
 * `.md`: optional YAML front matter (flat `key: value` pairs) or, without it, a `.txt` header block,
 * then markdown syntax reduced to text.
 */
export function extractMarkdown(text: string): Extracted {
  let meta: MetaHints = {};
  let bodyLines: readonly string[];
  const fm = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (fm) {
    for (const line of fm[1]!.split('\n')) {
      const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (m) setHint(meta, m[1]!, m[2]!);
    }
    bodyLines = text.slice(fm[0].length).split('\n');
  } else {
    // No front matter, but the `Key: value` header block a .txt export carries ("Title: ...",
    // "Source: ..."): read the same way, or its "Title: " stays in the headline.
    const lines = text.split('\n');
    const header = headerBlock(lines);
    bodyLines = header?.lines ?? lines;
    if (header) meta = header.meta;
  }
  const out: string[] = [];
  let inFence = false;
  // Lines since an image-only line: the text right under a picture (or an all-italic line after
  // it, past a blank line) is its caption, not prose.
  let sinceImage = -1;
  for (const raw of bodyLines) {
    if (sinceImage >= 0) sinceImage++;
    if (IMAGE_LINE.test(raw)) {
      sinceImage = 0;
      out.push('');
      continue;
    }
    if (sinceImage > 0 && raw.trim() !== '' && (sinceImage === 1 || WHOLLY_EMPHASIZED.test(raw))) {
      sinceImage = -1;
      out.push('');
      continue;
    }
    if (raw.trim() !== '') sinceImage = -1;
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      out.push('');
      continue;
    }
    if (inFence) continue; // code is never article prose
    let line = raw;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // reference link definitions
    if (isThematicBreak(line) || /^\s*(=+|-+)\s*$/.test(line)) {
      out.push('');
      continue;
    }
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      const h = inlineMarkdown(withoutClosingHashes(heading[1]!));
      // The first H1 is the title when the front matter names none.
      if (!meta.title && /^\s*#\s/.test(line)) {
        meta.title = h;
        out.push('');
        continue;
      }
      out.push('', h, '');
      continue;
    }
    line = line.replace(/^\s*(>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    out.push(inlineMarkdown(line));
  }
  return { lines: out, meta };
}

/**
 * `---`, `* * *`, `___`: three or more of one of -*_ and nothing else but spaces. Checked without
 * a regex: a back-referenced group repeated over a 2 MiB line overflows the regex engine's stack.
 */
function isThematicBreak(line: string): boolean {
  const t = line.trim();
  const c = t[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  let n = 0;
  for (const ch of t) {
    if (ch === c) n++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return n >= 3;
}

/** `Title ##` -> `Title`: the optional closing hashes of an ATX heading, without a backtracking regex. */
function withoutClosingHashes(text: string): string {
  let t = text.trimEnd();
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  if (end < t.length && (end === 0 || /\s/.test(t[end - 1]!))) t = t.slice(0, end);
  return t.trimEnd();
}

// The bracket and tag patterns exclude their own opening character, so a line of 2 MiB of '[' or
// '<a' is one pass: an attempt ends at the next opener instead of scanning to the end (n²).
function inlineMarkdown(s: string): string {
  return s
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '') // images carry no prose
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<(https?:[^<>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

// Elements that are never article prose: removed before Readability sees the page. Embedded posts
// (X/Twitter, Instagram, TikTok, Threads, Bluesky) are someone else's words, not the story's, and a
// pull quote repeats a sentence of it.
const NON_PROSE =
  'script, style, noscript, template, iframe, svg, canvas, nav, form, button, select, textarea, object, embed, figure, figcaption, aside, footer, ' +
  'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.text-post-media, blockquote.bluesky-embed, ' +
  '.pull-quote, .pullquote, blockquote.pull-quote, aside.pull-quote';
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'BODY']);

/** Serialises a DOM subtree as lines, with a blank line around every block element. */
function domToLines(root: Node): string[] {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(collapseWhitespace(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts.join('').split('\n').map((l) => l.trim());
}

/**
 * The page's <meta> tags by property, name and itemprop: the first tag in document order under
 * each, as `meta[property="x"], meta[name="x"], meta[itemprop="x"]` would find it. One pass over
 * the page instead of a selector query per name.
 */
function metaIndex(doc: Document): Map<string, Element> {
  const index = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !index.has(key)) index.set(key, el);
    }
  }
  return index;
}

/** The content of the first of `names` whose tag has a non-blank one. */
function metaContent(metas: Map<string, Element>, ...names: string[]): string | null {
  for (const name of names) {
    const v = metas.get(name)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Element count and depth of a parsed tree, walked without recursion. */
function treeShape(root: Element | null): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, d] = top;
    elements++;
    if (d > depth) depth = d;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return { elements, depth };
}

// Readability hands back its article element itself rather than HTML to parse a second time.
const keepElement = (el: Node): Node => el;

/** What innerHTML !== '' said: the element has a child that serializes to something. */
const hasContent = (el: Node): boolean => Array.from(el.childNodes).some((c) => c.nodeType !== 3 || c.textContent !== '');

/**
 * Bounds on the page before it is parsed. Readability's work grows much faster than the page
 * (2,000 nested divs, 22 KB, took 44 s) and linkedom's parse grows with depth times size (100,000
 * levels took over 10 s to parse alone), so both are checked on the raw text, in one linear scan.
 * Real article pages nest well under 60 levels and hold a few thousand elements; measured on this
 * project's 2-core CI machine (`npx vitest run test/ingest/html-bounds.test.ts`), a page at both
 * limits is read in well under 2 s.
 */
export const HTML_LIMITS = { maxDepth: 128, maxElements: 15_000, maxStrayLessThan: 5_000 } as const;

/**
 * Readability's share of the bound. Its work grows with the elements it sees times their depth
 * (and worse): a page at HTML_LIMITS took 82 s. A page over these limits, counted after the
 * non-prose elements are removed, is read as its plain body text instead (linear, and the
 * furniture pass still removes page junk). A typical article page is well inside them.
 */
export const READABILITY_LIMITS = { maxElements: 3_000, maxWork: 60_000 } as const;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Tags whose end tag may be left out: a new one closes the open one (as the parser does). */
const SELF_ENDING: Record<string, readonly string[]> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
  option: ['option'], optgroup: ['optgroup', 'option'], thead: ['tbody', 'tfoot'], tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'],
};
/** Elements whose content is raw text: skipped whole, so markup inside a script is not counted. */
// Only what the parser (htmlparser2) reads as raw text; markup inside anything else is counted.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Element count and deepest nesting of an HTML text, without building a tree: a stack of open
 * tag names, end tags pop to their match (an unmatched one is ignored), and a tag that may be
 * left open is closed by its next sibling, as the HTML parser does. `stray` counts '<' that open
 * no tag: the parser makes a text node of each, and a page of them costs as much as elements.
 * Linear in the text.
 */
const rawTextEnds = new Map<string, RegExp>();
/** `</script`, `</style`... in any case. */
function rawTextEnd(name: string): RegExp {
  let re = rawTextEnds.get(name);
  if (!re) rawTextEnds.set(name, (re = new RegExp(`</${name}`, 'gi')));
  return re;
}

export function htmlShape(html: string): { elements: number; depth: number; stray: number } {
  // An unquoted '<' ends a tag attempt, so a page of unclosed '<a <a <a' costs one pass, not n².
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g;
  const open: string[] = [];
  let elements = 0;
  let depth = 0;
  let stray = 0;
  let scanned = 0; // '<' before this index are accounted for
  const countStray = (until: number) => {
    for (let i = html.indexOf('<', scanned); i >= 0 && i < until; i = html.indexOf('<', i + 1)) stray++;
  };
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    countStray(m.index);
    scanned = tag.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (m[1]) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name)) {
      // Its end tag in any case, found without lowercasing the whole page (a copy of every byte).
      const close = rawTextEnd(name);
      close.lastIndex = tag.lastIndex;
      const end = close.exec(html)?.index ?? -1;
      tag.lastIndex = end < 0 ? html.length : end;
      scanned = tag.lastIndex;
      continue;
    }
    if (VOID_TAGS.has(name) || m[3]) continue;
    const closes = SELF_ENDING[name];
    if (closes && open.length > 0 && closes.includes(open[open.length - 1]!)) open.pop();
    open.push(name);
    if (open.length > depth) depth = open.length;
  }
  countStray(html.length);
  return { elements, depth, stray };
}

function checkHtmlShape(key: string, html: string): void {
  const { elements, depth, stray } = htmlShape(html);
  const n = (x: number) => x.toLocaleString('en-US');
  if (depth > HTML_LIMITS.maxDepth) {
    throw new ArticleRejectedError(key, 'malformed-html',
      `nests HTML elements ${n(depth)} levels deep; the limit is ${HTML_LIMITS.maxDepth} (article pages nest far less, so this page is broken or hostile)`);
  }
  if (elements > HTML_LIMITS.maxElements) {
    throw new ArticleRejectedError(key, 'malformed-html',
      `has ${n(elements)} HTML elements; the limit is ${n(HTML_LIMITS.maxElements)} (save the article itself rather than a whole site page)`);
  }
  if (stray > HTML_LIMITS.maxStrayLessThan) {
    throw new ArticleRejectedError(key, 'malformed-html',
      `has ${n(stray)} "<" characters that open no HTML tag; the limit is ${n(HTML_LIMITS.maxStrayLessThan)} (this does not look like an HTML page)`);
  }
}

/** A headline has this many words at least; a shorter <h1> may be the site's logo. */
const MIN_H1_WORDS = 4;

/**
 * The headline the reader sees: the story's <h1> (in its <article> or <main>, else the page's only
 * one). Sites write longer titles for search engines and sharing ("North Korea news: Kim Yo-jong
 * warns US | Latest updates") in <title> and og:title; those serve when there is no such <h1>, or
 * when they hold it with a kicker.
 */
function headlineOf(doc: Document, metaTitle: string | null): string | null {
  const scoped = doc.querySelector('article h1, main h1');
  const all = doc.querySelectorAll('h1');
  const h1 = scoped ?? (all.length === 1 ? all[0] : null);
  const text = h1?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // A meta title that holds the <h1> and more is the headline with its kicker ("Analysis: ...").
  if (text.split(' ').length < MIN_H1_WORDS || metaTitle?.includes(text)) return metaTitle ?? (all[0]?.textContent?.trim() || null);
  return text;
}

/** Elements that hold a page's credit or date line, by their class: a byline, a date, the article's meta or info row. */
const CREDIT_ELEMENTS = '[class*="byline"], [class*="dateline"], [class*="date"], [class*="time"], [class*="publish"], [class*="updated"], [class*="info"], [class*="meta"]';
/** A credit or date line is short: a longer element is a block of the page, not its date line. */
const MAX_CREDIT_CHARS = 160;

/**
 * The page's own credit or date line, for the date it prints ("Source: Xinhua | 2021-03-16 18:05",
 * "Updated: 2021-03-18 15:20 KST", "Staff and wire reports • April 30, 2021"): the first short element
 * so classed that holds a date, in the article (or main) first, so a sidebar's dated list never
 * dates it. Readability drops these rows with the rest of the page around the story.
 */
function datedLine(doc: Document): string | null {
  const scopes = [doc.querySelector('article'), doc.querySelector('main'), doc.body].filter((x): x is HTMLElement => x !== null);
  for (const scope of scopes) {
    for (const el of Array.from(scope.querySelectorAll(CREDIT_ELEMENTS))) {
      const text = el.textContent?.trim() ?? '';
      if (text.length <= MAX_CREDIT_CHARS && parseDate(text)) return text;
    }
  }
  return null;
}

/**
 * `.html`: meta tags for the metadata, Readability for the article body (scripts/styles/nav removed first).
 * Throws 'malformed-html' for a page nested deeper or holding more elements than HTML_LIMITS.
 */
export function extractHtml(html: string, key = 'html'): Extracted {
  checkHtmlShape(key, html);
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const metas = metaIndex(doc);
  const meta: MetaHints = {
    title: headlineOf(doc, metaContent(metas, 'og:title', 'twitter:title', 'headline')),
    source: metaContent(metas, 'og:site_name', 'application-name', 'publisher'),
    url: metaContent(metas, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    date: metaContent(metas, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    author: metaContent(metas, 'author', 'article:author', 'byl'),
    byline: datedLine(doc),
  };
  const scripted = scriptedBody(doc);
  for (const el of Array.from(doc.querySelectorAll(NON_PROSE))) el.remove();
  const docTitle = doc.querySelector('title')?.textContent?.trim() || null;

  let lines: string[] = [];
  const shape = treeShape(doc.documentElement as unknown as Element);
  const readable = shape.elements <= READABILITY_LIMITS.maxElements && shape.elements * shape.depth <= READABILITY_LIMITS.maxWork;
  // Too big or too deep for Readability in bounded time: the plain body text below serves.
  if (readable) {
    try {
      const parsed = new Readability(doc, { charThreshold: 200, serializer: keepElement }).parse();
      if (parsed?.content && hasContent(parsed.content)) {
        lines = domToLines(parsed.content);
        meta.title ??= parsed.title?.trim() || null;
        meta.author ??= parsed.byline?.trim() || null;
        meta.source ??= parsed.siteName?.trim() || null;
        meta.date ??= parsed.publishedTime ?? null;
      }
    } catch {
      // Readability gives up on odd DOMs; the plain body text below still serves.
    }
  }
  if (!lines.some((l) => l.length > 0)) {
    const body = (doc.body ?? doc.documentElement) as unknown as Node | null;
    lines = body ? domToLines(body) : [];
  }
  meta.title ??= docTitle;
  // A page that renders its story from a script's data shows only a teaser in its markup: the
  // script's article text, when it is much longer than what the page shows.
  if (scripted !== null && scripted.length > SCRIPTED_SHARE * lines.join(' ').length) {
    lines = /<\/?(p|br|div)\b[^>]*>/i.test(scripted) ? domToLines(parseHTML(`<!DOCTYPE html><html><body>${scripted}</body></html>`).document.body as unknown as Node) : scripted.split('\n');
  }
  return { lines, meta };
}

/** The script's text is used when it is this many times longer than the page's readable text. */
const SCRIPTED_SHARE = 1.5;
/** Shorter than this, a script's string is no article. */
const MIN_SCRIPTED_CHARS = 400;
/** The names a page's data gives its article text under (Next.js page props, JSON-LD). */
const BODY_KEYS = new Set(['articleBody', 'body', 'bodyText', 'content', 'text', 'story', 'articleText']);

/**
 * The longest article text in the page's JSON scripts (`__NEXT_DATA__` and other
 * `application/json`, JSON-LD `articleBody`): a string, or a list of paragraph strings, under one of
 * BODY_KEYS. Null when there is none of MIN_SCRIPTED_CHARS.
 */
function scriptedBody(doc: Document): string | null {
  let best: string | null = null;
  const visit = (v: unknown, key: string, depth: number): void => {
    if (depth > 12 || v === null || typeof v !== 'object') {
      if (typeof v === 'string' && BODY_KEYS.has(key) && v.length >= MIN_SCRIPTED_CHARS && (best === null || v.length > best.length)) best = v;
      return;
    }
    if (Array.isArray(v)) {
      if (BODY_KEYS.has(key) && v.length > 0 && v.every((x) => typeof x === 'string')) visit(v.join('\n\n'), key, depth + 1);
      else for (const x of v) visit(x, key, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v)) visit(x, k, depth + 1);
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ''), '', 0);
    } catch {
      // Not JSON after all: nothing to read there.
    }
  }
  return best;
}


/**
 * `.json`: `{title, body|text, url, source, publishedAt|date, author}`; body may be a string, string[]
 * or HTML. The shapes feeds export are read too: NewsAPI's `{source: {name}, publishedAt, content}`
 * and schema.org's NewsArticle `{headline, articleBody, datePublished, publisher: {name}, author:
 * [{name}]}`; scrapers' and extractors' `text`, `publish_date`, `authors`, `site_name`; feeds'
 * `content:encoded`, `pubDate`, `creator`; a crawler's `{url, html}` (the page read as `.html`); news
 * agencies' feed items (IPTC ninjs and its kin: `headline`, `body_text` or `body_html`,
 * `firstcreated`, `provider` or `service`, `byline`).
 */
export function extractJson(key: string, text: string): Extracted {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ArticleRejectedError(key, 'malformed', `is not valid JSON (${(e as Error).message.slice(0, 120)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ArticleRejectedError(key, 'malformed', 'JSON must be an object like {"title": ..., "body": ...}');
  }
  const o = data as Record<string, unknown>;
  const str = (...names: string[]): string | null => {
    for (const n of names) if (typeof o[n] === 'string' && (o[n] as string).trim()) return (o[n] as string).trim();
    return null;
  };
  // A name given as a string, as {name: ...}, or as a list of either ("author": [{"name": "Sam Lee"}]).
  const named = (...names: string[]): string | null => {
    for (const n of names) {
      const v = o[n];
      const list = (Array.isArray(v) ? v : [v])
        .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : ''))
        .map((x) => x.trim())
        .filter(Boolean);
      if (list.length) return list.join(', ');
    }
    return null;
  };
  // The article's text under the names exporters give it; a feed's "content:encoded" is HTML; a
  // crawler's record may hold only the whole page ("html").
  // News agencies' feeds (IPTC ninjs and its kin) name it "body_text", or "body_html" for markup.
  const rawBody = o.body ?? o.text ?? o.content ?? o.articleBody ?? o.body_text ?? o['content:encoded'] ?? o.contentEncoded ?? o.body_html;
  let body: string | null = null;
  if (typeof rawBody === 'string') body = rawBody;
  else if (Array.isArray(rawBody) && rawBody.every((p) => typeof p === 'string')) body = rawBody.join('\n\n');
  const page = str('html', 'raw_html', 'rawHtml', 'page_html');
  if (body === null && page === null) throw new ArticleRejectedError(key, 'malformed', 'JSON has no "body", "text", "content", "articleBody", "body_text", "content:encoded" or "html" string');
  // A source that is an address ("https://...", "feedmirror.net") names no outlet.
  const source = named('source', 'publisher', 'siteName', 'site_name', 'sitename', 'source_name', 'provider', 'service', 'copyrightholder');
  const meta: MetaHints = {
    title: str('title', 'headline'),
    source: source && !ADDRESS.test(source) ? source : null,
    url: str('url', 'link'),
    // Never "fetched_at" or "crawled_at": when the page was copied, not when it was published.
    date: str('publishedAt', 'published_at', 'date', 'published', 'datePublished', 'pubDate', 'publish_date', 'publishDate', 'published_date', 'isoDate', 'dc:date', 'firstcreated', 'versioncreated'),
    author: named('author', 'byline', 'authors', 'creator', 'dc:creator'),
  };
  if (body === null) {
    // The whole page: read as an .html file, the record's own fields first.
    const html = extractHtml(page!, key);
    const merged: MetaHints = { ...html.meta };
    for (const [k, v] of Object.entries(meta) as [keyof MetaHints, string | null][]) if (v) merged[k] = v;
    return { lines: html.lines, meta: merged };
  }
  // Feeds often ship the body as HTML: reduce it the same way as an .html file, keeping the JSON metadata.
  const lines = /<\/?(p|br|div|h[1-6]|li)\b[^>]*>/i.test(body) ? extractHtml(body, key).lines : body.split('\n');
  return { lines, meta };
}

export function extract(key: string, format: ArticleFormat, text: string): Extracted {
  switch (format) {
    case 'txt':
      return extractTxt(text);
    case 'md':
      return extractMarkdown(text);
    case 'html':
      return extractHtml(text, key);
    case 'json':
      return extractJson(key, text);
  }
}
