// Bounce and complaint handling on the real path: SES's documented SNS event
// records, wrapped in an SNS Lambda event, through the real ses-feedback handler, against s3rver;
// then a real digest run (aws-ses-v2-local) skips the suppressed readers.
import type { SNSEvent } from 'aws-lambda';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSesFeedbackHandler } from '../../functions/handlers/ses-feedback';
import { article, RECIPIENTS, startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/ses', `${name}.json`), 'utf8');

/** What SNS hands a subscribed Lambda function. */
function snsEvent(...messages: string[]): SNSEvent {
  return {
    Records: messages.map((Message, i) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:123456789012:ses-feedback:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55',
      Sns: {
        Type: 'Notification',
        MessageId: `95df01b4-ee98-5cb9-9903-4c221d41eb5${i}`,
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-feedback',
        Subject: null,
        Message,
        Timestamp: '2017-08-05T00:41:03.000Z',
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-EXAMPLE.pem',
        UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
        MessageAttributes: {},
      },
    })),
  } as unknown as SNSEvent;
}

describe('ses-feedback handler', () => {
  it('a permanent bounce and a complaint suppress those readers with the reason; a transient bounce and a delivery do not', async () => {
    h = await startHarness({ quietMs: 60_000 });
    const handler = createSesFeedbackHandler({ store: h.pipeline.store, log: h.log });
    const outcomes = await handler(snsEvent(fixture('bounce-permanent'), fixture('bounce-transient'), fixture('complaint'), fixture('delivery')));
    expect(outcomes.map((o) => [o.kind, o.suppressed])).toEqual([
      ['hard-bounce', 1],
      ['soft-bounce', 0],
      ['complaint', 1],
      ['delivery', 0],
    ]);
    const store = h.pipeline.store;
    expect(await store.isSuppressed('ana@example.com')).toBe(true);
    expect(await store.isSuppressed('ben@example.com')).toBe(false);
    expect(await store.isSuppressed('CHLOE@example.com')).toBe(true);
    expect(await store.getSuppression('ana@example.com')).toMatchObject({
      source: 'bounce',
      detail: 'Permanent bounce (General: smtp; 550 5.1.1 user unknown)',
      messageId: 'EXAMPLE7c191be45-e9aedb9a-02f9-4d12-a87d-dd0099a07f8a-000000',
    });
    expect(await store.getSuppression('chloe@example.com')).toMatchObject({ source: 'complaint', detail: 'Complaint (abuse)' });
    // No plain address in the logs.
    expect(JSON.stringify(h.log.lines)).not.toContain('@example.com');

    // The next digest goes to the one reader left.
    await h.pipeline.upload('story.txt', article(71));
    await h.pipeline.settle();
    await h.pipeline.runDigestNow();
    expect((await h.mails()).map((m) => m.destination.to[0])).toEqual(RECIPIENTS.filter((r) => r.startsWith('ben')));
  });

  it('an SNS message that is not an SES event is logged and dropped, not retried forever', async () => {
    h = await startHarness({ quietMs: 60_000 });
    const handler = createSesFeedbackHandler({ store: h.pipeline.store, log: h.log });
    const outcomes = await handler(snsEvent('not json', '{"eventType":"Open","mail":{}}'));
    expect(outcomes.map((o) => o.kind)).toEqual(['invalid', 'ignored']);
    expect(await h.keys('suppressions/')).toEqual([]);
  });
});
