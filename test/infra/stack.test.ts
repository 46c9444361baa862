// Intent of the synthesized stack: triggers, grants, runtime settings, bucket, alarms, config validation, cdk-nag.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { spawnSync } from 'node:child_process';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CfnResource as CfnResourceClass, type CfnResource } from 'aws-cdk-lib';
import { Function as LambdaFunction, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FILES, INCOMING_PREFIX, PREFIX, SUPPORTED_SUFFIXES, WRITTEN_PREFIXES } from '../../config/layout';
import { archiveEnv, ingestArticleEnv, sendDigestEnv, sesFeedbackEnv, unsubscribeEnv } from '../../config/env';
import { DIGEST_SCHEDULE_RETRY } from '../../config/limits';
import { ConfigError, parseAppConfig, parseRuntimeConfig, toRuntimeConfig } from '../../config/schema';
import { bindBucket } from '../../lib/constructs/bindings';
import { DigestScheduler } from '../../lib/constructs/digest-scheduler';
import { SecureBucket } from '../../lib/constructs/secure-bucket';
import { DigestPipelineStack } from '../../lib/digest-pipeline-stack';
import { acknowledgeNagFindings } from '../../lib/nag-acknowledgements';
import { baseConfig, buildStack, featureFlags, type BuiltStack } from './stack-fixture';

type Json = any; // CloudFormation fragments

const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } } | CfnResource): string => {
  const cfn = ('cfnResourceType' in construct ? construct : construct.node.defaultChild) as CfnResource;
  return stack.resolve(cfn.logicalId) as string;
};

/** Renders a CloudFormation value as readable text: the pipeline bucket's ARN becomes "bucket". */
function render(value: Json, bucketId: string): string {
  if (typeof value === 'string') return value;
  if (value?.['Fn::GetAtt']) {
    const [id, attr] = value['Fn::GetAtt'];
    return id === bucketId && attr === 'Arn' ? 'bucket' : `${id}.${attr}`;
  }
  if (value?.Ref) return `Ref(${value.Ref})`;
  if (value?.['Fn::Join']) return value['Fn::Join'][1].map((v: Json) => render(v, bucketId)).join(value['Fn::Join'][0]);
  return JSON.stringify(value);
}

interface Grant {
  readonly resources: Set<string>;
  readonly conditions: Json[];
}

/** Every action the role of a function is allowed, with the resources it applies to. */
function grantsOf(built: BuiltStack, fn: LambdaFunction): Map<string, Grant> {
  const { stack, template } = built;
  const bucketId = logicalId(stack, built.stack.bucket);
  const roleId = logicalId(stack, fn.role as unknown as CfnResource & { node: { defaultChild: unknown } });
  const grants = new Map<string, Grant>();
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as Json[]) {
    if (!policy.Properties.Roles.some((r: Json) => r.Ref === roleId)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      expect(statement.Effect).toBe('Allow');
      for (const action of [statement.Action].flat()) {
        const grant = grants.get(action) ?? { resources: new Set<string>(), conditions: [] };
        for (const resource of [statement.Resource].flat()) grant.resources.add(render(resource, bucketId));
        if (statement.Condition) grant.conditions.push(statement.Condition);
        grants.set(action, grant);
      }
    }
  }
  return grants;
}

const objects = (...prefixes: string[]) => new Set(prefixes.map((p) => `bucket/${p}*`));
const s3Actions = (grants: Map<string, Grant>) => [...grants.keys()].filter((a) => a.startsWith('s3:')).sort();

