// The CLI's work: local files -> one digest, written to a folder. Loaded by cli.ts only after the
// command line is checked, so a bad option is answered without loading the reader and MJML.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliverSettingsOf, type RuntimeConfig } from '../../config/schema';
import { assembleDigest } from '../core/digest';
import { checkArticleSize, readArticle } from '../core/ingest';
import { ArticleRejectedError, type Article, type DigestManifest, type DigestView, type Rejection } from '../core/model';
import { composeMessage, mailbox } from '../email/mime';
import { renderDigest } from '../email/render';
import { loadRepoTemplates } from './repo-templates';
import { unsubscribeLink } from '../email/unsubscribe';
import { rejectionIdOf } from '../core/ids';
import { localUnsubscribeUrl } from './local-ports';
import { themeReport } from './theme-report';

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

export interface ReadFiles {
  readonly articles: Article[];
  readonly rejected: Rejection[];
  /** Files whose text an earlier file already holds: in the manifest with `duplicateOf`, not read twice. */
  readonly duplicates: { key: string; duplicateOf: string }[];
}

/**
 * Reads files as the pipeline reads uploads: size checked before reading, a file the reader rejects
 * recorded with its reason, a text already read under another name kept as a duplicate.
 * `progress` gets one line per file.
 */
export function readFiles(
  files: readonly string[],
  config: Pick<RuntimeConfig, 'maxArticleBytes'>,
  now: Date,
  progress: (line: string) => void = () => undefined,
): ReadFiles {
  const read: ReadFiles = { articles: [], rejected: [], duplicates: [] };
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      checkArticleSize(file, statSync(file).size, config.maxArticleBytes);
      const article = readArticle({ key: file, bytes: readFileSync(file) }, { maxBytes: config.maxArticleBytes });
      const first = seen.get(article.id);
      if (first) {
        read.duplicates.push({ key: file, duplicateOf: first });
        progress(`  read ${file}: same text as ${first}`);
        continue;
      }
      seen.set(article.id, file);
      read.articles.push(article);
      progress(`  read ${file}: "${article.title}"`);
    } catch (error) {
      if (!(error instanceof ArticleRejectedError)) throw error;
      const rejection = error.toRejection(now);
      read.rejected.push(rejection);
      progress(`  read ${file}: rejected (${rejection.reason})`);
    }
  }
  return read;
}

export interface FilesDigest extends ReadFiles {
  readonly files: readonly string[];
  readonly manifest: DigestManifest;
  readonly view: DigestView;
}

/**
 * The one "files or folders -> digest" builder: the CLI's, and the tests' and the quality report's
 * (so what they measure is what the CLI sends).
 */
export function digestOfFiles(options: {
  readonly inputs: readonly string[];
  readonly config: RuntimeConfig;
  readonly now: Date;
  readonly progress?: (line: string) => void;
}): FilesDigest {
  const { config, now } = options;
  const files = expandInputs(options.inputs);
  const read = readFiles(files, config, now, options.progress);
  const { manifest, view } = assembleDigest({
    ...read,
    rejectionIds: read.rejected.map((r) => rejectionIdOf(r.key, null)),
    settings: deliverSettingsOf(config),
    now,
  });
  return { files, ...read, manifest, view };
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
  const { files, articles, rejected, manifest, view } = digestOfFiles({ inputs, config, now, progress: (line) => console.error(line) });
  const [recipient] = config.recipients;
  if (recipient === undefined) throw new Error('digest.recipients is empty');
  // The link local mode would put in the message; the secret here is a throwaway one.
  const link = unsubscribeLink(localUnsubscribeUrl(), recipient, 'cli-preview-secret');
  const { html, text } = await renderDigest(view, { templates: await loadRepoTemplates(), unsubscribeUrl: link });
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
  for (const line of themeReport(manifest, config.themes, config.topicTerms)) console.error(line);
}
