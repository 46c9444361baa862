// The web archive's read-only view of the bucket: the entry and browser copy of each digest
// (digests/<id>/entry.json and web.html, config/layout.ts ARCHIVE_FILES), nothing else.
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { ARCHIVE_FILES, PREFIX } from '../../config/layout';
import type { ArchiveEntry } from '../email/archive';
import { getTextOrNull, isMissingWithoutList, mapLimit, S3_PARALLEL_READS } from './s3-objects';

// The archive function may read two file names and list digests/, and nothing more, so a GET of a
// missing key is answered 403: a digest from before the archive existed has no entry or page.
export class S3ArchiveReader {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  private getText(key: string): Promise<string | null> {
    return getTextOrNull(this.s3, this.bucket, key, isMissingWithoutList);
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
