// One digest run: resume an unfinished digest, or assemble a new one from everything pending,
// then send it to each recipient once and retire what it contained.
//
// Why it is safe to run twice, or to die half-way:
// - the digest is written to the outbox (with its recipients) BEFORE the first send, and its id
//   comes from its content, so a re-run resumes the same digest instead of building another;
// - each send is recorded in a per-digest, per-recipient ledger, checked before sending;
// - articles leave pending/ only after every recipient is done (sent, unsubscribed, or given up
//   after MAX_SEND_ATTEMPTS tries); anything that arrives during the run stays pending and gets a
//   digest of its own (the run asks for one before it ends);
// - an unfinished digest never holds new ones back: its articles are left out of the next digest,
//   everything else pending is built into a new one in the same run;
// - runs never overlap: a lock whose creation and takeover are conditional writes.
// The one window left: SES accepted a message and the run died before the ledger write.
import { randomUUID } from 'node:crypto';
import {
  MAX_SEND_ATTEMPTS,
  RUN_LOCK_LEASE_MS,
  THROTTLE_FIRST_WAIT_MS,
  THROTTLE_MAX_WAIT_MS,
  THROTTLE_RETRIES_PER_SEND,
  THROTTLE_RETRY_BUDGET,
} from '../../config/limits';
import { redactAddresses } from '../core/address';
import { recipientTag } from '../core/ids';
import { ARCHIVE_FILES } from '../../config/layout';
import { assembleDigest, composeDigest, datedByBatch, type AssembleSettings, type DigestInput } from '../core/digest';
import type { Article, DigestManifest, DigestView } from '../core/model';
import { rewriteSummary, type ItemRewriter } from '../core/rewrite';
import { summarize } from '../core/summarize';
import { archiveLinks, type ArchiveEntry } from '../email/archive';
import { escapeHtml } from '../email/escape';
import { composeMessage, mailbox } from '../email/mime';
import { renderDigest, type Templates } from '../email/render';
import { unsubscribeLink } from '../email/unsubscribe';
import { MailSendError, type DigestTrigger, type Logger, type Mailer, type OutboxEntry, type PipelineStore, type SendFailure } from './ports';

export interface DeliverSettings extends AssembleSettings {
  readonly recipients: readonly string[];
  /** Send a short "nothing new" digest when nothing is pending. */
  readonly sendWhenEmpty: boolean;
}

export interface DeliverDeps {
  readonly store: PipelineStore;
  readonly mailer: Mailer;
  readonly trigger: DigestTrigger;
  readonly log: Logger;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** Where one-click unsubscribe links point, and the HMAC secret that signs them; null: no links. */
  readonly unsubscribe: { readonly baseUrl: string; readonly secret: string; readonly mailto?: string | null } | null;
  /** The email templates, loaded by the caller (functions/adapters/templates.ts). */
  readonly templates: Templates;
  /** The run lock's lease. @default RUN_LOCK_LEASE_MS (send-digest's timeout plus a margin) */
  readonly lockTtlMs?: number;
  /** Throttling retries the whole run may spend. @default THROTTLE_RETRY_BUDGET */
  readonly throttleRetryBudget?: number;
  /**
   * The SES configuration set every message names (X-SES-CONFIGURATION-SET), so SES publishes its
   * bounces and complaints to ses-feedback. Absent or null: none (local mode).
   */
  readonly configurationSet?: string | null;
  /** Abstractive mode (digest.summarizer.mode 'bedrock'): rewords the chosen items. Absent: extractive. */
  readonly rewriter?: ItemRewriter;
  /** Base URL of the web archive (functions/email/archive.ts); absent or null: no archive links. */
  readonly archiveUrl?: string | null;
}

export type DeliverOutcome =
  | { readonly status: 'sent'; readonly digestId: string; readonly sent: number; readonly skipped: number; readonly resumed: boolean }
  | { readonly status: 'nothing-new' }
  | { readonly status: 'busy' };

export interface RecipientFailure {
  /** recipientTag of the address: messages and logs never carry the address itself. */
  readonly recipient: string;
  readonly kind: string;
  readonly awsName: string;
}

/**
 * Thrown when some recipients could not be served; the digest stays in the outbox for the retry.
 * `stopsRun`: the cause is account-wide (sending paused, account suspended, persistent throttling),
 * so no other recipient or digest is tried in this run.
 */
