// Scheduler (quiet period elapsed, or the configured cron) -> runDigest. Thin: wire and call.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { deliverSettingsOf, type RuntimeConfig } from '../../config/schema';
import { BedrockItemRewriter } from '../adapters/bedrock-rewriter';
import { S3PipelineStore } from '../adapters/s3-store';
import { loadSecret } from '../adapters/secrets';
import { mailerSesClient, SesMailer } from '../adapters/ses-mailer';
import type { ItemRewriter } from '../core/rewrite';
import { runDigest, type DeliverDeps, type DeliverOutcome } from '../pipeline/deliver-digest';
import type { Logger } from '../pipeline/ports';
import { once, requireEnv, runtimeConfigFromEnv } from '../runtime/env';
import { triggerFromEnv } from '../runtime/aws-trigger';
import { jsonLogger } from '../runtime/log';

// Lives in config/ so the CLI can use it without importing this handler's AWS clients.
export { deliverSettingsOf };

export function createDigestHandler(config: RuntimeConfig, deps: () => Promise<DeliverDeps>) {
  const settings = deliverSettingsOf(config);
  return async (): Promise<DeliverOutcome> => runDigest(settings, await deps());
}

/** A Bedrock rewriter only in abstractive mode (digest.summarizer.mode 'bedrock'); extractive needs none. */
export function rewriterOf(
  config: RuntimeConfig,
  sleep: (ms: number) => Promise<void>,
  log: Logger,
  client: () => BedrockRuntimeClient = () =>
    // The adapter retries throttling itself (with the injected sleep); the SDK's own retries would
    // multiply with it. The timeout keeps one slow answer from eating the function's 5 minutes: a
    // timed-out request throws, and the digest goes out extractive (a section's answer takes seconds).
    new BedrockRuntimeClient({ maxAttempts: 1, requestHandler: { requestTimeout: 30_000 } }),
): ItemRewriter | undefined {
  if (config.summarizer?.mode !== 'bedrock') return undefined;
  return new BedrockItemRewriter(client(), {
    modelId: config.summarizer.modelId,
    maxWords: config.maxWordsPerItem,
    sleep,
    warn: (event, fields) => log.warn(event, fields),
  });
}

const fromEnv = once(() => {
  const config = runtimeConfigFromEnv();
  const log = jsonLogger();
  // Clients and settings are built once per container; each invocation only loads the (cached) secret.
  const store = new S3PipelineStore(new S3Client({}), requireEnv('BUCKET_NAME'));
  const mailer = new SesMailer(mailerSesClient());
  const trigger = triggerFromEnv(config, log);
  const secrets = new SecretsManagerClient({});
  const secretArn = requireEnv('UNSUBSCRIBE_SECRET_ARN');
  const baseUrl = requireEnv('UNSUBSCRIBE_URL');
  const archiveUrl = requireEnv('ARCHIVE_URL');
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  const rewriter = rewriterOf(config, sleep, log);
  // Set by bindConfigurationSet in the stack: every message goes through the SES configuration set.
  const configurationSet = requireEnv('SES_CONFIGURATION_SET');
  return createDigestHandler(config, async () => ({
    store,
    mailer,
    trigger,
    log,
    now: () => new Date(),
    sleep,
    unsubscribe: { baseUrl, secret: await loadSecret(secrets, secretArn), mailto: config.unsubscribeMailto },
    configurationSet,
    rewriter,
    archiveUrl,
  }));
});

export const handler = async () => fromEnv()();
