// Scheduler (quiet period elapsed, or the configured cron) -> runDigest. Thin: wire and call.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { deliverSettingsOf, type RuntimeConfig } from '../../config/schema';
import { BedrockItemRewriter } from '../adapters/bedrock-rewriter';
import { S3PipelineStore } from '../adapters/s3-store';
import { loadSecret } from '../adapters/secrets';
import { loadTemplates } from '../adapters/templates';
import { mailerSesClient, SesMailer } from '../adapters/ses-mailer';
import type { ItemRewriter } from '../core/rewrite';
import { runDigest, type DeliverDeps, type DeliverOutcome } from '../pipeline/deliver-digest';
import type { Logger } from '../pipeline/ports';
import { sendDigestEnv } from '../../config/env';
import { awsDigestTrigger } from '../runtime/aws-trigger';
import { once } from '../runtime/env';
import { jsonLogger } from '../runtime/log';

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
  const env = sendDigestEnv();
  const { config } = env;
  const log = jsonLogger();
  // Clients and settings are built once per container; each invocation only loads the (cached) secret.
  const store = new S3PipelineStore(new S3Client({}), env.bucketName);
  const mailer = new SesMailer(mailerSesClient());
  const trigger = awsDigestTrigger(env.digestRequest, config, log);
  const secrets = new SecretsManagerClient({});
  const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
  const rewriter = rewriterOf(config, sleep, log);
  return createDigestHandler(config, async () => ({
    store,
    mailer,
    trigger,
    log,
    now: () => new Date(),
    sleep,
    // Read from the bundle's templates/ on the first run, then kept for the container's life.
    templates: await loadTemplates(env.templatesDir),
    unsubscribe: { baseUrl: env.unsubscribeUrl, secret: await loadSecret(secrets, env.unsubscribeSecretArn), mailto: config.unsubscribeMailto },
    // Every message goes through the SES configuration set (bindConfigurationSet in the stack).
    configurationSet: env.configurationSet,
    rewriter,
    archiveUrl: env.archiveUrl,
  }));
});

export const handler = async () => fromEnv()();