export class DigestDeliveryError extends Error {
  override readonly name = 'DigestDeliveryError';
  constructor(
    readonly digestId: string,
    readonly failures: readonly RecipientFailure[],
    readonly stopsRun = false,
  ) {
    super(`digest ${digestId}: ${failures.length} recipient(s) not served: ${failures.map((f) => `${f.recipient} (${f.awsName})`).join(', ')}`);
  }
}

/** What one run may still spend on throttling retries (shared by every send of the run). */
interface RunBudget {
  throttleRetriesLeft: number;
}

const UNSUBSCRIBE_PLACEHOLDER = 'https://unsubscribe.invalid/__RECIPIENT_LINK__';

export async function runDigest(settings: DeliverSettings, deps: DeliverDeps): Promise<DeliverOutcome> {
  const { store, log } = deps;
  const owner = randomUUID();
  const lock = await store.acquireLock(owner, deps.lockTtlMs ?? RUN_LOCK_LEASE_MS, deps.now());
  if (!lock.acquired) {
    // Another run is going, or one died holding the lock until its lease ends. Ask again after the
    // quiet period, so what is pending never waits for the next upload to be sent. A warning, and a
    // metric (the stack's filter on this event): a lock that stays busy for long is an alarm.
    log.warn('digest.busy', { why: 'another digest run holds the lock; asking again after the quiet period', heldUntil: lock.heldUntil });
    await deps.trigger.requestDigest(deps.now());
    return { status: 'busy' };
  }
  const budget: RunBudget = { throttleRetriesLeft: deps.throttleRetryBudget ?? THROTTLE_RETRY_BUDGET };
  try {
    const unfinished = await store.listOutbox();
    const errors: unknown[] = [];
    let resumed: DeliverOutcome | null = null;
    for (const entry of unfinished) {
      log.info('digest.resume', { digestId: entry.digestId });
      try {
        resumed = await deliver(entry, true, settings, deps, budget);
      } catch (error) {
        if (error instanceof DigestDeliveryError && error.stopsRun) throw error;
        // This digest stays in the outbox for its next try; it must not hold back the rest.
        if (!(error instanceof DigestDeliveryError)) {
          const e = error as { name?: string; message?: string };
          log.error('digest.resume-failed', { digestId: entry.digestId, name: e?.name ?? 'Error', message: e?.message ?? String(error) });
        }
        errors.push(error);
      }
    }
    // Articles and rejections of a digest still in the outbox belong to that digest, not the next.
    const held = new Set(unfinished.flatMap((e) => [...e.articleIds, ...e.rejectionIds]));
    let fresh: DeliverOutcome;
    try {
      fresh = await assembleAndDeliver(settings, deps, budget, held, unfinished.length > 0);
    } catch (error) {
      if (error instanceof DigestDeliveryError && !error.stopsRun) {
        errors.push(error);
        fresh = { status: 'nothing-new' };
      } else throw error;
    }
    // Work of a digest still in the outbox is retried by Lambda (the run fails below), not by a
    // new schedule, or a sender-wide fault would start a run every quiet period.
    const stillHeld = new Set((await store.listOutbox()).flatMap((e) => [...e.articleIds, ...e.rejectionIds]));
    if (await store.hasPendingWork(stillHeld)) {
      log.info('digest.more-pending', { why: 'files arrived during this run; they go into the next digest' });
      await deps.trigger.requestDigest(deps.now());
    }
    // A recipient failure fails the run (the function-error alarm fires, Lambda retries it) after
    // everything else was done.
    if (errors.length > 0) throw errors[0];
    return fresh.status === 'sent' || !resumed ? fresh : resumed;
  } finally {
    await store.releaseLock(owner);
  }
}

