// Intent of the synthesized stack: scheduled mode: send-digest on the configured cron, through the scheduler role.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { baseConfig, synthesized } from './stack-fixture';
import { DIGEST_SCHEDULE_RETRY } from '../../config/limits';
import { environmentOf, logicalId, type Json } from './stack-queries';

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
        Input: JSON.stringify({ trigger: 'cron' }),
        // The same policy as the one-time quiet-period schedule (test/handlers/scheduler-trigger.test.ts).
        RetryPolicy: {
          MaximumRetryAttempts: DIGEST_SCHEDULE_RETRY.maximumRetryAttempts,
          MaximumEventAgeInSeconds: DIGEST_SCHEDULE_RETRY.maximumEventAgeSeconds,
        },
      },
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    // The scheduler role may still invoke send-digest by its name only (no `<arn>:*` version wildcard).
    const roleId = logicalId(stack, stack.scheduler.role);
    const invokes = (Object.values(synth.built.template.findResources('AWS::IAM::Policy')) as Json[])
      .filter((p) => p.Properties.Roles.some((r: Json) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((st: Json) => [st.Action].flat().includes('lambda:InvokeFunction'));
    expect(invokes).toHaveLength(1);
    expect(typeof invokes[0].Resource).toBe('string');
    expect(environmentOf(synth.built, stack.ingestArticle).DIGEST_MODE).toBe('cron');
    expect(environmentOf(synth.built, stack.sendDigest).DIGEST_MODE).toBe('cron');
  });
});
