// The .eml the CLI writes (the exact message the pipeline sends), scored by SpamAssassin with local
// tests only (-L: no DNS blocklists, no network) and no Bayes database, so the score depends on the
// message alone. Debian's `spamassassin` (installed by .ci/run); the test skips where it is absent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSeeds, ROOT, SAMPLES_DIR, SEEDS_DIR } from '../support/digest-of';

const hasSpamAssassin = spawnSync('spamassassin', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSpamAssassin) console.warn('spamassassin.test: spamassassin not found, skipping (apt-get install -y spamassassin)');
if (hasSpamAssassin && !hasSeeds) console.warn(`spamassassin.test: ${SEEDS_DIR} not found, scoring the samples only`);

const work = mkdtempSync(join(tmpdir(), 'spamassassin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the digest .eml of a folder with the CLI, as a user would. */
function emlOf(inputDir: string, name: string): string {
  const out = join(work, name);
  const run = spawnSync('npm', ['run', '--silent', 'digest', '--', '--out', out, '--date', '2026-12-01', inputDir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return join(out, 'digest.eml');
}

interface Verdict {
  score: number;
  tests: string[];
  report: string;
}

function spamAssassin(eml: string): Verdict {
  const run = spawnSync(
    'spamassassin',
    // -L local tests only; -x never writes ~/.spamassassin; Bayes and auto-welcomelist off: no state.
    ['-L', '-t', '-x', '--cf=use_bayes 0', '--cf=use_auto_whitelist 0'],
    { input: readFileSync(eml), encoding: 'utf8', timeout: 120_000, maxBuffer: 32 * 1024 * 1024 },
  );
  expect(run.status, run.stderr).toBe(0);
  const headers = run.stdout.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const status = /^X-Spam-Status: \w+, score=(-?[\d.]+) required=[\d.]+ tests=(\S*)/m.exec(headers);
  if (!status) throw new Error(`no X-Spam-Status in spamassassin's output:\n${run.stdout.slice(0, 2000)}`);
  const report = run.stdout.slice(run.stdout.indexOf('Content analysis details'));
  return { score: Number(status[1]), tests: status[2]!.split(',').filter(Boolean), report };
}

describe.skipIf(!hasSpamAssassin)('SpamAssassin on the digest message', () => {
  const sets = [
    { name: 'samples', dir: SAMPLES_DIR, present: true },
    { name: 'seeds', dir: SEEDS_DIR, present: hasSeeds },
  ];
  for (const set of sets) {
    it.skipIf(!set.present)(`scores the ${set.name} digest at 0.0 or below`, async () => {
      const eml = emlOf(set.dir, set.name);
      const verdict = spamAssassin(eml);
      // The report names each rule that scored, so a failure says what to fix.
      expect(verdict.score, verdict.report).toBeLessThanOrEqual(0);
      expect(verdict.tests).not.toContain('HTML_FONT_LOW_CONTRAST');

      // The same message carries the list headers a mail client uses.
      const mail = await simpleParser(readFileSync(eml));
      const from = mail.from?.value[0]?.address ?? '';
      const domain = from.slice(from.indexOf('@') + 1);
      expect(domain).not.toBe('');
      expect(mail.messageId).toMatch(new RegExp(`@${domain.replace(/\./g, '\\.')}>$`));
      const list = mail.headers.get('list') as { id?: { id?: string }; unsubscribe?: { url?: string; mail?: string } };
      expect(list.id?.id).toMatch(new RegExp(`\\.${domain.replace(/\./g, '\\.')}$`));
      expect(list.unsubscribe?.url).toMatch(/^https?:\/\//);
      expect(list.unsubscribe?.mail).toMatch(/@/);
    }, 240_000);
  }
});
