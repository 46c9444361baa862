// Intent of the synthesized stack: cdk-nag AwsSolutions on the whole app: zero unacknowledged findings in every mode.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseConfig, buildStack, type BuiltStack } from './stack-fixture';
import { type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  let built: BuiltStack;
  let resources: Record<string, Json>;
  beforeAll(() => {
    built = buildStack(baseConfig({ retentionDays: 45 }));
    resources = built.template.toJSON().Resources;
  });

  it('passes the cdk-nag AwsSolutions checks with every finding acknowledged', () => {
    const report = new AwsSolutionsChecks(built.app).validateScope(built.app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('the digest pipeline stack with a cron schedule and an alarm email', () => {
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack(baseConfig({ schedule: 'cron(0 7 * * ? *)', alarmEmail: 'ops@example.com' }));
  });

  it('still passes cdk-nag', () => {
    expect(new AwsSolutionsChecks(built.app).validateScope(built.app).violations).toEqual([]);
  });
});

describe('the digest pipeline stack in abstractive (Bedrock) summarizer mode', () => {
  const modelId = 'amazon.nova-micro-v1:0';
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack(baseConfig({ summarizer: { mode: 'bedrock', modelId } }));
  });

  it('still passes cdk-nag', () => {
    expect(new AwsSolutionsChecks(built.app).validateScope(built.app).violations).toEqual([]);
  });
});
