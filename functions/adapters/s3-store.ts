// The pipeline's state, kept as JSON objects in its one bucket (layout in config/layout.ts).
// Works against real S3 and against s3rver in local mode and integration tests.
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { PREFIX } from '../../config/layout';
import { addressHash, objectKeyHash } from '../core/ids';
import { getTextOrNull, isConflict, isMissing, isPreconditionFailed, mapLimit, S3_PARALLEL_READS } from './s3-objects';
import type { KeyIndexEntry, LockResult, OutboxEntry, PendingArticle, PipelineStore, SendFailure, StoredRejection, SuppressionReason } from '../pipeline/ports';


export class S3PipelineStore implements PipelineStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  // --- plain object helpers -------------------------------------------------------------
  private getText(key: string): Promise<string | null> {
    return getTextOrNull(this.s3, this.bucket, key);
  }
  private async getJson<T>(key: string): Promise<T | null> {
    const text = await this.getText(key);
    return text === null ? null : (JSON.parse(text) as T);
  }
  /** The object and its ETag (what a conditional write or delete names), or null when missing. */
  private async getJsonTagged<T>(key: string): Promise<{ value: T; etag: string } | null> {
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const text = (await res.Body?.transformToString('utf-8')) ?? '';
      return { value: JSON.parse(text) as T, etag: res.ETag ?? '' };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }
  /**
   * PutObject; with `ifNoneMatch` only when the key does not exist, with `ifMatch` only when the
   * current object has that ETag. A failed condition returns false (S3: 412, or 404 for a missing
   * object under If-Match, or 409 when a concurrent write won the race).
   */
  private async put(
    key: string,
    body: string,
    contentType = 'application/json',
    condition: { ifNoneMatch?: true; ifMatch?: string } = {},
  ): Promise<boolean> {
    const conditional = condition.ifNoneMatch !== undefined || condition.ifMatch !== undefined;
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          ...(condition.ifNoneMatch ? { IfNoneMatch: '*' } : {}),
          ...(condition.ifMatch !== undefined ? { IfMatch: condition.ifMatch } : {}),
        }),
      );
      return true;
    } catch (e) {
      if (conditional && (isPreconditionFailed(e) || isConflict(e) || (condition.ifMatch !== undefined && isMissing(e)))) return false;
      throw e;
    }
  }
  private async exists(key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }
  private async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
  private async listKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const res = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }
  private async listJson<T>(prefix: string): Promise<T[]> {
    const keys = await this.listKeys(prefix);
    const all = await mapLimit(keys, S3_PARALLEL_READS, (k) => this.getJson<T>(k));
    return all.filter((x): x is Awaited<T> => x !== null) as T[];
  }

  // --- uploads --------------------------------------------------------------------------
  async headIncoming(key: string): Promise<{ size: number } | null> {
    try {
      const res = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: res.ContentLength ?? 0 };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }
  async readIncoming(key: string): Promise<Uint8Array> {
    const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return (await res.Body?.transformToByteArray()) ?? new Uint8Array();
  }

  // --- articles -------------------------------------------------------------------------
  isArchived(articleId: string) {
    return this.exists(`${PREFIX.articles}${articleId}.json`);
  }
  isPending(articleId: string) {
    return this.exists(`${PREFIX.pendingArticles}${articleId}.json`);
  }
  async putPending(pending: PendingArticle) {
    await this.put(`${PREFIX.pendingArticles}${pending.article.id}.json`, JSON.stringify(pending));
  }
  listPending() {
    return this.listJson<PendingArticle>(PREFIX.pendingArticles);
  }
  deletePending(articleId: string) {
    return this.delete(`${PREFIX.pendingArticles}${articleId}.json`);
  }
  private keyIndexKey(key: string) {
    return `${PREFIX.pendingKeys}${objectKeyHash(key)}.json`;
  }
  getKeyIndex(key: string) {
    return this.getJson<KeyIndexEntry>(this.keyIndexKey(key));
  }
  async putKeyIndex(entry: KeyIndexEntry) {
    await this.put(this.keyIndexKey(entry.key), JSON.stringify(entry));
  }
  deleteKeyIndex(key: string) {
    return this.delete(this.keyIndexKey(key));
  }
  getPending(articleId: string) {
    return this.getJson<PendingArticle>(`${PREFIX.pendingArticles}${articleId}.json`);
  }
  private keyRefKey(articleId: string, key: string) {
    return `${PREFIX.pendingRefs}${articleId}/${objectKeyHash(key)}.json`;
  }
  async addKeyRef(articleId: string, key: string) {
    await this.put(this.keyRefKey(articleId, key), JSON.stringify({ key }));
  }
  deleteKeyRef(articleId: string, key: string) {
    return this.delete(this.keyRefKey(articleId, key));
  }
  async keysOf(articleId: string): Promise<string[]> {
    const refs = await this.listJson<{ key: string }>(`${PREFIX.pendingRefs}${articleId}/`);
    return refs.map((r) => r.key).sort();
  }
  async listSharedKeys(): Promise<ReadonlyMap<string, readonly string[]>> {
    const counts = new Map<string, number>();
    for (const k of await this.listKeys(PREFIX.pendingRefs)) {
      const id = k.slice(PREFIX.pendingRefs.length).split('/')[0]!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const shared = new Map<string, string[]>();
    for (const [id, n] of counts) if (n > 1) shared.set(id, await this.keysOf(id));
    return shared;
  }
  async retireKeyRefs(articleId: string): Promise<string[]> {
    const keys = await this.keysOf(articleId);
    for (const key of keys) await this.deleteKeyRef(articleId, key);
    return keys;
  }
  async archive(articleId: string, digestId: string): Promise<boolean> {
    // A server-side copy: the record is not downloaded and uploaded again.
    try {
      await this.s3.send(
        new CopyObjectCommand({
          Bucket: this.bucket,
          Key: `${PREFIX.articles}${articleId}.json`,
          CopySource: `${this.bucket}/${PREFIX.pendingArticles}${articleId}.json`,
          MetadataDirective: 'REPLACE',
          ContentType: 'application/json',
          Metadata: { 'digest-id': digestId },
        }),
      );
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }
  async hasPendingWork(except: ReadonlySet<string> = new Set()): Promise<boolean> {
    for (const prefix of [PREFIX.pendingArticles, PREFIX.pendingRejections]) {
      // Without exceptions one key answers; with them, one page of keys is enough in practice
      // (an unfinished digest holds its own articles, the rest is what arrived since).
      const res = await this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, MaxKeys: except.size === 0 ? 1 : 1000 }));
      const ids = (res.Contents ?? []).map((o) => (o.Key ?? '').slice(prefix.length).replace(/\.json$/, ''));
      if (ids.some((id) => !except.has(id)) || (res.IsTruncated && except.size > 0)) return true;
    }
    return false;
  }

  // --- rejections -----------------------------------------------------------------------
  async putRejection(stored: StoredRejection) {
    const body = JSON.stringify(stored);
    await this.put(`${PREFIX.rejections}${stored.id}.json`, body);
    await this.put(`${PREFIX.pendingRejections}${stored.id}.json`, body);
  }
  listPendingRejections() {
    return this.listJson<StoredRejection>(PREFIX.pendingRejections);
  }
  deletePendingRejection(id: string) {
    return this.delete(`${PREFIX.pendingRejections}${id}.json`);
  }

  // --- digests and the outbox -------------------------------------------------------------
  async putDigestFile(digestId: string, name: string, body: string, contentType: string) {
    await this.put(`${PREFIX.digests}${digestId}/${name}`, body, contentType);
  }
  getDigestFile(digestId: string, name: string) {
    return this.getText(`${PREFIX.digests}${digestId}/${name}`);
  }
  listOutbox() {
    return this.listJson<OutboxEntry>(PREFIX.outbox);
  }
  async putOutbox(entry: OutboxEntry) {
    await this.put(`${PREFIX.outbox}${entry.digestId}.json`, JSON.stringify(entry));
  }
  deleteOutbox(digestId: string) {
    return this.delete(`${PREFIX.outbox}${digestId}.json`);
  }

  // --- the send ledger --------------------------------------------------------------------
  private ledgerKey(digestId: string, recipient: string) {
    return `${PREFIX.digests}${digestId}/sent/${addressHash(recipient)}.json`;
  }
  wasSent(digestId: string, recipient: string) {
    return this.exists(this.ledgerKey(digestId, recipient));
  }
  async markSent(digestId: string, recipient: string, messageId: string) {
    // Conditional create: a concurrent run that also sent cannot overwrite the first record.
    await this.put(this.ledgerKey(digestId, recipient), JSON.stringify({ messageId, at: new Date().toISOString() }), 'application/json', { ifNoneMatch: true });
  }
  private failureKey(digestId: string, recipient: string) {
    return `${PREFIX.digests}${digestId}/failed/${addressHash(recipient)}.json`;
  }
  getSendFailure(digestId: string, recipient: string) {
    return this.getJson<SendFailure>(this.failureKey(digestId, recipient));
  }
  async putSendFailure(digestId: string, recipient: string, failure: SendFailure) {
    await this.put(this.failureKey(digestId, recipient), JSON.stringify(failure));
  }

  // --- unsubscribes -----------------------------------------------------------------------
  isSuppressed(email: string) {
    return this.exists(`${PREFIX.suppressions}${addressHash(email)}.json`);
  }
  async suppress(email: string, reason: SuppressionReason = { source: 'unsubscribe' }) {
    await this.put(`${PREFIX.suppressions}${addressHash(email)}.json`, JSON.stringify({ at: new Date().toISOString(), ...reason }));
  }
  /** The suppression record of an address (when and why), or null. */
  getSuppression(email: string) {
    return this.getJson<{ at: string } & SuppressionReason>(`${PREFIX.suppressions}${addressHash(email)}.json`);
  }

  // --- the run lock -----------------------------------------------------------------------
  private readonly lockKey = `${PREFIX.locks}send-digest.json`;
  async acquireLock(owner: string, ttlMs: number, now: Date): Promise<LockResult> {
    const body = JSON.stringify({ owner, acquiredAt: now.toISOString(), expiresAt: new Date(now.getTime() + ttlMs).toISOString() });
    // Two rounds: the holder may release the lock between our create and our read.
    for (let round = 0; round < 2; round++) {
      if (await this.put(this.lockKey, body, 'application/json', { ifNoneMatch: true })) return { acquired: true };
      const held = await this.getJsonTagged<{ owner: string; expiresAt: string }>(this.lockKey);
      if (!held) continue;
      if (new Date(held.value.expiresAt) > now) return { acquired: false, heldUntil: held.value.expiresAt };
      // The holder died without releasing it (its function timed out). Take it over only if it is
      // still the very lock we read: of two runs that both saw it expired, one write wins.
      if (await this.put(this.lockKey, body, 'application/json', { ifMatch: held.etag })) return { acquired: true };
      return { acquired: false, heldUntil: null };
    }
    return { acquired: false, heldUntil: null };
  }
  async releaseLock(owner: string): Promise<void> {
    const held = await this.getJsonTagged<{ owner: string }>(this.lockKey);
    if (held?.value.owner !== owner) return;
    // Conditional: if our lease ran out and another run took the lock over, its lock stays.
    try {
      await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.lockKey, IfMatch: held.etag }));
    } catch (e) {
      if (!(isPreconditionFailed(e) || isConflict(e) || isMissing(e))) throw e;
    }
  }
}
