// Property tests: whatever arrives, the reader returns an Article or throws ArticleRejectedError,
// keeps only words that were in the input, and gives the same content the same id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../functions/core/ingest';
import { ArticleRejectedError, type Article } from '../../functions/core/model';
import { enc, words } from './helpers';

const OPTS = { maxBytes: 64 * 1024 };

function outcome(key: string, bytes: Uint8Array): Article | ArticleRejectedError {
  try {
    return readArticle({ key, bytes }, OPTS);
  } catch (e) {
    if (e instanceof ArticleRejectedError) return e;
    throw e; // anything else fails the property
  }
}

// Text that looks a little like scraped pages: words, punctuation, abbreviations, widget lines, blank lines.
const token = fc.constantFrom('The', 'council', 'said', 'U.S.', 'N.', 'Korea', 'Jan.', '20', 'p.m.', '"', '“', '”', '--', 'on', 'Monday.',
  'Share this', 'Back To Top', '(Reuters)', '(AFP-Yonhap)', 'By', 'Yonhap', 'March 3, 2021', '\n', '\n\n', 'é', '\u00a0', 'READ ALSO:', '?');
const newsy = fc.array(token, { maxLength: 80 }).map((t) => t.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsy);

describe('reader properties', () => {
  it('never throws anything but ArticleRejectedError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.json', 'a.htm'), (bytes, key) => {
        outcome(`incoming/${key}`, bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but ArticleRejectedError on arbitrary strings in every format', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.txt', 'a.md', 'a.json'), (text, key) => {
        outcome(`incoming/${key}`, enc(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings wrapped in HTML, and never shows script text', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const html = `<html><head><title>${a.slice(0, 40)}</title></head><body><p>${a}</p><script>var zzscriptzz = 1;</script><p>${b}</p></body></html>`;
        const r = outcome('incoming/a.html', enc(html));
        if (!(r instanceof ArticleRejectedError)) expect(r.sentences.map((s) => s.text).join(' ')).not.toContain('zzscriptzz');
      }),
      { numRuns: 200 },
    );
  });

  it('keeps only words that are in the input (txt) and gives a deterministic id', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const bytes = enc(text);
        const r = outcome('incoming/a.txt', bytes);
        if (r instanceof ArticleRejectedError) return;
        const input = new Set(words(text.replace(/\u00a0/g, ' ')));
        for (const s of r.sentences) for (const w of words(s.text)) expect(input.has(w), w).toBe(true);
        const again = outcome('incoming/other name.txt', bytes) as Article;
        expect(again.id).toBe(r.id);
        expect(r.id).toMatch(/^[0-9a-f]{16}$/);
      }),
      { numRuns: 300 },
    );
  });
});
