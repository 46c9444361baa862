// Scale check for summarize(): N synthetic articles of about 4 KB built from the fixture sentences,
// with invented names and figures mixed in so that articles overlap the way a news batch does.
//   npx tsx test/summarize/bench-scale.ts [N=10000]
// Prints wall time and peak RSS. Not a test: timings belong in a report, not an assertion.
import { summarize } from '../../functions/core/summarize';
import type { Article, Sentence } from '../../functions/core/model';
import { DEFAULT_THEMES, loadFixtures, shuffled } from './helpers';

const n = Number(process.argv[2] ?? 10_000);
const pool = loadFixtures().flatMap((a) => a.sentences.map((s) => s.text));
let seed = 7;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 4294967296;
};
const NAMES = ['Avery', 'Brook', 'Castell', 'Dumont', 'Eskola', 'Farrow', 'Gideon', 'Halvard', 'Ibarra', 'Jovic'];

function synth(i: number): Article {
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  let bytes = 0;
  let p = 0;
  while (bytes < 4000) {
    const picked = [pool[Math.floor(rand() * pool.length)]!, pool[Math.floor(rand() * pool.length)]!].map((s) =>
      s.replace(/\b(on|in) (\w+day|\w+ber)\b/, `$1 ${NAMES[Math.floor(rand() * NAMES.length)]} ${Math.floor(rand() * 90) + 10}`),
    );
    for (const text of picked) sentences.push({ text, paragraph: p, index: sentences.length });
    const para = picked.join(' ');
    paragraphs.push(para);
    bytes += para.length + 2;
    p++;
  }
  return {
    id: `synthetic-${String(i).padStart(6, '0')}`,
    key: `incoming/batch/${i}.txt`,
    format: 'txt',
    title: sentences[0]!.text.split(/\s+/).slice(0, 10).join(' '),
    source: null,
    author: null,
    publishedAt: null,
    url: null,
    paragraphs,
    sentences,
    furniture: [],
    bytes,
  };
}

const articles = Array.from({ length: n }, (_, i) => synth(i));
const inputMb = articles.reduce((s, a) => s + a.bytes, 0) / 1e6;
const baseRss = process.memoryUsage().rss;
let peak = baseRss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const summary = summarize(shuffled(articles, 1), { themes: DEFAULT_THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: true });
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify({
    articles: n,
    inputMB: Number(inputMb.toFixed(1)),
    seconds: Number((ms / 1000).toFixed(2)),
    baseRssMB: Math.round(baseRss / 1e6),
    peakRssMB: Math.round(peak / 1e6),
    sections: summary.sections.map((s) => `${s.theme}:${s.items.length}`),
    maxSources: Math.max(0, ...summary.sections.flatMap((s) => s.items.map((i) => i.sources.length))),
  }),
);
