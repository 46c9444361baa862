// An organisation the item calls by its kind alone ("the league's director") is named as its
// article names it. Invented sentences only.
import { describe, expect, it } from 'vitest';
import { summarize } from '../../functions/core/summarize';
import { nameAcronyms, nameOrganisations, organisationIndex } from '../../functions/core/summarize/organisations';
import { nameIndex, standaloneText } from '../../functions/core/summarize/standalone';
import { articleFromText } from './helpers';

const LEAGUE = [
  'The Brennock Ratepayers League sued the county on Friday to stop the sale of its water utility.',
  'The suit says the county board never held the public hearing the charter requires.',
  'The league has about 4,000 members.',
];

describe('the article names its organisations by kind', () => {
  it('finds the name a kind stands for, with or without "the"', () => {
    expect(organisationIndex(LEAGUE).get('league')).toEqual({ name: 'Brennock Ratepayers League', the: true });
    const university = organisationIndex(['Tarrow State University said on Monday it would close two campuses.', 'The university will keep its law school.']);
    expect(university.get('university')).toBeUndefined(); // not a kind it names
    const museum = organisationIndex(['Thieves broke into a Calder museum before dawn.', "The museum's director, Ana Reyes, said the alarm was off.", 'Reyes has run the Oldmere Museum of Maritime History since 2019.']);
    expect(museum.get('museum')).toEqual({ name: 'Oldmere Museum of Maritime History', the: true });
    expect(organisationIndex(['Pelham Workers Union said talks had failed.', 'The union will vote Sunday.']).get('union')).toEqual({ name: 'Pelham Workers Union', the: false });
  });

  // Found by blind readers and a scan of the 137 sets (twenty-first stop): "the tribe's concern"
  // (lithium-mine), "the department's director of policy planning", "asked the board to suspend".
  it.each([
    ['tribe', ['The Tamoshee Tribe sued the bureau on Wednesday.', "The tribe's chairwoman said the springs are sacred."], 'Tamoshee Tribe'],
    ['department', ['The Westmark Department of Health inspected the laboratory in 2023.', 'The department revoked its license.'], 'Westmark Department of Health'],
    ['board', ['The Wenlocke Utilities Board opened an investigation on Monday.', 'The board will hold hearings in February.'], 'Wenlocke Utilities Board'],
    ['district', ['The Dunmarrow Unified School District counted 212 referrals.', 'The district said reports fell by a third.'], 'Dunmarrow Unified School District'],
  ])('finds a %s by its name', (kind, sentences, name) => {
    expect(organisationIndex(sentences).get(kind)?.name).toBe(name);
  });

  // A blind reader of train-derailment (twenty-seventh stop): "Most were minnows..., the agency said"
  // followed the Department of Natural Resources, and the item credited the Environmental
  // Protection Agency the article names only further down.
  it('does not give a kind said before its name to a later organisation when another was named first', () => {
    const sentences = [
      'About 2,000 fish have died in Wrenby Creek, the Calder Department of Natural Resources said Wednesday.',
      'Most were minnows, the agency said.',
      'Crews are pumping the stream, the Calder Environmental Protection Agency said.',
    ];
    expect(organisationIndex(sentences).get('agency')).toBeUndefined();
    expect(nameOrganisations(sentences[1]!, organisationIndex(sentences))).toBe('Most were minnows, the agency said.');
    // Named first, it is the agency meant.
    expect(organisationIndex([sentences[2]!, sentences[0]!, sentences[1]!]).get('agency')?.name).toBe('Calder Environmental Protection Agency');
  });

  // Found reading ice-storm's digest (twenty-seventh stop): "The county opened three warming
  // centers..." never said which county. A county's name takes no "the".
  it('names "the county" as its article names it, without "the"', () => {
    const sentences = ['Dozens of roads in Fenwarden County remain blocked five days after the ice storm.', 'The county opened three warming centers on Monday.', "The county's roads crews worked through the night."];
    const index = organisationIndex(sentences);
    expect(index.get('county')).toEqual({ name: 'Fenwarden County', the: false });
    expect(nameOrganisations('The county opened three warming centers on Monday.', index)).toBe('Fenwarden County opened three warming centers on Monday.');
    expect(nameOrganisations("Crews said the county's roads were clear.", index)).toBe("Crews said Fenwarden County's roads were clear.");
    // A modifier stays as written; a second county in the article leaves "the county" unnamed.
    expect(nameOrganisations('The county board met on Monday.', index)).toBe('The county board met on Monday.');
    expect(organisationIndex([...sentences, 'Crews from Teague County came to help.']).get('county')).toBeUndefined();
  });

  // Found by a code review (twenty-eighth stop): "of" joins capitalized words into a name, and a
  // county's people are written "of Fenwarden County", which is no name of the county.
  it.each([
    'Residents of Fenwarden County lost power overnight.',
    'Sheriff Dale Ruiz of Fenwarden County said crews were out all night.',
  ])('names the county, not its people: %s', (first) => {
    const index = organisationIndex([first, 'The county opened three warming centers on Tuesday.']);
    expect(nameOrganisations('The county opened three warming centers on Tuesday.', index)).toBe('Fenwarden County opened three warming centers on Tuesday.');
  });

  it('takes the shorter forms of one name as that name', () => {
    const index = organisationIndex(['The Brennock Ratepayers League filed the suit.', 'A lawyer for the Ratepayers League said it would appeal.', 'The league has 4,000 members.']);
    expect(index.get('league')?.name).toBe('Brennock Ratepayers League');
  });

  it.each([
    ['two organisations of the kind', ['The Brennock Ratepayers League and the Carver Drivers League sued.', 'The league said it would appeal.']],
    ['one the article does not name', ['The Brennock Ratepayers League sued the county.', 'A youth league that uses the fields joined the suit.', 'The league said it would appeal.']],
    ['a name far from the kind said alone', ['The European Union set new rules for drivers in 2019.', 'Drivers at Pell Freight walked out on Monday.', 'They want higher pay.', 'Talks broke down on Friday.', 'Managers left the table.', 'A mediator was called.', "The union's leaders said the strike would go on."]],
  ])('leaves a kind alone for %s', (_, sentences) => {
    expect(organisationIndex(sentences as string[]).has(sentences[0]!.includes('Union') ? 'union' : 'league')).toBe(false);
  });
});

