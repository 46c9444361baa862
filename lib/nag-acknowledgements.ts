// Every cdk-nag (AwsSolutions) finding this app accepts, each with its reason, in one place.
// cdk-nag v3 matches each finding id exactly (no rule-wide wildcard), so each accepted finding is named.
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { ARCHIVE_FILES, INCOMING_PREFIX, PREFIX } from '../config/layout';
import type { DigestPipelineStack } from './digest-pipeline-stack';

/** Why a function may touch every object under a prefix: the key layout (config/layout.ts) is the boundary. */
const PREFIX_REASONS: Readonly<Record<string, string>> = {
  [INCOMING_PREFIX]: 'ingest-article reads whatever file a newsroom uploads; names are not known in advance',
  'pending/': 'pending records are named by content id at run time; the prefix is the queue of the next digest',
  [PREFIX.pendingArticles]: 'an overwritten upload retires its earlier pending article, named by content id at run time',
  [PREFIX.pendingKeys]: 'an upload whose text moved to an already-sent article drops its key record, named by a hash of the key',
  [PREFIX.pendingRefs]: 'an overwritten upload drops the record that tied its key to the old text, named by content id and key hash',
  [PREFIX.articles]: 'the archive of sent articles is keyed by content id, known only at run time',
  [PREFIX.rejections]: 'rejection records are keyed by the rejected upload, known only at run time',
  [PREFIX.digests]: 'each digest gets a folder named by its id at run time',
  [PREFIX.outbox]: 'the outbox holds the digest being delivered, named at run time',
  [PREFIX.suppressions]: 'suppressions are keyed by a hash of the address, computed at run time',
  [PREFIX.locks]: 'the run lock object lives under this prefix',
};

function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}

export function acknowledgeNagFindings(stack: DigestPipelineStack): void {
  // Object-level wildcards on the pipeline bucket: each is one layout prefix, never the whole bucket.
  const bucketId = stack.resolve((stack.bucket.node.defaultChild as CfnBucket).logicalId) as string;
  for (const fn of [stack.ingestArticle, stack.sendDigest, stack.unsubscribe, stack.sesFeedback]) {
    for (const [prefix, reason] of Object.entries(PREFIX_REASONS)) {
      acknowledge(fn.role!, `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`, `Objects under ${prefix} only: ${reason}.`);
    }
  }

  // The archive reads two named files in each digest folder; the folder is the digest id.
  for (const file of Object.values(ARCHIVE_FILES)) {
    acknowledge(
      stack.archive.role!,
      `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${PREFIX.digests}*/${file}]`,
      `Read-only: ${file} in each digest folder (named by the digest id at run time), nothing else under ${PREFIX.digests}.`,
    );
  }

  const queueReason =
    'This queue is itself a dead-letter queue (a Lambda on-failure destination or the Scheduler target DLQ); ' +
    'its messages wait 14 days for a person, and an alarm fires on the first one.';
  for (const queue of [stack.ingestDeadLetterQueue, stack.digestDeadLetterQueue, stack.feedbackDeadLetterQueue, stack.scheduler.deadLetterQueue]) {
    acknowledge(queue, 'AwsSolutions-SQS3', queueReason);
  }

  acknowledge(
    stack.unsubscribeSecret,
    'AwsSolutions-SMG4',
    'The HMAC key signs the unsubscribe links in emails already sent; rotating it would break every one of them. ' +
      'Rotate by hand (with a grace period for the old key) if it leaks.',
  );

  // CDK's own deploy-time helper that writes the bucket's notification configuration.
  for (const child of Stack.of(stack).node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    acknowledge(
      child,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      "CDK's BucketNotificationsHandler runs only during deployment to set the S3 trigger; its role is created by CDK and only logs.",
    );
  }
}
