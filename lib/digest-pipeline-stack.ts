// The digest pipeline: S3 bucket -> ingest-article -> (quiet period, EventBridge Scheduler) -> send-digest -> SES,
// plus the public unsubscribe endpoint and the operator alarms. This file only composes constructs.
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { FunctionUrlAuthType, type FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { EventType, type Bucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { type DigestMode, ENV } from '../config/env';
import { type AppConfig, encodeRuntimeConfig, toRuntimeConfig } from '../config/schema';
import { ARCHIVE_FILES, INCOMING_PREFIX, PREFIX, SUPPORTED_SUFFIXES } from '../config/layout';
import { SEND_DIGEST_TIMEOUT_SECONDS } from '../config/limits';
import { bindBucket, bindConfigurationSet, bindFolderFilesReadOnly, bindSecret, grantInvokeModel, grantSendAs } from './constructs/bindings';
import { DeadLetterQueue } from './constructs/dead-letter-queue';
import { DigestFunction } from './constructs/digest-function';
import { DigestScheduler } from './constructs/digest-scheduler';
import { PipelineAlarms } from './constructs/pipeline-alarms';
import { SecureBucket } from './constructs/secure-bucket';

export interface DigestPipelineStackProps extends StackProps {
  /** The validated product configuration (parseAppConfig of the `digest` context). */
  readonly config: AppConfig;
}

/** Where the templates are copied inside the send-digest bundle (the handler reads it from ENV.templatesDir). */
export const TEMPLATES_DIR = '/var/task/templates';

/** Consecutive 5-minute periods with busy digest runs before the alarm: 15 minutes, over two leases. */
const BUSY_ALARM_PERIODS = 3;
/**
 * Concurrent archive requests at most. Small: the pages are a few S3 reads each. Note that Lambda
 * keeps 10 of an account's concurrency unreserved, so an account still at a limit of 10 (some new
 * accounts) cannot reserve any and the deploy fails until the limit is raised.
 */
export const ARCHIVE_RESERVED_CONCURRENCY = 5;

const DIGEST_CONFIG_HINT =
  'digest.themes: the configuration every function receives in DIGEST_CONFIG is too large; use fewer themes or fewer terms per theme';

export class DigestPipelineStack extends Stack {
  readonly bucket: Bucket;
  readonly accessLogBucket: Bucket;
  readonly ingestArticle: DigestFunction;
  readonly sendDigest: DigestFunction;
  readonly unsubscribe: DigestFunction;
  readonly unsubscribeUrl: FunctionUrl;
  readonly unsubscribeSecret: Secret;
  /** The read-only web archive: index, Atom feed and each digest's browser copy. */
  readonly archive: DigestFunction;
  readonly archiveUrl: FunctionUrl;
  readonly scheduler: DigestScheduler;
  /** Events ingest-article failed on after its retries (each message keeps the S3 event, so the key). */
  readonly ingestDeadLetterQueue: DeadLetterQueue;
  /** Invocations send-digest failed on after its retries. */
  readonly digestDeadLetterQueue: DeadLetterQueue;
  readonly alarmTopic: Topic;
  /** Every digest is sent through this set; it publishes bounces, complaints, rejects and deliveries. */
  readonly configurationSet: ses.ConfigurationSet;
  /** Where the configuration set publishes its events; ses-feedback is subscribed. */
  readonly sesFeedbackTopic: Topic;
  readonly sesFeedback: DigestFunction;
  /** SES events ses-feedback failed on after its retries. */
  readonly feedbackDeadLetterQueue: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: DigestPipelineStackProps) {
    super(scope, id, props);
    const { config } = props;
    const digestConfig = encodeRuntimeConfig(toRuntimeConfig(config));
    const environmentHints = { [ENV.digestConfig]: DIGEST_CONFIG_HINT };
    const configEnv = { [ENV.digestConfig]: digestConfig };

    const storage = new SecureBucket(this, 'Storage', {
      // Uploads too: by then each one is long read (an article or a rejection record).
      expiringPrefixes: [INCOMING_PREFIX, PREFIX.articles, PREFIX.digests, PREFIX.rejections],
      retentionDays: config.retentionDays,
    });
    this.bucket = storage.bucket;
    this.accessLogBucket = storage.accessLogBucket;

    this.scheduler = new DigestScheduler(this, 'Scheduler', {
      digestFunctionName: `${this.stackName}-send-digest`,
      groupName: `${this.stackName}-digest`,
    });
    const mode: DigestMode = config.schedule ? 'cron' : 'quiet-period';

    this.unsubscribeSecret = new Secret(this, 'UnsubscribeSecret', {
      description: 'HMAC key that signs one-click unsubscribe links',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    // ingest-article: one S3 object in, one pending record (or rejection) out, then re-arm the digest.
    this.ingestDeadLetterQueue = new DeadLetterQueue(this, 'IngestDeadLetterQueue');
    this.ingestArticle = new DigestFunction(this, 'IngestArticle', {
      entry: 'functions/handlers/ingest-article.ts',
      description: 'Reads an uploaded article and queues it (or its rejection) for the next digest',
      timeout: Duration.seconds(60),
      memorySize: 1024,
      retryAttempts: 2,
      onFailure: new SqsDestination(this.ingestDeadLetterQueue),
      environment: configEnv,
      environmentHints,
    });
    bindBucket(this.ingestArticle, this.bucket, {
      read: [INCOMING_PREFIX, 'pending/', PREFIX.rejections, PREFIX.articles],
      write: ['pending/', PREFIX.rejections],
      // An overwrite with new content retires the key's earlier pending article and its key record.
      delete: [PREFIX.pendingArticles, PREFIX.pendingRefs, PREFIX.pendingKeys],
      probesMissingKeys: true,
    });
    this.scheduler.grantRequestDigest(this.ingestArticle, mode);
    // One prefix-only rule: every object under incoming/ ends as an article or a rejection record,
    // whatever its suffix (.pdf, .zip) or the suffix's case (.TXT). S3 suffix filters are
    // case-sensitive and overlapping rules are refused, so per-suffix rules would let files vanish.
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(this.ingestArticle), {
      prefix: INCOMING_PREFIX,
    });

    // unsubscribe: the public one-click endpoint; it can only add suppressions.
    this.unsubscribe = new DigestFunction(this, 'Unsubscribe', {
      entry: 'functions/handlers/unsubscribe.ts',
      description: 'One-click unsubscribe (RFC 8058): records a suppression for a signed token',
      timeout: Duration.seconds(10),
      memorySize: 256,
      // The URL is public: a cap keeps a flood of requests from costing more than this many
      // concurrent instances (and from taking concurrency the pipeline's own functions need).
      ...(config.unsubscribeConcurrency !== null ? { reservedConcurrentExecutions: config.unsubscribeConcurrency } : {}),
      environment: configEnv,
      environmentHints,
    });
    bindBucket(this.unsubscribe, this.bucket, { write: [PREFIX.suppressions] });
    bindSecret(this.unsubscribe, this.unsubscribeSecret, ENV.unsubscribeSecretArn);
    // Public on purpose: mail providers POST here without credentials; the token is HMAC-signed.
    this.unsubscribeUrl = this.unsubscribe.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });

    // archive: the public, read-only web archive ("view in browser", the index, the Atom feed).
    // It reads two named files of each digest folder and lists digests/; never the send ledger.
    this.archive = new DigestFunction(this, 'Archive', {
      entry: 'functions/handlers/archive.ts',
      description: 'Serves past digests read-only: the index, an Atom feed and each digest in the browser',
      timeout: Duration.seconds(10),
      memorySize: 256,
      // A public URL: cap what a flood of requests can cost, and leave the account's pool alone.
      reservedConcurrentExecutions: ARCHIVE_RESERVED_CONCURRENCY,
      environment: configEnv,
      environmentHints,
    });
    bindFolderFilesReadOnly(this.archive, this.bucket, PREFIX.digests, Object.values(ARCHIVE_FILES));
    // Public on purpose: readers open these pages from the email without credentials.
    this.archiveUrl = this.archive.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });

    // send-digest: builds and sends the digest from everything pending.
    this.digestDeadLetterQueue = new DeadLetterQueue(this, 'DigestDeadLetterQueue');
    this.sendDigest = new DigestFunction(this, 'SendDigest', {
      entry: 'functions/handlers/send-digest.ts',
      functionName: `${this.stackName}-send-digest`,
      description: 'Builds the digest from pending articles, renders it with MJML and sends it with SES',
      // The run lock's lease is derived from the same constant (config/limits.ts).
      timeout: Duration.seconds(SEND_DIGEST_TIMEOUT_SECONDS),
      memorySize: 1024,
      retryAttempts: 2,
      onFailure: new SqsDestination(this.digestDeadLetterQueue),
      environment: {
        ...configEnv,
        [ENV.unsubscribeUrl]: this.unsubscribeUrl.url,
        [ENV.archiveUrl]: this.archiveUrl.url,
        [ENV.templatesDir]: TEMPLATES_DIR,
      },
      environmentHints,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (inputDir: string, outputDir: string) => [`cp -r "${inputDir}/templates" "${outputDir}/templates"`],
      },
    });
    bindBucket(this.sendDigest, this.bucket, {
      probesMissingKeys: true,
      read: ['pending/', PREFIX.outbox, PREFIX.digests, PREFIX.suppressions, PREFIX.articles, PREFIX.locks],
      write: [PREFIX.articles, PREFIX.digests, PREFIX.outbox, PREFIX.locks],
      delete: ['pending/', PREFIX.outbox, PREFIX.locks],
    });
    bindSecret(this.sendDigest, this.unsubscribeSecret, ENV.unsubscribeSecretArn);
    grantSendAs(this.sendDigest, config.sender);

    // Bounces and complaints: every message goes through one configuration set, which publishes
    // its events to a topic; ses-feedback suppresses hard bounces and complaints (suppressions/).
    this.sesFeedbackTopic = new Topic(this, 'SesFeedbackTopic', { displayName: 'SES bounces, complaints, rejects and deliveries', enforceSSL: true });
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', { reputationMetrics: true });
    this.configurationSet.addEventDestination('FeedbackTopic', {
      destination: ses.EventDestination.snsTopic(this.sesFeedbackTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT, ses.EmailSendingEvent.REJECT, ses.EmailSendingEvent.DELIVERY],
    });
    bindConfigurationSet(this.sendDigest, this.configurationSet);
    this.feedbackDeadLetterQueue = new DeadLetterQueue(this, 'FeedbackDeadLetterQueue');
    this.sesFeedback = new DigestFunction(this, 'SesFeedback', {
      entry: 'functions/handlers/ses-feedback.ts',
      description: 'Suppresses readers SES reports as hard bounces or complaints',
      timeout: Duration.seconds(30),
      memorySize: 256,
      retryAttempts: 2,
      onFailure: new SqsDestination(this.feedbackDeadLetterQueue),
    });
    bindBucket(this.sesFeedback, this.bucket, { write: [PREFIX.suppressions] });
    this.sesFeedbackTopic.addSubscription(new LambdaSubscription(this.sesFeedback));
    // Abstractive mode only: the handler reads the model id from DIGEST_CONFIG; extractive (the
    // default) grants nothing, so a default stack has no Bedrock permission at all.
    if (config.summarizer?.mode === 'bedrock') grantInvokeModel(this.sendDigest, config.summarizer.modelId);
    this.scheduler.grantRequestDigest(this.sendDigest, mode);
    if (config.schedule) this.scheduler.addRecurringSchedule(config.schedule, this.sendDigest);

    // Alarms: a failed event anywhere, or any function error, reaches the operator.
    const alarms = new PipelineAlarms(this, 'Alarms', { email: config.alarmEmail });
    this.alarmTopic = alarms.topic;
    alarms.watchDeadLetterQueue('IngestDeadLetters', this.ingestDeadLetterQueue, 'ingest-article');
    alarms.watchDeadLetterQueue('DigestDeadLetters', this.digestDeadLetterQueue, 'send-digest');
    alarms.watchDeadLetterQueue('SchedulerDeadLetters', this.scheduler.deadLetterQueue, 'EventBridge Scheduler -> send-digest');
    alarms.watchErrors('IngestErrors', this.ingestArticle, 'ingest-article');
    alarms.watchErrors('DigestErrors', this.sendDigest, 'send-digest');
    alarms.watchErrors('UnsubscribeErrors', this.unsubscribe, 'unsubscribe');
    // Delivery events the flow logs as JSON lines, turned into metrics and alarms.
    alarms.watchLogEvent('RecipientsGivenUp', this.sendDigest, {
      event: 'digest.recipient-failed',
      metricName: 'RecipientsGivenUp',
      description: 'send-digest: SES refused a recipient on every try; it was recorded as failed for a digest (see the log line for its hash)',
    });
    alarms.watchLogEvent('DigestRunsBusy', this.sendDigest, {
      event: 'digest.busy',
      metricName: 'DigestRunsBusy',
      description: 'send-digest: runs keep finding the run lock held, longer than a lease; digests are waiting',
      // One busy run is normal (two schedules overlapped, or a dead run's lease is running out);
      // busy runs in every period for longer than a lease are not.
      sustainedPeriods: BUSY_ALARM_PERIODS,
    });
    alarms.watchErrors('ArchiveErrors', this.archive, 'archive');
    alarms.watchDeadLetterQueue('FeedbackDeadLetters', this.feedbackDeadLetterQueue, 'ses-feedback');
    alarms.watchErrors('FeedbackErrors', this.sesFeedback, 'ses-feedback');
    alarms.watchSesReputation();

    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName, description: 'The pipeline bucket' });
    new CfnOutput(this, 'UploadPrefix', {
      value: `s3://${this.bucket.bucketName}/${INCOMING_PREFIX}`,
      description: `Drop articles here (${SUPPORTED_SUFFIXES.join(', ')})`,
    });
    new CfnOutput(this, 'UnsubscribeUrl', { value: this.unsubscribeUrl.url, description: 'One-click unsubscribe endpoint' });
    new CfnOutput(this, 'ArchiveUrl', { value: this.archiveUrl.url, description: 'Past digests (index); feed.xml is the Atom feed' });
    new CfnOutput(this, 'ConfigurationSetName', { value: this.configurationSet.configurationSetName, description: 'SES configuration set every digest is sent through' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn, description: 'Operator alarms' });
  }
}
