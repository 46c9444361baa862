// Intent of the synthesized stack: bad configuration and bad construct props fail synth with a message that names the key or prop.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseAppConfig } from '../../config/schema';
import { bindBucket } from '../../lib/constructs/bindings';
import { DigestScheduler } from '../../lib/constructs/digest-scheduler';
import { SecureBucket } from '../../lib/constructs/secure-bucket';
import { DigestPipelineStack } from '../../lib/digest-pipeline-stack';
import { baseConfig, buildStack, featureFlags } from './stack-fixture';

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
      // Distinct made-up words (a hash per term), so deflating DIGEST_CONFIG cannot shrink them away.
      terms: Object.fromEntries(Array.from({ length: 20 }, (_, j) => [createHash('sha256').update(`${i}:${j}`).digest('hex').slice(0, 24).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!), 1])),
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
