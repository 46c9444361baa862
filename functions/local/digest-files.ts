// The CLI's work: local files -> one digest, written to a folder. Loaded by cli.ts only after the
// command line is checked, so a bad option is answered without loading the reader and MJML.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliverSettingsOf, type RuntimeConfig } from '../../config/schema';
import { assembleDigest } from '../core/digest';
import { checkArticleSize, readArticle } from '../core/ingest';
import { ArticleRejectedError, type Article, type Rejection } from '../core/model';
import { composeMessage, mailbox } from '../email/mime';
import { renderDigest } from '../email/render';
import { unsubscribeLink } from '../email/unsubscribe';
import { rejectionIdOf } from '../core/ids';
import { localUnsubscribeUrl } from './local-ports';

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

export interface DigestFilesOptions {
  readonly inputs: readonly string[];
  readonly config: RuntimeConfig;
  readonly now: Date;
  /** An existing, writable folder. */
  readonly out: string;
}

/** Reads, digests and writes digest.html, .txt, .json and .eml; progress goes to stderr. */
export async function digestFiles({ inputs, config, now, out }: DigestFilesOptions): Promise<void> {
  const settings = deliverSettingsOf(config);
  const files = expandInputs(inputs);
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
  const link = unsubscribeLink(localUnsubscribeUrl(), recipient, 'cli-preview-secret');
  const { html, text } = await renderDigest(view, { unsubscribeUrl: link });
  const eml = await composeMessage({
    from: mailbox(config.digestName, config.sender),
    to: recipient,
    subject: view.subject,
    html,
    text,
    listUnsubscribe: { url: link, mailto: config.unsubscribeMailto },
    messageKey: manifest.id,
    date: now,
  });

  writeFileSync(join(out, 'digest.html'), html);
  writeFileSync(join(out, 'digest.txt'), text);
  writeFileSync(join(out, 'digest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(out, 'digest.eml'), eml);
  const items = manifest.sections.reduce((n, s) => n + s.items.length, 0);
  console.error(
    `digest ${manifest.id}: ${files.length} file(s) -> ${articles.length} article(s), ${rejected.length} rejected; ` +
      `${manifest.sections.length} section(s), ${items} item(s); wrote ${out}/digest.{html,txt,json,eml}`,
  );
}
