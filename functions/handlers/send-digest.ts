// Scheduler (quiet period elapsed, or the configured cron) -> runDigest. Thin: wire and call.
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESClient } from '@aws-sdk/client-ses';
import type { RuntimeConfig } from '../../config/schema';
import { S3PipelineStore } from '../adapters/s3-store';
import { loadSecret } from '../adapters/secrets';
import { SesMailer } from '../adapters/ses-mailer';
import { runDigest, type DeliverDeps, type DeliverOutcome } from '../pipeline/deliver-digest';
import { once, requireEnv, runtimeConfigFromEnv } from '../runtime/env';
import { triggerFromEnv } from '../runtime/aws-trigger';
import { jsonLogger } from '../runtime/log';

export function deliverSettingsOf(config: RuntimeConfig) {
  return {
    digestName: config.digestName,
    subjectPrefix: config.subjectPrefix,
    sender: config.sender,
    recipients: config.recipients,
    themes: config.themes,
    maxItemsPerSection: config.maxItemsPerSection,
    maxWordsPerItem: config.maxWordsPerItem,
    otherNews: config.otherNews,
    sendWhenEmpty: config.sendWhenEmpty,
  };
}

export function createDigestHandler(config: RuntimeConfig, deps: () => Promise<DeliverDeps>) {
  const settings = deliverSettingsOf(config);
  return async (): Promise<DeliverOutcome> => runDigest(settings, await deps());
}

const fromEnv = once(() => {
  const config = runtimeConfigFromEnv();
  const log = jsonLogger();
  const s3 = new S3Client({});
  const trigger = triggerFromEnv(config, log);
  const secrets = new SecretsManagerClient({});
  const secretArn = requireEnv('UNSUBSCRIBE_SECRET_ARN');
  const baseUrl = requireEnv('UNSUBSCRIBE_URL');
  return createDigestHandler(config, async () => ({
    store: new S3PipelineStore(s3, requireEnv('BUCKET_NAME')),
    mailer: new SesMailer(new SESClient({})),
    trigger,
    log,
    now: () => new Date(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    unsubscribe: { baseUrl, secret: await loadSecret(secrets, secretArn), mailto: null },
  }));
});

export const handler = () => fromEnv()();
