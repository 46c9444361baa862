// The one test that really bundles the functions (esbuild, locally): the send-digest asset carries
// the repository's templates/ folder, and every bundle loads as CommonJS and exports `handler`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CfnResource } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestFunction } from '../../lib/constructs/digest-function';
import { buildStack, type BuiltStack } from './stack-fixture';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Every file under a folder, as sorted relative paths. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    })
    .sort();
}

describe('bundled function assets', () => {
  // Outside the repository: its package.json says "type": "module", which would make Node read the
  // CJS bundles as ESM. In Lambda, /var/task has no package.json either.
  const outdir = mkdtempSync(path.join(tmpdir(), 'digest-cdk-out-'));
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack(undefined, { bundle: true, outdir });
    built.app.synth();
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const assetDir = (fn: DigestFunction): string => {
    const logicalId = built.stack.resolve((fn.node.defaultChild as CfnResource).logicalId) as string;
    const key: string = built.template.toJSON().Resources[logicalId].Properties.Code.S3Key;
    return path.join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
  };

  it('copies templates/ into the send-digest bundle, next to the handler', () => {
    const dir = assetDir(built.stack.sendDigest);
    const expected = listFiles(path.join(repoRoot, 'templates'));
    expect(expected.length).toBeGreaterThan(0);
    expect(listFiles(path.join(dir, 'templates'))).toEqual(expected);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['index.js', 'index.js.map', 'templates']));
  });

  it('ships templates only where they are read', () => {
    for (const fn of [built.stack.ingestArticle, built.stack.unsubscribe, built.stack.archive, built.stack.sesFeedback]) {
      expect(readdirSync(assetDir(fn)).sort()).toEqual(['index.js', 'index.js.map']);
    }
  });

  it.each(['ingestArticle', 'sendDigest', 'unsubscribe', 'archive', 'sesFeedback'] as const)('%s loads as CommonJS and exports handler', (name) => {
    const dir = assetDir(built.stack[name]);
    const result = spawnSync(
      process.execPath,
      ['--enable-source-maps', '-e', "process.stdout.write(typeof require('./index.js').handler)"],
      // The AWS SDK is external (the nodejs24.x runtime ships it on NODE_PATH, /var/runtime/node_modules);
      // here the project's node_modules stands in for it.
      { cwd: dir, encoding: 'utf8', env: { ...process.env, TEMPLATES_DIR: path.join(dir, 'templates'), NODE_PATH: path.join(repoRoot, 'node_modules') } },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('function');
  });
});
