// AWS SDK clients pointed at the local servers (settings from STACK-NOTES: path-style S3 and
// checksums only when required, or streamed uploads keep their aws-chunked framing in s3rver).
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
