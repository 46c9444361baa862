// The product's configuration: one typed schema, validated once at each edge
// (synth time for cdk.json context, cold start for a function's environment, start-up for the CLI).
// Pure code: imported by bin/, lib/ and functions/ alike, and it imports none of them.
// The namespace import lets esbuild drop zod's locales: 0.36 MB off every function bundle (npm run bench).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as z from 'zod';
import defaultThemes from './default-themes.json';
import defaultTopic from './default-topic.json';

const email = z.string().trim().email('must be an email address');

export const themeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id such as "alliances"'),
  title: z.string().min(1, 'must not be empty'),
  terms: z
    .record(z.string().min(1), z.number().positive('weights must be positive'))
    .refine((t) => Object.keys(t).length > 0, 'needs at least one term'),
});

const themeListSchema = z
  .array(themeSchema)
  .min(1, 'needs at least one theme')
  .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'theme ids must be unique');

/** The shipped default themes, checked against the same schema when the module loads. */
export const DEFAULT_THEMES = themeListSchema.parse(defaultThemes);

const topicTermsSchema = z.array(z.string().trim().min(1, 'must not be empty')).max(100);

/**
 * The story the default themes describe (North Korea and the Korean peninsula), as topic terms: a
 * config that keeps the default themes and names no `topicTerms` gets these, so a hard negative that
 * names the peninsula once in passing (a tariff review "rattling Seoul", Blinken at NATO on
 * Afghanistan) is set aside as with a user's own terms (prereg36, README). Never given to a config
 * with themes of its own, whose story they would not name; `topicTerms: []` turns them off.
 */
export const DEFAULT_TOPIC_TERMS = topicTermsSchema.parse(defaultTopic);

/**
 * A Bedrock model id that can be invoked on demand in the stack's region (not an ARN; the stack
 * derives the foundation-model ARN it grants from it).
 */
const bedrockModelId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9.:_-]*$/i, 'must be a Bedrock model id such as "amazon.nova-micro-v1:0" (not an ARN)');

/**
 * How digest items are worded. 'extractive' (the default, and all local mode needs): sentences as
 * written in the sources. 'bedrock': the same selected items, each rewritten into one concise
 * sentence by a Bedrock model; sources never change, and any answer that fails validation keeps
 * the extractive text. Parsed into a union so code reading it needs no cast to get the model id.
 */
export const summarizerSchema = z
  .object({
    mode: z.enum(['extractive', 'bedrock']).default('extractive'),
    modelId: bedrockModelId.optional(),
  })
  .strict()
  .transform((s, ctx): SummarizerSettings => {
    if (s.mode === 'extractive') return s.modelId ? { mode: 'extractive', modelId: s.modelId } : { mode: 'extractive' };
    if (s.modelId) return { mode: 'bedrock', modelId: s.modelId };
    ctx.addIssue({
      code: 'custom',
      path: ['modelId'],
      message: 'is required when digest.summarizer.mode is "bedrock" (a Bedrock model id such as "amazon.nova-micro-v1:0")',
    });
    return z.NEVER;
  });

export type SummarizerSettings =
  | { readonly mode: 'extractive'; readonly modelId?: string }
  | { readonly mode: 'bedrock'; readonly modelId: string };

export const appConfigSchema = z
  .object({
    /** Name shown in the email header and used as the default subject. */
    digestName: z.string().min(1).default('News digest'),
    /** SES-verified sender address (or an address of a verified domain). */
    sender: email,
    /** Who receives the digest; each gets a message of their own. */
    recipients: z.array(email).min(1, 'needs at least one address'),
    /** Subject line before the date; defaults to digestName. */
    subjectPrefix: z.string().min(1).optional(),
    /** Files dropped within this many seconds of each other give one digest. */
    quietPeriodSeconds: z.number().int().min(0).max(86_400).default(60),
    /** Optional EventBridge Scheduler cron expression: send on a schedule instead of after each drop. */
    schedule: z.string().regex(/^cron\(.+\)$/, 'must look like cron(0 7 * * ? *)').optional(),
    /** With a schedule: send a short "nothing new" note when the period had no article. */
    sendWhenEmpty: z.boolean().default(false),
    themes: themeListSchema.default(DEFAULT_THEMES),
    /**
     * Words or names of the story the digest follows ("red sea", "houthi", "suez canal"): a themed
     * article that names none of them fits no section. Absent: DEFAULT_TOPIC_TERMS with the default
     * themes, else the batch alone decides what is off-topic.
     */
    topicTerms: topicTermsSchema.optional(),
    maxItemsPerSection: z.number().int().min(1).max(20).default(5),
    maxWordsPerItem: z.number().int().min(10).max(200).default(80),
    /** Larger files are rejected before they are read. */
    maxArticleBytes: z.number().int().min(1024).max(50 * 1024 * 1024).default(2 * 1024 * 1024),
    /** Add an "Other news" section for articles that fit no theme. */
    otherNews: z.boolean().default(false),
    /** Days to keep processed articles and digests in the bucket. */
    retentionDays: z.number().int().min(1).default(90),
    /** Optional abstractive rewording of the extractive items (absent: extractive). */
    summarizer: summarizerSchema.optional(),
    /**
     * The mailto: entry of List-Unsubscribe (RFC 2369), for clients without one-click support.
     * Absent: the sender address, with the subject "unsubscribe". Those requests are handled by hand.
     */
    unsubscribeMailto: email.optional(),
    /** Where operator alarms are emailed (optional; the SNS topic exists either way). */
    alarmEmail: email.optional(),
    /**
     * Reserved concurrency of the public unsubscribe function: a cap on what a flood of requests
     * can cost. Lambda only reserves what leaves 100 unreserved in the account, so an account with
     * a concurrency quota under 102 (new accounts may have 10) must set null (no reservation).
     */
    unsubscribeConcurrency: z.number().int().min(1).max(50).nullable().default(2),
  })
  .strict();

