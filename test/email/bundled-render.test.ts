// Golden check of the shipped renderer: the digest rendered through a bundle built with the
// functions' own esbuild settings (AWS SDK external, cheerio aliased to its slim build) must be
// byte-identical to the unbundled render. Fails if a bundling shortcut changes the email.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { houseOptions } from '../../bench/house-build';
import { DEFAULT_EXTERNAL_MODULES } from '../../lib/constructs/digest-function';
import { renderDigest } from '../../functions/email/render';
import { digestOf, hasSeeds, ROOT, SAMPLES_DIR, SEEDS_DIR } from '../support/digest-of';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const work = mkdtempSync(join(tmpdir(), 'bundled-render-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bundled renderer', () => {
  it('renders the same bytes as the source renderer', async () => {
    await build({ ...houseOptions(DEFAULT_EXTERNAL_MODULES, true), entryPoints: [join(ROOT, 'bench/render-probe.ts')], outfile: join(work, 'probe/index.js') });
    const view = digestOf(hasSeeds ? SEEDS_DIR : SAMPLES_DIR).view;
    writeFileSync(join(work, 'view.json'), JSON.stringify(view));
    const run = spawnSync(process.execPath, ['index.js', join(work, 'view.json'), join(work, 'out.json')], {
      cwd: join(work, 'probe'), // no package.json here, as in Lambda's /var/task
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NODE_PATH: join(ROOT, 'node_modules'), TEMPLATES_DIR: join(ROOT, 'templates') },
    });
    expect(run.stderr).toBe('');
    const bundled = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')) as { html: string; text: string };
    const source = await renderDigest(view, { templates, unsubscribeUrl: 'https://abcdefghij.lambda-url.us-east-1.on.aws/?token=aGFyYm91cg.c2lnbmF0dXJl' });
    expect(bundled.html.length).toBeGreaterThan(10_000);
    expect(bundled.html).toBe(source.html);
    expect(bundled.text).toBe(source.text);
  });
});
