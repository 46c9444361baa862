// One SES sending event (published by the configuration set to SNS) -> suppressions/.
// Hard (Permanent) bounces and complaints suppress the address for good, with SES's reason, the
// same record an unsubscribe writes, so the digest run skips it. Soft bounces, deliveries and
// rejects are only logged. A record that is not an SES event is logged and dropped: retrying it
// cannot help. No AWS import here.
import type { Logger, PipelineStore, SuppressionReason } from './ports';

/** The fields we read from an SES event record (event publishing: `eventType`; identity notifications: `notificationType`). */
export interface SesEventRecord {
  readonly eventType?: string;
  readonly notificationType?: string;
  readonly mail?: { readonly messageId?: string };
  readonly bounce?: {
    readonly bounceType?: string;
    readonly bounceSubType?: string;
    readonly bouncedRecipients?: readonly { readonly emailAddress?: string; readonly status?: string; readonly diagnosticCode?: string }[];
  };
  readonly complaint?: {
    readonly complainedRecipients?: readonly { readonly emailAddress?: string }[];
    readonly complaintFeedbackType?: string;
    readonly complaintSubType?: string | null;
  };
  readonly reject?: { readonly reason?: string };
}

export type FeedbackOutcome =
  | { readonly kind: 'hard-bounce' | 'complaint'; readonly suppressed: number }
  | { readonly kind: 'soft-bounce' | 'delivery' | 'reject' | 'ignored' | 'invalid'; readonly suppressed: 0 };

export interface FeedbackDeps {
  readonly store: Pick<PipelineStore, 'suppress'>;
  readonly log: Logger;
}

const addresses = (list: readonly { emailAddress?: string }[] | undefined): string[] =>
  (list ?? []).map((r) => r.emailAddress?.trim() ?? '').filter((a) => a.includes('@'));

/** Handles one SNS message body (a JSON string). */
export async function handleSesFeedback(message: string, deps: FeedbackDeps): Promise<FeedbackOutcome> {
  const { store, log } = deps;
  let record: SesEventRecord;
  try {
    record = JSON.parse(message) as SesEventRecord;
    if (typeof record !== 'object' || record === null) throw new Error('not an object');
  } catch (error) {
    log.error('feedback.invalid', { why: 'the SNS message is not an SES event record (JSON object); dropped', error: String(error) });
    return { kind: 'invalid', suppressed: 0 };
  }
  const type = record.eventType ?? record.notificationType;
  const messageId = record.mail?.messageId;

  if (type === 'Bounce') {
    const bounce = record.bounce ?? {};
    const recipients = bounce.bouncedRecipients ?? [];
    if (bounce.bounceType !== 'Permanent') {
      // Transient (mailbox full, message too large) and Undetermined: SES retried already; the address may work next time.
      log.info('feedback.soft-bounce', { messageId, bounceType: bounce.bounceType, bounceSubType: bounce.bounceSubType, recipients: recipients.length });
      return { kind: 'soft-bounce', suppressed: 0 };
    }
    let suppressed = 0;
    for (const r of recipients) {
      const email = r.emailAddress?.trim();
      if (!email?.includes('@')) continue;
      const detail = [bounce.bounceSubType, r.diagnosticCode ?? r.status].filter(Boolean).join(': ');
      const reason: SuppressionReason = { source: 'bounce', detail: `Permanent bounce${detail ? ` (${detail})` : ''}`, ...(messageId ? { messageId } : {}) };
      await store.suppress(email, reason);
      suppressed++;
    }
    log.warn('feedback.hard-bounce', { messageId, bounceSubType: bounce.bounceSubType, suppressed, why: 'SES reported a permanent bounce; the address is never mailed again' });
    return { kind: 'hard-bounce', suppressed };
  }

  if (type === 'Complaint') {
    const complaint = record.complaint ?? {};
    const emails = addresses(complaint.complainedRecipients);
    const detail = `Complaint (${complaint.complaintFeedbackType ?? 'no feedback type'})`;
    for (const email of emails) await store.suppress(email, { source: 'complaint', detail, ...(messageId ? { messageId } : {}) });
    log.warn('feedback.complaint', { messageId, feedbackType: complaint.complaintFeedbackType, suppressed: emails.length, why: 'the reader marked the digest as spam; the address is never mailed again' });
    return { kind: 'complaint', suppressed: emails.length };
  }

  if (type === 'Delivery') {
    log.info('feedback.delivery', { messageId });
    return { kind: 'delivery', suppressed: 0 };
  }
  if (type === 'Reject') {
    log.error('feedback.reject', { messageId, reason: record.reject?.reason, why: 'SES refused to send the message (for example a virus found); check the digest content' });
    return { kind: 'reject', suppressed: 0 };
  }
  log.info('feedback.ignored', { messageId, type: type ?? null, why: 'not an event this pipeline acts on' });
  return { kind: 'ignored', suppressed: 0 };
}
