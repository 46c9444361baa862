// Through the CLI: a hostile deeply nested HTML file no longer hangs the
// one-shot digest (100,000 levels hung it for over 2 minutes); it is listed as rejected.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const root = resolve(import.meta.dirname, '../..');

describe('npm run digest on hostile HTML', () => {
  it('rejects 100,000 nested divs as malformed-html and digests the rest', () => {
    const out = tempDir('cli-out-');
    const input = tempDir('cli-deep-');
    const sample = readdirSync(join(root, 'samples')).sort()[0]!;
    writeFileSync(join(input, sample), readFileSync(join(root, 'samples', sample)));
    writeFileSync(join(input, 'deep.html'), `<html><body>${'<div>'.repeat(100_000)}<p>Words.</p>${'</div>'.repeat(100_000)}</body></html>`);
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'functions/local/cli.ts', '--out', out, input], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(res.error).toBeUndefined(); // not killed by the timeout
    expect(res.status).toBe(0);
    const m = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(m.rejected).toEqual([expect.objectContaining({ key: join(input, 'deep.html'), code: 'malformed-html' })]);
    expect(m.rejected[0].reason).toMatch(/levels deep; the limit is \d+/);
    expect(m.articles.map((a: { key: string }) => a.key)).toEqual([join(input, sample)]);
  });
});