async function assembleAndDeliver(
  settings: DeliverSettings,
  deps: DeliverDeps,
  budget: RunBudget,
  held: ReadonlySet<string>,
  resumedAny: boolean,
): Promise<DeliverOutcome> {
  const { store, log } = deps;
  const pending = await store.listPending();
  const articles: Article[] = [];
  for (const p of pending) {
    if (held.has(p.article.id)) continue;
    // A re-delivered event can re-queue content a finished digest already sent: retire it.
    if (await store.isArchived(p.article.id)) await store.deletePending(p.article.id);
    else articles.push(p.article);
  }
  const rejections = (await store.listPendingRejections()).filter((r) => !held.has(r.id));
  // "Nothing new" after resuming a digest needs no extra note, even with sendWhenEmpty.
  if (articles.length === 0 && rejections.length === 0 && (!settings.sendWhenEmpty || resumedAny)) {
    log.info('digest.nothing-new', { why: 'no article or rejection is pending' });
    return { status: 'nothing-new' };
  }
  const now = deps.now();
  // Keys whose text another key's article already stands for: listed in the manifest as duplicates.
  const shared = await store.listSharedKeys();
  const duplicates = articles.flatMap((a) => (shared.get(a.id) ?? []).filter((k) => k !== a.key).map((key) => ({ key, duplicateOf: a.key })));
  const { manifest, view } = await assemble(
    {
      articles,
      duplicates,
      rejected: rejections.map((r) => r.rejection),
      rejectionIds: rejections.map((r) => r.id),
      settings,
      now,
    },
    deps,
  );
  // The id comes from the content, so the digest's archive URL is known before rendering and the
  // same on every resend.
  const links = deps.archiveUrl ? archiveLinks(deps.archiveUrl, manifest.id) : null;
  const { html, text } = await renderDigest(view, { templates: deps.templates, unsubscribeUrl: deps.unsubscribe ? UNSUBSCRIBE_PLACEHOLDER : null, links });
  await store.putDigestFile(manifest.id, 'digest.json', JSON.stringify(manifest, null, 2), 'application/json');
  await store.putDigestFile(manifest.id, 'view.json', JSON.stringify(view), 'application/json');
  await store.putDigestFile(manifest.id, 'digest.html', html, 'text/html; charset=utf-8');
  await store.putDigestFile(manifest.id, 'digest.txt', text, 'text/plain; charset=utf-8');
  if (links) {
    // The browser copy: no reader's unsubscribe link (the page is public), no link to itself.
    const web = await renderDigest(view, { templates: deps.templates, unsubscribeUrl: null, links: { digest: null, index: links.index } });
    const entry: ArchiveEntry = { id: manifest.id, createdAt: manifest.createdAt, subject: view.subject, summary: view.preheader };
    await store.putDigestFile(manifest.id, ARCHIVE_FILES.page, web.html, 'text/html; charset=utf-8');
    await store.putDigestFile(manifest.id, ARCHIVE_FILES.entry, JSON.stringify(entry), 'application/json');
  }
  const entry: OutboxEntry = {
    digestId: manifest.id,
    createdAt: manifest.createdAt,
    articleIds: articles.map((a) => a.id),
    articleKeys: articles.map((a) => a.key),
    rejectionIds: rejections.map((r) => r.id),
    recipients: [...settings.recipients],
    subject: view.subject,
  };
  await store.putOutbox(entry);
  log.info('digest.assembled', {
    digestId: manifest.id,
    articles: articles.length,
    rejected: rejections.length,
    sections: manifest.sections.map((s) => `${s.theme}:${s.items.length}`),
  });
  return deliver(entry, false, settings, deps, budget);
}

/**
 * The editorial step. Without a rewriter it is assembleDigest, unchanged. With one (abstractive
 * mode) it is the same steps with the rewording in between (assembleDigest is pure and
 * synchronous): summarize (selection and sources stay extractive), rewriteSummary
 * (validated wording, extractive text kept per item when an answer fails), then the manifest and
 * view. Runs once per digest: a resumed digest reuses its stored files and never asks again.
 */
async function assemble(input: DigestInput, deps: DeliverDeps): Promise<{ manifest: DigestManifest; view: DigestView }> {
  if (!deps.rewriter) return assembleDigest(input);
  const articles = datedByBatch(input.articles);
  const { settings } = input;
  const { log } = deps;
  const extractive = summarize(articles, settings);
  let summary = extractive;
  try {
    summary = await rewriteSummary(extractive, deps.rewriter, {
      maxWords: settings.maxWordsPerItem,
      onFallback: (f) => log.warn('digest.rewrite-fallback', { ...f, why: 'the rewritten sentence failed validation; the item keeps its extractive text' }),
    });
  } catch (error) {
    // The rewording is optional polish: a model or access error must not cost the digest.
    const e = error as { name?: string; message?: string };
    log.warn('digest.rewrite-failed', { why: 'abstractive rewrite failed; the digest keeps the extractive text', name: e?.name ?? 'Error', message: e?.message ?? String(error) });
  }
  return composeDigest({ ...input, articles, summary });
}

