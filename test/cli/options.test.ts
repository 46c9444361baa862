// Every mistake on the command line of `npm start` and `npm run digest` ends in one line and exit 2,
// never a stack trace or a hang. Run through scripts/local.mjs, the launcher both npm scripts use.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const root = resolve(import.meta.dirname, '../..');

function run(command: 'cli' | 'start', args: string[], timeout = 60_000) {
  const started = Date.now();
  const res = spawnSync(process.execPath, ['--openssl-legacy-provider', 'scripts/local.mjs', command, ...args], { cwd: root, encoding: 'utf8', timeout });
  return { code: res.status, signal: res.signal, stdout: res.stdout, stderr: res.stderr, ms: Date.now() - started };
}

/** One line on stderr, naming the command, without a stack frame. */
function expectOneLine(res: ReturnType<typeof run>, command: string, pattern: RegExp) {
  expect(res.code, res.stderr).toBe(2);
  const lines = res.stderr.split('\n').filter((l) => l.trim() !== '' && !/NodeVersionSupportWarning|AWS SDK|node >=22|upgrade|a\.co\/|trace-warnings|^To continue/.test(l));
  expect(lines, res.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${command}: `));
  expect(lines[0]).toMatch(pattern);
  expect(res.stderr).not.toMatch(/\n\s+at /);
}

const tmp = tempDir('cli-options-');
const aFile = join(tmp, 'a-file.txt');
writeFileSync(aFile, 'not a folder');

beforeAll(() => {
  // Builds the bundles once if a source changed, so the timed case below measures the command only.
  expect(run('cli', ['--help']).code).toBe(0);
});

describe('npm run digest: bad options and paths', () => {
  it('prints the usage for --help (exit 0)', () => {
    const res = run('cli', ['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('usage: npm run --silent digest -- --out DIR');
    expect(res.stdout).toContain('Exit codes: 0');
  });

  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['--bogus', '--out', tmp, 'samples'], /unknown option --bogus/],
    ['no --out', ['samples'], /--out DIR is required/],
    ['--out without a value', ['samples', '--out'], /--out needs a value/],
    ['no input', ['--out', tmp], /at least one input/],
    ['a missing input path', ['--out', tmp, join(tmp, 'missing.txt')], /no such file or folder: .*missing\.txt/],
    ['a bad --date', ['--out', tmp, '--date', '15/04/2022', 'samples'], /--date must be a date YYYY-MM-DD, got "15\/04\/2022"/],
    ['an impossible --date', ['--out', tmp, '--date', '2026-02-30', 'samples'], /--date must be a date YYYY-MM-DD/],
    ['--out naming an existing file', ['--out', aFile, 'samples'], /--out .*a-file\.txt is a file, not a folder/],
    ['--out below a file', ['--out', join(aFile, 'sub'), 'samples'], /a-file\.txt is a file, not a folder/],
    ['a missing --config', ['--out', tmp, '--config', join(tmp, 'nope.json'), 'samples'], /--config: no such file/],
    ['a missing --themes', ['--out', tmp, '--themes', join(tmp, 'nope.json'), 'samples'], /--themes: no such file/],
    ['--themes naming a folder', ['--out', tmp, '--themes', tmp, 'samples'], /--themes: no such file/],
  ];
  for (const [what, args, pattern] of cases) {
    it(`says what is wrong with ${what}`, () => expectOneLine(run('cli', args), 'digest', pattern));
  }

  it.skipIf(!existsSync('/sys/kernel'))('refuses an unwritable --out before reading any file', () => {
    const res = run('cli', ['--out', '/sys/kernel', 'samples']);
    expectOneLine(res, 'digest', /--out \/sys\/kernel: folder is not writable/);
    expect(res.stderr).not.toContain('read samples');
  });

  it('answers --out /proc/nope within 2 s (it used to spin for 10 minutes)', () => {
    const res = run('cli', ['--out', '/proc/nope', 'samples'], 10_000);
    expect(res.signal).toBeNull();
    expectOneLine(res, 'digest', /cannot create folder \/proc\/nope/);
    expect(res.ms).toBeLessThan(2_000);
  });
});

describe('npm start: bad options', () => {
  it('prints the usage for --help (exit 0)', () => {
    const res = run('start', ['--help']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('usage: npm start -- [options]');
  });

  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['--bogus'], /unknown option --bogus/],
    ['a positional argument', ['samples'], /unexpected argument "samples"/],
    ['--quiet abc', ['--quiet', 'abc'], /--quiet must be a number of seconds from 0 to 86400, got "abc"/],
    ['--quiet -5', ['--quiet', '-5'], /--quiet must be a number of seconds .* got "-5"/],
    ['--quiet without a value', ['--quiet'], /--quiet needs a value/],
    ['--ses-port 99999', ['--ses-port', '99999'], /--ses-port must be a port number from 1 to 65535, got "99999"/],
    ['--s3-port 0', ['--s3-port', '0'], /--s3-port must be a port number/],
    ['--unsubscribe-port x', ['--unsubscribe-port=x'], /--unsubscribe-port must be a port number/],
    ['--keep=yes', ['--keep=yes'], /--keep takes no value/],
    ['a missing --samples folder', ['--samples', join(tmp, 'none')], /no such file or folder/],
    ['--inbox naming a file', ['--inbox', aFile], /--inbox .* is a file, not a folder/],
    ['a missing --themes', ['--inbox', join(tmp, 'in'), '--data', join(tmp, 'data'), '--themes', join(tmp, 'nope.json')], /--themes: no such file/],
  ];
  for (const [what, args, pattern] of cases) {
    it(`says what is wrong with ${what}, before starting any server`, () => expectOneLine(run('start', args), 'npm start', pattern));
  }
});
