// The run-wide throttling budget and the lock lease, on the delivery flow with an in-memory store.
import { describe, expect, it } from 'vitest';
import { RUN_LOCK_LEASE_MS, SEND_DIGEST_TIMEOUT_SECONDS, THROTTLE_RETRIES_PER_SEND, THROTTLE_RETRY_BUDGET, THROTTLE_MAX_WAIT_MS } from '../../config/limits';
import { DEFAULT_THEMES } from '../../config/schema';
import { DigestDeliveryError, runDigest } from '../../functions/pipeline/deliver-digest';
import { MailSendError } from '../../functions/pipeline/ports';
import { memoryLogger } from '../../functions/runtime/log';
import { articleFromText } from '../summarize/helpers';
import { memoryStore } from '../support/memory-store';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const NOW = new Date('2026-03-04T07:00:00Z');
const RECIPIENTS = Array.from({ length: 6 }, (_, i) => `r${i}@example.com`);
const settings = {
  digestName: 'Brief',
  sender: 'digest@example.com',
  recipients: RECIPIENTS,
  themes: DEFAULT_THEMES,
  maxItemsPerSection: 5,
  maxWordsPerItem: 80,
  otherNews: false,
  sendWhenEmpty: false,
};
const article = articleFromText('incoming/a.txt', 'Allies meet\n\nThe two allies held two-plus-two security talks on Monday and agreed to expand trilateral drills.');

describe('the run-wide throttling budget', () => {
  it('stops the run once the retries of all sends together reach the budget, keeping the digest', async () => {
    // Each recipient is throttled 3 times, then accepted: within the per-send limit, but six of
    // them need 18 retries, more than the run may spend.
    const tries = new Map<string, number>();
    const sent: string[] = [];
    const sleeps: number[] = [];
    const { store, outbox } = memoryStore([article], NOW);
    const log = memoryLogger();
    const run = runDigest(settings, {
      store,
      templates,
      mailer: {
        async sendRaw(_raw, to) {
          const n = (tries.get(to) ?? 0) + 1;
          tries.set(to, n);
          if (n <= 3) throw new MailSendError('throttled', 'Throttling', 'Maximum sending rate exceeded.');
          sent.push(to);
          return { messageId: `m-${to}` };
        },
      },
      trigger: { requestDigest: async () => undefined },
      log,
      now: () => NOW,
      sleep: async (ms) => void sleeps.push(ms),
      unsubscribe: null,
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigestDeliveryError);
    expect((error as DigestDeliveryError).stopsRun).toBe(true);
    expect(sleeps).toHaveLength(THROTTLE_RETRY_BUDGET);
    expect(sleeps.every((ms) => ms <= THROTTLE_MAX_WAIT_MS)).toBe(true);
    expect(sent).toEqual(RECIPIENTS.slice(0, 3));
    expect(tries.get(RECIPIENTS[4]!)).toBeUndefined(); // never tried after the stop
    expect(outbox.size).toBe(1);
    // The bound on time: what one run can sleep on throttling stays far inside the timeout.
    expect(THROTTLE_RETRY_BUDGET * THROTTLE_MAX_WAIT_MS).toBeLessThan(SEND_DIGEST_TIMEOUT_SECONDS * 1000 / 4);
    expect(THROTTLE_RETRIES_PER_SEND).toBeLessThan(THROTTLE_RETRY_BUDGET);
  });
});

describe('the run lock lease', () => {
  it('is the function timeout plus a margin, and is what a run asks for', async () => {
    expect(RUN_LOCK_LEASE_MS).toBeGreaterThan(SEND_DIGEST_TIMEOUT_SECONDS * 1000);
    expect(RUN_LOCK_LEASE_MS).toBeLessThanOrEqual(SEND_DIGEST_TIMEOUT_SECONDS * 1000 * 1.5);
    const { store } = memoryStore([article], NOW);
    const leases: number[] = [];
    const acquire = store.acquireLock.bind(store);
    store.acquireLock = async (owner, ttl, now) => (leases.push(ttl), acquire(owner, ttl, now));
    await runDigest(settings, {
      store,
      templates,
      mailer: { sendRaw: async () => ({ messageId: 'm' }) },
      trigger: { requestDigest: async () => undefined },
      log: memoryLogger(),
      now: () => NOW,
      sleep: async () => undefined,
      unsubscribe: null,
    });
    expect(leases).toEqual([RUN_LOCK_LEASE_MS]);
  });
});
