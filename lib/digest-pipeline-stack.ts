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
import { type AppConfig, toRuntimeConfig } from '../config/schema';
import { INCOMING_PREFIX, PREFIX, SUPPORTED_SUFFIXES } from '../config/layout';
import { bindBucket, bindConfigurationSet, bindSecret, grantInvokeModel, grantSendAs } from './constructs/bindings';
import { DeadLetterQueue } from './constructs/dead-letter-queue';
import { DigestFunction } from './constructs/digest-function';
import { DigestScheduler } from './constructs/digest-scheduler';
import { PipelineAlarms } from './constructs/pipeline-alarms';
import { SecureBucket } from './constructs/secure-bucket';

export interface DigestPipelineStackProps extends StackProps {
  /** The validated product configuration (parseAppConfig of the `digest` context). */
  readonly config: AppConfig;
}

/** Where the templates are copied inside the send-digest bundle (the handler reads TEMPLATES_DIR). */
export const TEMPLATES_DIR = '/var/task/templates';

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
    const digestConfig = JSON.stringify(toRuntimeConfig(config));
    const environmentHints = { DIGEST_CONFIG: DIGEST_CONFIG_HINT };

    const storage = new SecureBucket(this, 'Storage', {
      expiringPrefixes: [PREFIX.articles, PREFIX.digests, PREFIX.rejections],
      retentionDays: config.retentionDays,
    });
    this.bucket = storage.bucket;
    this.accessLogBucket = storage.accessLogBucket;

    this.scheduler = new DigestScheduler(this, 'Scheduler', {
      digestFunctionName: `${this.stackName}-send-digest`,
      groupName: `${this.stackName}-digest`,
    });
    const trigger = config.schedule ? 'cron' : 'quiet-period';

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
      environment: { DIGEST_CONFIG: digestConfig },
      environmentHints,
    });
    bindBucket(this.ingestArticle, this.bucket, {
      read: [INCOMING_PREFIX, 'pending/', PREFIX.rejections, PREFIX.articles],
      write: ['pending/', PREFIX.rejections],
      // An overwrite with new content retires the key's earlier pending article and its key record.
      delete: [PREFIX.pendingArticles, PREFIX.pendingRefs, PREFIX.pendingKeys],
      probesMissingKeys: true,
    });
    this.scheduler.grantRequestDigest(this.ingestArticle, trigger);
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
      environment: { DIGEST_CONFIG: digestConfig },
      environmentHints,
    });
    bindBucket(this.unsubscribe, this.bucket, { write: [PREFIX.suppressions] });
    bindSecret(this.unsubscribe, this.unsubscribeSecret, 'UNSUBSCRIBE_SECRET_ARN');
    // Public on purpose: mail providers POST here without credentials; the token is HMAC-signed.
    this.unsubscribeUrl = this.unsubscribe.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });

    // send-digest: builds and sends the digest from everything pending.
    this.digestDeadLetterQueue = new DeadLetterQueue(this, 'DigestDeadLetterQueue');
    this.sendDigest = new DigestFunction(this, 'SendDigest', {
      entry: 'functions/handlers/send-digest.ts',
      functionName: `${this.stackName}-send-digest`,
      description: 'Builds the digest from pending articles, renders it with MJML and sends it with SES',
      timeout: Duration.minutes(5),
      memorySize: 1024,
      retryAttempts: 2,
      onFailure: new SqsDestination(this.digestDeadLetterQueue),
      environment: {
        DIGEST_CONFIG: digestConfig,
        UNSUBSCRIBE_URL: this.unsubscribeUrl.url,
        TEMPLATES_DIR,
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
    bindSecret(this.sendDigest, this.unsubscribeSecret, 'UNSUBSCRIBE_SECRET_ARN');
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
    this.scheduler.grantRequestDigest(this.sendDigest, trigger);
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
    alarms.watchDeadLetterQueue('FeedbackDeadLetters', this.feedbackDeadLetterQueue, 'ses-feedback');
    alarms.watchErrors('FeedbackErrors', this.sesFeedback, 'ses-feedback');
    alarms.watchSesReputation();

    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName, description: 'The pipeline bucket' });
    new CfnOutput(this, 'UploadPrefix', {
      value: `s3://${this.bucket.bucketName}/${INCOMING_PREFIX}`,
      description: `Drop articles here (${SUPPORTED_SUFFIXES.join(', ')})`,
    });
    new CfnOutput(this, 'UnsubscribeUrl', { value: this.unsubscribeUrl.url, description: 'One-click unsubscribe endpoint' });
    new CfnOutput(this, 'ConfigurationSetName', { value: this.configurationSet.configurationSetName, description: 'SES configuration set every digest is sent through' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn, description: 'Operator alarms' });
  }
}