export type AppConfig = z.infer<typeof appConfigSchema>;
export type ThemeSettings = z.infer<typeof themeSchema>;

/** The part of the config a running function needs (travels in the DIGEST_CONFIG environment variable). */
export type RuntimeConfig = Omit<AppConfig, 'alarmEmail' | 'retentionDays' | 'schedule' | 'unsubscribeConcurrency'>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Validates raw configuration. Every problem is reported with the key that holds it,
 * e.g. `digest.recipients.1: must be an email address`.
 */
export function parseAppConfig(raw: unknown, where = 'digest'): AppConfig {
  const result = appConfigSchema.safeParse(withDefaultTopic(raw ?? {}));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    const message = /received undefined/.test(issue.message) ? 'is required' : issue.message;
    return `  ${path}: ${message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** The raw config with DEFAULT_TOPIC_TERMS when it keeps the default themes and names no topic terms. */
function withDefaultTopic(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'themes' in raw || 'topicTerms' in raw) return raw;
  return { ...raw, topicTerms: DEFAULT_TOPIC_TERMS };
}

export function toRuntimeConfig(config: AppConfig): RuntimeConfig {
  const { alarmEmail: _a, retentionDays: _r, schedule: _s, unsubscribeConcurrency: _u, ...runtime } = config;
  return runtime;
}

/** What a digest run needs from the configuration (shared by send-digest and the CLI). */
export function deliverSettingsOf(config: RuntimeConfig) {
  return {
    digestName: config.digestName,
    subjectPrefix: config.subjectPrefix,
    sender: config.sender,
    recipients: config.recipients,
    themes: config.themes,
    ...(config.topicTerms?.length ? { topicTerms: config.topicTerms } : {}),
    maxItemsPerSection: config.maxItemsPerSection,
    maxWordsPerItem: config.maxWordsPerItem,
    otherNews: config.otherNews,
    sendWhenEmpty: config.sendWhenEmpty,
  };
}

/**
 * DIGEST_CONFIG travels deflated: this prefix, then the raw-deflated JSON in base64. Lambda allows
 * 4 KB for a function's whole environment, and themes with their weighted terms are most of the
 * config: the default config is 2.8 KB as plain JSON and 1.7 KB deflated (test/unit/config.test.ts
 * checks it shrinks), which leaves a user's own themes room to grow. Deflate is deterministic for the same input (the same template at
 * every synth). Plain JSON is still read (tests, hand-set variables).
 */
export const DEFLATED_CONFIG_PREFIX = 'deflate:';

/** The value of DIGEST_CONFIG for a runtime config (the inverse of parseRuntimeConfig). */
export function encodeRuntimeConfig(config: RuntimeConfig): string {
  return DEFLATED_CONFIG_PREFIX + deflateRawSync(Buffer.from(JSON.stringify(config)), { level: 9 }).toString('base64');
}

/** Reads DIGEST_CONFIG-style JSON (a RuntimeConfig), plain or deflated (encodeRuntimeConfig), and validates it. */
export function parseRuntimeConfig(value: string | undefined, where = 'DIGEST_CONFIG'): RuntimeConfig {
  if (!value) throw new ConfigError(`${where} is not set`);
  let json = value;
  if (value.startsWith(DEFLATED_CONFIG_PREFIX)) {
    try {
      json = inflateRawSync(Buffer.from(value.slice(DEFLATED_CONFIG_PREFIX.length), 'base64')).toString('utf8');
    } catch {
      throw new ConfigError(`${where} is not valid deflated JSON`);
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError(`${where} is not valid JSON`);
  }
  return toRuntimeConfig(parseAppConfig(raw, where));
}
