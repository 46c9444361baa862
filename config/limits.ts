// Time limits shared by lib/ (the function timeout it sets) and functions/ (the run lock's lease
// and the send loop's retry budget derived from it), so the two can never drift apart.

/** send-digest's Lambda timeout. The stack sets the function's timeout from this, nowhere else. */
export const SEND_DIGEST_TIMEOUT_SECONDS = 300;

/**
 * How long the run lock outlives the timeout. A run can only hold the lock while it runs, and
 * Lambda stops it at the timeout; the margin covers the gap between the lock's write and the
 * function's start of billing, and clock skew between Lambda hosts (seconds, not minutes).
 */
export const RUN_LOCK_MARGIN_SECONDS = 60;

/** The run lock's lease: a lock older than this belongs to a run that is certainly dead. */
export const RUN_LOCK_LEASE_MS = (SEND_DIGEST_TIMEOUT_SECONDS + RUN_LOCK_MARGIN_SECONDS) * 1000;

/**
 * One retry policy for SES throttling: the SDK makes one HTTP attempt per call (maxAttempts 1, see
 * functions/adapters/ses-mailer.ts), and the flow retries with its own backoff.
 * - a send is retried at most THROTTLE_RETRIES_PER_SEND times (0.5 s, 1 s, 2 s, 4 s),
 * - a run may spend at most THROTTLE_RETRY_BUDGET retries in all, across recipients,
 * so a run sleeps at most THROTTLE_RETRY_BUDGET * THROTTLE_MAX_WAIT_MS = 40 s on throttling, far
 * inside SEND_DIGEST_TIMEOUT_SECONDS, and then stops cleanly (digest kept, lock released, error).
 */
export const THROTTLE_RETRIES_PER_SEND = 4;
export const THROTTLE_RETRY_BUDGET = 10;
export const THROTTLE_FIRST_WAIT_MS = 500;
export const THROTTLE_MAX_WAIT_MS = 4_000;

/**
 * Tries (across runs) before a recipient SES keeps rejecting is recorded as failed for a digest, so
 * one bad address never holds the digest, or any later digest, back. With Lambda's two async
 * retries, the first failing invocation and its retries make these three tries.
 */
export const MAX_SEND_ATTEMPTS = 3;

/**
 * One retry policy for both EventBridge Scheduler schedules that invoke send-digest: the one-time
 * quiet-period schedule the functions create (functions/adapters/scheduler-trigger.ts) and the
 * recurring cron schedule the stack defines (lib/constructs/digest-scheduler.ts). These retries
 * cover the scheduler failing to deliver the invocation (throttling, a missing function); a failed
 * run is retried by Lambda's own async retries. After them, or after an hour, the invocation goes
 * to the scheduler's dead-letter queue, which has an alarm.
 */
export const DIGEST_SCHEDULE_RETRY = { maximumRetryAttempts: 2, maximumEventAgeSeconds: 3600 } as const;