function environmentOf(built: BuiltStack, fn: LambdaFunction): Record<string, Json> {
  const resource = built.template.toJSON().Resources[logicalId(built.stack, fn)];
  return resource.Properties.Environment.Variables;
}

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
    if (c instanceof CfnResourceClass && c.cfnResourceType === 'AWS::IAM::Role') rolePaths.set(built.stack.resolve(c.logicalId) as string, c.node.scope!.node.path);
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
  let built: BuiltStack;
  let resources: Record<string, Json>;
  beforeAll(() => {
    built = buildStack(baseConfig({ retentionDays: 45 }));
    resources = built.template.toJSON().Resources;
  });

  describe('trigger', () => {
    const notificationFilters = () => {
      const [notifications] = Object.values(built.template.findResources('Custom::S3BucketNotifications')) as Json[];
      return notifications.Properties.NotificationConfiguration.LambdaFunctionConfigurations as Json[];
    };

    it('invokes ingest-article on ObjectCreated under incoming/ with one prefix-only rule (every suffix, any case)', () => {
      const configs = notificationFilters();
      const ingestId = logicalId(built.stack, built.stack.ingestArticle);
      // One rule: an unsupported (.pdf) or upper-case (.TXT) suffix still reaches the function and
      // ends as an article or a rejection record; a supported suffix invokes it once.
      expect(configs).toHaveLength(1);
      const [c] = configs;
      expect(c.Events).toEqual(['s3:ObjectCreated:*']);
      expect(c.LambdaFunctionArn).toEqual({ 'Fn::GetAtt': [ingestId, 'Arn'] });
      expect(c.Filter.Key.FilterRules).toEqual([{ Name: 'prefix', Value: INCOMING_PREFIX }]);
    });

    it('cannot be set off by anything the pipeline writes', () => {
      expect(INCOMING_PREFIX).toBe('incoming/');
      for (const prefix of WRITTEN_PREFIXES) {
        expect(prefix.startsWith(INCOMING_PREFIX), prefix).toBe(false);
        expect(INCOMING_PREFIX.startsWith(prefix), prefix).toBe(false);
      }
      // Every synthesized filter listens under incoming/ only...
      for (const c of notificationFilters()) {
        const prefixes = c.Filter.Key.FilterRules.filter((r: Json) => r.Name === 'prefix').map((r: Json) => r.Value);
        expect(prefixes).toEqual([INCOMING_PREFIX]);
      }
      // ...and no function may put an object there.
      for (const fn of [built.stack.ingestArticle, built.stack.sendDigest, built.stack.unsubscribe]) {
        const put = grantsOf(built, fn).get('s3:PutObject');
        for (const resource of put?.resources ?? []) {
          expect(resource.startsWith(`bucket/${INCOMING_PREFIX}`), `${fn.node.id} may write ${resource}`).toBe(false);
          expect(resource).not.toBe('bucket/*');
        }
      }
    });
  });

  describe('grants', () => {
    it('ingest-article reads uploads and writes pending records and rejections only', () => {
      const grants = grantsOf(built, built.stack.ingestArticle);
      expect(s3Actions(grants)).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
      expect(grants.get('s3:GetObject')!.resources).toEqual(objects(INCOMING_PREFIX, 'pending/', PREFIX.rejections, PREFIX.articles));
      expect(grants.get('s3:PutObject')!.resources).toEqual(objects('pending/', PREFIX.rejections));
      expect(grants.get('s3:DeleteObject')!.resources).toEqual(objects(PREFIX.pendingArticles, PREFIX.pendingRefs, PREFIX.pendingKeys));
      // It probes keys that may not exist yet: S3 says 404 (not 403) only with ListBucket.
      expect(grants.get('s3:ListBucket')!.resources).toEqual(new Set(['bucket']));
      expect(PREFIX.pendingArticles.startsWith('pending/') && PREFIX.pendingRejections.startsWith('pending/')).toBe(true);
      expect(grants.has('ses:SendRawEmail')).toBe(false);
    });

    it('send-digest reads, writes and deletes only its prefixes', () => {
      const grants = grantsOf(built, built.stack.sendDigest);
      expect(s3Actions(grants)).toEqual(['s3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
      expect(grants.get('s3:GetObject')!.resources).toEqual(
        objects('pending/', PREFIX.outbox, PREFIX.digests, PREFIX.suppressions, PREFIX.articles, PREFIX.locks),
      );
      expect(grants.get('s3:PutObject')!.resources).toEqual(objects(PREFIX.articles, PREFIX.digests, PREFIX.outbox, PREFIX.locks));
      expect(grants.get('s3:DeleteObject')!.resources).toEqual(objects('pending/', PREFIX.outbox, PREFIX.locks));
      const list = grants.get('s3:ListBucket')!;
      expect(list.resources).toEqual(new Set(['bucket']));
      // Unconditioned: a prefix condition does not apply to a HeadObject of a missing key.
      expect(list.conditions).toEqual([]);
    });

    it('unsubscribe can only add suppressions and read the signing key', () => {
      const grants = grantsOf(built, built.stack.unsubscribe);
      expect(s3Actions(grants)).toEqual(['s3:PutObject']);
      expect(grants.get('s3:PutObject')!.resources).toEqual(objects(PREFIX.suppressions));
      const secretId = logicalId(built.stack, built.stack.unsubscribeSecret);
      expect(grants.get('secretsmanager:GetSecretValue')!.resources).toEqual(new Set([`Ref(${secretId})`]));
      expect([...grants.keys()].filter((a) => !a.startsWith('logs:')).sort()).toEqual(['s3:PutObject', 'secretsmanager:GetSecretValue']);
    });

    it('archive reads only the entry and browser copy of each digest, and lists only digests/', () => {
      const grants = grantsOf(built, built.stack.archive);
      expect([...grants.keys()].filter((a) => !a.startsWith('logs:')).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
      expect(grants.get('s3:GetObject')!.resources).toEqual(
        new Set([`bucket/${PREFIX.digests}*/${ARCHIVE_FILES.entry}`, `bucket/${PREFIX.digests}*/${ARCHIVE_FILES.page}`]),
      );
      const list = grants.get('s3:ListBucket')!;
      expect(list.resources).toEqual(new Set(['bucket']));
      expect(list.conditions).toEqual([{ StringEquals: { 's3:prefix': PREFIX.digests } }]);
    });

    it('sends mail only as the configured sender identities, never "*"', () => {
      const grants = grantsOf(built, built.stack.sendDigest);
      expect(grants.get('ses:SendRawEmail')!.resources).toEqual(
        new Set([
          'arn:aws:ses:eu-west-1:123456789012:identity/news.example.org',
          'arn:aws:ses:eu-west-1:123456789012:identity/digest@news.example.org',
          // The configuration set every message names (SES authorizes the send against it too).
          `arn:aws:ses:eu-west-1:123456789012:configuration-set/Ref(${logicalId(built.stack, built.stack.configurationSet)})`,
        ]),
      );
      for (const policy of Object.values(built.template.findResources('AWS::IAM::Policy')) as Json[]) {
        for (const statement of policy.Properties.PolicyDocument.Statement) {
          const actions = [statement.Action].flat() as string[];
          if (actions.some((a) => a.startsWith('ses:'))) expect([statement.Resource].flat()).not.toContain('*');
          expect(actions).not.toContain('s3:*');
        }
      }
    });

    it('grants no Bedrock access in the default (extractive) summarizer mode', () => {
      for (const fn of [built.stack.ingestArticle, built.stack.sendDigest, built.stack.unsubscribe]) {
        expect([...grantsOf(built, fn).keys()].filter((a) => a.startsWith('bedrock:'))).toEqual([]);
      }
    });

    it('lets both functions re-arm the one digest schedule and pass only the scheduler role', () => {
      const scheduler = built.stack.scheduler;
      const roleId = logicalId(built.stack, scheduler.role);
      for (const fn of [built.stack.ingestArticle, built.stack.sendDigest]) {
        const grants = grantsOf(built, fn);
        for (const action of ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:GetSchedule']) {
          expect(grants.get(action)!.resources).toEqual(
            new Set(['arn:aws:scheduler:eu-west-1:123456789012:schedule/DigestPipeline-digest/digest-after-quiet-period']),
          );
        }
        expect(grants.get('iam:PassRole')!.resources).toEqual(new Set([`${roleId}.Arn`]));
        expect(grants.get('iam:PassRole')!.conditions).toEqual([{ StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } }]);
        expect(grants.has('scheduler:DeleteSchedule')).toBe(false);
      }
    });

    it('lets the scheduler role invoke send-digest only, by the name send-digest really has', () => {
      const sendDigest = resources[logicalId(built.stack, built.stack.sendDigest)];
      const arn = `arn:aws:lambda:eu-west-1:123456789012:function:${sendDigest.Properties.FunctionName}`;
      const roleId = logicalId(built.stack, built.stack.scheduler.role);
      const policies = (Object.values(built.template.findResources('AWS::IAM::Policy')) as Json[]).filter((p) =>
        p.Properties.Roles.some((r: Json) => r.Ref === roleId),
      );
      const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
      expect(statements.filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'))).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: arn },
      ]);
      expect(environmentOf(built, built.stack.ingestArticle).DIGEST_FUNCTION_ARN).toBe(arn);
      expect(environmentOf(built, built.stack.sendDigest).DIGEST_FUNCTION_ARN).toBe(arn);
      const trust = resources[roleId].Properties.AssumeRolePolicyDocument.Statement;
      expect(trust).toEqual([
        expect.objectContaining({ Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      ]);
    });
  });

  describe('functions', () => {
    it('run every Node.js function on Node.js 24, arm64, with explicit timeout and memory', () => {
      const functions = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
      const node = functions.filter(([, r]) => String(r.Properties.Runtime).startsWith('nodejs'));
      const ours = [built.stack.ingestArticle, built.stack.sendDigest, built.stack.unsubscribe, built.stack.archive, built.stack.sesFeedback].map((f) => logicalId(built.stack, f));
      expect(node.map(([id]) => id).sort()).toEqual([...ours].sort());
      for (const [, r] of node) {
        expect(r.Properties.Runtime).toBe(Runtime.NODEJS_24_X.name);
        expect(r.Properties.Architectures).toEqual(['arm64']);
      }
      const settings = (fn: LambdaFunction) => {
        const p = resources[logicalId(built.stack, fn)].Properties;
        return [p.Timeout, p.MemorySize];
      };
      expect(settings(built.stack.ingestArticle)).toEqual([60, 1024]);
      expect(settings(built.stack.sendDigest)).toEqual([300, 1024]);
      expect(settings(built.stack.unsubscribe)).toEqual([10, 256]);
      expect(settings(built.stack.archive)).toEqual([10, 256]);
      expect(settings(built.stack.sesFeedback)).toEqual([30, 256]);
    });

    it('log each function to its own log group with a retention, writable by that function only', () => {
      for (const fn of [built.stack.ingestArticle, built.stack.sendDigest, built.stack.unsubscribe, built.stack.archive]) {
        const logGroupRef = resources[logicalId(built.stack, fn)].Properties.LoggingConfig.LogGroup;
        const logGroupId = logGroupRef.Ref;
        expect(resources[logGroupId].Properties.RetentionInDays).toBe(30);
        const grants = grantsOf(built, fn);
        expect(grants.get('logs:PutLogEvents')!.resources).toEqual(new Set([`${logGroupId}.Arn`]));
        const roleId = logicalId(built.stack, fn.role as Json);
        expect(resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
      }
    });

    it('retry async failures twice, then keep the event in a dead-letter queue', () => {
      for (const [fn, queue] of [
        [built.stack.ingestArticle, built.stack.ingestDeadLetterQueue],
        [built.stack.sendDigest, built.stack.digestDeadLetterQueue],
      ] as const) {
        built.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: logicalId(built.stack, fn) },
          MaximumRetryAttempts: 2,
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(built.stack, queue), 'Arn'] } } },
        });
        expect(grantsOf(built, fn).get('sqs:SendMessage')!.resources).toEqual(new Set([`${logicalId(built.stack, queue)}.Arn`]));
      }
      const queues = Object.values(built.template.findResources('AWS::SQS::Queue')) as Json[];
      for (const q of queues) {
        expect(q.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
        expect(q.Properties.SqsManagedSseEnabled).toBe(true);
      }
    });

    it('hand each function the environment its handler reads', () => {
      const stack = built.stack;
      const schedulerVars = ['DIGEST_SCHEDULE_NAME', 'DIGEST_SCHEDULE_GROUP', 'DIGEST_FUNCTION_ARN', 'SCHEDULER_ROLE_ARN', 'SCHEDULER_DLQ_ARN', 'DIGEST_MODE'];
      const ingest = environmentOf(built, stack.ingestArticle);
      const digest = environmentOf(built, stack.sendDigest);
      const unsubscribe = environmentOf(built, stack.unsubscribe);
      expect(Object.keys(ingest)).toEqual(expect.arrayContaining(['BUCKET_NAME', 'DIGEST_CONFIG', ...schedulerVars]));
      expect(Object.keys(digest)).toEqual(
        expect.arrayContaining(['BUCKET_NAME', 'DIGEST_CONFIG', 'UNSUBSCRIBE_URL', 'UNSUBSCRIBE_SECRET_ARN', 'TEMPLATES_DIR', ...schedulerVars]),
      );
      expect(Object.keys(unsubscribe).sort()).toEqual(['BUCKET_NAME', 'DIGEST_CONFIG', 'NODE_OPTIONS', 'UNSUBSCRIBE_SECRET_ARN']);
      for (const env of [ingest, digest, unsubscribe]) {
        expect(env.BUCKET_NAME).toEqual({ Ref: logicalId(stack, stack.bucket) });
        expect(parseRuntimeConfig(env.DIGEST_CONFIG)).toEqual(toRuntimeConfig(baseConfig({ retentionDays: 45 })));
      }
      expect(ingest.DIGEST_MODE).toBe('quiet-period');
      expect(digest.DIGEST_SCHEDULE_GROUP).toBe(resources[logicalId(stack, stack.scheduler.group)].Properties.Name);
      expect(digest.SCHEDULER_DLQ_ARN).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.scheduler.deadLetterQueue), 'Arn'] });
      expect(digest.UNSUBSCRIBE_URL).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.unsubscribeUrl), 'FunctionUrl'] });
      // The email's "view in browser" and archive links point at the archive function's URL.
      expect(digest.ARCHIVE_URL).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.archiveUrl), 'FunctionUrl'] });
      const archive = environmentOf(built, stack.archive);
      expect(Object.keys(archive).sort()).toEqual(['BUCKET_NAME', 'DIGEST_CONFIG', 'NODE_OPTIONS']);
      expect(archive.BUCKET_NAME).toEqual({ Ref: logicalId(stack, stack.bucket) });
      expect(digest.TEMPLATES_DIR).toBe('/var/task/templates');
      expect(built.template.findResources('AWS::Scheduler::Schedule')).toEqual({});
    });

    it('set exactly the variables each handler reads, by the names config/env.ts gives them', () => {
      const stack = built.stack;
      const pairs = [
        [stack.ingestArticle, ingestArticleEnv],
        [stack.sendDigest, sendDigestEnv],
        [stack.unsubscribe, unsubscribeEnv],
        [stack.archive, archiveEnv],
        [stack.sesFeedback, sesFeedbackEnv],
      ] as const;
      for (const [fn, reader] of pairs) {
        // NODE_OPTIONS is the house function's own (source maps), read by Node, not the handler.
        const set = Object.keys(environmentOf(built, fn)).filter((name) => name !== 'NODE_OPTIONS');
        expect({ fn: fn.node.id, names: set.sort() }).toEqual({ fn: fn.node.id, names: [...reader.names].sort() });
      }
    });

    it('expose unsubscribe as a public function URL (the token is the credential)', () => {
      built.template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [logicalId(built.stack, built.stack.unsubscribe), 'Arn'] },
      });
    });

    it('serve the web archive from a public function URL with a small reserved concurrency', () => {
      built.template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [logicalId(built.stack, built.stack.archive), 'Arn'] },
      });
      const concurrency = resources[logicalId(built.stack, built.stack.archive)].Properties.ReservedConcurrentExecutions;
      expect(concurrency).toBeGreaterThan(0);
      expect(concurrency).toBeLessThanOrEqual(10);
      // No public bucket: the pages go through the function, the bucket stays private.
      const bucket = resources[logicalId(built.stack, built.stack.bucket)].Properties;
      expect(bucket.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
    });
  });

  describe('bucket', () => {
    it('blocks public access, enforces TLS, encrypts and versions', () => {
      const bucket = resources[logicalId(built.stack, built.stack.bucket)].Properties;
      expect(bucket.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
      expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalId(built.stack, built.stack.accessLogBucket) });
      for (const b of [built.stack.bucket, built.stack.accessLogBucket]) {
        built.template.hasResourceProperties('AWS::S3::BucketPolicy', {
          Bucket: { Ref: logicalId(built.stack, b) },
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        });
      }
    });

    it('expires uploads and processed prefixes after retentionDays and old versions, and nothing still in flight', () => {
      const rules = resources[logicalId(built.stack, built.stack.bucket)].Properties.LifecycleConfiguration.Rules as Json[];
      const expiring = Object.fromEntries(rules.filter((r) => r.Prefix).map((r) => [r.Prefix, r.ExpirationInDays]));
      expect(expiring).toEqual({ [INCOMING_PREFIX]: 45, [PREFIX.articles]: 45, [PREFIX.digests]: 45, [PREFIX.rejections]: 45 });
      expect(rules.some((r) => !r.Prefix && r.NoncurrentVersionExpiration?.NoncurrentDays > 0 && !r.ExpirationInDays)).toBe(true);
      for (const live of [PREFIX.pendingArticles, PREFIX.suppressions, PREFIX.outbox, PREFIX.locks]) {
        for (const rule of rules.filter((r) => r.ExpirationInDays)) expect(live.startsWith(rule.Prefix ?? '')).toBe(false);
      }
    });
  });

  describe('alarms', () => {
    const alarms = () => Object.values(built.template.findResources('AWS::CloudWatch::Alarm')) as Json[];
    const topicRef = () => ({ Ref: logicalId(built.stack, built.stack.alarmTopic) });

    it('alarm on the first message in each dead-letter queue', () => {
      const stack = built.stack;
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
      for (const fn of [built.stack.ingestArticle, built.stack.sendDigest, built.stack.unsubscribe, built.stack.archive]) {
        const alarm = alarms().find(
          (a) => a.Properties.MetricName === 'Errors' && a.Properties.Dimensions?.[0]?.Value?.Ref === logicalId(built.stack, fn),
        );
        expect(alarm, fn.node.path).toBeDefined();
        expect(alarm.Properties).toMatchObject({ Namespace: 'AWS/Lambda', Threshold: 1, Statistic: 'Sum', AlarmActions: [topicRef()] });
      }
    });

    it('publish to a TLS-only topic, with no email subscription unless configured', () => {
      built.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [topicRef()],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
      // The only subscription is ses-feedback's, on the SES feedback topic (not the alarm topic).
      const subscriptions = Object.values(built.template.findResources('AWS::SNS::Subscription')) as Json[];
      expect(subscriptions.map((s) => s.Properties.Protocol)).toEqual(['lambda']);
      expect(subscriptions[0].Properties.TopicArn).toEqual({ Ref: logicalId(built.stack, built.stack.sesFeedbackTopic) });
    });
  });

  it('outputs the bucket, the upload prefix, the unsubscribe URL and the alarm topic', () => {
    const outputs = built.template.toJSON().Outputs;
    expect(outputs.BucketName.Value).toEqual({ Ref: logicalId(built.stack, built.stack.bucket) });
    expect(JSON.stringify(outputs.UploadPrefix.Value)).toContain('/incoming/');
    expect(outputs.UnsubscribeUrl.Value).toEqual({ 'Fn::GetAtt': [logicalId(built.stack, built.stack.unsubscribeUrl), 'FunctionUrl'] });
    expect(outputs.ArchiveUrl.Value).toEqual({ 'Fn::GetAtt': [logicalId(built.stack, built.stack.archiveUrl), 'FunctionUrl'] });
    expect(outputs.AlarmTopicArn.Value).toEqual({ Ref: logicalId(built.stack, built.stack.alarmTopic) });
  });

  it('acknowledges exactly the wildcard grants the policies make, each naming its actions', () => {
    const real = wildcardGrantsInTemplate(built);
    expect(real.length).toBeGreaterThan(0);
    expect(iam5Acknowledgements(built)).toEqual(real);
    const ingestPending = built.acknowledgements.find((a) => a.path === 'DigestPipeline/IngestArticleRole' && a.id.endsWith('/pending/*]'));
    expect(ingestPending?.reason).toMatch(/^s3:GetObject, s3:PutObject on objects under pending\/ only: /);
  });

  it('refuses to acknowledge a wildcard grant nobody wrote a reason for', () => {
    const fresh = buildStack();
    bindBucket(fresh.stack.archive, fresh.stack.bucket, { read: ['misc/'] });
    expect(() => acknowledgeNagFindings(fresh.stack)).toThrow(
      'DigestPipeline/Archive: no reason is written down for s3:GetObject on misc/*; add one to lib/nag-acknowledgements.ts',
    );
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

  it('invokes send-digest on the schedule through the scheduler role, with a DLQ', () => {
    const stack = built.stack;
    const groupId = logicalId(stack, stack.scheduler.group);
    built.template.hasResource('AWS::Scheduler::Schedule', { DependsOn: Match.arrayWith([groupId]) });
    built.template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      GroupName: built.template.toJSON().Resources[groupId].Properties.Name,
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
    const invokes = (Object.values(built.template.findResources('AWS::IAM::Policy')) as Json[])
      .filter((p) => p.Properties.Roles.some((r: Json) => r.Ref === roleId))
      .flatMap((p) => p.Properties.PolicyDocument.Statement)
      .filter((st: Json) => [st.Action].flat().includes('lambda:InvokeFunction'));
    expect(invokes).toHaveLength(1);
    expect(typeof invokes[0].Resource).toBe('string');
    expect(environmentOf(built, stack.ingestArticle).DIGEST_MODE).toBe('cron');
    expect(environmentOf(built, stack.sendDigest).DIGEST_MODE).toBe('cron');
  });

  it('subscribes the alarm email to the topic', () => {
    built.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
      TopicArn: { Ref: logicalId(built.stack, built.stack.alarmTopic) },
    });
  });

  it('still passes cdk-nag, acknowledging exactly the wildcard grants it makes', () => {
    expect(new AwsSolutionsChecks(built.app).validateScope(built.app).violations).toEqual([]);
    expect(iam5Acknowledgements(built)).toEqual(wildcardGrantsInTemplate(built));
  });
});

