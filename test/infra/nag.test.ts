// Intent of the synthesized stack: cdk-nag AwsSolutions on the whole app: zero unacknowledged findings in every mode.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { baseConfig, synthesized } from './stack-fixture';
import { type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  it('passes the cdk-nag AwsSolutions checks with every finding acknowledged', () => {
    const report = new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('the digest pipeline stack with a cron schedule and an alarm email', () => {
  const synth = synthesized(baseConfig({ schedule: 'cron(0 7 * * ? *)', alarmEmail: 'ops@example.com' }));

  it('still passes cdk-nag', () => {
    expect(new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app).violations).toEqual([]);
  });
});

describe('the digest pipeline stack in abstractive (Bedrock) summarizer mode', () => {
  const modelId = 'amazon.nova-micro-v1:0';
  const synth = synthesized(baseConfig({ summarizer: { mode: 'bedrock', modelId } }));

  it('still passes cdk-nag', () => {
    expect(new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app).violations).toEqual([]);
  });
});