describe('an item calling an organisation by its kind', () => {
  const index = organisationIndex(LEAGUE);
  it.each([
    ['"The road belongs to us," said Ada Moss, the league\'s director.', '"The road belongs to us," said Ada Moss, the Brennock Ratepayers League\'s director.'],
    ['The league said it would appeal.', 'The Brennock Ratepayers League said it would appeal.'],
    ['Members voted to back the league and its lawyers.', 'Members voted to back the Brennock Ratepayers League and its lawyers.'],
  ])('names it: %s', (item, named) => expect(nameOrganisations(item, index)).toBe(named));

  it.each([
    'The Brennock Ratepayers League sued; the league said it would appeal.',
    'Ratepayers League members met; the league said it would appeal.',
    'The league office closed early.',
    'The union said it would appeal.',
  ])('leaves alone: %s', (item) => expect(nameOrganisations(item, index)).toBe(item));

  it('names it only at its first unnamed mention', () => {
    expect(nameOrganisations("The league's lawyers said the league would appeal.", index)).toBe("The Brennock Ratepayers League's lawyers said the league would appeal.");
  });

  it('is named by standaloneText only when expanding, and only while the item stays traced to its article', () => {
    const item = 'Ada Moss, the league\'s director, said the members would appeal.';
    expect(standaloneText(item, nameIndex([]), { organisations: index }).text).toBe("Ada Moss, the Brennock Ratepayers League's director, said the members would appeal.");
    expect(standaloneText(item, nameIndex([]), { organisations: index, expand: false }).text).toBe(item);
    expect(standaloneText(item, nameIndex([]), { organisations: index, traced: (t) => (t === item ? 1 : 0), minTraced: 0.5 }).text).toBe(item);
  });

  it('names it in the digest', () => {
    const text = [
      'Title: Ratepayers sue to stop county water sale',
      '',
      'The Brennock Ratepayers League sued Harl County on Friday to stop the sale of its water utility to a private operator for $210 million.',
      '',
      'The suit says the county board never held the public hearing that the charter requires before a sale of public water assets.',
      '',
      '"The water belongs to the people who drink it," said Ada Moss, the league\'s director, outside the county courthouse on Friday.',
      '',
      'The operator, Veltran Water, said the sale followed every rule and would bring $40 million of pipe repairs.',
    ].join('\n');
    const themes = [{ id: 'sale', title: 'The sale', terms: { water: 2, utility: 3, sale: 3, suit: 2, sued: 3, 'public hearing': 3, operator: 2, ratepayers: 3 } }];
    const summary = summarize([articleFromText('org/water.txt', text)], { themes, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false });
    const texts = summary.sections.flatMap((s) => s.items.map((i) => i.text));
    const quote = texts.filter((t) => t.includes('belongs to the people'));
    expect(quote).toHaveLength(1);
    expect(quote[0]).toContain("Ada Moss, the Brennock Ratepayers League's director");
  });
});

