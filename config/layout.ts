// Where everything lives in the pipeline's one bucket. Shared by lib/ (trigger, grants, lifecycle)
// and functions/ (adapters), so the two can never disagree.
//
// Every object under INCOMING_PREFIX starts the pipeline (a supported suffix, in any case, is read;
// any other ends as a rejection record); everything the pipeline writes lives under the other
// prefixes, none of which starts with "incoming/".
export const INCOMING_PREFIX = 'incoming/';
export const SUPPORTED_SUFFIXES = ['.txt', '.md', '.html', '.htm', '.json'] as const;

export const PREFIX = {
  /** Articles waiting for the next digest: one JSON record each, named by content id. */
  pendingArticles: 'pending/articles/',
  /** Rejections waiting to be listed in the next digest. */
  pendingRejections: 'pending/rejections/',
  /** Which pending article stands for each uploaded key, so an overwrite replaces it. */
  pendingKeys: 'pending/keys/',
  /** Every key that points at a pending article (<content-id>/<key hash>), so shared text is kept. */
  pendingRefs: 'pending/refs/',
  /** Articles already sent in a digest (the archive; also how re-deliveries are recognised). */
  articles: 'articles/',
  /** Every rejection record, kept. */
  rejections: 'rejections/',
  /** One folder per digest: digest.json, .html, .txt, .eml, and sent/ (the per-recipient send ledger). */
  digests: 'digests/',
  /** A digest being delivered: written before the first send, removed when every recipient is done. */
  outbox: 'outbox/',
  /** Unsubscribed addresses, by SHA-256 of the lower-cased address. */
  suppressions: 'suppressions/',
  /** The digest function's run lock. */
  locks: 'locks/',
} as const;

/**
 * The two files of each digest folder the public web archive may read (digests/<id>/<file>): a
 * small index entry and the browser copy of the email. The archive function is granted these
 * two names only, never the rest of the folder (the send ledger, the manifest).
 */
export const ARCHIVE_FILES = { entry: 'entry.json', page: 'web.html' } as const;

/** Every prefix the pipeline writes to. A test proves none of them can match the trigger. */
export const WRITTEN_PREFIXES: readonly string[] = Object.values(PREFIX);
