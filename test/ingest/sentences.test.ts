// Sentence splitting on news copy: abbreviations, initials, times, quotes and dashes.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../functions/core/ingest';

describe('splitSentences', () => {
  it.each([
    ['abbreviations and initials', 'The U.S. and S. Korea held talks on N. Korea on Jan. 20 in Seoul. Mr. Lee said talks went well.',
      ['The U.S. and S. Korea held talks on N. Korea on Jan. 20 in Seoul.', 'Mr. Lee said talks went well.']],
    ['a sentence starting with an initial', 'N. Korea fired a missile on Sunday. Officials in S. Korea condemned it.',
      ['N. Korea fired a missile on Sunday.', 'Officials in S. Korea condemned it.']],
    ['times', 'The talks begin at 6:30 p.m. on Friday in the capital. A dinner follows.',
      ['The talks begin at 6:30 p.m. on Friday in the capital.', 'A dinner follows.']],
    ['a quote closing after the period', '"We are ready to talk." The minister left the room after that.',
      ['"We are ready to talk."', 'The minister left the room after that.']],
    ['a curly quote closing after the period', 'He said, “We will see what happens next.” Then he left.',
      ['He said, “We will see what happens next.”', 'Then he left.']],
    ['a quote with an attribution after it', '"Is this the end?" he asked. "No," she said.',
      ['"Is this the end?" he asked.', '"No," she said.']],
    ['dashes', 'The envoy -- a veteran diplomat -- arrived on Monday. He met the mayor.',
      ['The envoy -- a veteran diplomat -- arrived on Monday.', 'He met the mayor.']],
    ['titles before names', 'Gen. Park Min-su and Sen. Alvarez met Dr. Okafor at noon. They spoke for an hour.',
      ['Gen. Park Min-su and Sen. Alvarez met Dr. Okafor at noon.', 'They spoke for an hour.']],
  ])('handles %s', (_case, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns nothing for blank text and never loses words', () => {
    expect(splitSentences('  \n ')).toEqual([]);
    const text = 'One line without an end  and   more\nwords here. And then?';
    expect(splitSentences(text).join(' ')).toBe('One line without an end and more words here. And then?');
  });
});