describe('the digest pipeline stack in abstractive (Bedrock) summarizer mode', () => {
  const modelId = 'amazon.nova-micro-v1:0';
  let built: BuiltStack;
  beforeAll(() => {
    built = buildStack(baseConfig({ summarizer: { mode: 'bedrock', modelId } }));
  });

  it('lets send-digest invoke the configured foundation model only, in the stack region', () => {
    const grants = grantsOf(built, built.stack.sendDigest);
    expect(grants.get('bedrock:InvokeModel')!.resources).toEqual(new Set([`arn:aws:bedrock:eu-west-1::foundation-model/${modelId}`]));
    expect([...grants.keys()].filter((a) => a.startsWith('bedrock:'))).toEqual(['bedrock:InvokeModel']);
    for (const fn of [built.stack.ingestArticle, built.stack.unsubscribe]) {
      expect([...grantsOf(built, fn).keys()].filter((a) => a.startsWith('bedrock:'))).toEqual([]);
    }
  });

  it('hands the summarizer settings to send-digest in DIGEST_CONFIG', () => {
    const env = environmentOf(built, built.stack.sendDigest);
    expect(parseRuntimeConfig(env.DIGEST_CONFIG).summarizer).toEqual({ mode: 'bedrock', modelId });
  });

  it('still passes cdk-nag, acknowledging exactly the wildcard grants it makes', () => {
    expect(new AwsSolutionsChecks(built.app).validateScope(built.app).violations).toEqual([]);
    expect(iam5Acknowledgements(built)).toEqual(wildcardGrantsInTemplate(built));
  });
});