// port-strike's blind reader (twenty-eighth stop): "USMX raised its wage offer..." -- what is USMX?
describe('an acronym the article spells out', () => {
  const index = organisationIndex([
    'The International Longshoremen\'s Association (ILA) and the United States Maritime Alliance (USMX) resumed talks on Wednesday.',
    'WASHINGTON (AP) — South Korea\'s Joint Chiefs of Staff (JCS) said the North fired two missiles.',
    'Members of the Workers\' Party of Korea (WPK) met in Pyongyang.',
  ]);
  it.each([
    ['USMX raised its wage offer on Friday.', 'The United States Maritime Alliance raised its wage offer on Friday.'],
    ['The union rejected the offer from USMX, and USMX said it would wait.', 'The union rejected the offer from the United States Maritime Alliance (USMX), and USMX said it would wait.'],
    ["It said USMX's offer was final.", "It said the United States Maritime Alliance's offer was final."],
    ['The JCS said two missiles were fired.', 'The Joint Chiefs of Staff said two missiles were fired.'],
    ['Kim Jong Un, chairman of the WPK, spoke.', "Kim Jong Un, chairman of the Workers' Party of Korea, spoke."],
    ['The ILA struck at 36 ports.', "The International Longshoremen's Association struck at 36 ports."],
  ])('names %s in full', (item, named) => expect(nameAcronyms(item, index)).toBe(named));
  // Code review (twenty-eighth stop): where the name starts, its "the", and an acronym as a modifier.
  it('starts the name at the word the acronym spells, and reads a modifier as one', () => {
    const more = organisationIndex([
      'Chair Nancy Ng of the National Transportation Safety Board (NTSB) said the plane was intact.',
      'Talks between the United States Maritime Alliance and the United Steelworkers (USW) resumed.',
      'The U.S. Centers for Disease Control and Prevention (CDC) said.',
      'Officials of the United States (US) said.',
    ]);
    expect(nameAcronyms('NTSB investigators arrived Monday.', more)).toBe('National Transportation Safety Board investigators arrived Monday.');
    expect(nameAcronyms('USW members voted.', more)).toBe('United Steelworkers members voted.');
    expect(nameAcronyms('CDC said two cases were found.', more)).toBe('The Centers for Disease Control and Prevention said two cases were found.');
    expect(nameAcronyms('US officials said talks would go on.', more)).toBe('United States officials said talks would go on.');
  });
  it.each([
    '"USMX is not serious," the union said.',
    'A spokesperson for the WPK Central Committee spoke.',
    'The United States Maritime Alliance (USMX) raised its offer.',
    'The AP said it had confirmed the report.',
  ])('leaves as written: %s', (item) => expect(nameAcronyms(item, index)).toBe(item));
});
