// Every id and hash the pipeline derives, in one place: each is SHA-256 in hex, cut to a length
// named here. Pure (node:crypto only). Changing a length changes stored keys and ids: a content id
// that changes sends the same text again, so lengths change only with a migration.
import { createHash } from 'node:crypto';

/**
 * Hex digits kept of the SHA-256, per use (4 bits each). A collision among N values is likely
 * only near 2^(bits/2) of them: 16 hex digits (64 bits) stays safe to about 4 billion values.
 */
export const ID_HEX_LENGTH = {
  /** An article's content id (`Article.id`): the same normalized sentences under any key, the same id. */
  article: 16,
  /** A digest's id, from the ids of what it holds, so a retried run over the same input is the same digest. */
  digest: 16,
  /** A rejection record's id, from the object key and its S3 sequencer (one per upload). */
  rejection: 24,
  /** The file name of an object key's index records under pending/ (keys may hold any character). */
  objectKey: 32,
  /** Ledger and suppression records of an address: never the address itself in a key. */
  address: 40,
  /** The start of the address hash that logs, errors and Message-IDs carry instead of an address. */
  recipientTag: 12,
} as const;

/** The first `length` hex digits of SHA-256 over the input (UTF-8). */
export function sha256Hex(input: string, length: number): string {
  return createHash('sha256').update(input, 'utf8').digest('hex').slice(0, length);
}

/** `Article.id` from the article's canonical text (the reader normalizes it: see core/ingest articleId). */
export const contentId = (canonicalText: string): string => sha256Hex(canonicalText, ID_HEX_LENGTH.article);

/** A digest's id comes from what it contains, so a retried run over the same input is the same digest. */
export function digestIdOf(articleIds: readonly string[], rejectionIds: readonly string[]): string {
  const lines = [...[...articleIds].sort().map((id) => `a:${id}\n`), ...[...rejectionIds].sort().map((id) => `r:${id}\n`)];
  return sha256Hex(lines.join(''), ID_HEX_LENGTH.digest);
}

/** One id per upload: the same key uploaded again (a new sequencer) is a new rejection. */
export const rejectionIdOf = (key: string, sequencer: string | null): string =>
  sha256Hex(`${key}\n${sequencer ?? ''}`, ID_HEX_LENGTH.rejection);

/** A file name for any object key (keys may hold characters a key segment should not). */
export const objectKeyHash = (key: string): string => sha256Hex(key, ID_HEX_LENGTH.objectKey);

/** SHA-256 of the trimmed, lower-cased address: one hash for every spelling of an address; names ledger and suppression records. */
export const addressHash = (email: string): string => sha256Hex(email.trim().toLowerCase(), ID_HEX_LENGTH.address);

/** What log lines, error messages and Message-IDs carry instead of an address: the start of its addressHash, so an operator can match a line to its ledger record. */
export const recipientTag = (email: string): string => addressHash(email).slice(0, ID_HEX_LENGTH.recipientTag);
