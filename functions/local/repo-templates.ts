// The repository's templates/ folder, for local mode, the CLI and tests. Found from this file's
// place: functions/local/ here, dist/local/ in the local bundles (which define import.meta.url);
// never used by a Lambda bundle, which carries its own copy (TEMPLATES_DIR).
import { fileURLToPath } from 'node:url';
import type { Templates } from '../email/render';
import { loadTemplates } from '../adapters/templates';

export function repoTemplatesDir(): string {
  return fileURLToPath(new URL('../../templates', import.meta.url));
}

/** The repository's templates, loaded once. */
export function loadRepoTemplates(): Promise<Templates> {
  return loadTemplates(repoTemplatesDir());
}
