// The deployed ingest-article handler, end to end in-process with the AWS SDK mocked:
// environment read at cold start, S3 key decoding, size check before download, records written,
// the one-time schedule pushed back.
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateScheduleCommand, ResourceNotFoundException, SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { sdkStreamMixin } from '@smithy/util-stream';
import type { S3Event } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toRuntimeConfig, parseAppConfig } from '../../config/schema';

const s3 = mockClient(S3Client);
const scheduler = mockClient(SchedulerClient);

const ENV = {
  BUCKET_NAME: 'digest-bucket',
  DIGEST_MODE: 'quiet-period',
  DIGEST_CONFIG: JSON.stringify(toRuntimeConfig(parseAppConfig({ sender: 'news@example.com', recipients: ['r@example.com'], quietPeriodSeconds: 90 }))),
  DIGEST_SCHEDULE_NAME: 'digest-after-quiet-period',
  DIGEST_SCHEDULE_GROUP: 'digest',
  DIGEST_FUNCTION_ARN: 'arn:aws:lambda:eu-west-1:123456789012:function:send-digest',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/scheduler',
  SCHEDULER_DLQ_ARN: 'arn:aws:sqs:eu-west-1:123456789012:scheduler-dlq',
};

const notFound = () => Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } });
const body = (text: string) => sdkStreamMixin(Readable.from([Buffer.from(text)]));
const eventFor = (rawKey: string, size = 200): S3Event =>
  ({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'digest-bucket' }, object: { key: rawKey, size, sequencer: '0055AED6DCD90281E5' } } }] }) as unknown as S3Event;

async function loadHandler() {
  vi.resetModules(); // a fresh container: cold start again
  return (await import('../../functions/handlers/ingest-article')).handler;
}

const ARTICLE = 'Allies agree on new security talks\n\nThe two allies agreed on Monday to hold regular security talks, officials said. The talks will cover missile defence and joint exercises.\n';

beforeEach(() => {
  s3.reset();
  scheduler.reset();
  vi.stubEnv('AWS_REGION', 'eu-west-1');
  for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
  s3.on(HeadObjectCommand).rejects(notFound());
  s3.on(GetObjectCommand).rejects(Object.assign(new Error('NoSuchKey'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } }));
  s3.on(PutObjectCommand).resolves({});
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('ingest-article handler', () => {
  it('decodes the S3 key, stores a pending article and pushes back the digest schedule', async () => {
    s3.on(HeadObjectCommand, { Key: 'incoming/Allies + partners é.txt' }).resolves({ ContentLength: ARTICLE.length });
    s3.on(GetObjectCommand, { Key: 'incoming/Allies + partners é.txt' }).resolves({ Body: body(ARTICLE) as never });
    scheduler.on(UpdateScheduleCommand).rejects(new ResourceNotFoundException({ message: 'no schedule', Message: 'no schedule', $metadata: {} }));
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });
    const handler = await loadHandler();

    const before = Date.now();
    const [outcome] = await handler(eventFor('incoming/Allies+%2B+partners+%C3%A9.txt'));

    expect(outcome).toMatchObject({ status: 'ingested' });
    const puts = s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input);
    const pending = puts.find((p) => p.Key?.startsWith('pending/articles/'));
    expect(JSON.parse(String(pending?.Body)).article).toMatchObject({ key: 'incoming/Allies + partners é.txt', title: 'Allies agree on new security talks' });
    expect(puts.every((p) => p.Bucket === 'digest-bucket' && !p.Key?.startsWith('incoming/'))).toBe(true);

    expect(scheduler).toHaveReceivedCommandWith(CreateScheduleCommand, {
      Name: ENV.DIGEST_SCHEDULE_NAME,
      GroupName: ENV.DIGEST_SCHEDULE_GROUP,
      ActionAfterCompletion: 'DELETE',
      Target: expect.objectContaining({ Arn: ENV.DIGEST_FUNCTION_ARN, RoleArn: ENV.SCHEDULER_ROLE_ARN, DeadLetterConfig: { Arn: ENV.SCHEDULER_DLQ_ARN } }),
    });
    const at = scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input.ScheduleExpression ?? '';
    const when = Date.parse(`${at.slice(3, -1)}Z`);
    expect(when - before).toBeGreaterThanOrEqual(89_000); // the configured 90 s quiet period
    expect(when - before).toBeLessThan(95_000);
  });

  it('rejects an oversized file from its size alone, without downloading it', async () => {
    s3.on(HeadObjectCommand, { Key: 'incoming/huge.txt' }).resolves({ ContentLength: 3 * 1024 * 1024 });
    scheduler.on(UpdateScheduleCommand).resolves({});
    const handler = await loadHandler();

    const [outcome] = await handler(eventFor('incoming/huge.txt'));

    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'too-large' } });
    expect(s3).not.toHaveReceivedCommandWith(GetObjectCommand, { Key: 'incoming/huge.txt' });
    const keys = s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input.Key);
    expect(keys.some((k) => k?.startsWith('rejections/'))).toBe(true);
    expect(keys.some((k) => k?.startsWith('pending/rejections/'))).toBe(true);
  });

  it('ignores the s3:TestEvent S3 sends when the notification is set up', async () => {
    const handler = await loadHandler();
    await expect(handler({ Event: 's3:TestEvent' } as unknown as S3Event)).resolves.toEqual([]);
    expect(s3.calls()).toHaveLength(0);
  });

  it('lets a real S3 fault fail the invocation, so Lambda retries and then the DLQ keeps the event', async () => {
    s3.on(HeadObjectCommand, { Key: 'incoming/a.txt' }).rejects(Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } }));
    const handler = await loadHandler();
    await expect(handler(eventFor('incoming/a.txt'))).rejects.toThrow(/1 of 1 record/);
  });

  it('fails at cold start with the name of a missing environment variable', async () => {
    vi.stubEnv('DIGEST_SCHEDULE_GROUP', '');
    const handler = await loadHandler();
    await expect(handler(eventFor('incoming/a.txt'))).rejects.toThrow('DIGEST_SCHEDULE_GROUP is not set');
  });

  it('fails at cold start on a digest mode that is not one (a typo never silently picks the Scheduler)', async () => {
    vi.stubEnv('DIGEST_MODE', 'crn');
    const handler = await loadHandler();
    await expect(handler(eventFor('incoming/a.txt'))).rejects.toThrow('DIGEST_MODE must be one of "quiet-period", "cron", got "crn"');
    expect(s3.calls()).toHaveLength(0);
    expect(scheduler.calls()).toHaveLength(0);
  });

  it('in cron mode stores the article and leaves the schedules alone', async () => {
    vi.stubEnv('DIGEST_MODE', 'cron');
    s3.on(HeadObjectCommand, { Key: 'incoming/a.txt' }).resolves({ ContentLength: ARTICLE.length });
    s3.on(GetObjectCommand, { Key: 'incoming/a.txt' }).resolves({ Body: body(ARTICLE) as never });
    const handler = await loadHandler();
    const [outcome] = await handler(eventFor('incoming/a.txt'));
    expect(outcome).toMatchObject({ status: 'ingested' });
    expect(scheduler.calls()).toHaveLength(0);
  });

  it('fails at cold start when DIGEST_CONFIG is invalid, naming the key', async () => {
    vi.stubEnv('DIGEST_CONFIG', JSON.stringify({ sender: 'not-an-address', recipients: ['r@example.com'] }));
    const handler = await loadHandler();
    await expect(handler(eventFor('incoming/a.txt'))).rejects.toThrow('DIGEST_CONFIG.sender: must be an email address');
  });
});
