// A private, encrypted, versioned bucket whose processed data expires, with server access logs.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface SecureBucketProps {
  /** Key prefixes whose objects expire after `retentionDays` (e.g. processed articles). @default none */
  readonly expiringPrefixes?: readonly string[];
  /** Days to keep objects under `expiringPrefixes`. Required when `expiringPrefixes` is not empty. */
  readonly retentionDays?: number;
  /** Days to keep a version once it is overwritten or deleted. @default 30 */
  readonly noncurrentVersionDays?: number;
  /** Days to keep server access logs. @default 90 */
  readonly accessLogDays?: number;
  /**
   * What happens to the buckets when the stack is deleted. The content is the product's data.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The pipeline's bucket: public access blocked, TLS enforced, SSE-S3, versioned, lifecycle rules,
 * and server access logs written to a sibling log bucket (itself private, TLS-only, expiring).
 */
export class SecureBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id);
    const prefixes = props.expiringPrefixes ?? [];
    if (prefixes.length > 0 && props.retentionDays === undefined) {
      throw new Error(`${this.node.path}: expiringPrefixes needs retentionDays (how long to keep ${prefixes.join(', ')})`);
    }
    if (props.retentionDays !== undefined && !(Number.isInteger(props.retentionDays) && props.retentionDays >= 1)) {
      throw new Error(`${this.node.path}: retentionDays must be a whole number of days >= 1, got ${props.retentionDays}`);
    }
    const emptyPrefix = prefixes.find((p) => p === '' || p === '/');
    if (emptyPrefix !== undefined) {
      throw new Error(`${this.node.path}: an empty expiring prefix would expire every object in the bucket`);
    }
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.accessLogBucket = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // Server access logs can only be delivered to an SSE-S3 bucket.
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.accessLogDays ?? 90) }],
      removalPolicy,
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'bucket/',
      lifecycleRules: [
        ...prefixes.map((prefix) => ({
          id: `expire-${prefix.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '')}`,
          prefix,
          expiration: Duration.days(props.retentionDays!),
        })),
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays ?? 30),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy,
    });
  }
}
