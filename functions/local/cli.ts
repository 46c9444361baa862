// One-shot digest of local files, in-process, no AWS and no servers:
//   npm run --silent digest -- --out DIR FILE_OR_DIR...
// Writes DIR/digest.html, digest.txt, digest.json (the manifest) and digest.eml (the exact MIME
// message the pipeline would send to the first recipient).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/schema';
import { assembleDigest } from '../core/digest';
import { checkArticleSize, readArticle } from '../core/ingest';
import { ArticleRejectedError, type Article, type Rejection } from '../core/model';
import { composeMessage, mailbox } from '../email/mime';
import { renderDigest } from '../email/render';
import { unsubscribeLink } from '../email/unsubscribe';
import { deliverSettingsOf } from '../handlers/send-digest';
import { rejectionIdOf } from '../pipeline/ingest-object';
import { loadLocalConfig } from './load-config';

const USAGE = `usage: npm run --silent digest -- --out DIR [--config cdk.json] [--date YYYY-MM-DD] FILE_OR_DIR...`;

/** Files in the order given; folders expanded recursively, sorted, hidden files skipped. */
export function expandInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) {
      const names = readdirSync(p).filter((n) => !n.startsWith('.')).sort();
      out.push(...expandInputs(names.map((n) => join(p, n))));
    } else out.push(p);
  }
  return out;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, config: { type: 'string', default: 'cdk.json' }, date: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.out || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadLocalConfig(values.config);
  const settings = deliverSettingsOf(config);
  const now = values.date ? new Date(`${values.date}T00:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--date must be YYYY-MM-DD, got ${values.date}`);

  const files = expandInputs(positionals);
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  const duplicates: { key: string; duplicateOf: string }[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      checkArticleSize(file, statSync(file).size, config.maxArticleBytes);
      const article = readArticle({ key: file, bytes: readFileSync(file) }, { maxBytes: config.maxArticleBytes });
      const first = seen.get(article.id);
      if (first) {
        duplicates.push({ key: file, duplicateOf: first });
        console.error(`  read ${file}: same text as ${first}`);
        continue;
      }
      seen.set(article.id, file);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof ArticleRejectedError)) throw error;
      rejected.push(error.toRejection(now));
    }
    console.error(`  read ${file}: ${articles.at(-1)?.key === file ? `"${articles.at(-1)?.title}"` : `rejected (${rejected.at(-1)?.reason})`}`);
  }

  const { manifest, view } = assembleDigest({ articles, duplicates, rejected, rejectionIds: rejected.map((r) => rejectionIdOf(r.key, null)), settings, now });
  const recipient = config.recipients[0];
  // The link local mode would put in the message; the secret here is a throwaway one.
  const link = unsubscribeLink('http://127.0.0.1:3025/unsubscribe', recipient, 'cli-preview-secret');
  const { html, text } = await renderDigest(view, { unsubscribeUrl: link });
  const eml = await composeMessage({
    from: mailbox(config.digestName, config.sender),
    to: recipient,
    subject: view.subject,
    html,
    text,
    listUnsubscribe: { url: link, mailto: null },
    messageId: `<${manifest.id}@digest>`,
    date: now,
  });

  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'digest.html'), html);
  writeFileSync(join(out, 'digest.txt'), text);
  writeFileSync(join(out, 'digest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(out, 'digest.eml'), eml);
  const items = manifest.sections.reduce((n, s) => n + s.items.length, 0);
  console.error(
    `digest ${manifest.id}: ${files.length} file(s) -> ${articles.length} article(s), ${rejected.length} rejected; ` +
      `${manifest.sections.length} section(s), ${items} item(s); wrote ${out}/digest.{html,txt,json,eml}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : `digest failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
