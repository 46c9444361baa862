// What a headline says of its article: a view, and a wire's version mark (functions/core/headline.ts).
import { describe, expect, it } from 'vitest';
import { isOpinion, versionMark } from '../../functions/core/headline';

describe('a wire version mark', () => {
  it.each([
    ['(URGENT) N. Korea fires 2 unidentified projectiles', 0],
    ['(LEAD) N. Korea fires 2 short-range ballistic missiles', 1],
    ['(2nd LD) Kim Yo-jong says U.S. hopes for talks a wrong expectation', 2],
    ['(4th LD, with details) Moon, Biden agree to end missile guidelines', 4],
  ])('numbers %s', (title, version) => expect(versionMark(title)).toBe(version));
  it.each(['(UPDATE 2) Exchange reopens', 'N. Korea fires (LEAD) missiles', 'Kim says (2nd LD)', 'Lead levels rise in Orrin Falls'])('has no number in %s', (title) =>
    expect(versionMark(title)).toBeUndefined(),
  );
});

describe('a view', () => {
  it('is marked by its kicker or its byline', () => {
    expect(isOpinion({ title: 'Opinion: The fine is only a start' })).toBe(true);
    expect(isOpinion({ title: 'The fine is only a start', author: 'Comment by Oskar Wendt' })).toBe(true);
    expect(isOpinion({ title: 'Commission fines exchange $18.5 million', author: 'Ada Lin' })).toBe(false);
  });
});