async function deliver(entry: OutboxEntry, resumed: boolean, settings: DeliverSettings, deps: DeliverDeps, budget: RunBudget): Promise<DeliverOutcome> {
  const { store, log } = deps;
  const [html, text, viewJson] = await Promise.all([
    store.getDigestFile(entry.digestId, 'digest.html'),
    store.getDigestFile(entry.digestId, 'digest.txt'),
    store.getDigestFile(entry.digestId, 'view.json'),
  ]);
  if (html === null || text === null || viewJson === null) {
    throw new Error(`digest ${entry.digestId}: its rendered files are missing from digests/; cannot resume`);
  }
  const view = JSON.parse(viewJson) as DigestView;
  let sent = 0;
  let skipped = 0;
  let alreadySent = 0;
  let givenUp = 0;
  const failures: RecipientFailure[] = [];
  const refused: { recipient: string; failure: RecipientFailure; record: SendFailure }[] = [];
  for (const recipient of entry.recipients) {
    const tag = recipientTag(recipient);
    if (await store.isSuppressed(recipient)) {
      log.info('digest.skip-unsubscribed', { digestId: entry.digestId, recipientHash: tag });
      skipped++;
      continue;
    }
    if (await store.wasSent(entry.digestId, recipient)) {
      skipped++;
      alreadySent++;
      continue;
    }
    const earlier = await store.getSendFailure(entry.digestId, recipient);
    if (earlier?.final) {
      givenUp++;
      continue;
    }
    const raw = await messageFor(recipient, entry, view, html, text, settings, deps);
    try {
      const { messageId } = await sendWithBackoff(raw, tag, settings.sender, recipient, deps, budget);
      await store.markSent(entry.digestId, recipient, messageId);
      sent++;
      log.info('digest.sent', { digestId: entry.digestId, recipientHash: tag, messageId });
    } catch (error) {
      if (!(error instanceof MailSendError)) throw error;
      const failure = { recipient: tag, kind: error.kind, awsName: error.awsName };
      // SES error messages name the identities that failed: never log or store them in plain.
      const message = redactAddresses(error.message);
      log.error('digest.send-failed', { digestId: entry.digestId, recipientHash: tag, kind: error.kind, awsName: error.awsName, message, hint: hintFor(error) });
      if (error.kind === 'paused' || error.kind === 'suspended' || error.kind === 'throttled') {
        // Account-wide: no other recipient can be served either. The digest stays in the outbox,
        // the run ends now (its lock is released) and fails, so the alarm fires and Lambda retries.
        throw new DigestDeliveryError(entry.digestId, [failure], true);
      }
      // Counted across runs: a recipient SES keeps refusing is given up after MAX_SEND_ATTEMPTS.
      const attempts = (earlier?.attempts ?? 0) + 1;
      const record = { attempts, kind: error.kind, awsName: error.awsName, message, final: false, at: deps.now().toISOString() };
      await store.putSendFailure(entry.digestId, recipient, record);
      refused.push({ recipient, failure, record });
    }
  }
  // Give up a recipient only when SES refused it (not an unknown error, which may be an outage)
  // MAX_SEND_ATTEMPTS times AND this digest did reach someone: when nobody is served (an
  // unverified sender, say) the fault is ours, not the address's, and nobody is dropped.
  const served = sent + alreadySent > 0;
  for (const { recipient, failure, record } of refused) {
    if (served && record.kind === 'rejected' && record.attempts >= MAX_SEND_ATTEMPTS) {
      await store.putSendFailure(entry.digestId, recipient, { ...record, final: true });
      givenUp++;
      log.error('digest.recipient-failed', {
        digestId: entry.digestId,
        recipientHash: failure.recipient,
        attempts: record.attempts,
        awsName: record.awsName,
        why: `SES refused this recipient ${record.attempts} times; recorded as failed in the ledger, the digest goes on without it`,
      });
    } else {
      failures.push(failure);
    }
  }
  if (failures.length > 0) throw new DigestDeliveryError(entry.digestId, failures);

  await finalize(entry, deps);
  log.info('digest.done', { digestId: entry.digestId, sent, skipped, failed: givenUp, resumed });
  return { status: 'sent', digestId: entry.digestId, sent, skipped, resumed };
}

