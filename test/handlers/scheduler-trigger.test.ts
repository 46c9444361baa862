// The one-time quiet-period schedule: created or pushed back, with the one retry policy both
// schedules share (config/limits.ts; the recurring one is checked in test/infra/schedules.test.ts).
import { CreateScheduleCommand, ResourceNotFoundException, SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_SCHEDULE_RETRY } from '../../config/limits';
import { SchedulerDigestTrigger } from '../../functions/adapters/scheduler-trigger';
import type { Logger } from '../../functions/pipeline/ports';

const scheduler = mockClient(SchedulerClient);
beforeEach(() => scheduler.reset());

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const target = {
  scheduleName: 'digest-after-quiet-period',
  groupName: 'stack-digest',
  functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:stack-send-digest',
  roleArn: 'arn:aws:iam::123456789012:role/scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq',
  quietPeriodSeconds: 60,
};

describe('SchedulerDigestTrigger', () => {
  it('creates the schedule when it is missing, with the shared retry policy and the DLQ', async () => {
    scheduler.on(UpdateScheduleCommand).rejects(new ResourceNotFoundException({ message: 'gone', Message: 'gone', $metadata: {} }));
    scheduler.on(CreateScheduleCommand).resolves({});
    await new SchedulerDigestTrigger(new SchedulerClient({ region: 'eu-west-1' }), target, silent).requestDigest(new Date('2026-12-01T10:00:00Z'));
    expect(scheduler).toHaveReceivedCommandWith(CreateScheduleCommand, {
      ScheduleExpression: 'at(2026-12-01T10:01:00)',
      Target: expect.objectContaining({
        Arn: target.functionArn,
        DeadLetterConfig: { Arn: target.deadLetterArn },
        RetryPolicy: {
          MaximumRetryAttempts: DIGEST_SCHEDULE_RETRY.maximumRetryAttempts,
          MaximumEventAgeInSeconds: DIGEST_SCHEDULE_RETRY.maximumEventAgeSeconds,
        },
      }),
    });
  });
});
