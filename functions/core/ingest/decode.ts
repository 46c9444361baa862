// Bytes -> text. Scraped files arrive in any state, so every path ends in text or a typed rejection.
import { ArticleRejectedError } from '../model';

// Signatures of formats that are never article text, whatever their suffix says.
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx/xlsx/epub
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebP/RIFF', bytes: [0x52, 0x49, 0x46, 0x46] },
];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Share of characters that are control characters other than tab / line breaks / form feed. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  // By UTF-16 unit, not by code point: every character counted here is in the BMP, and the two
  // halves of a surrogate pair are neither (the string iterator this replaced cost more than the test).
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x93 -> U+0093, not a curly quote),
// so the 0x80-0x9F block is mapped here; 0 marks the five bytes 1252 leaves undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array): { text: string; undefinedBytes: number } {
  let text = '';
  let undefinedBytes = 0;
  for (const b of bytes) {
    if (b < 0x80 || b > 0x9f) text += String.fromCharCode(b);
    else if (CP1252_HIGH[b - 0x80]) text += String.fromCharCode(CP1252_HIGH[b - 0x80]!);
    else {
      undefinedBytes++;
      text += '\uFFFD';
    }
  }
  return { text, undefinedBytes };
}

/**
 * Decodes article bytes. UTF-8 (BOM stripped) first; UTF-16 when it carries a BOM; otherwise
 * Windows-1252, the usual encoding of legacy scraped pages, but only when the result reads as text.
 */
export function decodeText(key: string, bytes: Uint8Array): string {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) throw new ArticleRejectedError(key, 'binary', `looks like a ${m.name} file, not article text`);
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    if (controlRatio(text) > 0.01) throw new ArticleRejectedError(key, 'binary', 'has a UTF-16 mark but does not decode to text');
    return text;
  }
  // A NUL byte never occurs in UTF-8 or 1252 text; it marks binary data.
  if (bytes.includes(0)) throw new ArticleRejectedError(key, 'binary', 'contains NUL bytes (binary data, not text)');

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const legacy = decodeCp1252(bytes);
    // Bytes 1252 leaves undefined, or a text full of controls, mean "not 1252 text" either.
    if (legacy.undefinedBytes > 0 || controlRatio(legacy.text) > 0.005) {
      throw new ArticleRejectedError(key, 'invalid-encoding', 'is neither valid UTF-8 nor plausible Windows-1252 text');
    }
    return legacy.text;
  }
  if (controlRatio(text) > 0.02) throw new ArticleRejectedError(key, 'binary', 'has too many control characters to be text');
  return text;
}

/**
 * Whitespace as a reader sees it: NBSP and other Unicode spaces become spaces, zero-width marks go,
 * runs collapse inside a line, line breaks are kept (they carry paragraph structure).
 */
export function normalizeText(text: string): string {
  // Most text has nothing to change but its normal form: no character the passes below replace or
  // drop, no double space, no line that starts or ends with a space. Then only NFC is left.
  if (!NEEDS_NORMALIZING.test(text)) return text.normalize('NFC');
  return normalizeSlow(text);
}

/** Any character normalizeSlow() removes or replaces, a double space, or a line's edge space. */
const NEEDS_NORMALIZING = /[\u200B-\u200D\u2060\uFEFF\u00AD\r\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v\u2028\u2029\u0085]| {2}|^ | $/m;

/** normalizeText() with every pass run (exported for the test that checks the shortcut agrees). */
export function normalizeSlow(text: string): string {
  // Invisible characters go before NFC: a zero-width space between a letter and a combining
  // accent would otherwise keep them apart until a second pass (normalizeText must be idempotent:
  // plain text is normalized once, line by line, and never again).
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

// Same result as s.replace(/\s+/g, ' '), but a run that is already one plain space is not a match,
// so ordinary prose passes through without the regex building a new string piece by piece.
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Every run of whitespace (line breaks included) as one space. */
export const collapseWhitespace = (s: string): string => s.replace(WHITESPACE_TO_COLLAPSE, ' ');

/** True when nothing but whitespace (including Unicode spaces and zero-width marks) is left. */
export const isBlank = (text: string): boolean => normalizeText(text).trim().length === 0;
