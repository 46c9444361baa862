// One size of the core throughput benchmark, in a process of its own so peak RSS belongs to it:
//   tsx bench/core-child.ts <articles>   -> one JSON line on stdout
// Times readArticle over every synthetic file, then one summarize() over all the articles.
import { performance } from 'node:perf_hooks';
import { parseAppConfig, toRuntimeConfig } from '../config/schema';
import { readArticle } from '../functions/core/ingest';
import type { Article } from '../functions/core/model';
import { summarize } from '../functions/core/summarize';
import { ArticleSynthesizer } from './synthetic';

const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 1) throw new Error('usage: core-child.ts <articles>');

// The shipped defaults (themes, items per section, words per item), as the digest function uses them.
const config = toRuntimeConfig(parseAppConfig({ sender: 'digest@example.com', recipients: ['reader@example.com'] }));
const synth = new ArticleSynthesizer();
const files = Array.from({ length: n }, (_, i) => synth.file(i));
const inputBytes = files.reduce((s, f) => s + f.bytes.length, 0);
const rssBeforeMB = process.memoryUsage().rss / 1e6;

const c0 = process.cpuUsage();
const t0 = performance.now();
const articles: Article[] = [];
let rejected = 0;
for (const f of files) {
  try {
    articles.push(readArticle(f, { maxBytes: config.maxArticleBytes }));
  } catch {
    rejected++;
  }
}
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const afterRead = process.memoryUsage();
const summary = summarize(articles, config);
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
// resourceUsage().maxRSS is in kilobytes; read it before anything else allocates.
const peakRssMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

const seconds = (t2 - t0) / 1000;
process.stdout.write(
  `${JSON.stringify({
    articles: n,
    rejected,
    inputMB: inputBytes / 1e6,
    meanArticleBytes: Math.round(inputBytes / n),
    readSeconds: (t1 - t0) / 1000,
    summarizeSeconds: (t2 - t1) / 1000,
    seconds,
    mbPerSecond: inputBytes / 1e6 / seconds,
    articlesPerSecond: n / seconds,
    readMsPerArticle: (t1 - t0) / n,
    // CPU time of this process (user + system): what one core spends, whatever else runs on the machine.
    readCpuSeconds: cpuSeconds(c1),
    summarizeCpuSeconds: cpuSeconds(c2) - cpuSeconds(c1),
    cpuSeconds: cpuSeconds(c2),
    mbPerCpuSecond: inputBytes / 1e6 / cpuSeconds(c2),
    // What the ingest function stores per article (pending/, then articles/ when sent).
    meanArticleJsonBytes: Math.round(articles.reduce((sum, a) => sum + Buffer.byteLength(JSON.stringify(a)), 0) / Math.max(1, articles.length)),
    rssBeforeMB,
    rssAfterReadMB: afterRead.rss / 1e6,
    heapAfterReadMB: afterRead.heapUsed / 1e6,
    peakRssMB,
    sections: summary.sections.map((s) => `${s.theme}:${s.items.length}`),
    templates: synth.templates.length,
    seeds: synth.seedCount,
  })}\n`,
);
