// One vote is one point: its tally told in two items reads as the digest repeating itself.
// Invented copy only.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../functions/core/summarize';
import { LEANS_BACK } from '../../functions/core/summarize/item-filters';
import { talliesOf } from '../../functions/core/summarize/select';
import { articleFromText } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

describe('a vote\'s tally', () => {
  it.each([
    ['The Joint Budget Committee voted 9 to 6 to approve the lease.', ['9-6']],
    ["The legislature's committee approved the lease 9-6 on March 17.", ['9-6']],
    ['The 6-1 vote came after two hours behind closed doors.', ['6-1']],
    ['The board voted 5–0 to certify the results.', ['5-0']],
    ['The council passed the ordinance 7-2, and the mayor signed it.', ['7-2']],
  ])('is read in: %s', (text, tallies) => expect(talliesOf(text)).toEqual(tallies));

  it.each([
    'Workers will vote Oct. 27-29 on whether to join the union.',
    'The team won 3-1 on Saturday.',
    'The plan was approved for children aged 5-11.',
    'Voters approved a 10-15% rise in the levy.',
    'The council approved a 3-4 week closure of the bridge.',
    'Polls are open 7-8 p.m. for the vote.',
  ])('is not a range, a score or a size: %s', (text) => expect(talliesOf(text)).toEqual([]));

  it('with its figure as a modifier leans back ("The 6-1 vote came after..."): which vote?', () => {
    expect(LEANS_BACK.test('The 6-1 vote came after two hours behind closed doors.')).toBe(true);
    expect(LEANS_BACK.test('The 9-6 vote of the Joint Budget Committee cleared the lease.')).toBe(false);
  });

  it('leaning on the vote, a sentence is no item of its own', () => {
    const a = articleFromText(
      'vote/a.txt',
      [
        'Title: Marlow Bay will not pay hackers',
        '',
        "Marlow Bay will not pay the $2.6 million that hackers demand to unlock the city's computers, the City Council decided Monday night, betting that rebuilding is safer than trusting criminals. The 5-2 vote came after two hours behind closed doors.",
        '',
        "The city's email, permit and payroll systems have been down since March 3.",
        '',
        'Police said the FBI was helping trace the ransom demand.',
      ].join('\n'),
    );
    const b = articleFromText(
      'vote/b.txt',
      [
        'Title: Council votes against ransom as recovery cost grows',
        '',
        'The Marlow Bay City Council voted 5-2 late Monday against paying hackers, as officials put the cost of rebuilding the city network at $4.1 million.',
        '',
        'Council member Rhea Dunmore, who voted to pay, said the city would lose more by waiting.',
        '',
        "Rebuilding will take about three months, the city's technology director said.",
      ].join('\n'),
    );
    const themes = [{ id: 'r', title: 'Response', terms: { ransom: 3, hackers: 3, council: 2, vote: 2, voted: 2, rebuilding: 2, pay: 2 } }];
    const texts = summarize([a, b], { themes, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false }).sections.flatMap((s) => s.items.map((i) => i.text));
    // Both points are there: the decision and the vote.
    expect(texts.some((t) => t.startsWith('Marlow Bay will not pay'))).toBe(true);
    expect(texts.some((t) => t.includes('voted 5-2'))).toBe(true);
    expect(texts.filter((t) => talliesOf(t).includes('5-2'))).toHaveLength(1);
  });

  // Sets whose digests told a vote a second time as an item's detail ("The 6-1 vote came after...",
  // "The board voted 5-0 to certify..."). Five sets still tell one vote in two items (gig-drivers,
  // library-book-ban, school-closures, toll-road-lease, transit-cuts): as a rule between items it cost
  // facts (README) and is not applied.
  it.each(['city-ransomware', 'election-recount'])('is told once in the %s digest', (name) => {
    const set = labelledSets().find((s) => s.name === name)!;
    const items = digestOfSet(set).manifest.sections.flatMap((s) => s.items.map((i) => i.text));
    const tallies = items.flatMap((t) => [...new Set(talliesOf(t))]);
    expect(tallies.length).toBeGreaterThan(0);
    expect(new Set(tallies).size).toBe(tallies.length);
  });
});
