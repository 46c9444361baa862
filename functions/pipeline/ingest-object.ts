// One uploaded object -> one pending article or one rejection record, then a digest request.
// Safe under S3's at-least-once, possibly out-of-order delivery:
// - the same event twice (same key and sequencer) stores one article;
// - identical content under another key has the same content id: one article;
// - an overwrite with new content replaces the key's pending article, unless another key holds the
//   same text (then the article stays, under that key); an older event that arrives after a newer
//   one for the same key is ignored (sequencers compared as S3 documents);
// - a retried event (same key and sequencer) asks for the digest again, in case the first attempt
//   failed after storing the article;
// - content already sent in a digest (archived) is not sent again.
import { checkArticleSize, checkSupportedType, readArticle } from '../core/ingest';
import { type Article, ArticleRejectedError, type Rejection } from '../core/model';
import { rejectionIdOf } from '../core/ids';
import type { DigestTrigger, Logger, PipelineStore } from './ports';

export interface UploadedObject {
  readonly key: string;
  /** S3's per-key event order; null where there is none (CLI). */
  readonly sequencer: string | null;
}

export type IngestOutcome =
  | { readonly status: 'ingested'; readonly articleId: string; readonly replaced: string | null }
  | { readonly status: 'duplicate'; readonly articleId: string; readonly why: 'same-event' | 'same-content' | 'already-sent' }
  | { readonly status: 'rejected'; readonly rejection: Rejection }
  | { readonly status: 'stale' }
  | { readonly status: 'gone' }
  | { readonly status: 'ignored' };

export interface IngestDeps {
  readonly store: PipelineStore;
  readonly trigger: DigestTrigger;
  readonly log: Logger;
  readonly now: () => Date;
}

/** S3 sequencers are hex strings of varying length: left-pad with zeros, then compare. */
export function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  const pa = a.toUpperCase().padStart(width, '0');
  const pb = b.toUpperCase().padStart(width, '0');
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

export async function ingestObject(
  object: UploadedObject,
  settings: { readonly maxArticleBytes: number },
  deps: IngestDeps,
): Promise<IngestOutcome> {
  const { store, trigger, log } = deps;
  const { key, sequencer } = object;

  if (key.endsWith('/')) {
    // The S3 console's "Create folder" writes an empty object named like the folder: not a file.
    log.info('object.ignored', { key, why: 'a folder marker, not an uploaded file' });
    return { status: 'ignored' };
  }
  const head = await store.headIncoming(key);
  if (!head) {
    log.warn('article.gone', { key, why: 'the object was deleted before it could be read' });
    return { status: 'gone' };
  }

  const indexed = await store.getKeyIndex(key);
  if (indexed && sequencer && indexed.sequencer && compareSequencers(sequencer, indexed.sequencer) < 0) {
    log.info('article.stale-event', { key, sequencer, newer: indexed.sequencer });
    return { status: 'stale' };
  }

  let article: Article;
  try {
    checkSupportedType(key);
    checkArticleSize(key, head.size, settings.maxArticleBytes);
    article = readArticle({ key, bytes: await store.readIncoming(key) }, { maxBytes: settings.maxArticleBytes });
  } catch (error) {
    if (!(error instanceof ArticleRejectedError)) throw error; // a real fault: let the retry / DLQ have it
    const rejection = error.toRejection(deps.now());
    await store.putRejection({ id: rejectionIdOf(key, sequencer), rejection });
    if (indexed) {
      // The key held an article and now holds a file we cannot read: its old text is no longer
      // what the key says, so it leaves pending/ (unless another key holds the same text).
      await releaseKey(indexed.articleId, key, deps);
      await store.deleteKeyIndex(key);
    }
    log.warn('article.rejected', { key, code: rejection.code, reason: rejection.reason });
    await trigger.requestDigest(deps.now());
    return { status: 'rejected', rejection };
  }

  if (indexed && indexed.articleId === article.id && indexed.sequencer === sequencer) {
    log.info('article.duplicate', { key, articleId: article.id, why: 'same-event' });
    // A redelivery, or Lambda's retry of an invocation that stored the article and then failed to
    // ask for the digest (a Scheduler error): ask again. requestDigest is idempotent.
    await trigger.requestDigest(deps.now());
    return { status: 'duplicate', articleId: article.id, why: 'same-event' };
  }
  // The article this key held before, when the new upload brings other text.
  const previous = indexed && indexed.articleId !== article.id ? indexed.articleId : null;
  if (await store.isArchived(article.id)) {
    if (previous) {
      await releaseKey(previous, key, deps);
      await store.deleteKeyIndex(key);
    }
    log.info('article.duplicate', { key, articleId: article.id, why: 'already-sent' });
    return { status: 'duplicate', articleId: article.id, why: 'already-sent' };
  }

  // The same text already waiting under another key: one article, the first key keeps it, and
  // this key is recorded against it (listed as a duplicate in the manifest; an overwrite of either
  // key keeps the article for the other).
  const shared = indexed?.articleId !== article.id && (await store.isPending(article.id));
  if (!shared) await store.putPending({ article, receivedAt: deps.now().toISOString(), sequencer });
  await store.putKeyIndex({ key, articleId: article.id, sequencer });
  await store.addKeyRef(article.id, key);
  if (previous) await releaseKey(previous, key, deps);
  if (shared) {
    log.info('article.duplicate', { key, articleId: article.id, why: 'same-content' });
  } else {
    log.info('article.ingested', {
      key,
      articleId: article.id,
      title: article.title,
      sentences: article.sentences.length,
      furniture: article.furniture.length,
      replaced: previous,
    });
  }
  await trigger.requestDigest(deps.now());
  return shared ? { status: 'duplicate', articleId: article.id, why: 'same-content' } : { status: 'ingested', articleId: article.id, replaced: previous };
}

/**
 * `key` no longer holds the text of pending article `articleId`: delete the article only when no
 * other key holds that text; otherwise keep it, under a key that still holds it.
 */
async function releaseKey(articleId: string, key: string, deps: IngestDeps): Promise<void> {
  const { store, log } = deps;
  await store.deleteKeyRef(articleId, key);
  const others = await store.keysOf(articleId);
  if (others.length === 0) {
    await store.deletePending(articleId);
    return;
  }
  const pending = await store.getPending(articleId);
  if (pending && pending.article.key === key) {
    await store.putPending({ ...pending, article: { ...pending.article, key: others[0]! } });
  }
  log.info('article.kept', { key, articleId, why: 'another key holds the same text', keptFor: others });
}
