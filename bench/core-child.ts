// One size of the core throughput benchmark, in a process of its own so peak RSS belongs to it:
//   tsx bench/core-child.ts <folder written by writeSyntheticFiles> [articles]   -> one JSON line
// The two halves of the pipeline, as the functions run them, with a folder standing in for S3:
// - read: each input file is read and turned into an article (readArticle), and the article is
//   stored as JSON, as the ingest function stores it under pending/;
// - summarize: the stored articles are read back and parsed, as the digest function loads them,
//   then one summarize() runs over all of them.
// No raw input is held past its own article, and what summarize() holds is what the digest
// function holds (parsed JSON), not the reader's working strings. File reads and writes are
// inside the timed stages.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAppConfig, toRuntimeConfig } from '../config/schema';
import { readArticle } from '../functions/core/ingest';
import type { Article } from '../functions/core/model';
import { summarize } from '../functions/core/summarize';
import { KEYS_FILE } from './synthetic';

const dir = process.argv[2];
if (!dir) throw new Error('usage: core-child.ts <folder> [articles]');
const allKeys = readFileSync(join(dir, KEYS_FILE), 'utf8').split('\n').filter(Boolean);
const n = Number(process.argv[3] ?? allKeys.length);
if (!Number.isInteger(n) || n < 1 || n > allKeys.length) throw new Error(`articles must be 1..${allKeys.length}`);
const keys = allKeys.slice(0, n);

// The shipped defaults (themes, items per section, words per item), as the digest function uses them.
const config = toRuntimeConfig(parseAppConfig({ sender: 'digest@example.com', recipients: ['reader@example.com'] }));
const rssBeforeMB = process.memoryUsage().rss / 1e6;

const c0 = process.cpuUsage();
const t0 = performance.now();
const pending = join(dir, `pending-${process.pid}`);
mkdirSync(pending, { recursive: true });
let stored = 0;
let storedBytes = 0;
let rejected = 0;
let inputBytes = 0;
for (const key of keys) {
  const bytes = readFileSync(join(dir, key));
  inputBytes += bytes.length;
  try {
    const json = JSON.stringify(readArticle({ key, bytes }, { maxBytes: config.maxArticleBytes }));
    writeFileSync(join(pending, `${stored++}.json`), json);
    storedBytes += Buffer.byteLength(json);
  } catch {
    rejected++;
  }
}
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const afterRead = process.memoryUsage();
const articles: Article[] = [];
for (let i = 0; i < stored; i++) articles.push(JSON.parse(readFileSync(join(pending, `${i}.json`), 'utf8')) as Article);
const summary = summarize(articles, config);
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
// resourceUsage().maxRSS is in kilobytes; read it before anything else allocates.
const peakRssMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

const seconds = (t2 - t0) / 1000;
const inputMB = inputBytes / 1e6;
process.stdout.write(
  `${JSON.stringify({
    articles: n,
    rejected,
    inputMB,
    meanArticleBytes: Math.round(inputBytes / n),
    readSeconds: (t1 - t0) / 1000,
    summarizeSeconds: (t2 - t1) / 1000,
    seconds,
    mbPerSecond: inputMB / seconds,
    readMbPerSecond: inputMB / ((t1 - t0) / 1000),
    summarizeMbPerSecond: inputMB / ((t2 - t1) / 1000),
    articlesPerSecond: n / seconds,
    readMsPerArticle: (t1 - t0) / n,
    // CPU time of this process (user + system, all its threads, the garbage collector's included):
    // unlike wall time it does not grow when other work shares the machine.
    readCpuSeconds: cpuSeconds(c1),
    summarizeCpuSeconds: cpuSeconds(c2) - cpuSeconds(c1),
    cpuSeconds: cpuSeconds(c2),
    mbPerCpuSecond: inputMB / cpuSeconds(c2),
    // What the ingest function stores per article (pending/, then articles/ when sent).
    meanArticleJsonBytes: Math.round(storedBytes / Math.max(1, stored)),
    rssBeforeMB,
    rssAfterReadMB: afterRead.rss / 1e6,
    heapAfterReadMB: afterRead.heapUsed / 1e6,
    peakRssMB,
    sections: summary.sections.map((s) => `${s.theme}:${s.items.length}`),
  })}\n`,
);
rmSync(pending, { recursive: true, force: true });
