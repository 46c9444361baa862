// The digest trigger both AWS handlers use, built from their environment.
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { RuntimeConfig } from '../../config/schema';
import { CronDigestTrigger, SchedulerDigestTrigger } from '../adapters/scheduler-trigger';
import type { DigestTrigger, Logger } from '../pipeline/ports';
import { requireEnv } from './env';

export function triggerFromEnv(config: RuntimeConfig, log: Logger): DigestTrigger {
  if (process.env.DIGEST_TRIGGER === 'cron') return new CronDigestTrigger(log);
  return new SchedulerDigestTrigger(
    new SchedulerClient({}),
    {
      scheduleName: requireEnv('DIGEST_SCHEDULE_NAME'),
      groupName: requireEnv('DIGEST_SCHEDULE_GROUP'),
      functionArn: requireEnv('DIGEST_FUNCTION_ARN'),
      roleArn: requireEnv('SCHEDULER_ROLE_ARN'),
      deadLetterArn: requireEnv('SCHEDULER_DLQ_ARN'),
      quietPeriodSeconds: config.quietPeriodSeconds,
    },
    log,
  );
}
