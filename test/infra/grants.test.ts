// Intent of the synthesized stack: each function's IAM grants, per prefix and per action.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FILES, INCOMING_PREFIX, PREFIX } from '../../config/layout';
import { baseConfig, synthesized } from './stack-fixture';
import { environmentOf, grantsOf, logicalId, objects, s3Actions, type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  describe('grants', () => {
    it('ingest-article reads uploads and writes pending records and rejections only', () => {
      const grants = grantsOf(synth.built, synth.built.stack.ingestArticle);
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
      const grants = grantsOf(synth.built, synth.built.stack.sendDigest);
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
      const grants = grantsOf(synth.built, synth.built.stack.unsubscribe);
      expect(s3Actions(grants)).toEqual(['s3:PutObject']);
      expect(grants.get('s3:PutObject')!.resources).toEqual(objects(PREFIX.suppressions));
      const secretId = logicalId(synth.built.stack, synth.built.stack.unsubscribeSecret);
      expect(grants.get('secretsmanager:GetSecretValue')!.resources).toEqual(new Set([`Ref(${secretId})`]));
      expect([...grants.keys()].filter((a) => !a.startsWith('logs:')).sort()).toEqual(['s3:PutObject', 'secretsmanager:GetSecretValue']);
    });

    it('archive reads only the entry and browser copy of each digest, and lists only digests/', () => {
      const grants = grantsOf(synth.built, synth.built.stack.archive);
      expect([...grants.keys()].filter((a) => !a.startsWith('logs:')).sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
      expect(grants.get('s3:GetObject')!.resources).toEqual(
        new Set([`bucket/${PREFIX.digests}*/${ARCHIVE_FILES.entry}`, `bucket/${PREFIX.digests}*/${ARCHIVE_FILES.page}`]),
      );
      const list = grants.get('s3:ListBucket')!;
      expect(list.resources).toEqual(new Set(['bucket']));
      expect(list.conditions).toEqual([{ StringEquals: { 's3:prefix': PREFIX.digests } }]);
    });

    it('sends mail only as the configured sender identities, never "*"', () => {
      const grants = grantsOf(synth.built, synth.built.stack.sendDigest);
      expect(grants.get('ses:SendRawEmail')!.resources).toEqual(
        new Set([
          'arn:aws:ses:eu-west-1:123456789012:identity/news.example.org',
          'arn:aws:ses:eu-west-1:123456789012:identity/digest@news.example.org',
          // The configuration set every message names (SES authorizes the send against it too).
          `arn:aws:ses:eu-west-1:123456789012:configuration-set/Ref(${logicalId(synth.built.stack, synth.built.stack.configurationSet)})`,
        ]),
      );
      for (const policy of Object.values(synth.built.template.findResources('AWS::IAM::Policy')) as Json[]) {
        for (const statement of policy.Properties.PolicyDocument.Statement) {
          const actions = [statement.Action].flat() as string[];
          if (actions.some((a) => a.startsWith('ses:'))) expect([statement.Resource].flat()).not.toContain('*');
          expect(actions).not.toContain('s3:*');
        }
      }
    });

    it('grants no Bedrock access in the default (extractive) summarizer mode', () => {
      for (const fn of [synth.built.stack.ingestArticle, synth.built.stack.sendDigest, synth.built.stack.unsubscribe]) {
        expect([...grantsOf(synth.built, fn).keys()].filter((a) => a.startsWith('bedrock:'))).toEqual([]);
      }
    });

    it('lets both functions re-arm the one digest schedule and pass only the scheduler role', () => {
      const scheduler = synth.built.stack.scheduler;
      const roleId = logicalId(synth.built.stack, scheduler.role);
      for (const fn of [synth.built.stack.ingestArticle, synth.built.stack.sendDigest]) {
        const grants = grantsOf(synth.built, fn);
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
      const sendDigest = synth.resources[logicalId(synth.built.stack, synth.built.stack.sendDigest)];
      const arn = `arn:aws:lambda:eu-west-1:123456789012:function:${sendDigest.Properties.FunctionName}`;
      const roleId = logicalId(synth.built.stack, synth.built.stack.scheduler.role);
      const policies = (Object.values(synth.built.template.findResources('AWS::IAM::Policy')) as Json[]).filter((p) =>
        p.Properties.Roles.some((r: Json) => r.Ref === roleId),
      );
      const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
      expect(statements.filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'))).toEqual([
        { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: arn },
      ]);
      expect(environmentOf(synth.built, synth.built.stack.ingestArticle).DIGEST_FUNCTION_ARN).toBe(arn);
      expect(environmentOf(synth.built, synth.built.stack.sendDigest).DIGEST_FUNCTION_ARN).toBe(arn);
      const trust = synth.resources[roleId].Properties.AssumeRolePolicyDocument.Statement;
      expect(trust).toEqual([
        expect.objectContaining({ Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      ]);
    });
  });
});

describe('the digest pipeline stack in abstractive (Bedrock) summarizer mode', () => {
  const modelId = 'amazon.nova-micro-v1:0';
  const synth = synthesized(baseConfig({ summarizer: { mode: 'bedrock', modelId } }));

  it('lets send-digest invoke the configured foundation model only, in the stack region', () => {
    const grants = grantsOf(synth.built, synth.built.stack.sendDigest);
    expect(grants.get('bedrock:InvokeModel')!.resources).toEqual(new Set([`arn:aws:bedrock:eu-west-1::foundation-model/${modelId}`]));
    expect([...grants.keys()].filter((a) => a.startsWith('bedrock:'))).toEqual(['bedrock:InvokeModel']);
    for (const fn of [synth.built.stack.ingestArticle, synth.built.stack.unsubscribe]) {
      expect([...grantsOf(synth.built, fn).keys()].filter((a) => a.startsWith('bedrock:'))).toEqual([]);
    }
  });
});
