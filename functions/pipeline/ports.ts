// What the pipeline's flows need from the outside world. The handlers plug in the AWS adapters
// (functions/adapters), the local mode plugs in the same adapters against s3rver and the local
// SES endpoint, and unit tests may plug in anything. No AWS import here.
import type { Article, Rejection } from '../core/model';

/** An article waiting for the next digest, with what is needed to order S3 events for its key. */
export interface PendingArticle {
  readonly article: Article;
  readonly receivedAt: string;
  /** The S3 event sequencer of the upload that produced it (null in the CLI). */
  readonly sequencer: string | null;
}

/** Which pending article currently stands for an object key (so an overwrite replaces it). */
export interface KeyIndexEntry {
  readonly key: string;
  readonly articleId: string;
  readonly sequencer: string | null;
}

/** A digest being delivered. Written before the first send, deleted when every recipient is done. */
export interface OutboxEntry {
  readonly digestId: string;
  readonly createdAt: string;
  readonly articleIds: readonly string[];
  readonly articleKeys: readonly string[];
  readonly rejectionIds: readonly string[];
  readonly recipients: readonly string[];
  readonly subject: string;
}

/** Why an address is suppressed: the reader unsubscribed, or SES reported a hard bounce or a complaint. */
export interface SuppressionReason {
  readonly source: 'unsubscribe' | 'bounce' | 'complaint';
  /** What SES said (bounce subtype and diagnostic, complaint feedback type), for a person to read. */
  readonly detail?: string;
  /** The SES message id the feedback was about. */
  readonly messageId?: string;
}

export interface StoredRejection {
  readonly id: string;
  readonly rejection: Rejection;
}

export interface PipelineStore {
  /** Size of an uploaded object, or null when it is gone (deleted before we got to it). */
  headIncoming(key: string): Promise<{ size: number } | null>;
  readIncoming(key: string): Promise<Uint8Array>;

  isArchived(articleId: string): Promise<boolean>;
  isPending(articleId: string): Promise<boolean>;
  putPending(pending: PendingArticle): Promise<void>;
  listPending(): Promise<PendingArticle[]>;
  deletePending(articleId: string): Promise<void>;
  getKeyIndex(key: string): Promise<KeyIndexEntry | null>;
  putKeyIndex(entry: KeyIndexEntry): Promise<void>;
  deleteKeyIndex(key: string): Promise<void>;
  getPending(articleId: string): Promise<PendingArticle | null>;
  /** Records that `key` holds the text of pending article `articleId` (one record per key). */
  addKeyRef(articleId: string, key: string): Promise<void>;
  deleteKeyRef(articleId: string, key: string): Promise<void>;
  /** Every key that holds the text of this pending article. */
  keysOf(articleId: string): Promise<string[]>;
  /** The pending articles more than one key holds, with those keys (one listing, few reads). */
  listSharedKeys(): Promise<ReadonlyMap<string, readonly string[]>>;
  /** Drops every key record of an article that leaves pending/; returns the keys it had. */
  retireKeyRefs(articleId: string): Promise<string[]>;
  /** Copies a pending article into the archive, tagged with its digest; false when it is not pending. */
  archive(articleId: string, digestId: string): Promise<boolean>;
  /** True when any article or rejection (other than `except`, by id) waits for a digest (lists keys only, reads no record). */
  hasPendingWork(except?: ReadonlySet<string>): Promise<boolean>;

  /** Keeps the rejection record for good and queues it for the next digest. */
  putRejection(stored: StoredRejection): Promise<void>;
  listPendingRejections(): Promise<StoredRejection[]>;
  deletePendingRejection(id: string): Promise<void>;

  putDigestFile(digestId: string, name: string, body: string, contentType: string): Promise<void>;
  getDigestFile(digestId: string, name: string): Promise<string | null>;
  listOutbox(): Promise<OutboxEntry[]>;
  putOutbox(entry: OutboxEntry): Promise<void>;
  deleteOutbox(digestId: string): Promise<void>;

  /** The send ledger: true when this digest already went to this recipient. */
  wasSent(digestId: string, recipient: string): Promise<boolean>;
  /** Records a send; a conditional write, so two runs cannot both record it. */
  markSent(digestId: string, recipient: string, messageId: string): Promise<void>;
  /** The ledger's failure side: failed tries of this digest for this recipient, or null. */
  getSendFailure(digestId: string, recipient: string): Promise<SendFailure | null>;
  putSendFailure(digestId: string, recipient: string, failure: SendFailure): Promise<void>;

  isSuppressed(email: string): Promise<boolean>;
  /** Never mail this address again; the reason is kept with the record (default: an unsubscribe). */
  suppress(email: string, reason?: SuppressionReason): Promise<void>;

  /**
   * Takes the digest run lock unless another live run holds it. Creating it and taking over an
   * expired one are both conditional writes, so two runs can never both get it.
   */
  acquireLock(owner: string, ttlMs: number, now: Date): Promise<LockResult>;
  /** Releases the lock if this owner still holds it (a conditional delete). */
  releaseLock(owner: string): Promise<void>;
}

export type LockResult = { readonly acquired: true } | { readonly acquired: false; readonly heldUntil: string | null };

/** Failed tries of one digest for one recipient. `final`: given up, the digest goes on without it. */
export interface SendFailure {
  readonly attempts: number;
  readonly kind: MailFailureKind;
  readonly awsName: string;
  readonly message: string;
  readonly final: boolean;
  readonly at: string;
}

export type MailFailureKind = 'throttled' | 'rejected' | 'paused' | 'suspended' | 'failed';

/** A failed send, classified by the SES error name so the flow can react to each kind. */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  constructor(
    readonly kind: MailFailureKind,
    readonly awsName: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Mailer {
  /** Sends one raw MIME message to one recipient; throws MailSendError. */
  sendRaw(message: Buffer, recipient: string, sender: string): Promise<{ messageId: string }>;
}

/** Asks for a digest after the quiet period; each call pushes the deadline back. */
export interface DigestTrigger {
  requestDigest(now: Date): Promise<void>;
}

export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}
