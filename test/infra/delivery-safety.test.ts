// Intent of the stack for delivery safety: the lock lease matches the timeout,
// stuck recipients and busy runs reach the operator, uploads expire, unsubscribe is capped.
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { INCOMING_PREFIX } from '../../config/layout';
import { RUN_LOCK_LEASE_MS, RUN_LOCK_MARGIN_SECONDS, SEND_DIGEST_TIMEOUT_SECONDS } from '../../config/limits';
import { baseConfig, buildStack, synthesized } from './stack-fixture';
import { logicalId, type Json } from './stack-queries';


describe('delivery safety in the default stack', () => {
  const synth = synthesized(baseConfig({ retentionDays: 30 }));

  it("sizes the run lock's lease from send-digest's real timeout plus the margin", () => {
    const timeout = synth.resources[logicalId(synth.built.stack, synth.built.stack.sendDigest)].Properties.Timeout;
    expect(timeout).toBe(SEND_DIGEST_TIMEOUT_SECONDS);
    expect(RUN_LOCK_LEASE_MS).toBe((timeout + RUN_LOCK_MARGIN_SECONDS) * 1000);
  });

  const alarmOn = (metricName: string) =>
    (Object.values(synth.built.template.findResources('AWS::CloudWatch::Alarm')) as Json[]).find((a) => a.Properties.MetricName === metricName);
  const filterFor = (metricName: string) =>
    (Object.values(synth.built.template.findResources('AWS::Logs::MetricFilter')) as Json[]).find(
      (f) => f.Properties.MetricTransformations[0].MetricName === metricName,
    );

  it.each([
    ['RecipientsGivenUp', 'digest.recipient-failed', 1],
    ['DigestRunsBusy', 'digest.busy', 3],
  ])('turns send-digest log lines into the %s metric and alarms the operator topic', (metricName, event, periods) => {
    const filter = filterFor(metricName);
    expect(filter, metricName).toBeDefined();
    expect(filter.Properties.LogGroupName).toEqual({ Ref: logicalId(synth.built.stack, synth.built.stack.sendDigest.logGroup as never) });
    expect(filter.Properties.FilterPattern).toBe(`{ $.event = "${event}" }`);
    expect(filter.Properties.MetricTransformations[0]).toMatchObject({ MetricValue: '1' });
    const alarm = alarmOn(metricName);
    expect(alarm.Properties).toMatchObject({
      Namespace: filter.Properties.MetricTransformations[0].MetricNamespace,
      Statistic: 'Sum',
      Threshold: 1,
      EvaluationPeriods: periods,
      DatapointsToAlarm: periods,
      AlarmActions: [{ Ref: logicalId(synth.built.stack, synth.built.stack.alarmTopic) }],
    });
  });

  it('expires uploads under incoming/ after retentionDays', () => {
    const rules = synth.resources[logicalId(synth.built.stack, synth.built.stack.bucket)].Properties.LifecycleConfiguration.Rules as Json[];
    expect(rules.find((r) => r.Prefix === INCOMING_PREFIX)).toMatchObject({ Status: 'Enabled', ExpirationInDays: 30 });
  });

  it('reserves a small concurrency for the public unsubscribe function', () => {
    expect(synth.resources[logicalId(synth.built.stack, synth.built.stack.unsubscribe)].Properties.ReservedConcurrentExecutions).toBe(2);
  });

  it('still passes cdk-nag with every finding acknowledged', () => {
    expect(new AwsSolutionsChecks(synth.built.app).validateScope(synth.built.app).violations).toEqual([]);
  });
});

describe('an account whose concurrency quota leaves nothing to reserve', () => {
  it('can leave the unsubscribe function unreserved (unsubscribeConcurrency: null)', () => {
    const built = buildStack(baseConfig({ unsubscribeConcurrency: null }));
    const fn = built.template.toJSON().Resources[logicalId(built.stack, built.stack.unsubscribe)];
    expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });
});
