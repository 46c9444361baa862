// Bounce and complaint handling in the stack: the configuration set, its
// event destination, the ses-feedback function and its subscription, grants, and the alarms.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CfnResource, Stack } from 'aws-cdk-lib';
import { PREFIX } from '../../config/layout';
import { ENV } from '../../config/env';
import { buildStack, type BuiltStack } from './stack-fixture';

type Json = any; // CloudFormation fragments
const idOf = (stack: Stack, construct: { node: { defaultChild?: unknown } }) => stack.resolve((construct.node.defaultChild as CfnResource).logicalId) as string;

let built: BuiltStack;
let resources: Record<string, Json>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
beforeAll(() => {
  built = buildStack();
  resources = built.template.toJSON().Resources;
});

/** Every statement in the policies attached to a function's role. */
function statementsOf(fn: { role?: unknown }): Json[] {
  const roleId = idOf(built.stack, fn.role as never);
  return (Object.values(built.template.findResources('AWS::IAM::Policy')) as Json[])
    .filter((p) => p.Properties.Roles.some((r: Json) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}

describe('bounce and complaint handling', () => {
  it('has one configuration set with reputation metrics, publishing bounce, complaint, reject and delivery to the feedback topic', () => {
    const sets = ofType('AWS::SES::ConfigurationSet');
    expect(sets).toHaveLength(1);
    expect(sets[0]![1].Properties.ReputationOptions).toEqual({ ReputationMetricsEnabled: true });
    const destinations = ofType('AWS::SES::ConfigurationSetEventDestination');
    expect(destinations).toHaveLength(1);
    const d = destinations[0]![1].Properties;
    expect(d.ConfigurationSetName).toEqual({ Ref: sets[0]![0] });
    expect(d.EventDestination.Enabled).toBe(true);
    expect([...d.EventDestination.MatchingEventTypes].sort()).toEqual(['bounce', 'complaint', 'delivery', 'reject']);
    expect(d.EventDestination.SnsDestination).toEqual({ TopicARN: { Ref: idOf(built.stack, built.stack.sesFeedbackTopic) } });
  });

  it('subscribes ses-feedback to the feedback topic, with retries and a dead-letter queue', () => {
    const fnId = idOf(built.stack, built.stack.sesFeedback);
    const subs = ofType('AWS::SNS::Subscription').map(([, r]) => r.Properties);
    expect(subs).toContainEqual(
      expect.objectContaining({ Protocol: 'lambda', TopicArn: { Ref: idOf(built.stack, built.stack.sesFeedbackTopic) }, Endpoint: { 'Fn::GetAtt': [fnId, 'Arn'] } }),
    );
    const invokeConfig = ofType('AWS::Lambda::EventInvokeConfig').map(([, r]) => r.Properties).find((p) => p.FunctionName.Ref === fnId);
    expect(invokeConfig?.MaximumRetryAttempts).toBe(2);
    expect(JSON.stringify(invokeConfig?.DestinationConfig.OnFailure.Destination)).toContain(idOf(built.stack, built.stack.feedbackDeadLetterQueue));
  });

  it('lets ses-feedback write suppressions/ only, and nothing else in the bucket', () => {
    const s3 = statementsOf(built.stack.sesFeedback).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('s3:')));
    expect(s3).toHaveLength(1);
    expect(s3[0].Action).toBe('s3:PutObject');
    expect(JSON.stringify(s3[0].Resource)).toContain(`/${PREFIX.suppressions}*`);
    expect(resources[idOf(built.stack, built.stack.sesFeedback)].Properties.Environment.Variables).not.toHaveProperty('DIGEST_CONFIG');
  });

  it('sends every digest through the configuration set: send-digest gets its name and may send with it', () => {
    const env = resources[idOf(built.stack, built.stack.sendDigest)].Properties.Environment.Variables;
    expect(env[ENV.sesConfigurationSet]).toEqual({ Ref: idOf(built.stack, built.stack.configurationSet) });
    const ses = statementsOf(built.stack.sendDigest).filter((s) => [s.Action].flat().includes('ses:SendRawEmail'));
    expect(JSON.stringify(ses)).toContain(':configuration-set/');
  });

  it('alarms when the SES bounce rate reaches 5% or the complaint rate 0.1%', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, r]) => r.Properties);
    const alarmTopic = { Ref: idOf(built.stack, built.stack.alarmTopic) };
    expect(alarms.find((a) => a.MetricName === 'Reputation.BounceRate')).toMatchObject({
      Namespace: 'AWS/SES', Threshold: 0.05, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching', AlarmActions: [alarmTopic],
    });
    expect(alarms.find((a) => a.MetricName === 'Reputation.ComplaintRate')).toMatchObject({
      Namespace: 'AWS/SES', Threshold: 0.001, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [alarmTopic],
    });
    const fnId = idOf(built.stack, built.stack.sesFeedback);
    expect(alarms.some((a) => a.MetricName === 'Errors' && a.Dimensions?.[0]?.Value?.Ref === fnId)).toBe(true);
  });
});
