// The read stage alone, for profiling the article reader without summarize() in the way:
//   tsx bench/read-profile.ts [articles=1000] [rounds=3]
//   node --cpu-prof --import tsx bench/read-profile.ts 1000 1      (writes a .cpuprofile)
// Prints the first round (cold, as `npm run bench` measures it) and the best round, since a shared
// machine only ever adds time.
import { performance } from 'node:perf_hooks';
import { formatOf, readArticle } from '../functions/core/ingest';
import { ArticleSynthesizer } from './synthetic';

const n = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 3);
const synth = new ArticleSynthesizer();
const files = Array.from({ length: n }, (_, i) => synth.file(i));
const inputMB = files.reduce((s, f) => s + f.bytes.length, 0) / 1e6;

const byFormat = new Map<string, number>();
let first = 0;
let best = Infinity;
let bestCpu = Infinity;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const f of files) {
    const s = performance.now();
    readArticle(f, { maxBytes: 2 * 1024 * 1024 });
    const format = formatOf(f.key)!;
    if (r === rounds - 1) byFormat.set(format, (byFormat.get(format) ?? 0) + performance.now() - s);
  }
  const c = process.cpuUsage(c0);
  const seconds = (performance.now() - t0) / 1000;
  if (r === 0) first = seconds;
  best = Math.min(best, seconds);
  bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
}
const perFormat = Object.fromEntries([...byFormat].map(([k, ms]) => [k, `${(ms / 1000).toFixed(2)} s`]));
console.log(JSON.stringify({ articles: n, inputMB: +inputMB.toFixed(2), firstRoundSeconds: +first.toFixed(3), readSeconds: +best.toFixed(3), readCpuSeconds: +bestCpu.toFixed(3), readMBps: +(inputMB / best).toFixed(2), lastRoundByFormat: perFormat }));
