// Every kind of bad input ends in a typed rejection with a reason, never a crash or silence.
import { describe, expect, it } from 'vitest';
import { checkArticleSize, readArticle } from '../../functions/core/ingest';
import { ArticleRejectedError } from '../../functions/core/model';
import { enc, expectRejected, read, STORY } from './helpers';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(enc(p)) : p)));

describe('bad input', () => {
  it('rejects empty and whitespace-only files as empty', () => {
    expectRejected(() => read('incoming/a.txt', ''), 'empty');
    expectRejected(() => read('incoming/a.txt', ' \n\t\r\n  \u00a0\u200b\n'), 'empty');
    expectRejected(() => read('incoming/a.md', '\uFEFF   \n'), 'empty');
    // A page is normalized after extraction, not before: its blank check sees the same characters.
    expectRejected(() => read('incoming/a.html', ' \r\n\u00a0\u200b\u00ad\u2060\u3000 '), 'empty');
  });

  it.each([
    ['PDF', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR')],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0])],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0])],
    ['ZIP', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], 'word/document.xml')],
  ])('rejects a %s file as binary whatever its suffix', (_name, data) => {
    expectRejected(() => read('incoming/story.txt', data), 'binary');
  });

  it('rejects text with NUL bytes as binary', () => {
    expectRejected(() => read('incoming/a.txt', bytes('Some words here', [0], 'and more words')), 'binary');
  });

  it('rejects text full of control characters as binary', () => {
    const noisy = Array.from({ length: 200 }, (_, i) => (i % 5 === 0 ? '\u0001' : 'a')).join('');
    expectRejected(() => read('incoming/a.txt', noisy), 'binary');
  });

  it('decodes Windows-1252 text that is not valid UTF-8', () => {
    // "café" and curly quotes in 1252: 0xE9, 0x93, 0x94
    const data = bytes('Council opens a new caf', [0xe9], ' by the harbor today. ', [0x93], 'It is open to all,', [0x94], ' the mayor said on Monday.');
    const a = read('incoming/legacy.txt', data);
    const all = a.sentences.map((s) => s.text).join(' ');
    expect(all).toContain('café');
    expect(all).toContain('“It is open to all,” the mayor said');
  });

  it('rejects bytes that are neither UTF-8 nor plausible 1252 as invalid-encoding', () => {
    // 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252.
    const data = bytes('The council met', [0x81, 0x8d], ' on ', [0x8f, 0x90, 0x9d], ' to vote on the ferry plan today.');
    expectRejected(() => read('incoming/a.txt', data), 'invalid-encoding');
  });

  it('rejects files over the size limit, before and after download', () => {
    expectRejected(() => readArticle({ key: 'incoming/a.txt', bytes: enc(STORY) }, { maxBytes: 100 }), 'too-large');
    expect(() => checkArticleSize('incoming/a.txt', 5000, 4999)).toThrow(ArticleRejectedError);
    const e = expectRejected(() => checkArticleSize('incoming/a.txt', 5000, 4999), 'too-large');
    expect(e.reason).toMatch(/5000/);
    expect(() => checkArticleSize('incoming/a.txt', 4999, 4999)).not.toThrow();
  });

  it('rejects unsupported suffixes', () => {
    expectRejected(() => read('incoming/a.pdf', STORY), 'unsupported-type');
    expectRejected(() => read('incoming/a.txt.bak', STORY), 'unsupported-type');
    expectRejected(() => read('incoming/noext', STORY), 'unsupported-type');
  });

  it('rejects malformed JSON, non-object JSON and JSON without a body', () => {
    expectRejected(() => read('incoming/a.json', '{"title": "x", "body": '), 'malformed');
    expectRejected(() => read('incoming/a.json', '["a", "b"]'), 'malformed');
    expectRejected(() => read('incoming/a.json', '"just a string"'), 'malformed');
    expectRejected(() => read('incoming/a.json', '{"title": "Only a title here"}'), 'malformed');
  });

  it('rejects files with nothing left after cleaning as no-content', () => {
    expectRejected(() => read('incoming/a.txt', 'Share this\nBack To Top\nLeave a Reply\n'), 'no-content');
    expectRejected(() => read('incoming/a.html', '<html><body><script>var x = "hidden words go here";</script><nav>Home</nav></body></html>'), 'no-content');
  });

  it('strips a UTF-8 BOM', () => {
    const a = read('incoming/bom.txt', bytes([0xef, 0xbb, 0xbf], STORY));
    expect(a.title).toBe('Harbor city council approves new ferry route to island villages');
    expect(a.sentences.every((s) => !s.text.includes('\uFEFF'))).toBe(true);
  });

  it('keeps keys with spaces, plus signs and non-ASCII as given', () => {
    for (const key of ['incoming/my story.txt', 'incoming/a+b.txt', 'incoming/기사 ü.TXT']) {
      expect(read(key, STORY).key).toBe(key);
    }
  });
});
