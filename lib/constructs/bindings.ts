// "One call binds a resource": the environment variable a handler reads and the narrowest grant
// that makes it usable are added together, so neither can be forgotten.
import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IConfigurationSet } from 'aws-cdk-lib/aws-ses';
import { ENV, type EnvName } from '../../config/env';

/** Which key prefixes of the bucket a function may touch, per S3 action. Prefixes end with '/'. */
export interface BucketAccess {
  /** s3:GetObject (also what HeadObject needs). */
  readonly read?: readonly string[];
  /** s3:PutObject. */
  readonly write?: readonly string[];
  /** s3:DeleteObject. */
  readonly delete?: readonly string[];
  /** s3:ListBucket, limited with the s3:prefix condition: list calls must pass one of these prefixes. */
  readonly list?: readonly string[];
  /**
   * The function checks whether keys exist (HeadObject / GetObject on keys that may be missing).
   * S3 answers 404 for a missing key only to a caller with s3:ListBucket on the bucket, and a
   * request for one object carries no s3:prefix, so a prefix-conditioned grant does not count:
   * without an unconditioned ListBucket every "not there yet" would be a 403 AccessDenied.
   * @default false
   */
  readonly probesMissingKeys?: boolean;
}

/**
 * A grant on bucket objects matched by a wildcard: what cdk-nag reports as AwsSolutions-IAM5. The
 * bindings record every one they make, and lib/nag-acknowledgements.ts acknowledges exactly these,
 * so no acknowledgement can pre-approve a grant that does not exist (or a wider one).
 */
export interface WildcardGrant {
  readonly fn: LambdaFunction;
  readonly bucket: IBucket;
  /** The layout prefix the objects are under, e.g. "pending/". */
  readonly prefix: string;
  /** The granted object pattern below the bucket ARN: "pending/*", or "digests/*\/web.html" for one file per folder. */
  readonly objects: string;
  readonly action: string;
}

const wildcardGrants = new WeakMap<Stack, WildcardGrant[]>();

function recordWildcardGrant(grant: WildcardGrant): void {
  const stack = Stack.of(grant.fn);
  const list = wildcardGrants.get(stack) ?? [];
  list.push(grant);
  wildcardGrants.set(stack, list);
}

/** Every wildcard object grant the bindings made in this stack, in the order they were made. */
export function wildcardGrantsOf(stack: Stack): readonly WildcardGrant[] {
  return wildcardGrants.get(stack) ?? [];
}

function checkPrefixes(fn: LambdaFunction, what: string, prefixes: readonly string[]): void {
  for (const prefix of prefixes) {
    if (!/^[a-z0-9][a-z0-9/_-]*\/$/.test(prefix)) {
      throw new Error(`${fn.node.path}: ${what} prefix "${prefix}" must be a key prefix such as "pending/" (no wildcard, ending with "/")`);
    }
  }
}

/** Sets BUCKET_NAME and grants exactly the listed actions on the listed prefixes. */
export function bindBucket(fn: LambdaFunction, bucket: IBucket, access: BucketAccess, envName: EnvName = ENV.bucketName): void {
  const entries: [string, string, readonly string[]][] = [
    ['read', 's3:GetObject', access.read ?? []],
    ['write', 's3:PutObject', access.write ?? []],
    ['delete', 's3:DeleteObject', access.delete ?? []],
  ];
  const all = [...entries.flatMap(([, , p]) => p), ...(access.list ?? [])];
  if (access.probesMissingKeys && access.list?.length) {
    throw new Error(`${fn.node.path}: probesMissingKeys already grants s3:ListBucket on the whole bucket; drop "list"`);
  }
  if (all.length === 0) throw new Error(`${fn.node.path}: bindBucket needs at least one prefix`);
  fn.addEnvironment(envName, bucket.bucketName);
  for (const [what, action, prefixes] of entries) {
    if (prefixes.length === 0) continue;
    checkPrefixes(fn, what, prefixes);
    for (const prefix of prefixes) recordWildcardGrant({ fn, bucket, prefix, objects: `${prefix}*`, action });
    fn.addToRolePolicy(
      new iam.PolicyStatement({ actions: [action], resources: prefixes.map((p) => bucket.arnForObjects(`${p}*`)) }),
    );
  }
  if (access.probesMissingKeys) {
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  } else if (access.list?.length) {
    checkPrefixes(fn, 'list', access.list);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': access.list.map((p) => `${p}*`) } },
      }),
    );
  }
}

