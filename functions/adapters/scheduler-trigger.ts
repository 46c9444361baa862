// The quiet period, on AWS: one one-time EventBridge Scheduler schedule that invokes send-digest.
// Every new article pushes its time back, so files dropped within the quiet period share one digest.
import {
  ConflictException,
  CreateScheduleCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
  type CreateScheduleCommandInput,
  type SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { DIGEST_SCHEDULE_RETRY } from '../../config/limits';
import type { DigestTrigger, Logger } from '../pipeline/ports';

export interface ScheduleTarget {
  readonly scheduleName: string;
  readonly groupName: string;
  readonly functionArn: string;
  readonly roleArn: string;
  readonly deadLetterArn: string;
  readonly quietPeriodSeconds: number;
}

/** Scheduler's at() takes local time without a zone: yyyy-mm-ddThh:mm:ss (we say UTC). */
export function atExpression(when: Date): string {
  return `at(${when.toISOString().slice(0, 19)})`;
}

export class SchedulerDigestTrigger implements DigestTrigger {
  constructor(
    private readonly scheduler: SchedulerClient,
    private readonly target: ScheduleTarget,
    private readonly log: Logger,
  ) {}

  async requestDigest(now: Date): Promise<void> {
    // A few seconds of margin: an at() time already in the past would never fire.
    const seconds = Math.max(this.target.quietPeriodSeconds, 5);
    const when = new Date(now.getTime() + seconds * 1000);
    const input: CreateScheduleCommandInput = {
      Name: this.target.scheduleName,
      GroupName: this.target.groupName,
      ScheduleExpression: atExpression(when),
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: {
        Arn: this.target.functionArn,
        RoleArn: this.target.roleArn,
        Input: JSON.stringify({ reason: 'quiet-period-elapsed' }),
        RetryPolicy: {
          MaximumRetryAttempts: DIGEST_SCHEDULE_RETRY.maximumRetryAttempts,
          MaximumEventAgeInSeconds: DIGEST_SCHEDULE_RETRY.maximumEventAgeSeconds,
        },
        DeadLetterConfig: { Arn: this.target.deadLetterArn },
      },
    };
    try {
      await this.scheduler.send(new UpdateScheduleCommand(input));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      try {
        await this.scheduler.send(new CreateScheduleCommand(input));
      } catch (createError) {
        // Another article created it a moment ago: push that one back instead.
        if (!(createError instanceof ConflictException)) throw createError;
        await this.scheduler.send(new UpdateScheduleCommand(input));
      }
    }
    this.log.info('digest.requested', { at: when.toISOString() });
  }
}

/** With a cron schedule in config, digests go out on that schedule; arrivals only wait. */
export class CronDigestTrigger implements DigestTrigger {
  constructor(private readonly log: Logger) {}
  async requestDigest(): Promise<void> {
    this.log.info('digest.waiting-for-schedule', { why: 'a cron schedule is configured' });
  }
}
