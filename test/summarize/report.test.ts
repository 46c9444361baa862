// The quality report's own measures, on texts made up here.
import { describe, expect, it } from 'vitest';
import { factsToldTwice } from './score-set';

describe('facts told twice', () => {
  const facts = [{ keywords: ['6-1|6 to 1', 'council'] }, { keywords: ['$3.8 million'] }];
  it('counts a fact two items tell, matched as the scorer matches it', () => {
    expect(factsToldTwice(['The City Council voted 6-1 not to pay.', 'Council members voted 6 to 1 against paying the $3.8 million.'], facts)).toBe(1);
    expect(factsToldTwice(['The council voted 6-1 not to pay the $3.8 million.', 'The $3.8 million ransom stands.', 'The COUNCIL split 6-1.'], facts)).toBe(2);
  });
  it('counts nothing a single item tells, or with no facts', () => {
    expect(factsToldTwice(['The City Council voted 6-1 not to pay the $3.8 million.', 'Hackers locked the city.'], facts)).toBe(0);
    expect(factsToldTwice(['x', 'x'])).toBe(0);
  });
});
