// Reads the MJML templates from a folder, once per process and folder, for the pure renderer
// (functions/email/render.ts), which takes them as an argument. send-digest passes the folder its
// bundle carries (TEMPLATES_DIR, config/env.ts); local mode and the CLI pass the repository's.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TEMPLATE_FILES, type TemplateName, type Templates } from '../email/render';

const loaded = new Map<string, Promise<Templates>>();

async function readTemplates(dir: string): Promise<Templates> {
  const entries = await Promise.all(
    (Object.entries(TEMPLATE_FILES) as [TemplateName, string][]).map(async ([name, file]) => {
      // Template files end with a newline; drop it so HTML partials add no stray whitespace.
      const source = (await readFile(path.join(dir, file), 'utf8')).replace(/\r?\n$/, '');
      return [name, source] as const;
    }),
  );
  return { dir, ...(Object.fromEntries(entries) as Record<TemplateName, string>) };
}

/** Loads (once per process and folder) every template the digest needs. */
export function loadTemplates(templatesDir: string): Promise<Templates> {
  const dir = path.resolve(templatesDir);
  let pending = loaded.get(dir);
  if (!pending) {
    pending = readTemplates(dir);
    loaded.set(dir, pending);
    // A failed read is not cached: the next render tries again.
    pending.catch(() => loaded.delete(dir));
  }
  return pending;
}
