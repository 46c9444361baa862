// Intent of the synthesized stack: scheduled mode: send-digest on the configured cron, through the scheduler role.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { baseConfig, synthesized } from './stack-fixture';
import { environmentOf, logicalId } from './stack-queries';

describe('the digest pipeline stack with a cron schedule and an alarm email', () => {
  const synth = synthesized(baseConfig({ schedule: 'cron(0 7 * * ? *)', alarmEmail: 'ops@example.com' }));

  it('invokes send-digest on the schedule through the scheduler role, with a DLQ', () => {
    const stack = synth.built.stack;
    const groupId = logicalId(stack, stack.scheduler.group);
    synth.built.template.hasResource('AWS::Scheduler::Schedule', { DependsOn: Match.arrayWith([groupId]) });
    synth.built.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      GroupName: synth.built.template.toJSON().Resources[groupId].Properties.Name,
      Target: {
        Arn: { 'Fn::GetAtt': [logicalId(stack, stack.sendDigest), 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [logicalId(stack, stack.scheduler.role), 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack, stack.scheduler.deadLetterQueue), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 2 },
      },
    });
    expect(environmentOf(synth.built, stack.ingestArticle).DIGEST_TRIGGER).toBe('cron');
    expect(environmentOf(synth.built, stack.sendDigest).DIGEST_TRIGGER).toBe('cron');
  });
});