/**
 * Read-only access to named files inside per-id folders: with prefix `digests/` and file
 * `web.html`, s3:GetObject on `web.html` in every folder under `digests/` and on nothing else
 * there, plus s3:ListBucket for listing exactly that prefix (the folder names). Sets BUCKET_NAME.
 */
export function bindFolderFilesReadOnly(
  fn: LambdaFunction,
  bucket: IBucket,
  prefix: string,
  files: readonly string[],
  envName: EnvName = ENV.bucketName,
): void {
  checkPrefixes(fn, 'folder', [prefix]);
  for (const file of files) {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(file)) throw new Error(`${fn.node.path}: "${file}" must be a plain file name (no wildcard, no folder)`);
  }
  if (files.length === 0) throw new Error(`${fn.node.path}: bindFolderFilesReadOnly needs at least one file name`);
  fn.addEnvironment(envName, bucket.bucketName);
  for (const file of files) recordWildcardGrant({ fn, bucket, prefix, objects: `${prefix}*/${file}`, action: 's3:GetObject' });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: files.map((f) => bucket.arnForObjects(`${prefix}*/${f}`)) }));
  fn.addToRolePolicy(
    new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn], conditions: { StringEquals: { 's3:prefix': prefix } } }),
  );
}

/** Sets the variable to the secret's ARN and grants secretsmanager:GetSecretValue on that secret only. */
export function bindSecret(fn: LambdaFunction, secret: ISecret, envName: EnvName): void {
  fn.addEnvironment(envName, secret.secretArn);
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
}

/**
 * The SES identities a sender address can send as: its domain identity and its address identity
 * (SES authorizes against whichever of the two is verified).
 */
export function sesIdentityArns(scope: Stack, sender: string): string[] {
  const at = sender.lastIndexOf('@');
  if (at <= 0 || at === sender.length - 1) throw new Error(`digest.sender: "${sender}" is not an email address`);
  const domain = sender.slice(at + 1).toLowerCase();
  return [domain, sender].map((identity) => scope.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }));
}

/** Grants ses:SendRawEmail as the configured sender's identities only (never "*"). */
export function grantSendAs(fn: LambdaFunction, sender: string): void {
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['ses:SendRawEmail'], resources: sesIdentityArns(Stack.of(fn), sender) }));
}

/**
 * Sets SES_CONFIGURATION_SET to the set's name and grants ses:SendRawEmail on that set: SES
 * authorizes a send that names a configuration set against the set as well as the identity.
 */
export function bindConfigurationSet(fn: LambdaFunction, configurationSet: IConfigurationSet): void {
  const stack = Stack.of(fn);
  fn.addEnvironment(ENV.sesConfigurationSet, configurationSet.configurationSetName);
  const arn = stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet.configurationSetName });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['ses:SendRawEmail'], resources: [arn] }));
}

/**
 * Grants bedrock:InvokeModel (what the Converse API authorizes against) on one foundation model in
 * the stack's region, never "*". An inference-profile id (e.g. "eu.anthropic...") would need the
 * profile's ARN as well; the config accepts on-demand model ids only.
 */
export function grantInvokeModel(fn: LambdaFunction, modelId: string): void {
  const arn = Stack.of(fn).formatArn({
    service: 'bedrock',
    account: '',
    resource: 'foundation-model',
    resourceName: modelId,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [arn] }));
}
