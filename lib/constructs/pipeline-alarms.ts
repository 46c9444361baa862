// Operator alarms: anything that lands in a dead-letter queue, and any function error, reaches one topic.
import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Function as LambdaFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface PipelineAlarmsProps {
  /** Who gets the alarms by email (the subscription must be confirmed from the inbox). @default no subscription */
  readonly email?: string;
  /** How often alarms look at their metric. @default Duration.minutes(5) */
  readonly period?: Duration;
  /** CloudWatch namespace of the metrics made from log lines. @default 'NewsDigest/<stack name>' */
  readonly namespace?: string;
}

export interface LogEventAlarmProps {
  /** The `event` field of the JSON log line to count. */
  readonly event: string;
  readonly metricName: string;
  readonly description: string;
  /** Alarm only when the event occurs in this many consecutive periods. @default 1 (the first one) */
  readonly sustainedPeriods?: number;
}

/** One SNS topic (TLS-only) and the alarms that notify it. */
export class PipelineAlarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: SnsAction;
  private readonly period: Duration;
  private readonly namespace: string;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps = {}) {
    super(scope, id);
    if (props.email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(props.email)) {
      throw new Error(`${this.node.path}: email "${props.email}" is not an email address (digest.alarmEmail)`);
    }
    this.period = props.period ?? Duration.minutes(5);
    this.namespace = props.namespace ?? `NewsDigest/${Stack.of(this).stackName}`;
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'News digest alarms', enforceSSL: true });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    this.action = new SnsAction(this.topic);
  }

  /** Alarms as soon as one message is visible in the queue (a failed event waiting for a person). */
  watchDeadLetterQueue(id: string, queue: IQueue, what: string): cloudwatch.Alarm {
    return this.alarmOnFirst(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ period: this.period, statistic: cloudwatch.Stats.MAXIMUM }),
      `${what}: at least one failed event is waiting in the dead-letter queue`,
    );
  }

  /** Alarms on any invocation error of the function within one period. */
  watchErrors(id: string, fn: IFunction, what: string): cloudwatch.Alarm {
    return this.alarmOnFirst(
      id,
      fn.metricErrors({ period: this.period, statistic: cloudwatch.Stats.SUM }),
      `${what}: the function reported errors`,
    );
  }

  /**
   * Counts the function's JSON log lines whose `event` is the given one (a metric filter on its log
   * group) and alarms on them: on the first, or when they keep coming for `sustainedPeriods`.
   */
  watchLogEvent(id: string, fn: LambdaFunction, props: LogEventAlarmProps): cloudwatch.Alarm {
    const filter = new logs.MetricFilter(this, `${id}Filter`, {
      logGroup: fn.logGroup,
      filterPattern: logs.FilterPattern.stringValue('$.event', '=', props.event),
      metricNamespace: this.namespace,
      metricName: props.metricName,
      metricValue: '1',
    });
    return this.alarmOnFirst(
      id,
      filter.metric({ period: this.period, statistic: cloudwatch.Stats.SUM }),
      props.description,
      props.sustainedPeriods ?? 1,
    );
  }

  /**
   * SES's account reputation, as SES publishes it in AWS/SES: it reviews an account whose bounce
   * rate reaches 5% or whose complaint rate reaches 0.1%, so each alarms at that rate.
   */
  watchSesReputation(): { bounceRate: cloudwatch.Alarm; complaintRate: cloudwatch.Alarm } {
    const rate = (id: string, metricName: string, threshold: number, what: string) => {
      const alarm = new cloudwatch.Metric({ namespace: 'AWS/SES', metricName, period: this.period, statistic: cloudwatch.Stats.MAXIMUM }).createAlarm(this, id, {
        alarmDescription: `SES ${what} rate reached ${threshold * 100}%: SES reviews (and may pause) the account at this rate; see suppressions/ and the ses-feedback logs`,
        threshold,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(this.action);
      return alarm;
    };
    return {
      bounceRate: rate('SesBounceRate', 'Reputation.BounceRate', 0.05, 'bounce'),
      complaintRate: rate('SesComplaintRate', 'Reputation.ComplaintRate', 0.001, 'complaint'),
    };
  }

  /** A breach of 1 in `periods` consecutive periods alarms the topic; no data means nothing went wrong. */
  private alarmOnFirst(id: string, metric: cloudwatch.Metric, description: string, periods = 1): cloudwatch.Alarm {
    const alarm = metric.createAlarm(this, id, {
      alarmDescription: description,
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: periods,
      datapointsToAlarm: periods,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }
}
