// Test-only stand-in for the reader: plain text -> Article, with a naive sentence splitter.
// The real reader (functions/core/ingest) does this properly; these tests must not depend on it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Sentence, ThemeConfig } from '../../functions/core/model';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, 'test/fixtures/articles');
export const SHARED = resolve(REPO, '../shared');
export const SEEDS = join(SHARED, 'seeds');
export const SCORER = join(SHARED, 'eval/score-digest.mjs');
export const LABELS = join(SHARED, 'eval/seed-labels.json');
export const READER = join(REPO, 'functions/core/ingest/index.ts');
export const SAMPLES = join(REPO, 'samples');
export const SAMPLE_LABELS = join(REPO, 'test/fixtures/sample-labels.json');

export const DEFAULT_THEMES: readonly ThemeConfig[] = JSON.parse(readFileSync(join(REPO, 'config/default-themes.json'), 'utf8'));

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Prof|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])$/;

/** Splits on . ! ? (optionally closing quote) before whitespace and a capital, opening quote or digit. */
export function naiveSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /([.!?]["'\u201D\u2019)]*)\s+(?=["'\u201C\u2018(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[1]!.length;
    const before = paragraph.slice(start, m.index);
    if (m[1] === '.' && ABBREV.test(before)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = re.lastIndex;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** A plain-text article: first non-empty line is the title, blank lines (or single lines) separate paragraphs. */
export function articleFromText(key: string, text: string): Article {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l.split(/\s+/).length >= 4);
  const title = titleAt >= 0 ? lines[titleAt]! : (lines.find(Boolean) ?? key);
  const paragraphs = lines.filter((l, i) => l && i !== titleAt);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of naiveSentences(p)) sentences.push({ text: s, paragraph, index: sentences.length });
  });
  return {
    id: createHash('sha256').update(paragraphs.join('\n')).digest('hex').slice(0, 16),
    key,
    format: 'txt',
    title,
    source: null,
    author: null,
    publishedAt: null,
    url: null,
    paragraphs,
    sentences,
    furniture: [],
    bytes: Buffer.byteLength(text),
  };
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

/** The digest scorer's near-duplicate check, reimplemented: word trigrams, Jaccard >= 0.5 or containment >= 0.8. */
function scorerTrigrams(text: string): Set<string> {
  const norm = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const w = norm.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3 && w.length) out.add(w.join(' '));
  return out;
}
export function nearDuplicatePairs(texts: readonly string[]): [number, number][] {
  const grams = texts.map(scorerTrigrams);
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

