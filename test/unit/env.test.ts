// The environment contract (config/env.ts): each function's variables are read together and every
// problem is named at once, in one line each.
import { describe, expect, it } from 'vitest';
import { ENV, ingestArticleEnv, sendDigestEnv, sesFeedbackEnv } from '../../config/env';
import { ConfigError, parseAppConfig, toRuntimeConfig } from '../../config/schema';

const digestConfig = JSON.stringify(toRuntimeConfig(parseAppConfig({ sender: 'news@example.com', recipients: ['r@example.com'] })));
const ingestEnv = {
  [ENV.digestConfig]: digestConfig,
  [ENV.bucketName]: 'digest-bucket',
  [ENV.digestMode]: 'quiet-period',
  [ENV.scheduleName]: 'digest-after-quiet-period',
  [ENV.scheduleGroup]: 'digest',
  [ENV.digestFunctionArn]: 'arn:aws:lambda:eu-west-1:123456789012:function:send-digest',
  [ENV.schedulerRoleArn]: 'arn:aws:iam::123456789012:role/scheduler',
  [ENV.schedulerDlqArn]: 'arn:aws:sqs:eu-west-1:123456789012:scheduler-dlq',
};

const problemsOf = (read: () => unknown): string[] => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.split('\n').slice(1).map((l) => l.trim());
  }
  throw new Error('expected a ConfigError');
};

describe('config/env.ts', () => {
  it('reads a complete environment into typed values', () => {
    const env = ingestArticleEnv(ingestEnv);
    expect(env.digestRequest).toEqual({
      mode: 'quiet-period',
      schedule: {
        scheduleName: 'digest-after-quiet-period',
        groupName: 'digest',
        functionArn: ingestEnv[ENV.digestFunctionArn],
        roleArn: ingestEnv[ENV.schedulerRoleArn],
        deadLetterArn: ingestEnv[ENV.schedulerDlqArn],
      },
    });
    expect(env.config.recipients).toEqual(['r@example.com']);
  });

  it('names every bad or missing variable at once', () => {
    const problems = problemsOf(() =>
      ingestArticleEnv({ ...ingestEnv, [ENV.digestMode]: 'crn', [ENV.bucketName]: '', [ENV.schedulerRoleArn]: 'scheduler', [ENV.digestConfig]: '{"sender":"x"}' }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^DIGEST_CONFIG\.sender: must be an email address; DIGEST_CONFIG\.recipients: is required/),
      'BUCKET_NAME is not set',
      'DIGEST_MODE must be one of "quiet-period", "cron", got "crn"',
      'SCHEDULER_ROLE_ARN must be an ARN, got "scheduler"',
    ]);
  });

  it('checks the URLs send-digest puts in every message', () => {
    const problems = problemsOf(() =>
      sendDigestEnv({
        ...ingestEnv,
        [ENV.unsubscribeSecretArn]: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:k',
        [ENV.unsubscribeUrl]: 'lambda-url.example/',
        [ENV.archiveUrl]: 'https://archive.example/',
        [ENV.templatesDir]: '/var/task/templates',
        [ENV.sesConfigurationSet]: 'set',
      }),
    );
    expect(problems).toEqual(['UNSUBSCRIBE_URL must be an http(s) URL, got "lambda-url.example/"']);
  });

  it('lists the names each reader reads, and only names of the contract', () => {
    expect([...sesFeedbackEnv.names]).toEqual(['BUCKET_NAME']);
    expect([...ingestArticleEnv.names].sort()).toEqual(Object.keys(ingestEnv).sort());
    const contract = new Set<string>(Object.values(ENV));
    expect(sendDigestEnv.names.every((n) => contract.has(n))).toBe(true);
  });
});
