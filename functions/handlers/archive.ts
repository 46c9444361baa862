// Lambda Function URL -> the read-only web archive: index, Atom feed, one digest's page. Thin:
// the routing and pages are pure (functions/email/archive.ts), the reads go through S3ArchiveReader.
import { S3Client } from '@aws-sdk/client-s3';
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { S3ArchiveReader } from '../adapters/s3-archive';
import { handleArchiveRequest } from '../email/archive';
import { archiveEnv } from '../../config/env';
import { once } from '../runtime/env';

export function createArchiveHandler(deps: { reader: Pick<S3ArchiveReader, 'listEntries' | 'getPage'>; digestName: string }) {
  return async (event: LambdaFunctionURLEvent): Promise<LambdaFunctionURLResult> => {
    // The function cannot be told its own URL (its environment would depend on itself), and it
    // needs none: the request says where it was reached.
    const baseUrl = `https://${event.requestContext.domainName}/`;
    const res = await handleArchiveRequest(
      { method: event.requestContext.http.method, path: event.rawPath ?? '/' },
      { digestName: deps.digestName, baseUrl, listEntries: () => deps.reader.listEntries(), getPage: (id) => deps.reader.getPage(id) },
    );
    return event.requestContext.http.method.toUpperCase() === 'HEAD' ? { ...res, body: '' } : res;
  };
}

const fromEnv = once(() => {
  const env = archiveEnv();
  return createArchiveHandler({ reader: new S3ArchiveReader(new S3Client({}), env.bucketName), digestName: env.config.digestName });
});

export const handler = async (event: LambdaFunctionURLEvent) => fromEnv()(event);
