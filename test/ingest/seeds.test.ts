// The five labelled sample articles (read from ../shared, never copied here): titles, dates and
// sources match the labels, no labelled boilerplate survives, and no body paragraph is lost.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle, splitSentences } from '../../functions/core/ingest';
import { MAX, words } from './helpers';
import { winkSentences } from './wink-oracle';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = join(repo, '../shared/seeds');
const labelsFile = join(repo, '../shared/eval/seed-labels.json');

interface Labels {
  articles: { file: string; title: string; date: string | null; source: string | null }[];
  boilerplate: string[];
}

// A photo caption or credit line in the raw file: ends in a photo credit such as "(X-Y)" or "(Captured from ...)".
const CAPTION_LINE = /\((?:[^()]*(?:-|\/|captured|photo)[^()]*)\)\s*$/i;
// Wire datelines the reader removes from the first sentence: "CITY, " / "CITY, Month D (Agency) -- ".
const DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]+\.? \d{1,2})?(?:\s*\([^)]*\))?(?:,|\s*--|\s*[-—])\s+/;

describe.skipIf(!existsSync(seeds) || !existsSync(labelsFile))('seed articles', () => {
  const labels: Labels = existsSync(labelsFile) ? JSON.parse(readFileSync(labelsFile, 'utf8')) : { articles: [], boilerplate: [] };

  describe.each(labels.articles)('$file', (label) => {
    const raw = readFileSync(join(seeds, label.file));
    const article = readArticle({ key: `incoming/${label.file}`, bytes: raw }, { maxBytes: MAX });
    const sentenceWords = article.sentences.map((s) => words(s.text).join(' '));
    const allWords = ` ${sentenceWords.join(' ')} `;

    it('has the labelled title', () => {
      expect(words(article.title).join(' ')).toBe(words(label.title).join(' '));
    });

    it('has the labelled date and source where known', () => {
      if (label.date) expect(article.publishedAt?.slice(0, 10)).toBe(label.date);
      if (label.source) expect(article.source).toBe(label.source);
    });

    it('keeps no labelled boilerplate in any sentence', () => {
      for (const phrase of labels.boilerplate) {
        const p = words(phrase).join(' ');
        for (const s of sentenceWords) expect(` ${s} `, `"${phrase}" in a sentence`).not.toContain(` ${p} `);
      }
    });

    it('splits every paragraph into the same sentences as wink-nlp', () => {
      for (const p of article.paragraphs) expect(article.sentences.filter((s) => article.paragraphs[s.paragraph] === p).map((s) => s.text)).toEqual(winkSentences(p));
    });

    it('drops no body sentence', () => {
      const text = new TextDecoder().decode(raw).replace(/\u00a0/g, ' ');
      const prose = text.split(/\n/).map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 25 && !CAPTION_LINE.test(l));
      expect(prose.length).toBeGreaterThan(3);
      for (const paragraph of prose) {
        for (const sentence of splitSentences(paragraph.replace(DATELINE, '').replace(/\s*\([A-Z][A-Za-z]+\)\s*$/, ''))) {
          expect(allWords, sentence).toContain(` ${words(sentence).join(' ')} `);
        }
      }
    });
  });
});
