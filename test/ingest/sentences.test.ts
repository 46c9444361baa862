// Sentence splitting on news copy: abbreviations, initials, times, quotes and dashes.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../functions/core/ingest';
import { winkSentences } from './wink-oracle';

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
    ['plural titles before names', 'WASHINGTON — Sens. Ada Pell and Gary Toll introduced a bill. Reps. Li and Ortiz backed it.',
      ['WASHINGTON — Sens. Ada Pell and Gary Toll introduced a bill.', 'Reps. Li and Ortiz backed it.']],
    ['middle initials, ranks and places', 'President George W. Bush met Lt. Col. Smith in St. Louis on Sept. 3. It rained.',
      ['President George W. Bush met Lt. Col. Smith in St. Louis on Sept. 3.', 'It rained.']],
    ['numbers and initialisms', 'He ranked No. 1 in the world. The U.S. Navy agreed.', ['He ranked No. 1 in the world.', 'The U.S. Navy agreed.']],
    ['p.m. before a weekday', 'He met Gen. Smith at 5 p.m. Monday. It rained.', ['He met Gen. Smith at 5 p.m. Monday.', 'It rained.']],
    ['p.m. ending a sentence', 'The talks end at 6 p.m. The dinner follows.', ['The talks end at 6 p.m.', 'The dinner follows.']],
    ['a.m. before a time zone', 'It made landfall at 4:10 a.m. CDT about 15 miles southwest of the city. Winds fell.',
      ['It made landfall at 4:10 a.m. CDT about 15 miles southwest of the city.', 'Winds fell.']],
    ['a.m. before a spelled-out time zone', 'An engineer pushed the change at 8:41 a.m. Central to update the tables. It failed at 4 p.m. Eastern Time on Friday. Crews left.',
      ['An engineer pushed the change at 8:41 a.m. Central to update the tables.', 'It failed at 4 p.m. Eastern Time on Friday.', 'Crews left.']],
    ['a.m. before a name that is no time zone', 'It closed at 5 p.m. Central Bank officials met later. Done.', ['It closed at 5 p.m.', 'Central Bank officials met later.', 'Done.']],
    ['p.m. before a time zone ending the sentence', 'The advisory came at 5 p.m. ET. Schools closed.', ['The advisory came at 5 p.m. ET.', 'Schools closed.']],
    ['question and exclamation marks', 'Will the plan work? Nobody knows! We will see.', ['Will the plan work?', 'Nobody knows!', 'We will see.']],
    ['a parenthesis after a period', 'The board met. (It had not met for a year.) Then it voted.', ['The board met.', '(It had not met for a year.)', 'Then it voted.']],
  ])('handles %s', (_case, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it.each([
    'The U.S. and S. Korea held talks on N. Korea on Jan. 20 in Seoul. Mr. Lee said talks went well.',
    '"We are ready to talk." The minister left the room after that.',
    '"I hope so," he said. "We will see." Blinken added nothing.',
    'President George W. Bush met Lt. Col. Smith in St. Louis on Sept. 3. It rained.',
    'The envoy -- a veteran diplomat -- arrived on Monday. He met the mayor at 6:30 p.m. on Friday.',
  ])('agrees with wink-nlp on %j', (text) => {
    // (Where they differ, the rules are right: wink splits '"Is this the end?" he asked.' in two.)
    expect(splitSentences(text)).toEqual(winkSentences(text));
  });

  it('returns nothing for blank text and never loses words', () => {
    expect(splitSentences('  \n ')).toEqual([]);
    const text = 'One line without an end  and   more\nwords here. And then?';
    expect(splitSentences(text).join(' ')).toBe('One line without an end and more words here. And then?');
  });
});
