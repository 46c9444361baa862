// Intent of the synthesized stack: runtime settings of the functions: runtime, architecture, timeouts, memory, environment, DLQs.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { type Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { archiveEnv, ingestArticleEnv, sendDigestEnv, sesFeedbackEnv, unsubscribeEnv } from '../../config/env';
import { parseRuntimeConfig, toRuntimeConfig } from '../../config/schema';
import { baseConfig, synthesized } from './stack-fixture';
import { environmentOf, grantsOf, logicalId, type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  describe('functions', () => {
    it('run every Node.js function on Node.js 24, arm64, with explicit timeout and memory', () => {
      const functions = Object.entries(synth.resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
      const node = functions.filter(([, r]) => String(r.Properties.Runtime).startsWith('nodejs'));
      const ours = [synth.built.stack.ingestArticle, synth.built.stack.sendDigest, synth.built.stack.unsubscribe, synth.built.stack.archive, synth.built.stack.sesFeedback].map((f) => logicalId(synth.built.stack, f));
      expect(node.map(([id]) => id).sort()).toEqual([...ours].sort());
      for (const [, r] of node) {
        expect(r.Properties.Runtime).toBe(Runtime.NODEJS_24_X.name);
        expect(r.Properties.Architectures).toEqual(['arm64']);
      }
      const settings = (fn: LambdaFunction) => {
        const p = synth.resources[logicalId(synth.built.stack, fn)].Properties;
        return [p.Timeout, p.MemorySize];
      };
      expect(settings(synth.built.stack.ingestArticle)).toEqual([60, 1024]);
      expect(settings(synth.built.stack.sendDigest)).toEqual([300, 1024]);
      expect(settings(synth.built.stack.unsubscribe)).toEqual([10, 256]);
      expect(settings(synth.built.stack.archive)).toEqual([10, 256]);
      expect(settings(synth.built.stack.sesFeedback)).toEqual([30, 256]);
    });

    it('log each function to its own log group with a retention, writable by that function only', () => {
      for (const fn of [synth.built.stack.ingestArticle, synth.built.stack.sendDigest, synth.built.stack.unsubscribe, synth.built.stack.archive]) {
        const logGroupRef = synth.resources[logicalId(synth.built.stack, fn)].Properties.LoggingConfig.LogGroup;
        const logGroupId = logGroupRef.Ref;
        expect(synth.resources[logGroupId].Properties.RetentionInDays).toBe(30);
        const grants = grantsOf(synth.built, fn);
        expect(grants.get('logs:PutLogEvents')!.resources).toEqual(new Set([`${logGroupId}.Arn`]));
        const roleId = logicalId(synth.built.stack, fn.role as Json);
        expect(synth.resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
      }
    });

    it('retry async failures twice, then keep the event in a dead-letter queue', () => {
      for (const [fn, queue] of [
        [synth.built.stack.ingestArticle, synth.built.stack.ingestDeadLetterQueue],
        [synth.built.stack.sendDigest, synth.built.stack.digestDeadLetterQueue],
      ] as const) {
        synth.built.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: logicalId(synth.built.stack, fn) },
          MaximumRetryAttempts: 2,
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(synth.built.stack, queue), 'Arn'] } } },
        });
        expect(grantsOf(synth.built, fn).get('sqs:SendMessage')!.resources).toEqual(new Set([`${logicalId(synth.built.stack, queue)}.Arn`]));
      }
      const queues = Object.values(synth.built.template.findResources('AWS::SQS::Queue')) as Json[];
      for (const q of queues) {
        expect(q.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
        expect(q.Properties.SqsManagedSseEnabled).toBe(true);
      }
    });

    it('hand each function the environment its handler reads', () => {
      const stack = synth.built.stack;
      const schedulerVars = ['DIGEST_SCHEDULE_NAME', 'DIGEST_SCHEDULE_GROUP', 'DIGEST_FUNCTION_ARN', 'SCHEDULER_ROLE_ARN', 'SCHEDULER_DLQ_ARN', 'DIGEST_MODE'];
      const ingest = environmentOf(synth.built, stack.ingestArticle);
      const digest = environmentOf(synth.built, stack.sendDigest);
      const unsubscribe = environmentOf(synth.built, stack.unsubscribe);
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
      expect(digest.DIGEST_SCHEDULE_GROUP).toBe(synth.resources[logicalId(stack, stack.scheduler.group)].Properties.Name);
      expect(digest.SCHEDULER_DLQ_ARN).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.scheduler.deadLetterQueue), 'Arn'] });
      expect(digest.UNSUBSCRIBE_URL).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.unsubscribeUrl), 'FunctionUrl'] });
      // The email's "view in browser" and archive links point at the archive function's URL.
      expect(digest.ARCHIVE_URL).toEqual({ 'Fn::GetAtt': [logicalId(stack, stack.archiveUrl), 'FunctionUrl'] });
      const archive = environmentOf(synth.built, stack.archive);
      expect(Object.keys(archive).sort()).toEqual(['BUCKET_NAME', 'DIGEST_CONFIG', 'NODE_OPTIONS']);
      expect(archive.BUCKET_NAME).toEqual({ Ref: logicalId(stack, stack.bucket) });
      expect(digest.TEMPLATES_DIR).toBe('/var/task/templates');
      expect(synth.built.template.findResources('AWS::Scheduler::Schedule')).toEqual({});
    });

    it('set exactly the variables each handler reads, by the names config/env.ts gives them', () => {
      const stack = synth.built.stack;
      const pairs = [
        [stack.ingestArticle, ingestArticleEnv],
        [stack.sendDigest, sendDigestEnv],
        [stack.unsubscribe, unsubscribeEnv],
        [stack.archive, archiveEnv],
        [stack.sesFeedback, sesFeedbackEnv],
      ] as const;
      for (const [fn, reader] of pairs) {
        // NODE_OPTIONS is the house function's own (source maps), read by Node, not the handler.
        const set = Object.keys(environmentOf(synth.built, fn)).filter((name) => name !== 'NODE_OPTIONS');
        expect({ fn: fn.node.id, names: set.sort() }).toEqual({ fn: fn.node.id, names: [...reader.names].sort() });
      }
    });

    it('expose unsubscribe as a public function URL (the token is the credential)', () => {
      synth.built.template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [logicalId(synth.built.stack, synth.built.stack.unsubscribe), 'Arn'] },
      });
    });

    it('serve the web archive from a public function URL with a small reserved concurrency', () => {
      synth.built.template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [logicalId(synth.built.stack, synth.built.stack.archive), 'Arn'] },
      });
      const concurrency = synth.resources[logicalId(synth.built.stack, synth.built.stack.archive)].Properties.ReservedConcurrentExecutions;
      expect(concurrency).toBeGreaterThan(0);
      expect(concurrency).toBeLessThanOrEqual(10);
      // No public bucket: the pages go through the function, the bucket stays private.
      const bucket = synth.resources[logicalId(synth.built.stack, synth.built.stack.bucket)].Properties;
      expect(bucket.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
    });
  });
});

describe('the digest pipeline stack in abstractive (Bedrock) summarizer mode', () => {
  const modelId = 'amazon.nova-micro-v1:0';
  const synth = synthesized(baseConfig({ summarizer: { mode: 'bedrock', modelId } }));

  it('hands the summarizer settings to send-digest in DIGEST_CONFIG', () => {
    const env = environmentOf(synth.built, synth.built.stack.sendDigest);
    expect(parseRuntimeConfig(env.DIGEST_CONFIG).summarizer).toEqual({ mode: 'bedrock', modelId });
  });
});
