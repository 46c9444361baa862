// Intent of the synthesized stack: the pipeline bucket's settings, and the stack's outputs.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { INCOMING_PREFIX, PREFIX } from '../../config/layout';
import { baseConfig, synthesized } from './stack-fixture';
import { logicalId, type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  describe('bucket', () => {
    it('blocks public access, enforces TLS, encrypts and versions', () => {
      const bucket = synth.resources[logicalId(synth.built.stack, synth.built.stack.bucket)].Properties;
      expect(bucket.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
      expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalId(synth.built.stack, synth.built.stack.accessLogBucket) });
      for (const b of [synth.built.stack.bucket, synth.built.stack.accessLogBucket]) {
        synth.built.template.hasResourceProperties('AWS::S3::BucketPolicy', {
          Bucket: { Ref: logicalId(synth.built.stack, b) },
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        });
      }
    });

    it('expires uploads and processed prefixes after retentionDays and old versions, and nothing still in flight', () => {
      const rules = synth.resources[logicalId(synth.built.stack, synth.built.stack.bucket)].Properties.LifecycleConfiguration.Rules as Json[];
      const expiring = Object.fromEntries(rules.filter((r) => r.Prefix).map((r) => [r.Prefix, r.ExpirationInDays]));
      expect(expiring).toEqual({ [INCOMING_PREFIX]: 45, [PREFIX.articles]: 45, [PREFIX.digests]: 45, [PREFIX.rejections]: 45 });
      expect(rules.some((r) => !r.Prefix && r.NoncurrentVersionExpiration?.NoncurrentDays > 0 && !r.ExpirationInDays)).toBe(true);
      for (const live of [PREFIX.pendingArticles, PREFIX.suppressions, PREFIX.outbox, PREFIX.locks]) {
        for (const rule of rules.filter((r) => r.ExpirationInDays)) expect(live.startsWith(rule.Prefix ?? '')).toBe(false);
      }
    });
  });

  it('outputs the bucket, the upload prefix, the unsubscribe URL and the alarm topic', () => {
    const outputs = synth.built.template.toJSON().Outputs;
    expect(outputs.BucketName.Value).toEqual({ Ref: logicalId(synth.built.stack, synth.built.stack.bucket) });
    expect(JSON.stringify(outputs.UploadPrefix.Value)).toContain('/incoming/');
    expect(outputs.UnsubscribeUrl.Value).toEqual({ 'Fn::GetAtt': [logicalId(synth.built.stack, synth.built.stack.unsubscribeUrl), 'FunctionUrl'] });
    expect(outputs.ArchiveUrl.Value).toEqual({ 'Fn::GetAtt': [logicalId(synth.built.stack, synth.built.stack.archiveUrl), 'FunctionUrl'] });
    expect(outputs.AlarmTopicArn.Value).toEqual({ Ref: logicalId(synth.built.stack, synth.built.stack.alarmTopic) });
  });
});
