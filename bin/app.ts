#!/usr/bin/env -S npx tsx
// Wires the CDK app: validates the `digest` context once, builds the stack, applies cdk-nag.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type AppConfig, ConfigError, parseAppConfig } from '../config/schema';
import { DigestPipelineStack } from '../lib/digest-pipeline-stack';
import { acknowledgeNagFindings } from '../lib/nag-acknowledgements';

/** cdk.json gives an object; `cdk synth -c digest='{...}'` gives a string of JSON. */
function readConfig(app: App): AppConfig {
  let raw: unknown = app.node.tryGetContext('digest');
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      throw new ConfigError('Invalid configuration:\n  digest: the -c digest=... value is not valid JSON');
    }
  }
  return parseAppConfig(raw);
}

const app = new App();

let config: AppConfig;
try {
  config = readConfig(app);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // The CLI shows the app's stderr; a stack trace would bury the key that is wrong.
  console.error(`${error.message}\n(set it in cdk.json under "context" > "digest", or with -c digest='{...json...}')`);
  process.exit(1);
}

const stack = new DigestPipelineStack(app, 'DigestPipeline', {
  config,
  description: `News digest pipeline: ${config.digestName}`,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
acknowledgeNagFindings(stack);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
