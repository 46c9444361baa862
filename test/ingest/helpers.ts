// Shared test helpers for the reader: build inputs, catch rejections, compare words like the scorer.
import { expect } from 'vitest';
import { readArticle } from '../../functions/core/ingest';
import { ArticleRejectedError, type Article, type RejectionCode } from '../../functions/core/model';

export const MAX = 2 * 1024 * 1024;
export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
export const read = (key: string, text: string | Uint8Array): Article =>
  readArticle({ key, bytes: typeof text === 'string' ? enc(text) : text }, { maxBytes: MAX });

export function rejection(fn: () => unknown): ArticleRejectedError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleRejectedError);
    return e as ArticleRejectedError;
  }
  throw new Error('expected an ArticleRejectedError, got a result');
}

export function expectRejected(fn: () => unknown, code: RejectionCode): ArticleRejectedError {
  const e = rejection(fn);
  expect(e.code).toBe(code);
  expect(e.reason.length).toBeGreaterThan(5);
  return e;
}

// The word normalization of the digest scorer (the scorer's `words()`): NFKC, straight quotes, one
// dash, lower case, letters and digits joined by ' or -.
const norm = (s: string): string =>
  String(s ?? '').normalize('NFKC').replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
export const words = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
export const texts = (a: Article): string[] => a.sentences.map((s) => s.text);

/** An invented wire story used across tests (not taken from any real article). */
export const STORY = [
  'Harbor city council approves new ferry route to island villages',
  '',
  'PORTVILLE, June 4 (Coastal Wire) -- The harbor city council voted on Tuesday to open a ferry route linking the port with three island villages, officials said.',
  '',
  'The service will start in the autumn with two boats, according to a statement from the transport office.',
  '',
  '"This route gives island families a reliable way to reach the hospital," council chair Dana Ortiz said.',
].join('\n');
