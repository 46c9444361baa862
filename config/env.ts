// The environment contract between lib/ (which sets every variable, by these names) and functions/
// (which read them, through these readers only). Pure: imported by both, it imports neither.
//
// Each function's variables are read and checked together, once per container (handlers call their
// reader at the first invocation): every missing or malformed variable is named in one ConfigError,
// so a bad deployment fails at once and clearly instead of on the first code path that needs it.
import { ConfigError, parseRuntimeConfig, type RuntimeConfig } from './schema';

/** Every environment variable the stack sets for a handler. */
export const ENV = {
  /** The runtime configuration as JSON (RuntimeConfig, config/schema.ts). */
  digestConfig: 'DIGEST_CONFIG',
  /** The pipeline bucket (bindings: bindBucket, bindFolderFilesReadOnly). */
  bucketName: 'BUCKET_NAME',
  /** ARN of the HMAC key that signs unsubscribe links (bindings: bindSecret). */
  unsubscribeSecretArn: 'UNSUBSCRIBE_SECRET_ARN',
  /** The unsubscribe function's URL, for the links in each message. */
  unsubscribeUrl: 'UNSUBSCRIBE_URL',
  /** The web archive function's URL, for "view in browser" and "past digests". */
  archiveUrl: 'ARCHIVE_URL',
  /** Where the MJML templates are inside the send-digest bundle. */
  templatesDir: 'TEMPLATES_DIR',
  /** The SES configuration set every message is sent through (bindings: bindConfigurationSet). */
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  /** How send-digest is started: a DigestMode (DigestScheduler.grantRequestDigest sets it and the next five). */
  digestMode: 'DIGEST_MODE',
  /** The one-time quiet-period schedule's name and group. */
  scheduleName: 'DIGEST_SCHEDULE_NAME',
  scheduleGroup: 'DIGEST_SCHEDULE_GROUP',
  /** send-digest's ARN, the schedule's target. */
  digestFunctionArn: 'DIGEST_FUNCTION_ARN',
  /** The role EventBridge Scheduler invokes send-digest with, and its dead-letter queue. */
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  schedulerDlqArn: 'SCHEDULER_DLQ_ARN',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/**
 * How send-digest is started: 'quiet-period', by the one-time schedule each new article pushes back;
 * 'cron', by the recurring schedule in digest.schedule only (new articles just wait for it).
 */
export const DIGEST_MODES = ['quiet-period', 'cron'] as const;
export type DigestMode = (typeof DIGEST_MODES)[number];

/** Where the one-time quiet-period schedule lives and what it invokes. */
export interface ScheduleTargetEnv {
  readonly scheduleName: string;
  readonly groupName: string;
  readonly functionArn: string;
  readonly roleArn: string;
  readonly deadLetterArn: string;
}

/** What a function needs to ask for a digest (ingest-article after each file, send-digest when it defers). */
export interface DigestRequestEnv {
  readonly mode: DigestMode;
  readonly schedule: ScheduleTargetEnv;
}

type Source = Readonly<Record<string, string | undefined>>;

/** Reads variables, collecting every problem; in dry mode it only records which names are read. */
class EnvReader {
  readonly names: EnvName[] = [];
  readonly problems: string[] = [];
  constructor(
    private readonly env: Source,
    private readonly dry = false,
  ) {}

  text(name: EnvName): string {
    this.names.push(name);
    const value = this.env[name];
    if (!this.dry && !value) this.problems.push(`${name} is not set`);
    return value ?? '';
  }

  private check(name: EnvName, ok: (value: string) => boolean, what: string): string {
    const value = this.text(name);
    if (!this.dry && value && !ok(value)) this.problems.push(`${name} must be ${what}, got "${value}"`);
    return value;
  }

  url(name: EnvName): string {
    return this.check(name, (v) => /^https?:\/\/[^\s/]+/.test(v), 'an http(s) URL');
  }

  arn(name: EnvName): string {
    return this.check(name, (v) => /^arn:[a-z-]+:[a-z0-9-]+:/.test(v), 'an ARN');
  }

  oneOf<T extends string>(name: EnvName, values: readonly T[]): T {
    return this.check(name, (v) => (values as readonly string[]).includes(v), `one of ${values.map((v) => `"${v}"`).join(', ')}`) as T;
  }

  config(name: EnvName): RuntimeConfig {
    const value = this.text(name);
    if (this.dry || !value) return undefined as unknown as RuntimeConfig;
    try {
      return parseRuntimeConfig(value, name);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.problems.push(error.message.replace(/^Invalid configuration:\n\s*/, '').replace(/\n\s*/g, '; '));
      return undefined as unknown as RuntimeConfig;
    }
  }

  digestRequest(): DigestRequestEnv {
    return {
      mode: this.oneOf(ENV.digestMode, DIGEST_MODES),
      schedule: {
        scheduleName: this.text(ENV.scheduleName),
        groupName: this.text(ENV.scheduleGroup),
        functionArn: this.arn(ENV.digestFunctionArn),
        roleArn: this.arn(ENV.schedulerRoleArn),
        deadLetterArn: this.arn(ENV.schedulerDlqArn),
      },
    };
  }
}

/** A function's environment reader; `names` lists exactly the variables it reads (the stack test compares them). */
export interface FunctionEnv<T> {
  (env?: Source): T;
  readonly names: readonly EnvName[];
}

function functionEnv<T>(build: (read: EnvReader) => T): FunctionEnv<T> {
  const read = (env: Source = process.env): T => {
    const reader = new EnvReader(env);
    const value = build(reader);
    if (reader.problems.length > 0) {
      throw new ConfigError(`Invalid environment:\n${reader.problems.map((p) => `  ${p}`).join('\n')}`);
    }
    return value;
  };
  const dry = new EnvReader({}, true);
  build(dry);
  return Object.assign(read, { names: [...new Set(dry.names)] });
}

export const ingestArticleEnv = functionEnv((r) => ({
  config: r.config(ENV.digestConfig),
  bucketName: r.text(ENV.bucketName),
  digestRequest: r.digestRequest(),
}));

export const sendDigestEnv = functionEnv((r) => ({
  config: r.config(ENV.digestConfig),
  bucketName: r.text(ENV.bucketName),
  digestRequest: r.digestRequest(),
  unsubscribeSecretArn: r.arn(ENV.unsubscribeSecretArn),
  unsubscribeUrl: r.url(ENV.unsubscribeUrl),
  archiveUrl: r.url(ENV.archiveUrl),
  templatesDir: r.text(ENV.templatesDir),
  configurationSet: r.text(ENV.sesConfigurationSet),
}));

export const unsubscribeEnv = functionEnv((r) => ({
  config: r.config(ENV.digestConfig),
  bucketName: r.text(ENV.bucketName),
  unsubscribeSecretArn: r.arn(ENV.unsubscribeSecretArn),
}));

export const archiveEnv = functionEnv((r) => ({
  config: r.config(ENV.digestConfig),
  bucketName: r.text(ENV.bucketName),
}));

export const sesFeedbackEnv = functionEnv((r) => ({
  bucketName: r.text(ENV.bucketName),
}));
