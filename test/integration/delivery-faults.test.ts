// Delivery faults found adversarially, on the real path: s3rver behind the conditional
// proxy, the real handlers, the real SesMailer and SDK client talking to a fake SES endpoint that
// answers with SES's own XML. Each test failed before its fix.
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SEND_ATTEMPTS, THROTTLE_RETRIES_PER_SEND } from '../../config/limits';
import { PREFIX } from '../../config/layout';
import { S3PipelineStore } from '../../functions/adapters/s3-store';
import { SesMailer, mailerSesClient } from '../../functions/adapters/ses-mailer';
import { recipientTag } from '../../functions/core/ids';
import { localS3Client } from '../../functions/local/local-clients';
import { REJECTED, startFakeSes, THROTTLING, type FakeSesAnswer } from '../support/fake-ses';
import { article, RECIPIENTS, startHarness, type Harness } from './harness';

let h: Harness | undefined;
let ses: Awaited<ReturnType<typeof startFakeSes>> | undefined;
afterEach(async () => {
  await h?.close();
  await ses?.close();
  h = ses = undefined;
});

/** The harness with the real SesMailer on the client the handler builds, pointed at the fake SES. */
async function withFakeSes(answer: (recipient: string, attempt: number) => FakeSesAnswer, sleeps: number[] = []) {
  ses = await startFakeSes(answer);
  const endpoint = ses.endpoint;
  h = await startHarness({
    quietMs: 60_000, // no automatic digest: each run is started by hand
    wrapMailer: () => new SesMailer(mailerSesClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } })),
    sleep: async (ms) => void sleeps.push(ms),
  });
  return { h, ses };
}

const count = (list: string[], who: string) => list.filter((r) => r === who).length;
const CHLOE = 'chloe@example.com';

describe('a recipient SES rejects every time', () => {
  it(`is recorded as failed after ${MAX_SEND_ATTEMPTS} tries across runs, never holds a new digest back, and is never logged in plain`, async () => {
    const { h, ses } = await withFakeSes((to) => (to === CHLOE ? REJECTED : 'ok'));
    await h.pipeline.upload('first.txt', article(100));
    await h.pipeline.settle();
    await expect(h.pipeline.runDigestNow()).rejects.toThrow(/MessageRejected/);
    expect(await h.keys('outbox/')).toHaveLength(1);

    // A new article arrives while the first digest is stuck on chloe: the next run still builds
    // and sends a digest of it to everyone else.
    await h.pipeline.upload('second.txt', article(101, 'review'));
    await h.pipeline.settle();
    await expect(h.pipeline.runDigestNow()).rejects.toThrow(/MessageRejected/);
    const manifests = await h.manifests();
    expect(manifests).toHaveLength(2);
    for (const other of RECIPIENTS.filter((r) => r !== CHLOE)) expect(count(ses.delivered, other)).toBe(2);

    // Run 3 is chloe's third try of the first digest: it is given up, the digest finishes.
    // Run 4 does the same for the second digest. Nothing is left in the outbox or pending.
    for (let run = 3; run <= 4; run++) {
      const outcome = h.pipeline.runDigestNow();
      if (run === 3) await expect(outcome).rejects.toThrow(/MessageRejected/); // the second digest still has a try left
      else await expect(outcome).resolves.toMatchObject({ status: 'sent' });
    }
    expect(await h.keys('outbox/')).toEqual([]);
    expect(await h.keys('pending/')).toEqual([]);
    expect(count(ses.attempts.map((a) => a.recipient), CHLOE)).toBe(2 * MAX_SEND_ATTEMPTS);
    expect(count(ses.delivered, CHLOE)).toBe(0);
    for (const other of RECIPIENTS.filter((r) => r !== CHLOE)) expect(count(ses.delivered, other)).toBe(2); // nobody twice

    // The ledger records the failure, per digest, under the address's hash.
    const failed = (await h.keys('digests/')).filter((k) => k.includes('/failed/'));
    expect(failed).toHaveLength(2);
    const s3 = localS3Client(h.pipeline.s3Endpoint);
    const record = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: h.pipeline.bucket, Key: failed[0]! }))).Body!.transformToString());
    s3.destroy();
    expect(record).toMatchObject({ attempts: MAX_SEND_ATTEMPTS, final: true, awsName: 'MessageRejected', kind: 'rejected' });

    // Reported: one error line per given-up recipient and digest (the stack's metric filter and
    // alarm watch this event), naming the recipient by hash only.
    const gaveUp = h.log.lines.filter((l) => l.event === 'digest.recipient-failed');
    expect(gaveUp).toHaveLength(2);
    expect(gaveUp[0]).toMatchObject({ level: 'error', recipientHash: recipientTag(CHLOE), attempts: MAX_SEND_ATTEMPTS });
    expect(JSON.stringify(h.log.lines)).not.toMatch(/@example\.com/);
    expect(h.log.lines.filter((l) => l.event === 'digest.sent')[0]).toHaveProperty('recipientHash');
  });

  it('is never given up when SES refuses everyone (an unverified sender): the digest waits, nobody is dropped', async () => {
    const { h, ses } = await withFakeSes(() => REJECTED);
    await h.pipeline.upload('a.txt', article(110));
    await h.pipeline.settle();
    for (let run = 0; run < MAX_SEND_ATTEMPTS + 1; run++) await expect(h.pipeline.runDigestNow()).rejects.toThrow(/MessageRejected/);
    expect(await h.keys('outbox/')).toHaveLength(1);
    expect(await h.keys('pending/articles/')).toHaveLength(1);
    expect(h.log.lines.filter((l) => l.event === 'digest.recipient-failed')).toEqual([]);
    expect(ses.delivered).toEqual([]);
  });
});

