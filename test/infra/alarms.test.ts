// Intent of the synthesized stack: the operator alarms and where they go.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { baseConfig, synthesized } from './stack-fixture';
import { logicalId, type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  describe('alarms', () => {
    const alarms = () => Object.values(synth.built.template.findResources('AWS::CloudWatch::Alarm')) as Json[];
    const topicRef = () => ({ Ref: logicalId(synth.built.stack, synth.built.stack.alarmTopic) });

    it('alarm on the first message in each dead-letter queue', () => {
      const stack = synth.built.stack;
      for (const queue of [stack.ingestDeadLetterQueue, stack.digestDeadLetterQueue, stack.scheduler.deadLetterQueue]) {
        const queueName = { 'Fn::GetAtt': [logicalId(stack, queue), 'QueueName'] };
        const alarm = alarms().find((a) => a.Properties.Dimensions?.some((d: Json) => JSON.stringify(d.Value) === JSON.stringify(queueName)));
        expect(alarm, queue.node.path).toBeDefined();
        expect(alarm.Properties).toMatchObject({
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Namespace: 'AWS/SQS',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          AlarmActions: [topicRef()],
        });
      }
    });

    it('alarm on errors of each function', () => {
      for (const fn of [synth.built.stack.ingestArticle, synth.built.stack.sendDigest, synth.built.stack.unsubscribe, synth.built.stack.archive]) {
        const alarm = alarms().find(
          (a) => a.Properties.MetricName === 'Errors' && a.Properties.Dimensions?.[0]?.Value?.Ref === logicalId(synth.built.stack, fn),
        );
        expect(alarm, fn.node.path).toBeDefined();
        expect(alarm.Properties).toMatchObject({ Namespace: 'AWS/Lambda', Threshold: 1, Statistic: 'Sum', AlarmActions: [topicRef()] });
      }
    });

    it('publish to a TLS-only topic, with no email subscription unless configured', () => {
      synth.built.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [topicRef()],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
      // The only subscription is ses-feedback's, on the SES feedback topic (not the alarm topic).
      const subscriptions = Object.values(synth.built.template.findResources('AWS::SNS::Subscription')) as Json[];
      expect(subscriptions.map((s) => s.Properties.Protocol)).toEqual(['lambda']);
      expect(subscriptions[0].Properties.TopicArn).toEqual({ Ref: logicalId(synth.built.stack, synth.built.stack.sesFeedbackTopic) });
    });
  });
});

describe('the digest pipeline stack with a cron schedule and an alarm email', () => {
  const synth = synthesized(baseConfig({ schedule: 'cron(0 7 * * ? *)', alarmEmail: 'ops@example.com' }));

  it('subscribes the alarm email to the topic', () => {
    synth.built.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
      TopicArn: { Ref: logicalId(synth.built.stack, synth.built.stack.alarmTopic) },
    });
  });
});
