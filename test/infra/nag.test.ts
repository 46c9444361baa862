// Intent of the synthesized stack: cdk-nag AwsSolutions on the whole app: zero unacknowledged findings in every mode.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { CfnResource } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { bindBucket } from '../../lib/constructs/bindings';
import { acknowledgeNagFindings } from '../../lib/nag-acknowledgements';
import { baseConfig, buildStack, synthesized, type BuiltStack } from './stack-fixture';
import type { Json } from './stack-queries';

/** A CloudFormation value as cdk-nag spells it in a finding id: `<Bucket1234.Arn>/pending/*`. */
function nagText(value: Json): string {
  if (typeof value === 'string') return value;
  if (value?.['Fn::GetAtt']) return `<${value['Fn::GetAtt'].join('.')}>`;
  if (value?.Ref) return `<${value.Ref}>`;
  if (value?.['Fn::Join']) return value['Fn::Join'][1].map(nagText).join(value['Fn::Join'][0]);
  return JSON.stringify(value);
}

/**
 * Every wildcard the synthesized policies really grant, as "<role path> <IAM5 finding id>", read
 * from the template (not from the bindings' own report).
 */
function wildcardGrantsInTemplate(built: BuiltStack): string[] {
  const rolePaths = new Map<string, string>();
  for (const c of built.stack.node.findAll()) {
    if (c instanceof CfnResource && c.cfnResourceType === 'AWS::IAM::Role') rolePaths.set(built.stack.resolve(c.logicalId) as string, c.node.scope!.node.path);
  }
  const found = new Set<string>();
  for (const policy of Object.values(built.template.findResources('AWS::IAM::Policy')) as Json[]) {
    for (const statement of policy.Properties.PolicyDocument.Statement as Json[]) {
      const wildcards = [
        ...[statement.Action].flat().filter((a: string) => a.includes('*')).map((a: string) => `Action::${a}`),
        ...[statement.Resource].flat().map(nagText).filter((r) => r.includes('*')).map((r) => `Resource::${r}`),
      ];
      for (const role of policy.Properties.Roles as Json[]) {
        for (const w of wildcards) found.add(`${rolePaths.get(role.Ref)} AwsSolutions-IAM5[${w}]`);
      }
    }
  }
  return [...found].sort();
}

const iam5Acknowledgements = (built: BuiltStack): string[] =>
  built.acknowledgements.filter((a) => a.id.startsWith('AwsSolutions-IAM5')).map((a) => `${a.path} ${a.id}`).sort();

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  it('passes the cdk-nag AwsSolutions checks with every finding acknowledged', () => {
    const report = new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app);
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges exactly the wildcard grants the policies make, each naming its actions', () => {
    const real = wildcardGrantsInTemplate(synth.built);
    expect(real.length).toBeGreaterThan(0);
    expect(iam5Acknowledgements(synth.built)).toEqual(real);
    const ingestPending = synth.built.acknowledgements.find((a) => a.path === 'DigestPipeline/IngestArticleRole' && a.id.endsWith('/pending/*]'));
    expect(ingestPending?.reason).toMatch(/^s3:GetObject, s3:PutObject on objects under pending\/ only: /);
  });

  it('refuses to acknowledge a wildcard grant nobody wrote a reason for', () => {
    const fresh = buildStack();
    bindBucket(fresh.stack.archive, fresh.stack.bucket, { read: ['misc/'] });
    expect(() => acknowledgeNagFindings(fresh.stack)).toThrow(
      'DigestPipeline/Archive: no reason is written down for s3:GetObject on misc/*; add one to lib/nag-acknowledgements.ts',
    );
  });
});

describe('the digest pipeline stack with a cron schedule and an alarm email', () => {
  const synth = synthesized(baseConfig({ schedule: 'cron(0 7 * * ? *)', alarmEmail: 'ops@example.com' }));

  it('still passes cdk-nag, acknowledging exactly the wildcard grants it makes', () => {
    expect(new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app).violations).toEqual([]);
    expect(iam5Acknowledgements(synth.built)).toEqual(wildcardGrantsInTemplate(synth.built));
  });
});

describe('the digest pipeline stack in abstractive (Bedrock) summarizer mode', () => {
  const modelId = 'amazon.nova-micro-v1:0';
  const synth = synthesized(baseConfig({ summarizer: { mode: 'bedrock', modelId } }));

  it('still passes cdk-nag, acknowledging exactly the wildcard grants it makes', () => {
    expect(new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app).violations).toEqual([]);
    expect(iam5Acknowledgements(synth.built)).toEqual(wildcardGrantsInTemplate(synth.built));
  });
});