async function messageFor(
  recipient: string,
  entry: OutboxEntry,
  view: DigestView,
  html: string,
  text: string,
  settings: DeliverSettings,
  deps: DeliverDeps,
): Promise<Buffer> {
  const link = deps.unsubscribe ? unsubscribeLink(deps.unsubscribe.baseUrl, recipient, deps.unsubscribe.secret) : null;
  // The link goes into an HTML attribute in one part and plain text in the other.
  const personal = (s: string, value: string) => (link ? s.split(UNSUBSCRIBE_PLACEHOLDER).join(value) : s);
  return composeMessage({
    from: mailbox(settings.digestName, settings.sender),
    to: recipient,
    subject: view.subject,
    html: personal(html, escapeHtml(link ?? '')),
    text: personal(text, link ?? ''),
    listUnsubscribe: link ? { url: link, mailto: deps.unsubscribe?.mailto } : null,
    messageKey: `${entry.digestId}.${recipientTag(recipient)}`,
    date: new Date(entry.createdAt),
    headers: feedbackHeaders(entry.digestId, settings.sender, deps.configurationSet ?? null),
  });
}

/**
 * Gmail's feedback loop groups complaints by Feedback-ID, `a:b:c:SenderId` (up to three
 * identifiers, the last field the sender's own, stable id): here the digest, the kind of mail and
 * the sender's domain. X-SES-CONFIGURATION-SET makes SES send the message through the set (SES
 * removes the header before delivery).
 */
export function feedbackHeaders(digestId: string, sender: string, configurationSet: string | null): Record<string, string> {
  const domain = sender.slice(sender.lastIndexOf('@') + 1).toLowerCase();
  return {
    'Feedback-ID': `${digestId}:digest:${domain}`,
    ...(configurationSet ? { 'X-SES-CONFIGURATION-SET': configurationSet } : {}),
  };
}

/**
 * The one retry policy for throttling (the SES client itself makes a single attempt): back off and
 * retry up to THROTTLE_RETRIES_PER_SEND times, drawing on the run-wide budget; when either runs
 * out, the MailSendError goes up and stops the run.
 */
async function sendWithBackoff(
  raw: Buffer,
  tag: string,
  sender: string,
  recipient: string,
  deps: DeliverDeps,
  budget: RunBudget,
): Promise<{ messageId: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.mailer.sendRaw(raw, recipient, sender);
    } catch (error) {
      if (!(error instanceof MailSendError) || error.kind !== 'throttled') throw error;
      if (attempt >= THROTTLE_RETRIES_PER_SEND || budget.throttleRetriesLeft <= 0) throw error;
      budget.throttleRetriesLeft--;
      const wait = Math.min(THROTTLE_MAX_WAIT_MS, THROTTLE_FIRST_WAIT_MS * 2 ** attempt);
      deps.log.warn('digest.throttled', { recipientHash: tag, attempt: attempt + 1, waitMs: wait, runRetriesLeft: budget.throttleRetriesLeft });
      await deps.sleep(wait);
    }
  }
}

function hintFor(error: MailSendError): string {
  switch (error.kind) {
    case 'rejected':
      return `SES rejected the message: verify the sender identity (and, in the SES sandbox, the recipient) in this region; the next run tries again, and after ${MAX_SEND_ATTEMPTS} tries the recipient is recorded as failed for this digest`;
    case 'paused':
      return 'sending is paused for this account or configuration set; resume it in the SES console, then the digest is resent';
    case 'suspended':
      return 'the SES account is suspended; contact AWS support; the digest is kept in the outbox';
    case 'throttled':
      return 'SES kept throttling past the retry budget; the run stopped, the digest is kept and the retry resends';
    default:
      return 'unexpected SES error; the next run resends';
  }
}

async function finalize(entry: OutboxEntry, deps: DeliverDeps): Promise<void> {
  const { store } = deps;
  // Archive before deleting: a run that dies in between finds the copy and only retires the rest.
  const keys = new Set(entry.articleKeys);
  for (const id of entry.articleIds) {
    await store.archive(id, entry.digestId);
    await store.deletePending(id);
    for (const key of await store.retireKeyRefs(id)) keys.add(key);
  }
  for (const key of keys) {
    const index = await store.getKeyIndex(key);
    if (index && entry.articleIds.includes(index.articleId)) await store.deleteKeyIndex(key);
  }
  for (const id of entry.rejectionIds) await store.deletePendingRejection(id);
  await store.deleteOutbox(entry.digestId);
}
