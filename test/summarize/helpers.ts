// Shared by the summarizer's tests: the repository's paths, fixture articles read by the real
// reader, a seeded shuffle, the digest scorer's near-duplicate check and an extractiveness check.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../functions/core/ingest';
import type { Article, ThemeConfig } from '../../functions/core/model';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, 'test/fixtures/articles');
export const SHARED = resolve(REPO, '../shared');
export const SEEDS = join(SHARED, 'seeds');
export const SCORER = join(SHARED, 'eval/score-digest.mjs');
export const LABELS = join(SHARED, 'eval/seed-labels.json');
export const SAMPLES = join(REPO, 'samples');
export const SAMPLE_LABELS = join(REPO, 'test/fixtures/sample-labels.json');

export const DEFAULT_THEMES: readonly ThemeConfig[] = JSON.parse(readFileSync(join(REPO, 'config/default-themes.json'), 'utf8'));

/**
 * An article from text, read by the real reader (functions/core/ingest) as an upload under `key`
 * (its suffix picks the format): tests of the summarizer see what the pipeline gives it.
 */
export function articleFromText(key: string, text: string): Article {
  return readArticle({ key, bytes: Buffer.from(text, 'utf8') }, { maxBytes: 2 * 1024 * 1024 });
}

export function loadFixture(name: string): Article {
  const path = join(FIXTURES, name);
  return articleFromText(`fixtures/${name}`, readFileSync(path, 'utf8'));
}

export function loadFixtures(): Article[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map(loadFixture);
}

/** Mulberry32: a seeded shuffle so "any order" tests are reproducible. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Text as the digest scorer compares it: NFKC, straight quotes, one dash, single spaces, lower case. */
export function scoreNorm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether the text tells a labelled fact as the scorer matches it: every keyword group, one of its '|'-separated alternatives. */
export const coversFact = (text: string, keywords: readonly string[]): boolean => keywords.every((g) => g.split('|').some((alt) => scoreNorm(text).includes(scoreNorm(alt))));

/** Word trigrams of the normalized text (the whole text when it has fewer than three words). */
export function wordTrigrams(text: string): Set<string> {
  const w = scoreNorm(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3 && w.length) out.add(w.join(' '));
  return out;
}

/** The digest scorer's near-duplicate check, reimplemented: word trigrams, Jaccard >= 0.5 or containment >= 0.8. */
export function nearDuplicatePairs(texts: readonly string[]): [number, number][] {
  const grams = texts.map(wordTrigrams);
  const pairs: [number, number][] = [];
  for (let i = 0; i < grams.length; i++) {
    for (let j = i + 1; j < grams.length; j++) {
      const a = grams[i]!;
      const b = grams[j]!;
      if (!a.size || !b.size) continue;
      let inter = 0;
      for (const g of a) if (b.has(g)) inter++;
      if (inter / (a.size + b.size - inter) >= 0.5 || inter / Math.min(a.size, b.size) >= 0.8) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Item text must be one sentence, or adjacent sentences, of its first source, as written. */
export function isExtractive(text: string, article: Article): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const sentences = [...article.sentences].sort((a, b) => a.index - b.index).map((s) => norm(s.text));
  return sentences.some((s, i) => {
    if (!text.startsWith(s.slice(0, Math.min(s.length, 40)))) return false;
    const joined = [s, sentences[i + 1] ?? ''].join(' ');
    // Whole sentences; a trailing wire credit such as "(Yonhap)" may be left out.
    return text === s || joined.startsWith(text) || s.startsWith(text);
  });
}

