// Every cdk-nag (AwsSolutions) finding this app accepts, each with its reason, in one place.
// cdk-nag v3 matches each finding id exactly (no rule-wide wildcard), so each accepted finding is named.
import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { ARCHIVE_FILES, INCOMING_PREFIX, PREFIX } from '../config/layout';
import { type WildcardGrant, wildcardGrantsOf } from './constructs/bindings';
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

/** One acknowledgement made by acknowledgeNagFindings: the construct it is on, the finding id and why. */
export interface NagAcknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

/**
 * The IAM5 acknowledgements for the wildcard object grants the bindings made (wildcardGrantsOf):
 * one per function role and granted pattern, naming the actions granted on it, and no other.
 * A grant under a prefix with no reason above fails synth: write down why before granting it.
 */
function wildcardGrantAcknowledgements(stack: Stack): { role: IConstruct; id: string; reason: string }[] {
  const byFinding = new Map<string, { role: IConstruct; id: string; grants: WildcardGrant[] }>();
  for (const grant of wildcardGrantsOf(stack)) {
    const role = grant.fn.role;
    if (!role) throw new Error(`${grant.fn.node.path}: a function with a wildcard grant has no role to acknowledge it on`);
    const bucketId = stack.resolve((grant.bucket.node.defaultChild as CfnBucket).logicalId) as string;
    // cdk-nag names an IAM5 finding by the granted resource as the template spells it.
    const id = `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${grant.objects}]`;
    const key = `${role.node.path} ${id}`;
    const entry = byFinding.get(key) ?? { role, id, grants: [] };
    entry.grants.push(grant);
    byFinding.set(key, entry);
  }
  return [...byFinding.values()].map(({ role, id, grants }) => {
    const { fn, prefix, objects } = grants[0]!;
    const actions = [...new Set(grants.map((g) => g.action))].join(', ');
    const archiveFile = Object.values(ARCHIVE_FILES).find((file) => objects === `${PREFIX.digests}*/${file}`);
    if (archiveFile) {
      return { role, id, reason: `${actions} on ${archiveFile} in each digest folder only (named by the digest id at run time), nothing else under ${prefix}.` };
    }
    const why = PREFIX_REASONS[prefix];
    if (!why || objects !== `${prefix}*`) {
      throw new Error(`${fn.node.path}: no reason is written down for ${actions} on ${objects}; add one to lib/nag-acknowledgements.ts`);
    }
    return { role, id, reason: `${actions} on objects under ${prefix} only: ${why}.` };
  });
}

/**
 * Acknowledges every finding this app accepts and returns the list (a stack test compares its
 * IAM5 entries with the wildcard grants in the synthesized template).
 */
export function acknowledgeNagFindings(stack: DigestPipelineStack): NagAcknowledgement[] {
  const made: NagAcknowledgement[] = [];
  const acknowledge = (construct: IConstruct, id: string, reason: string): void => {
    Validations.of(construct).acknowledge({ id, reason });
    made.push({ path: construct.node.path, id, reason });
  };

  // Object-level wildcards on the pipeline bucket: each is one layout prefix (or one file name in
  // each digest folder), exactly as a binding granted it, never the whole bucket.
  for (const { role, id, reason } of wildcardGrantAcknowledgements(stack)) acknowledge(role, id, reason);

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
  return made;
}
