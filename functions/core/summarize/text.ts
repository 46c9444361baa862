// Words for matching and comparing sentences: one tokenizer for theme terms and article text alike,
// so a configured term and the prose it describes always reduce to the same token ids.


/** Whitespace collapsed, as an item's text is shown. */
export function normalizeSpace(s: string): string {
  // Most sentences are already single-spaced: return them as they are, without a regex pass.
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return s.replace(/\s+/g, ' ').trim();
      afterSpace = true;
    } else if ((c >= 9 && c <= 13) || (c >= 0xa0 && isUnicodeSpace(c))) {
      return s.replace(/\s+/g, ' ').trim();
    } else afterSpace = false;
  }
  return afterSpace ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * A test for whether a text contains any of the words: one regex of literal alternatives, which
 * V8 runs in one scan of the text, where `words.some((w) => text.includes(w))` scans it once a word
 * (the same verdict, several times faster on sentences).
 */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

/** The non-ASCII characters of `\s`. */
const isUnicodeSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Only ASCII lower-case letters and digits: toLowerCase() would return the word as it is. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * ASCII, or one of the quotes and dashes normalizeQuotes maps to ASCII, all of which NFKC leaves
 * alone. Text of such characters only ("plain") needs neither NFKC nor the Unicode-aware regexes:
 * its only letters and digits are ASCII ones.
 */
const isPlainChar = (c: number): boolean =>
  c < 128 || (c >= 0x2012 && c <= 0x2015) || c === 0x2010 || c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2032;

/**
 * Number of words, counted the way the digest's word budget is checked: the reader's one counter
 * (letters and digits joined by an inner apostrophe or hyphen; "U.S." is two words, as the scorer counts).
 */
export { wordCount as countWords } from '../ingest/furniture';

// Hyphens and apostrophes split tokens ("Kim Yo-jong" = "Kim Yo Jong"); "+" is a token so "2+2" matches.
const TOKEN_RE = /[\p{L}\p{N}]+|\+/gu;

/**
 * Function words and reporting verbs: kept for phrase matching, ignored when comparing content.
 * "said"/"told" carry no point of their own; every news sentence has them.
 */
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself s t d ll m re ve said says say saying told tell added adding according would could may might must shall ' +
    'mr mrs ms dr one two also still even already yet however meanwhile since per via upon among amid'
  ).split(' '),
);

/**
 * A light suffix stripper (plural, -ed, -ing, final -e). It only has to map the inflections of one
 * word to one key, identically for configured terms and article text; it need not yield real words.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // -ization/-ation join their verbs: denuclearization ~ denuclearize, negotiation ~ negotiate.
  if (w.endsWith('ization') && w.length > 9) return w.slice(0, -5);
  if (w.endsWith('ation') && w.length > 7) return w.slice(0, -3);
  if (w.endsWith('eed') && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5 && /[aeiouy]/.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && /[aeiouy]/.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  return n > 3 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1]!) && !/[aeiou]/.test(w[n - 1]!) ? w.slice(0, -1) : w;
}

/** Text normalized the way the scorer reads it: NFKC, straight quotes, ASCII hyphens. */
export function normalizeQuotes(s: string): string {
  if (isAscii(s)) return s;
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-');
}

export interface Token {
  /** Stemmed lower-case key. */
  readonly key: string;
  /** False for function words and reporting verbs. */
  readonly content: boolean;
  /** Capitalized mid-sentence or numeric: names and figures are what two reports of one event share. */
  readonly salient: boolean;
}

/**
 * Walks the tokens of a text. Abbreviations of the region's names ("N. Korea", "S. Korea",
 * "U.S.") are expanded so headlines and prose agree. `visit` gets either a final key (`fixed`)
 * or a lower-case surface word to stem, and whether the word is a name or a figure.
 */
