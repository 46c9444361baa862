// Small pure pieces the guarantees rest on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atExpression } from '../../functions/adapters/scheduler-trigger';
import { decodeS3Key } from '../../functions/handlers/ingest-article';
import { encodeS3EventKey, startsPipeline } from '../../functions/local/local-pipeline';
import { rejectionIdOf } from '../../functions/core/ids';
import { compareSequencers } from '../../functions/pipeline/ingest-object';
import { INCOMING_PREFIX, SUPPORTED_SUFFIXES, WRITTEN_PREFIXES } from '../../config/layout';

describe('S3 event keys', () => {
  it('decodes the way S3 encodes: + is a space, %2B is a plus', () => {
    expect(decodeS3Key('incoming/my+file%2B1+%C3%A9t%C3%A9.txt')).toBe('incoming/my file+1 été.txt');
  });

  it('round-trips any key through the local runner encoding and the handler decoding', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => decodeS3Key(encodeS3EventKey(`incoming/${name}`)) === `incoming/${name}`));
  });
});

describe('sequencers', () => {
  it('compares hex sequencers of different lengths after left-padding, as S3 documents', () => {
    expect(compareSequencers('0055AED6DCD90281E5', '0055AED6DCD90281E6')).toBe(-1);
    expect(compareSequencers('FF', '0100')).toBe(-1);
    expect(compareSequencers('100', 'FF')).toBe(1);
    expect(compareSequencers('00ab', 'AB')).toBe(0);
  });

  it('is a total order consistent with the numeric value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 80n }), fc.bigInt({ min: 0n, max: 2n ** 80n }), fc.nat(4), fc.nat(4), (a, b, pa, pb) => {
        const sa = '0'.repeat(pa) + a.toString(16);
        const sb = '0'.repeat(pb) + b.toString(16);
        return compareSequencers(sa, sb) === (a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('gives one rejection id per key and event', () => {
    expect(rejectionIdOf('incoming/a.pdf', '01')).toBe(rejectionIdOf('incoming/a.pdf', '01'));
    expect(rejectionIdOf('incoming/a.pdf', '01')).not.toBe(rejectionIdOf('incoming/a.pdf', '02'));
  });
});

describe('the trigger cannot be started by the pipeline itself', () => {
  it('writes only under prefixes that are not incoming/', () => {
    for (const prefix of WRITTEN_PREFIXES) {
      expect(prefix.startsWith(INCOMING_PREFIX)).toBe(false);
      expect(startsPipeline(`${prefix}x${SUPPORTED_SUFFIXES[0]}`)).toBe(false);
    }
    // Local mode mirrors the one prefix-only rule on AWS: every upload is read or rejected.
    expect(startsPipeline('incoming/a.TXT')).toBe(true);
    expect(startsPipeline('incoming/a.pdf')).toBe(true);
  });
});

describe('Scheduler at() expression', () => {
  it('is the UTC time to the second, without zone', () => {
    expect(atExpression(new Date('2026-11-23T10:11:12.987Z'))).toBe('at(2026-11-23T10:11:12)');
  });
});
