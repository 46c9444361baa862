// A dateline's day with no year ("SEOUL, March 18 (Yonhap) --") is dated in the year that puts it
// nearest the batch's dated articles (functions/core/digest/batch-dates.ts).
import { describe, expect, it } from 'vitest';
import { datedByBatch, MIN_DATED } from '../../functions/core/digest/batch-dates';
import { monthDayOf } from '../../functions/core/ingest/metadata';
import type { Article } from '../../functions/core/model';
import { read } from '../ingest/helpers';

const article = (key: string, publishedAt: string | null, datelineDay?: string): Article => ({
  id: key, key, format: 'txt', title: key, source: null, author: null, publishedAt, url: null,
  paragraphs: ['Text.'], sentences: [{ text: 'Text.', paragraph: 0, index: 0 }], furniture: [], bytes: 5,
  ...(datelineDay ? { datelineDay } : {}),
});

describe("a dateline's day without its year", () => {
  it.each([
    ['SEOUL, March 18 (Yonhap) --', '03-18'],
    ['ANNAPOLIS, Md., April 2 —', '04-02'],
    ['TOKYO, Nov. 12 KYODO -', '11-12'],
    ['WASHINGTON, Sept 9 (Reuters) -', '09-09'],
  ])('reads %s as %s', (line, day) => expect(monthDayOf(line)).toBe(day));
  it.each(['SEOUL —', 'SEOUL, March 18, 2021 (Yonhap) --', 'SEOUL, Feb 30 --', 'MAYFIELD, Ky. (AP) —'])('reads no day in %s', (line) =>
    expect(monthDayOf(line)).toBeNull(),
  );

  it('is kept on an undated article read from plain text, and not on a dated one', () => {
    const body = 'The foreign and defense ministers of the two allies reaffirmed their alliance on Thursday and agreed to work closely together.\n\nIt was the first such meeting between the allies in five years, officials said on Thursday.';
    expect(read('incoming/a.txt', `Allies reaffirm ties at Seoul meeting\nSEOUL, March 18 (Yonhap) -- ${body}`).datelineDay).toBe('03-18');
    const dated = read('incoming/b.txt', `Title: Allies reaffirm ties at Seoul meeting\nDate: 2021-03-18\n\nSEOUL, March 18 (Yonhap) -- ${body}`);
    expect([dated.publishedAt, dated.datelineDay]).toEqual(['2021-03-18', undefined]);
  });
});

describe('datedByBatch', () => {
  const batch = [article('a', '2021-03-10'), article('b', '2021-04-02T10:00:00Z'), article('c', '2021-05-21')];

  it("dates the day in the year nearest the batch's middle, across a new year too", () => {
    const out = datedByBatch([...batch, article('d', null, '03-18')]);
    expect(out.map((a) => a.publishedAt)).toEqual(['2021-03-10', '2021-04-02T10:00:00Z', '2021-05-21', '2021-03-18']);
    const winter = [article('a', '2021-12-20'), article('b', '2022-01-03'), article('c', '2022-01-10')];
    expect(datedByBatch([...winter, article('d', null, '12-28')])[3]!.publishedAt).toBe('2021-12-28');
  });

  it('leaves the day undated far from the batch, with too few dated articles, or on a 29 February no near year has', () => {
    expect(datedByBatch([article('a', '2021-03-10'), article('b', '2021-03-12'), article('c', '2021-03-14'), article('d', null, '09-20')])[3]!.publishedAt).toBeNull();
    expect(datedByBatch([...batch.slice(0, MIN_DATED - 1), article('d', null, '03-18')]).at(-1)!.publishedAt).toBeNull();
    const y2022 = [article('a', '2022-03-10'), article('b', '2022-03-12'), article('c', '2022-03-14')];
    expect(datedByBatch([...y2022, article('d', null, '02-29')])[3]!.publishedAt).toBeNull();
  });

  it('changes nothing when no article needs it (the same array back)', () => {
    expect(datedByBatch(batch)).toBe(batch);
  });
});
