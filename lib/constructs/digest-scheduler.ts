// EventBridge Scheduler wiring for send-digest: a schedule group, the one-time "quiet period"
// schedule the functions create at run time, an optional recurring schedule, the role the
// scheduler uses to invoke send-digest, and a dead-letter queue for invocations it cannot deliver.
import { ArnFormat, type CfnResource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { type DigestMode, ENV } from '../../config/env';
import { DIGEST_SCHEDULE_RETRY } from '../../config/limits';
import { DeadLetterQueue } from './dead-letter-queue';

export interface DigestSchedulerProps {
  /** Name of the send-digest function, chosen up front so its ARN is known before it exists. */
  readonly digestFunctionName: string;
  /** Schedule group for the app's schedules (unique in the account and region). */
  readonly groupName: string;
  /** Name of the one-time schedule that ingest-article pushes back after each file. @default 'digest-after-quiet-period' */
  readonly scheduleName?: string;
}

const NAME = /^[0-9a-zA-Z._-]{1,64}$/;
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

export class DigestScheduler extends Construct {
  readonly group: scheduler.ScheduleGroup;
  /** The role EventBridge Scheduler assumes: it may invoke send-digest and nothing else (plus its DLQ). */
  readonly role: iam.Role;
  /** Invocations the scheduler could not deliver to send-digest. */
  readonly deadLetterQueue: DeadLetterQueue;
  readonly groupName: string;
  readonly scheduleName: string;
  /** ARN of the one-time schedule the functions create and update. */
  readonly scheduleArn: string;
  /** ARN of send-digest, built from its name (referencing the function from its own environment would be circular). */
  readonly digestFunctionArn: string;
  /** The retry policy of every schedule that invokes send-digest (config/limits.ts, shared with the one-time schedule). */
  readonly retryPolicy = DIGEST_SCHEDULE_RETRY;
  private recurring?: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: DigestSchedulerProps) {
    super(scope, id);
    const scheduleName = props.scheduleName ?? 'digest-after-quiet-period';
    if (!FUNCTION_NAME.test(props.digestFunctionName)) {
      throw new Error(
        `${this.node.path}: digestFunctionName "${props.digestFunctionName}" must be 1-64 characters of letters, digits, '_' or '-' (shorten the stack name)`,
      );
    }
    for (const [key, value] of [['groupName', props.groupName], ['scheduleName', scheduleName]] as const) {
      if (!NAME.test(value)) {
        throw new Error(`${this.node.path}: ${key} "${value}" must be 1-64 characters of letters, digits, '.', '_' or '-'`);
      }
    }
    this.groupName = props.groupName;
    this.scheduleName = scheduleName;
    const stack = Stack.of(this);

    this.group = new scheduler.ScheduleGroup(this, 'Group', { scheduleGroupName: props.groupName });
    this.scheduleArn = stack.formatArn({
      service: 'scheduler',
      resource: 'schedule',
      resourceName: `${props.groupName}/${scheduleName}`,
    });
    this.digestFunctionArn = stack.formatArn({
      service: 'lambda',
      resource: 'function',
      resourceName: props.digestFunctionName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });

    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetterQueue');
    this.role = new iam.Role(this, 'Role', {
      description: 'EventBridge Scheduler invokes send-digest',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    });
    this.role.addToPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.digestFunctionArn] }));
    // The scheduler sends undeliverable invocations to the DLQ with this role.
    this.deadLetterQueue.grantSendMessages(this.role);
  }

  /**
   * Lets a function (re)arm the one-time digest schedule: sets the variables config/env.ts reads
   * with digestRequest() (the mode and the schedule's target) and grants scheduler:Create/Update/GetSchedule on
   * that one schedule, and iam:PassRole on the scheduler role only.
   */
  grantRequestDigest(fn: LambdaFunction, mode: DigestMode): void {
    fn.addEnvironment(ENV.digestMode, mode);
    fn.addEnvironment(ENV.scheduleName, this.scheduleName);
    fn.addEnvironment(ENV.scheduleGroup, this.groupName);
    fn.addEnvironment(ENV.digestFunctionArn, this.digestFunctionArn);
    fn.addEnvironment(ENV.schedulerRoleArn, this.role.roleArn);
    fn.addEnvironment(ENV.schedulerDlqArn, this.deadLetterQueue.queueArn);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:GetSchedule'],
        resources: [this.scheduleArn],
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.role.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
  }

  /**
   * Adds the recurring schedule (e.g. `cron(0 7 * * ? *)`, UTC) that invokes send-digest with
   * `{"trigger":"cron"}`. The function must be the one named `digestFunctionName`.
   */
  addRecurringSchedule(expression: string, digestFunction: IFunction): scheduler.Schedule {
    if (this.recurring) throw new Error(`${this.node.path}: the recurring schedule is already defined`);
    if (!/^cron\(.+\)$/.test(expression)) {
      throw new Error(`${this.node.path}: schedule "${expression}" must look like cron(0 7 * * ? *) (digest.schedule)`);
    }
    this.recurring = new scheduler.Schedule(this, 'Recurring', {
      scheduleGroup: this.group,
      description: 'Sends the digest on the configured schedule',
      schedule: scheduler.ScheduleExpression.expression(expression),
      timeWindow: scheduler.TimeWindow.off(),
      target: new SendDigestTarget(digestFunction.functionArn, this.role, this.deadLetterQueue, this.retryPolicy),
    });
    // The group is named by a literal, so CloudFormation would not otherwise know to create it first.
    (this.recurring.node.defaultChild as CfnResource).addResourceDependency(this.group.node.defaultChild as CfnResource);
    return this.recurring;
  }
}

/**
 * send-digest as a schedule target, through the scheduler role this construct owns (which may
 * already invoke send-digest, by name). Not aws-scheduler-targets' LambdaInvoke: that would also
 * grant the role lambda:InvokeFunction on `<arn>:*` (every version and alias), a wildcard this app
 * has no use for.
 */
class SendDigestTarget implements scheduler.IScheduleTarget {
  constructor(
    private readonly functionArn: string,
    private readonly role: iam.IRole,
    private readonly deadLetterQueue: DeadLetterQueue,
    private readonly retry: typeof DIGEST_SCHEDULE_RETRY,
  ) {}

  bind(): scheduler.ScheduleTargetConfig {
    return {
      arn: this.functionArn,
      role: this.role,
      input: scheduler.ScheduleTargetInput.fromObject({ trigger: 'cron' }),
      deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
      retryPolicy: {
        maximumRetryAttempts: this.retry.maximumRetryAttempts,
        maximumEventAgeInSeconds: this.retry.maximumEventAgeSeconds,
      },
    };
  }
}
