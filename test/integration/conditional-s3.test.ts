// The local S3 (s3rver behind functions/local/conditional-s3-proxy.ts) answers conditional writes
// and deletes as S3 does, so what depends on them (the run lock, the send ledger) is tested for real.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localS3Client } from '../../functions/local/local-clients';
import { startHarness, type Harness } from './harness';

let h: Harness;
let s3: S3Client;
beforeAll(async () => {
  h = await startHarness({ quietMs: 60_000 });
  s3 = localS3Client(h.pipeline.s3Endpoint);
});
afterAll(async () => {
  s3.destroy();
  await h.close();
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: { name?: string; $metadata?: { httpStatusCode?: number } }) => [e.$metadata?.httpStatusCode, e.name]);

describe('conditional writes on the local S3', () => {
  it('If-None-Match: * creates once, then answers 412 PreconditionFailed and keeps the first object', async () => {
    const Bucket = h.pipeline.bucket;
    const put = (Body: string) => s3.send(new PutObjectCommand({ Bucket, Key: 'locks/once.json', Body, IfNoneMatch: '*' }));
    expect(await failure(put('first'))).toBeNull();
    expect(await failure(put('second'))).toEqual([412, 'PreconditionFailed']);
    const body = await (await s3.send(new GetObjectCommand({ Bucket, Key: 'locks/once.json' }))).Body!.transformToString();
    expect(body).toBe('first');
  });

  it('If-Match writes and deletes only over the ETag named, 404 for a missing key', async () => {
    const Bucket = h.pipeline.bucket;
    const Key = 'locks/etag.json';
    await s3.send(new PutObjectCommand({ Bucket, Key, Body: 'v1' }));
    const v1 = (await s3.send(new HeadObjectCommand({ Bucket, Key }))).ETag!;
    expect(await failure(s3.send(new PutObjectCommand({ Bucket, Key, Body: 'v2', IfMatch: v1 })))).toBeNull();
    // v1 is stale now: neither a write nor a delete over it goes through.
    expect(await failure(s3.send(new PutObjectCommand({ Bucket, Key, Body: 'v3', IfMatch: v1 })))).toEqual([412, 'PreconditionFailed']);
    expect(await failure(s3.send(new DeleteObjectCommand({ Bucket, Key, IfMatch: v1 })))).toEqual([412, 'PreconditionFailed']);
    const v2 = (await s3.send(new HeadObjectCommand({ Bucket, Key }))).ETag!;
    expect(await failure(s3.send(new DeleteObjectCommand({ Bucket, Key, IfMatch: v2 })))).toBeNull();
    expect(await failure(s3.send(new PutObjectCommand({ Bucket, Key, Body: 'v4', IfMatch: v2 })))).toEqual([404, 'NoSuchKey']);
  });

  it('serializes racing conditional creates of one key: exactly one of ten wins', async () => {
    const Bucket = h.pipeline.bucket;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => failure(s3.send(new PutObjectCommand({ Bucket, Key: 'locks/race.json', Body: `run-${i}`, IfNoneMatch: '*' })))),
    );
    expect(results.filter((r) => r === null)).toHaveLength(1);
  });
});