describe('configuration errors fail synth and name the key', () => {
  it('reports a missing sender and a bad recipient by key', () => {
    expect(() => parseAppConfig({ recipients: ['reader@example.com', 'not-an-address'] })).toThrow(ConfigError);
    let message = '';
    try {
      parseAppConfig({ recipients: ['reader@example.com', 'not-an-address'] });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/digest\.sender: is required/);
    expect(message).toMatch(/digest\.recipients\.1: must be an email address/);
  });

  // cdk.json context arrives as an object; `cdk synth -c digest='{...}'` as a string of JSON.
  it.each([
    ['cdk.json', { recipients: ['nobody'] }],
    ['-c digest=...', JSON.stringify({ recipients: ['nobody'] })],
  ])('makes bin/app.ts exit non-zero with only the message (config from %s)', (_from, digest) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
      cwd: new URL('../..', import.meta.url),
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ ...featureFlags, digest }) },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('digest.sender: is required');
    expect(result.stderr).toContain('digest.recipients.0: must be an email address');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('fails synth naming digest.summarizer.modelId when Bedrock mode has no model', () => {
    expect(() => baseConfig({ summarizer: { mode: 'bedrock' } })).toThrow(/digest\.summarizer\.modelId: is required when digest\.summarizer\.mode is "bedrock"/);
  });

  it('fails synth naming digest.themes when the config cannot fit in a Lambda environment', () => {
    const themes = Array.from({ length: 12 }, (_, i) => ({
      id: `theme-${i}`,
      title: `Theme number ${i}`,
      terms: Object.fromEntries(Array.from({ length: 20 }, (_, j) => [`a rather long search phrase ${j}`, 1])),
    }));
    expect(() => buildStack(baseConfig({ themes }))).toThrow(/digest\.themes: .*over Lambda's 4096-byte limit/s);
  });
});

