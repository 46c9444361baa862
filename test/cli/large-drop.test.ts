// Through the CLI: the benchmark's 1,000-file drop (copies of a dozen stories under many names, as a
// feed that re-sends its items) gives one digest under the email's size budget. It failed with
// "digest HTML is 101121 bytes without the article list" once a section's "Also in this digest" line
// named every uncited copy (twenty-seventh stop; capped like an item's sources since).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSynthesizer, KEYS_FILE, writeSyntheticFiles } from '../../bench/synthetic';
import { tempDir } from '../support/temp-dir';

const root = resolve(import.meta.dirname, '../..');

describe('npm run digest on a drop of 1,000 files', () => {
  it('writes one digest whose HTML stays under the 95,000-byte budget, every file in its manifest', () => {
    const input = tempDir('cli-large-in-');
    const out = tempDir('cli-large-out-');
    writeSyntheticFiles(input, 1000, new ArticleSynthesizer());
    rmSync(join(input, KEYS_FILE));
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'functions/local/cli.ts', '--out', out, '--date', '2026-11-30', input], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(res.error).toBeUndefined();
    expect(res.status, res.stderr.slice(-500)).toBe(0);
    expect(Buffer.byteLength(readFileSync(join(out, 'digest.html')))).toBeLessThanOrEqual(95_000);
    const m = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(m.articles.length + m.rejected.length).toBe(1000);
    // Every section's line names at most five, the last of them "N more" when there are more.
    const text = readFileSync(join(out, 'digest.txt'), 'utf8');
    expect(text).toMatch(/Also in this digest: [\s\S]*?; \d+ more/);
  });
});
