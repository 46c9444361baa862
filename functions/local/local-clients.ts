// AWS SDK clients pointed at the local servers. s3rver serves path-style URLs only, and an SDK
// that adds checksums to every upload streams it aws-chunked, framing s3rver stores as content:
// so path-style S3, and checksums only when an operation requires them.
import { S3Client } from '@aws-sdk/client-s3';
import type { SESClient } from '@aws-sdk/client-ses';
import { mailerSesClient } from '../adapters/ses-mailer';

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const region = 'us-east-1';

export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region,
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function localSesClient(endpoint: string): SESClient {
  return mailerSesClient({ endpoint, region, credentials });
}
