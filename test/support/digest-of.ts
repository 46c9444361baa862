// The digest of a folder of article files, built in-process by the CLI's own builder
// (functions/local/digest-files.ts digestOfFiles) with the repository's cdk.json: for tests.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { digestOfFiles } from '../../functions/local/digest-files';
import { loadLocalConfig } from '../../functions/local/load-config';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = resolve(ROOT, '../shared/seeds');
export const SAMPLES_DIR = resolve(ROOT, 'samples');
export const hasSeeds = existsSync(SEEDS_DIR);

export function digestOf(dir: string, now = new Date('2026-01-15T07:00:00Z')) {
  const { manifest, view } = digestOfFiles({ inputs: [dir], config: loadLocalConfig(join(ROOT, 'cdk.json')), now });
  return { manifest, view };
}
