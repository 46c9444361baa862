// The one-shot CLI against Open Text Summarizer (Debian `ots`) on the same files: `ots -r 20` run
// once per file, one process each (how it is used on a folder of articles), and the CLI run once on
// the whole folder (read, summarize, render, write the .eml). Both are timed in wall seconds and in
// CPU seconds of the processes themselves (from /proc/self/stat's children times), since wall time
// on a shared machine grows with everyone else's work.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO } from './synthetic';

export interface Timed {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

export interface VersusOts {
  readonly files: number;
  readonly ots: (Timed & { failed: number }) | null;
  /** Why the ots row is missing, when it is. */
  readonly otsSkipped: string | null;
  readonly cli: readonly Timed[];
  readonly cliMedian: Timed;
}

let ticks = 0;
/** CPU seconds of all children this process has waited for (Linux: /proc/self/stat cutime + cstime). */
function childrenCpuSeconds(): number {
  if (!ticks) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  // The fields after the command name (which may hold spaces) start at field 3 (state).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / ticks;
}

function timed(run: () => void): Timed {
  const c0 = childrenCpuSeconds();
  const t0 = performance.now();
  run();
  return { wallSeconds: (performance.now() - t0) / 1000, cpuSeconds: childrenCpuSeconds() - c0 };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

const median = (xs: readonly Timed[]): Timed => [...xs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(xs.length / 2)]!;

/** Runs the CLI `cliRuns` times and ots once (between the first and the other CLI runs) on `folder`. */
export function versusOts(folder: string, cliRuns = 3): VersusOts {
  const files = filesUnder(folder);
  const out = mkdtempSync(join(tmpdir(), 'digest-bench-cli-'));
  const cliOnce = () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/local.mjs'), 'cli', '--out', out, '--date', '2026-11-30', folder], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the CLI exited ${r.status}: ${r.stderr.trim().split('\n').pop()}`);
  };
  try {
    // Build the bundles and V8's code cache first, as `npm ci` and any earlier run leave them.
    cliOnce();
    const cli: Timed[] = [timed(cliOnce)];
    let ots: VersusOts['ots'] = null;
    let otsSkipped: string | null = null;
    const probe = spawnSync('ots', ['--help'], { stdio: 'ignore' });
    if (probe.error) otsSkipped = 'ots is not installed (Debian: apt-get install ots)';
    else {
      let failed = 0;
      const t = timed(() => {
        for (const f of files) if (spawnSync('ots', ['-r', '20', f], { stdio: ['ignore', 'ignore', 'ignore'] }).status !== 0) failed++;
      });
      ots = { ...t, failed };
    }
    for (let i = 1; i < cliRuns; i++) cli.push(timed(cliOnce));
    return { files: files.length, ots, otsSkipped, cli, cliMedian: median(cli) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
