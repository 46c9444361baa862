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
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

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
    const legacy = cp1252.decode(bytes);
    // TextDecoder maps the five undefined 1252 bytes to C1 controls: those, or other controls, mean "not 1252 text".
    if (controlRatio(legacy) > 0.005) {
      throw new ArticleRejectedError(key, 'invalid-encoding', 'is neither valid UTF-8 nor plausible Windows-1252 text');
    }
    return legacy;
  }
  if (controlRatio(text) > 0.02) throw new ArticleRejectedError(key, 'binary', 'has too many control characters to be text');
  return text;
}

/**
 * Whitespace as a reader sees it: NBSP and other Unicode spaces become spaces, zero-width marks go,
 * runs collapse inside a line, line breaks are kept (they carry paragraph structure).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** True when nothing but whitespace (including Unicode spaces and zero-width marks) is left. */
export const isBlank = (text: string): boolean => normalizeText(text).trim().length === 0;
