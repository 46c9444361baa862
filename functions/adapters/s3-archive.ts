// The web archive's read-only view of the bucket: the entry and browser copy of each digest
// (digests/<id>/entry.json and web.html, config/layout.ts ARCHIVE_FILES), nothing else.
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { ARCHIVE_FILES, PREFIX } from '../../config/layout';
import type { ArchiveEntry } from '../email/archive';
import { mapLimit, S3_PARALLEL_READS } from './parallel-reads';


/**
 * The archive function may read two file names and list digests/, and nothing more. S3 answers a
 * GET of a missing key with 403 (not 404) to a caller without an unconditioned s3:ListBucket, so
 * here both mean "not there": a digest from before the archive existed has no entry or page.
 */
const isAbsent = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'AccessDenied' || [403, 404].includes(err?.$metadata?.httpStatusCode ?? 0);
};

export class S3ArchiveReader {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  private async getText(key: string): Promise<string | null> {
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return (await res.Body?.transformToString('utf-8')) ?? '';
    } catch (e) {
      if (isAbsent(e)) return null;
      throw e;
    }
  }

  /** The ids of every digest folder (one LIST page per 1,000 digests; retention keeps them few). */
  async listDigestIds(): Promise<string[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const res = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: PREFIX.digests, Delimiter: '/', ContinuationToken: token }),
      );
      for (const p of res.CommonPrefixes ?? []) if (p.Prefix) ids.push(p.Prefix.slice(PREFIX.digests.length, -1));
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return ids;
  }

  async listEntries(): Promise<ArchiveEntry[]> {
    const ids = await this.listDigestIds();
    const texts = await mapLimit(ids, S3_PARALLEL_READS, (id) => this.getText(`${PREFIX.digests}${id}/${ARCHIVE_FILES.entry}`));
    return texts.filter((text): text is string => text !== null).map((text) => JSON.parse(text) as ArchiveEntry);
  }

  getPage(digestId: string): Promise<string | null> {
    return this.getText(`${PREFIX.digests}${digestId}/${ARCHIVE_FILES.page}`);
  }
}