describe('persistent SES throttling', () => {
  it('costs one HTTP attempt per try (no SDK retries on top), stops the run cleanly and keeps the digest', async () => {
    const sleeps: number[] = [];
    let throttle = true;
    const { h, ses } = await withFakeSes(() => (throttle ? THROTTLING : 'ok'), sleeps);
    await h.pipeline.upload('t.txt', article(120));
    await h.pipeline.settle();
    await expect(h.pipeline.runDigestNow()).rejects.toThrow(/Throttling/);

    // One retry policy: the first recipient's first try and its retries, then the run stops;
    // no other recipient is hammered.
    expect(ses.attempts).toHaveLength(THROTTLE_RETRIES_PER_SEND + 1);
    expect(new Set(ses.attempts.map((a) => a.recipient))).toEqual(new Set([RECIPIENTS[0]]));
    expect(sleeps).toHaveLength(THROTTLE_RETRIES_PER_SEND);
    // Digest kept, lock released, articles still pending.
    expect(await h.keys('outbox/')).toHaveLength(1);
    expect(await h.keys('locks/')).toEqual([]);
    expect(await h.keys('pending/articles/')).toHaveLength(1);
    expect(h.log.lines).toContainEqual(expect.objectContaining({ level: 'error', event: 'digest.send-failed', kind: 'throttled' }));

    // When SES calms down, the retry serves everyone once.
    throttle = false;
    await expect(h.pipeline.runDigestNow()).resolves.toMatchObject({ status: 'sent', resumed: true, sent: RECIPIENTS.length });
    expect([...ses.delivered].sort()).toEqual(RECIPIENTS);
  });
});

describe('the run lock', () => {
  it('two digest runs started together send one digest per recipient', async () => {
    const { h, ses } = await withFakeSes(() => 'ok');
    await h.pipeline.upload('c1.txt', article(130));
    await h.pipeline.upload('c2.txt', article(131, 'pyongyang'));
    await h.pipeline.settle();
    const outcomes = (await Promise.all([h.pipeline.runDigestNow(), h.pipeline.runDigestNow()])) as { status: string }[];
    expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'sent']);
    expect([...ses.delivered].sort()).toEqual(RECIPIENTS);
    expect(await h.manifests()).toHaveLength(1);
    // The busy run is not a silent success: a warning (the stack turns it into a metric and alarm).
    expect(h.log.lines).toContainEqual(expect.objectContaining({ level: 'warn', event: 'digest.busy' }));
    expect(await h.keys('locks/')).toEqual([]);
  });

  it('of two runs that both find an expired lock, exactly one takes it over (a write conditional on its ETag)', async () => {
    h = await startHarness({ quietMs: 60_000 });
    const lockKey = `${PREFIX.locks}send-digest.json`;
    const raw = localS3Client(h.pipeline.s3Endpoint);
    await raw.send(
      new PutObjectCommand({ Bucket: h.pipeline.bucket, Key: lockKey, Body: JSON.stringify({ owner: 'dead-run', expiresAt: '2020-01-01T00:00:00Z' }) }),
    );
    raw.destroy();
    // Both runs read the expired lock before either writes: each client holds its lock read until
    // the other one has read too.
    let reads = 0;
    let release: () => void = () => undefined;
    const bothRead = new Promise<void>((r) => (release = r));
    const gatedClient = (): S3Client => {
      const client = localS3Client(h!.pipeline.s3Endpoint);
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          if (context.commandName === 'GetObjectCommand' && (args.input as { Key?: string }).Key === lockKey) {
            if (++reads === 2) release();
            await bothRead;
          }
          return result;
        },
        { step: 'initialize' },
      );
      return client;
    };
    const [c1, c2] = [gatedClient(), gatedClient()];
    const now = new Date();
    const results = await Promise.all([
      new S3PipelineStore(c1, h.pipeline.bucket).acquireLock('run-1', 60_000, now),
      new S3PipelineStore(c2, h.pipeline.bucket).acquireLock('run-2', 60_000, now),
    ]);
    c1.destroy();
    c2.destroy();
    expect(reads).toBe(2);
    expect(results.filter((r) => r.acquired)).toHaveLength(1);
  });
});
