// Delivery guarantees on the real code path (s3rver + aws-ses-v2-local + the real handlers), with
// faults injected around the SES mailer: nothing lost, nothing sent twice.
import { afterEach, describe, expect, it } from 'vitest';
import { recipientTag } from '../../functions/core/ids';
import { MailSendError, type Mailer } from '../../functions/pipeline/ports';
import { article, RECIPIENTS, recipientsOf, s3Event, startHarness, testConfig, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('delivery guarantees', () => {
  it('the same S3 event delivered 3 times gives one article and one digest entry', async () => {
    h = await startHarness({ quietMs: 60_000 }); // no automatic digest: we run it by hand
    await h.pipeline.upload('story.txt', article(1));
    await h.pipeline.settle();
    const event = s3Event('incoming/story.txt', 'FFFFFFFFFFFF0');
    for (let i = 0; i < 3; i++) await h.pipeline.deliverEvent(event);
    expect(await h.keys('pending/articles/')).toHaveLength(1);
    await h.pipeline.runDigestNow();
    const manifest = await h.firstManifest();
    expect(manifest.articles.map((a) => a.key)).toEqual(['incoming/story.txt']);
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
  });

  it('identical content under a new key is one article; an overwrite uses the new content', async () => {
    h = await startHarness();
    await h.pipeline.upload('a.txt', article(2));
    await h.pipeline.upload('b.txt', article(2)); // same text, other key
    await h.pipeline.upload('c.txt', article(3, 'review'));
    await h.pipeline.upload('c.txt', article(4, 'pyongyang')); // overwritten before the digest
    await h.pipeline.idle();
    const manifest = await h.firstManifest();
    expect(manifest.articles.filter((a) => !a.duplicateOf)).toHaveLength(2);
    const c = manifest.articles.find((a) => a.key === 'incoming/c.txt');
    expect(c?.title).toBe('Headline number 4 on pyongyang');
    expect(await h.keys('pending/')).toEqual([]);
  });

  it('one poison file among 10 gives 9 digested and 1 rejected with its reason', async () => {
    h = await startHarness();
    for (let i = 0; i < 9; i++) await h.pipeline.upload(`ok-${i}.txt`, article(10 + i, (['alliances', 'review', 'pyongyang'] as const)[i % 3]));
    await h.pipeline.upload('scan.txt', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0000', 'latin1'));
    await h.pipeline.idle();
    const manifest = await h.firstManifest();
    expect(manifest.articles).toHaveLength(9);
    expect(manifest.rejected).toEqual([expect.objectContaining({ key: 'incoming/scan.txt', code: 'binary' })]);
    expect(manifest.rejected[0]?.reason.length).toBeGreaterThan(5);
    expect(await h.keys('rejections/')).toHaveLength(1); // the record is kept after the digest
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
  });

  it('a run that dies after 1 of 3 recipients, run again, serves the other two once and not the first again', async () => {
    let sends = 0;
    let crashed = false;
    const crashAfterFirst = (inner: Mailer): Mailer => ({
      async sendRaw(raw, to, from) {
        if (sends === 1 && !crashed) {
          crashed = true;
          throw new Error('Lambda timed out'); // not an SES error: the run dies here
        }
        sends++;
        return inner.sendRaw(raw, to, from);
      },
    });
    h = await startHarness({ quietMs: 60_000, wrapMailer: crashAfterFirst });
    await h.pipeline.upload('x.txt', article(30));
    await h.pipeline.upload('y.txt', article(31, 'review'));
    await h.pipeline.settle();
    await expect(h.pipeline.runDigestNow()).rejects.toThrow('Lambda timed out');
    expect(await recipientsOf(h)).toEqual([RECIPIENTS[0]]);
    expect(await h.keys('outbox/')).toHaveLength(1); // the digest waits for its resend
    expect(await h.keys('pending/articles/')).toHaveLength(2); // nothing retired yet

    const retry = (await h.pipeline.runDigestNow()) as { status: string; resumed: boolean; sent: number; skipped: number };
    expect(retry).toMatchObject({ status: 'sent', resumed: true, sent: 2, skipped: 1 });
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
    expect(await h.keys('outbox/')).toEqual([]);
    expect(await h.manifests()).toHaveLength(1); // the same digest, not a second one

    // A third run has nothing to do.
    expect(await h.pipeline.runDigestNow()).toEqual({ status: 'nothing-new' });
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
  });

  it('SES throttling twice, then success: every recipient gets it once', async () => {
    let throttles = 0;
    const throttleTwice = (inner: Mailer): Mailer => ({
      async sendRaw(raw, to, from) {
        if (throttles < 2) {
          throttles++;
          throw new MailSendError('throttled', 'Throttling', 'Maximum sending rate exceeded.');
        }
        return inner.sendRaw(raw, to, from);
      },
    });
    h = await startHarness({ wrapMailer: throttleTwice });
    await h.pipeline.upload('t.txt', article(40));
    await h.pipeline.idle();
    expect(throttles).toBe(2);
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
    expect(h.log.lines.filter((l) => l.event === 'digest.throttled')).toHaveLength(2);
  });

  it('a recipient SES rejects does not block the others; the digest is kept and the next run resends only to them', async () => {
    let reject = true;
    const rejectChloe = (inner: Mailer): Mailer => ({
      async sendRaw(raw, to, from) {
        if (reject && to === 'chloe@example.com') throw new MailSendError('rejected', 'MessageRejected', 'Email address is not verified.');
        return inner.sendRaw(raw, to, from);
      },
    });
    h = await startHarness({ quietMs: 60_000, wrapMailer: rejectChloe });
    await h.pipeline.upload('r.txt', article(50));
    await h.pipeline.settle();
    await expect(h.pipeline.runDigestNow()).rejects.toThrow(`${recipientTag('chloe@example.com')} (MessageRejected)`);
    expect(await recipientsOf(h)).toEqual(['ana@example.com', 'ben@example.com']);
    expect(h.log.lines).toContainEqual(expect.objectContaining({ level: 'error', event: 'digest.send-failed', awsName: 'MessageRejected', hint: expect.stringMatching(/verify the sender/) }));
    expect(await h.keys('outbox/')).toHaveLength(1);

    reject = false;
    await h.pipeline.runDigestNow();
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
  });

  it('a file that arrives while a digest is being sent goes into the next digest, never lost, never in two', async () => {
    let dropped = false;
    let harness: Harness;
    const dropDuringSend = (inner: Mailer): Mailer => ({
      async sendRaw(raw, to, from) {
        if (!dropped) {
          dropped = true;
          await harness.pipeline.upload('late.txt', article(61, 'pyongyang'));
        }
        return inner.sendRaw(raw, to, from);
      },
    });
    harness = h = await startHarness({ wrapMailer: dropDuringSend });
    await h.pipeline.upload('early.txt', article(60));
    await h.pipeline.idle();
    const manifests = await h.manifests();
    expect(manifests).toHaveLength(2);
    const keysPerDigest = manifests.map((m) => m.articles.map((a) => a.key)).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(keysPerDigest).toEqual([['incoming/early.txt'], ['incoming/late.txt']]);
    expect((await h.mails()).length).toBe(2 * RECIPIENTS.length);
  });

  it('a paused SES account stops the run at once and keeps the digest for later', async () => {
    let attempts = 0;
    const paused = (): Mailer => ({
      async sendRaw() {
        attempts++;
        throw new MailSendError('paused', 'AccountSendingPausedException', 'Sending is paused for this account.');
      },
    });
    h = await startHarness({ quietMs: 60_000, wrapMailer: paused });
    await h.pipeline.upload('p.txt', article(70));
    await h.pipeline.settle();
    await expect(h.pipeline.runDigestNow()).rejects.toThrow(/AccountSendingPausedException/);
    expect(attempts).toBe(1); // no point trying the other recipients
    expect(await h.keys('outbox/')).toHaveLength(1);
    expect(await h.keys('pending/articles/')).toHaveLength(1);
  });
});

describe('scheduled mode', () => {
  it('an empty period sends nothing and says why', async () => {
    h = await startHarness({ quietMs: 60_000 });
    expect(await h.pipeline.runDigestNow()).toEqual({ status: 'nothing-new' });
    expect(await h.mails()).toEqual([]);
    expect(h.log.lines).toContainEqual(expect.objectContaining({ event: 'digest.nothing-new', why: expect.stringContaining('no article') }));
  });

  it('with sendWhenEmpty, an empty period sends a short "nothing new" note', async () => {
    h = await startHarness({ quietMs: 60_000, config: { ...testConfig, sendWhenEmpty: true } });
    expect(await h.pipeline.runDigestNow()).toMatchObject({ status: 'sent', sent: RECIPIENTS.length });
    const [mail] = await h.mails();
    expect(mail?.body.text).toMatch(/0 articles|no themed news/i);
  });
});