describe('invalid construct props fail at synth with a clear message', () => {
  const freshStack = () => new Stack(new App({ context: featureFlags }), 'Test');

  it('SecureBucket: expiring prefixes need a retention', () => {
    expect(() => new SecureBucket(freshStack(), 'B', { expiringPrefixes: ['articles/'] })).toThrow(
      'Test/B: expiringPrefixes needs retentionDays (how long to keep articles/)',
    );
    expect(() => new SecureBucket(freshStack(), 'B', { expiringPrefixes: [''], retentionDays: 3 })).toThrow(
      'an empty expiring prefix would expire every object in the bucket',
    );
  });

  it('DigestScheduler: names must be valid scheduler and Lambda names', () => {
    expect(() => new DigestScheduler(freshStack(), 'S', { groupName: 'bad group', digestFunctionName: 'f' })).toThrow(
      `Test/S: groupName "bad group" must be 1-64 characters of letters, digits, '.', '_' or '-'`,
    );
    expect(() => new DigestScheduler(freshStack(), 'S', { groupName: 'g', digestFunctionName: 'x'.repeat(65) })).toThrow(
      /digestFunctionName "x+" must be 1-64 characters .* \(shorten the stack name\)/,
    );
  });

  it('DigestPipelineStack: a stack name too long for the send-digest function name', () => {
    const app = new App({ context: { ...featureFlags, 'aws:cdk:bundling-stacks': [] } });
    expect(() => new DigestPipelineStack(app, 'A'.repeat(60), { config: baseConfig() })).toThrow(/shorten the stack name/);
  });

  it('bindBucket: prefixes are plain key prefixes, never wildcards or the whole bucket', () => {
    const stack = freshStack();
    const bucket = new Bucket(stack, 'B');
    const fn = new LambdaFunction(stack, 'F', { runtime: Runtime.NODEJS_24_X, handler: 'index.handler', code: Code.fromInline('x') });
    expect(() => bindBucket(fn, bucket, { read: ['*'] })).toThrow(`Test/F: read prefix "*" must be a key prefix such as "pending/"`);
    expect(() => bindBucket(fn, bucket, { write: ['pending'] })).toThrow(/write prefix "pending" must be a key prefix/);
    expect(() => bindBucket(fn, bucket, {})).toThrow('Test/F: bindBucket needs at least one prefix');
  });
});
