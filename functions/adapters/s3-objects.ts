// How the S3 adapters read objects: one text read, the error kinds they tell apart, and many small
// objects read a bounded number at once.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

type S3Error = { name?: string; $metadata?: { httpStatusCode?: number } };
const s3Error = (e: unknown, names: readonly string[], statuses: readonly number[]): boolean => {
  const err = e as S3Error | undefined;
  return names.includes(err?.name ?? '') || statuses.includes(err?.$metadata?.httpStatusCode ?? 0);
};

/** The key is not there (404). */
export const isMissing = (e: unknown): boolean => s3Error(e, ['NoSuchKey', 'NotFound'], [404]);
/**
 * Not there, to a caller without an unconditioned s3:ListBucket: S3 answers a GET of a missing key
 * with 403 (not 404) then, so for such a caller 403 also means "not there".
 */
export const isMissingWithoutList = (e: unknown): boolean => s3Error(e, ['NoSuchKey', 'AccessDenied'], [403, 404]);
/** Two conditional writes raced (409). */
export const isConflict = (e: unknown): boolean => s3Error(e, ['ConditionalRequestConflict'], [409]);
/** If-None-Match / If-Match did not hold (412). */
export const isPreconditionFailed = (e: unknown): boolean => s3Error(e, ['PreconditionFailed'], [412]);

/** The object's text (UTF-8), or null when `absent` says the error means it is not there. */
export async function getTextOrNull(s3: S3Client, bucket: string, key: string, absent: (e: unknown) => boolean = isMissing): Promise<string | null> {
  try {
    const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return (await res.Body?.transformToString('utf-8')) ?? '';
  } catch (e) {
    if (absent(e)) return null;
    throw e;
  }
}

/**
 * S3 GETs in flight at once when an adapter reads a prefix's objects. Enough to hide each GET's
 * round trip (tens of ms), well under the SDK's default of 50 sockets per client, so one listing
 * never starves the other calls of the same invocation.
 */
export const S3_PARALLEL_READS = 16;

/** Runs at most `limit` promises at once, keeping the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
