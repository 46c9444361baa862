#!/usr/bin/env -S npx tsx
// Wires the CDK app: validates the `digest` context once, builds the stack, applies cdk-nag.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError, parseAppConfig } from '../config/schema';
import { DigestPipelineStack } from '../lib/digest-pipeline-stack';
import { acknowledgeNagFindings } from '../lib/nag-acknowledgements';

const app = new App();

let config;
try {
  config = parseAppConfig(app.node.tryGetContext('digest'));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // The CLI shows the app's stderr; a stack trace would bury the key that is wrong.
  console.error(`${error.message}\n(set it in cdk.json under "context" > "digest", or with -c digest='{...}')`);
  process.exit(1);
}

const stack = new DigestPipelineStack(app, 'DigestPipeline', {
  config,
  description: `News digest pipeline: ${config.digestName}`,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
acknowledgeNagFindings(stack);
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