function scan(text: string, visit: (word: string, fixed: boolean, named: boolean) => void): void {
  const tokens = plainTokens(text);
  const plain = tokens !== null;
  const raw = tokens ?? normalizeQuotes(text).match(TOKEN_RE);
  if (!raw) return;
  for (let i = 0; i < raw.length; i++) {
    const surface = raw[i]!;
    const first = surface.charCodeAt(0);
    // Fast path: lower-case ASCII words are the bulk of any text, and most have no capital to lower.
    if (first >= 97 && first <= 122) {
      visit(isLowerAscii(surface) ? surface : surface.toLowerCase(), false, false);
      continue;
    }
    const next = raw[i + 1];
    if ((surface === 'N' || surface === 'S') && next !== undefined && next.toLowerCase() === 'korea') {
      visit(surface === 'N' ? 'north' : 'south', true, true);
      continue;
    }
    if ((surface === 'U' && next === 'S') || surface === 'US' || surface === 'USA') {
      visit('u.s.', true, true);
      if (surface === 'U') i++;
      continue;
    }
    const named = (first >= 48 && first <= 57) || (i > 0 && (plain ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(surface)));
    visit(surface.toLowerCase(), false, named);
  }
}

/**
 * TOKEN_RE over plain text (see isPlainChar): runs of ASCII letters and digits, and "+". Null when
 * the text is not plain (the check made in the same pass as the tokens).
 */
function plainTokens(text: string): string[] | null {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      if (from < 0) from = i;
      continue;
    }
    if (!isPlainChar(c)) return null;
    if (from >= 0) {
      out.push(text.slice(from, i));
      from = -1;
    }
    if (c === 43) out.push('+');
  }
  if (from >= 0) out.push(text.slice(from));
  return out;
}

const isContentWord = (lower: string): boolean => lower !== '+' && !STOP.has(lower);

/** Tokens of a short text (a title, a configured term). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scan(text, (word, fixed, named) => {
    if (fixed) out.push({ key: word, content: true, salient: true });
    else {
      const content = isContentWord(word);
      out.push({ key: word === '+' ? word : stem(word), content, salient: content && named });
    }
  });
  return out;
}

export const CONTENT = 1;
export const SALIENT = 2;

/** Token ids and flags (CONTENT, SALIENT) of a sentence, without an object per token. */
export function tokenizeIds(text: string, vocab: Vocabulary): { ids: Int32Array; flags: Uint8Array } {
  // Written into scratch arrays, then copied out. NFKC can turn one character into several
  // tokens ("\u00BD" -> "1/2"), so the arrays grow when full rather than being sized from the text.
  let ids = scratchIds;
  let flags = scratchFlags;
  let n = 0;
  scan(text, (word, fixed, named) => {
    if (n === ids.length) {
      scratchIds = new Int32Array(ids.length * 2);
      scratchIds.set(ids);
      scratchFlags = new Uint8Array(ids.length * 2);
      scratchFlags.set(flags);
      ids = scratchIds;
      flags = scratchFlags;
    }
    if (fixed) {
      ids[n] = vocab.id(word);
      flags[n++] = CONTENT | SALIENT;
      return;
    }
    const packed = vocab.surface(word);
    ids[n] = packed >>> 1;
    flags[n++] = packed & 1 ? (named ? CONTENT | SALIENT : CONTENT) : 0;
  });
  return { ids: ids.slice(0, n), flags: flags.slice(0, n) };
}

let scratchIds = new Int32Array(1024);
let scratchFlags = new Uint8Array(1024);

/** Maps token keys to small integers so a large batch of articles is held in typed arrays. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Lower-case surface word -> (id << 1 | content), so each distinct word is stemmed once. */
  private readonly surfaces = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  surface(lower: string): number {
    let packed = this.surfaces.get(lower);
    if (packed === undefined) {
      const id = this.id(lower === '+' ? lower : stem(lower));
      packed = (id << 1) | (isContentWord(lower) ? 1 : 0);
      this.surfaces.set(lower, packed);
    }
    return packed;
  }

  /** The id of a lower-case surface word, or -1 if the batch never used it (nothing is added). */
  find(lower: string): number {
    const packed = this.surfaces.get(lower);
    return packed !== undefined ? packed >>> 1 : (this.ids.get(stem(lower)) ?? -1);
  }

  get size(): number {
    return this.keys.length;
  }

  key(id: number): string {
    return this.keys[id]!;
  }
}
