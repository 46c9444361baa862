// Builds the stack the way bin/app.ts does (same cdk.json feature flags), from a config object.
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll } from 'vitest';
import { type AppConfig, parseAppConfig } from '../../config/schema';
import { DigestPipelineStack } from '../../lib/digest-pipeline-stack';
import { acknowledgeNagFindings, type NagAcknowledgement } from '../../lib/nag-acknowledgements';

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};
/** cdk.json's context without the product config: the feature flags the real app runs with. */
export const { digest: cdkJsonDigest, ...featureFlags } = cdkJson.context;

export const baseConfig = (overrides: Record<string, unknown> = {}): AppConfig =>
  parseAppConfig({ sender: 'digest@news.example.org', recipients: ['reader@example.com'], ...overrides });

export interface BuiltStack {
  readonly app: App;
  readonly stack: DigestPipelineStack;
  readonly template: Template;
  /** Every cdk-nag finding acknowledged for this stack. */
  readonly acknowledgements: readonly NagAcknowledgement[];
}

/** Builds the stack; asset bundling is skipped unless `bundle` is set (it costs seconds). */
export function buildStack(config: AppConfig = baseConfig(), options: { bundle?: boolean; outdir?: string } = {}): BuiltStack {
  const app = new App({
    outdir: options.outdir,
    context: { ...featureFlags, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const stack = new DigestPipelineStack(app, 'DigestPipeline', {
    config,
    env: { account: '123456789012', region: 'eu-west-1' },
  });
  const acknowledgements = acknowledgeNagFindings(stack);
  return { app, stack, template: Template.fromStack(stack), acknowledgements };
}

export interface Synthesized {
  readonly built: BuiltStack;
  /** The template's Resources, by logical id. */
  readonly resources: Record<string, any>;
}

/** Builds the stack once before the tests of the calling describe block (in its beforeAll). */
export function synthesized(config: AppConfig = baseConfig()): Synthesized {
  const state = {} as { built: BuiltStack; resources: Record<string, any> };
  beforeAll(() => {
    state.built = buildStack(config);
    state.resources = state.built.template.toJSON().Resources;
  });
  return state;
}
