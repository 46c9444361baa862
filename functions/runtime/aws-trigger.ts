// The digest trigger both AWS handlers use, built from their (already validated) environment.
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { DigestRequestEnv } from '../../config/env';
import type { RuntimeConfig } from '../../config/schema';
import { CronDigestTrigger, SchedulerDigestTrigger } from '../adapters/scheduler-trigger';
import type { DigestTrigger, Logger } from '../pipeline/ports';

export function awsDigestTrigger(request: DigestRequestEnv, config: RuntimeConfig, log: Logger): DigestTrigger {
  if (request.mode === 'cron') return new CronDigestTrigger(log);
  return new SchedulerDigestTrigger(new SchedulerClient({}), { ...request.schedule, quietPeriodSeconds: config.quietPeriodSeconds }, log);
}
