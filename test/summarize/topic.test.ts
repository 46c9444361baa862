// The topic check's anchor words: a word the user's themes share ("battery" in "battery recycling"
// and "battery plant") that nearly every other themed article uses. Invented articles only.
import { describe, expect, it } from 'vitest';
import type { Article, SummaryOptions, ThemeConfig } from '../../functions/core/model';
import { summarize } from '../../functions/core/summarize';
import { FULL_THEMED, MIN_THEMED, TOPIC_SHARE } from '../../functions/core/summarize/topic';
import { articleFromText } from './helpers';

const THEMES: ThemeConfig[] = [
  {
    id: 'recycling',
    title: 'Recycling',
    terms: { 'battery recycling': 4, recycling: 3, 'black mass': 4, recovery: 2, lithium: 2, cobalt: 2, nickel: 2, 'recycled metals': 3 },
  },
  {
    id: 'plants',
    title: 'Plants',
    terms: { 'battery plant': 4, gigafactory: 4, factory: 2, production: 2, investment: 2, jobs: 1.5, subsidies: 2, 'assembly line': 3 },
  },
];
const OPTIONS: SummaryOptions = { themes: THEMES, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false };

const COMPANIES = ['Norvolt', 'Cellgate', 'Ampere Works', 'Lumen Cells', 'Voltaic', 'Redwater', 'Kestrel Energy', 'Brightcell', 'Oakridge Power'];
const PLACES = ['Nevada', 'Ohio', 'Saxony', 'Silesia', 'Ontario', 'Georgia', 'Quebec', 'Hungary', 'Sweden'];

/** An on-topic report: a battery company's plant or recycling line; `battery` false leaves the word out. */
function onTopic(i: number, battery = true): Article {
  const co = COMPANIES[i]!;
  const at = PLACES[i]!;
  const b = battery ? 'battery ' : '';
  const recycling = i % 2 === 0;
  const lines = recycling
    ? [
        `${co} opens ${b}recycling line in ${at}`,
        `${co} said on Monday it had opened a ${b}recycling line in ${at} that recovers lithium, nickel and cobalt from black mass.`,
        `The line will process 20,000 tonnes of scrap a year, and the recycled metals will go back into new ${battery ? 'battery cells' : 'cells'} at the company's own plants.`,
        `Executives said recovery rates for lithium had reached 90 percent in trials, well above the industry average for ${b}recycling.`,
        `The project received state subsidies and will create about 300 jobs in ${at} over the next two years.`,
        `Analysts said ${b}recycling could supply a fifth of the lithium that electric car makers need by the end of the decade.`,
      ]
    : [
        `${co} breaks ground on ${b}plant in ${at}`,
        `${co} broke ground on Tuesday on a ${battery ? 'battery plant' : 'gigafactory'} in ${at}, an investment of 4 billion dollars that will make cells for electric cars.`,
        `Production is due to start in two years, and the factory will employ about 2,500 people when it reaches full capacity.`,
        `The company said the plant would use recycled metals, including lithium and nickel, for a share of its ${battery ? 'battery ' : ''}production.`,
        `Local officials said the investment was the largest in ${at} in a decade and had been won with subsidies and tax breaks.`,
        `Carmakers have signed supply deals for most of the plant's output, the company said.`,
      ];
  return articleFromText(`topic/${i}-${co.toLowerCase().replace(/\s+/g, '-')}.txt`, lines.join('\n\n'));
}

/** Off-topic, in the topic's words: an electric motor factory, never a battery. */
const MOTOR = articleFromText(
  'topic/motor-plant.txt',
  [
    'Dynamo Drives breaks ground on motor factory in Ohio',
    'Dynamo Drives broke ground on Wednesday on a factory in Ohio that will make electric motors for cars, an investment of 2 billion dollars.',
    'Production is due to start in two years, and the factory will employ about 1,200 people on its assembly line when it reaches full capacity.',
    'The company said the plant would use recycled metals, including copper and rare earths, for a share of its production.',
    'Local officials said the investment had been won with subsidies and tax breaks, and would create jobs for the region.',
    'Carmakers have signed supply deals for most of the plant output, the company said.',
  ].join('\n\n'),
);

describe('topic anchors', () => {
  it('rules out a themed article that never uses the word every other themed article shares', () => {
    const batch = [...COMPANIES.map((_, i) => onTopic(i)), MOTOR];
    const summary = summarize(batch, OPTIONS);
    const motor = summary.themes.get(MOTOR.key)!;
    expect(motor.theme).toBeNull();
    expect(motor.missingTopicWords).toEqual(['battery']);
    expect(motor.setAside).toBe('no-anchor-words');
    // It was the anchor, not the similarity, that decided: the motor plant resembles the batch.
    expect(motor.topicFit).toBeGreaterThanOrEqual(0.6);
    for (const a of batch.filter((x) => x !== MOTOR)) expect(summary.themes.get(a.key)!.theme).not.toBeNull();
    for (const s of summary.sections) for (const item of s.items) expect(item.sources).not.toContain(MOTOR.key);
  });

  it('says why each article was set aside: one unlike the batch in every word is set aside for that, before any anchor', () => {
    // A city's kerbside recycling: the recycling theme's words, none of the batch's subject matter.
    const kerbside = articleFromText(
      'topic/kerbside.txt',
      [
        'Harbury expands kerbside recycling to glass and garden waste',
        'Harbury council said on Monday that kerbside recycling collections would take glass bottles, jars and garden waste from April, with a new green bin for every household.',
        'Councillors said recycling rates had stalled at 41 percent and that residents had asked for the change in a survey last autumn.',
        'The bins will be emptied every fortnight, and crews will leave a tag on any bin holding food or plastic bags so residents know what went wrong.',
        'Recycling of paper and cans will continue on the same day as before, the council said.',
      ].join('\n\n'),
    );
    const batch = [...COMPANIES.map((_, i) => onTopic(i)), kerbside];
    const summary = summarize(batch, OPTIONS);
    const t = summary.themes.get(kerbside.key)!;
    expect(t.scores.recycling).toBeGreaterThanOrEqual(0.6);
    expect(t.theme).toBeNull();
    expect(t.topicFit).toBeLessThan(0.6);
    expect(t.setAside).toBe('unlike-batch');
    for (const a of batch.filter((x) => x !== kerbside)) expect(summary.themes.get(a.key)!.setAside).toBeUndefined();
  });

  it('checks a small drop from MIN_THEMED themed articles, against a share scaled to its size; nothing below', () => {
    const kerbside = articleFromText(
      'topic/kerbside-small.txt',
      [
        'Harbury expands kerbside recycling to glass and garden waste',
        'Harbury council said on Monday that kerbside recycling collections would take glass bottles, jars and garden waste from April, with a new green bin for every household.',
        'Councillors said recycling rates had stalled at 41 percent and that residents had asked for the change in a survey last autumn.',
        'Recycling of paper and cans will continue on the same day as before, the council said.',
      ].join('\n\n'),
    );
    const drop = (n: number) => [...COMPANIES.slice(0, n - 1).map((_, i) => onTopic(i)), kerbside];
    // At MIN_THEMED the share is scaled to (n - 1) / (FULL_THEMED - 1) of TOPIC_SHARE: below the full
    // share, above the scaled one, the kerbside story is not 'unlike-batch' (the anchor check sets it aside).
    const least = summarize(drop(MIN_THEMED), OPTIONS).themes.get(kerbside.key)!;
    expect(least.theme).toBeNull();
    expect(least.topicFit).toBeLessThan(TOPIC_SHARE);
    expect(least.topicFit).toBeGreaterThanOrEqual(TOPIC_SHARE * ((MIN_THEMED - 1) / (FULL_THEMED - 1)));
    expect(least.setAside).toBe('no-anchor-words');
    const small = summarize(drop(MIN_THEMED + 1), OPTIONS).themes;
    expect(small.get(kerbside.key)!.setAside).toBe('unlike-batch');
    expect(small.get(kerbside.key)!.topicFit).toBeLessThan(TOPIC_SHARE * (MIN_THEMED / (FULL_THEMED - 1)));
    for (const [key, t] of small) if (key !== kerbside.key) expect(t.theme, key).not.toBeNull();
    const tooSmall = summarize(drop(MIN_THEMED - 1), OPTIONS).themes;
    expect(tooSmall.get(kerbside.key)!.theme).toBe('recycling');
    expect(tooSmall.get(kerbside.key)!.topicFit).toBeUndefined();
  });

  it("keeps a feature unlike the batch when it opens on a scene: a person's story in words the news reports do not use", () => {
    const feature = (opening: string) =>
      articleFromText(
        'topic/feature.txt',
        [
          'Second shift at the recycling line',
          opening,
          'Her daughter asks what the black dust on her gloves is, and she says it is what is left of old phones and cars, and that it goes back into batteries.',
          'The recycling job pays better than the laundry where she folded sheets for nine years, and the hours let her be home when the school bus comes.',
          'Her brother drives a forklift on the same floor; their mother, who cleans offices in town, says the family has never had two steady paychecks before.',
          'On Sundays the whole family eats together, and the talk is of the new house they hope to rent near the river before winter.',
        ].join('\n\n'),
      );
    const themesOf = (a: Article) => {
      const summary = summarize([...COMPANIES.map((_, i) => onTopic(i)), a], OPTIONS);
      return summary.themes.get(a.key)!;
    };
    const scene = themesOf(feature('Marta Ruiz sorts black mass at the Norvolt recycling line twice a day, once before lunch and once before the night crew arrives.'));
    const news = themesOf(feature('Marta Ruiz said on Monday that she had started sorting black mass at the Norvolt recycling line, a job she took in March.'));
    // Both resemble the batch less than 0.6 of the typical article: the news opening is set aside, the scene is not.
    expect(scene.topicFit).toBeLessThan(0.6);
    expect(news.topicFit).toBeLessThan(0.6);
    expect(news.setAside).toBe('unlike-batch');
    expect(scene.setAside).toBeUndefined();
    expect(scene.theme).toBe('recycling');
  });

  it('rules out nobody when the shared word is not nearly universal in the batch', () => {
    // Two on-topic reports that never say "battery": it is no longer what the batch has in common.
    const batch = [...COMPANIES.map((_, i) => onTopic(i, i > 1)), MOTOR];
    const summary = summarize(batch, OPTIONS);
    for (const t of summary.themes.values()) expect(t.missingTopicWords).toBeUndefined();
    expect(summary.themes.get(MOTOR.key)!.theme).toBe('plants');
  });

  it('needs a word the themes share: a word of one theme only names a facet, not the topic', () => {
    // "lithium" is in every on-topic article but only in the recycling theme's terms.
    const facet: ThemeConfig[] = [THEMES[0]!, { ...THEMES[1]!, terms: { gigafactory: 4, factory: 2, production: 2, investment: 2, jobs: 1.5, subsidies: 2 } }];
    const batch = [...COMPANIES.map((_, i) => onTopic(i)), MOTOR];
    const summary = summarize(batch, { ...OPTIONS, themes: facet });
    expect(summary.themes.get(MOTOR.key)!.missingTopicWords).toBeUndefined();
  });
});

// The names check: another story in the topic's words names none of the batch's people, places
// and organisations. Invented rivers, places and people.
const WATER: ThemeConfig[] = [
  { id: 'supply', title: 'Supply', terms: { reservoir: 3, snowpack: 3, runoff: 3, drought: 2, 'water level': 3, inflow: 3, forecast: 1.5 } },
  { id: 'users', title: 'Users', terms: { farmers: 2.5, irrigation: 3, fallow: 3, 'water prices': 3, growers: 2.5, cuts: 2, conservation: 2 } },
];
const TOWNS = ['Brenton', 'Caddis Flats', 'Dunmore', 'Elsby', 'Fairhaven', 'Glenrock', 'Hollis', 'Irvale', 'Jessup'];
const PEOPLE = ['Mara Quill', 'Tobias Renn', 'Ada Voss', 'Leon Marsh', 'Ines Calder', 'Owen Stroud', 'Rhea Dalton', 'Silas Brook', 'Nell Hardy'];

interface Cast {
  readonly river: string;
  readonly lake: string;
  readonly agency: string;
}
const TARROW: Cast = { river: 'the Tarrow River', lake: 'Lake Sorell', agency: 'the Harlan Water Authority' };
/** A cast of the article's own: its town's creek, reservoir and board. */
const ownCast = (town: string): Cast => ({ river: `the ${town} creek`, lake: `the ${town} reservoir`, agency: `the ${town} water board` });

/** A report on a water shortage, in one of three shapes, naming its town, its person and a cast. */
function shortage(key: string, i: number, town: string, who: string, { river, lake, agency }: Cast): Article {
  const shapes = [
    [
      `${town} farmers leave fields fallow as drought cuts water`,
      `Farmers around ${town} will leave a third of their fields fallow this year after ${agency} cut irrigation deliveries from ${river} by 40 percent, ${who} said on Monday.`,
      `The cuts follow a third dry winter, and growers will be paid for the water they leave behind under a conservation deal.`,
      `${who} said most growers would rather sell water than plant crops that may not be watered through the summer.`,
    ],
    [
      `Reservoir falls to record low as runoff forecast drops`,
      `The water level in ${lake} fell to a record low this week, and ${agency} lowered its runoff forecast for ${river} for the third month running, ${who} said on Tuesday.`,
      `Snowpack in the mountains above ${town} is at half its usual level, and inflow is expected to be the lowest in two decades.`,
      `Officials said the drought was the worst since records began and that more cuts were possible.`,
    ],
    [
      `${town} raises water prices to pay for conservation`,
      `${town} will raise water prices by a fifth from July to pay for conservation rebates, ${who} said on Wednesday, after ${agency} warned that ${lake} could fall further.`,
      `The town buys most of its water from ${river}, and its share will be cut if the spring runoff comes in below the forecast.`,
      `Farmers nearby have already been told to expect irrigation cuts, and some growers have left fields fallow.`,
    ],
  ];
  return articleFromText(key, shapes[i % 3]!.join('\n\n'));
}

/** A Tarrow report: each names two of the three (its own agency, river or lake in turn), as real reports vary. */
const tarrow = (i: number, cast = TARROW): Article => {
  const own = ownCast(TOWNS[i]!);
  const named = i % 3 === 0 ? { ...cast, agency: own.agency } : i % 3 === 1 ? { ...cast, river: own.river } : { ...cast, lake: own.lake };
  return shortage(`names/${i}-${TOWNS[i]!.toLowerCase().replace(/\s+/g, '-')}.txt`, i, TOWNS[i]!, PEOPLE[i]!, named);
};
/** The same kind of report from another country: another river, its own towns, people and agencies. */
const CALDA = shortage('names/calda.txt', 1, 'Veldana', 'Pilar Ostend', { river: 'the Rio Calda', lake: 'the Montaro', agency: "Andoria's basin agency" });

describe('topic names', () => {
  const WATER_OPTIONS: SummaryOptions = { ...OPTIONS, themes: WATER };

  it('rules out a story in the topic words whose people and places are all its own', () => {
    const batch = [...TOWNS.map((_, i) => tarrow(i)), CALDA];
    const summary = summarize(batch, WATER_OPTIONS);
    const calda = summary.themes.get(CALDA.key)!;
    expect(calda.theme).toBeNull();
    expect(calda.topicNameFit).toBeLessThan(0.25);
    expect(calda.setAside).toBe('other-cast');
    // Neither the content similarity alone nor an anchor: the names decided.
    expect(calda.topicFit).toBeGreaterThanOrEqual(0.6);
    expect(calda.missingTopicWords).toBeUndefined();
    for (const a of batch.filter((x) => x !== CALDA)) expect(summary.themes.get(a.key)!.theme).not.toBeNull();
    for (const s of summary.sections) for (const item of s.items) expect(item.sources).not.toContain(CALDA.key);
  });

  it('keeps an on-topic story from a new place that names one of the cast', () => {
    const kestrel = shortage('names/kestrel.txt', 0, 'Kestrel Valley', 'Yusuf Tamber', { ...ownCast('Kestrel Valley'), river: TARROW.river });
    const summary = summarize([...TOWNS.map((_, i) => tarrow(i)), kestrel, CALDA], WATER_OPTIONS);
    expect(summary.themes.get(kestrel.key)!.theme).not.toBeNull();
    expect(summary.themes.get(CALDA.key)!.theme).toBeNull();
  });

  it('rules out nobody by names in a batch with no cast: every story names only its own', () => {
    const batch = [...TOWNS.map((town, i) => tarrow(i, ownCast(town))), CALDA];
    const summary = summarize(batch, WATER_OPTIONS);
    expect(summary.themes.get(CALDA.key)!.topicNameFit).toBeDefined();
    for (const a of batch) expect(summary.themes.get(a.key)!.theme).not.toBeNull();
  });

  it('rules out nobody by names when stories share names only in pairs (two reports of one event)', () => {
    // Each town's shortage reported twice, by two people: names shared, but by no cast of the batch.
    const batch = [...TOWNS.slice(0, 5).flatMap((town, i) => [0, 1].map((k) => shortage(`names/pair-${i}-${k}.txt`, i + k, town, PEOPLE[i + 4 * k]!, ownCast(town)))), CALDA];
    const summary = summarize(batch, WATER_OPTIONS);
    for (const a of batch) expect(summary.themes.get(a.key)!.theme).not.toBeNull();
  });
});

// The user's topic terms (config topicTerms): the names of the story they follow. A themed article
// naming none of them is another story, even in a batch too small to compare with.
describe('topic terms', () => {
  const TERMS: SummaryOptions = { ...OPTIONS, themes: WATER, topicTerms: ['tarrow river', 'lake sorell', 'harlan water authority'] };

  it('rules out a themed article that names none of the terms, and says so in topicMentions', () => {
    const batch = [...TOWNS.map((_, i) => tarrow(i)), CALDA];
    const summary = summarize(batch, TERMS);
    const calda = summary.themes.get(CALDA.key)!;
    expect(calda.theme).toBeNull();
    expect(calda.topicMentions).toBe(0);
    expect(calda.setAside).toBe('no-topic-terms');
    for (const a of batch.filter((x) => x !== CALDA)) {
      expect(summary.themes.get(a.key)!.setAside).toBeUndefined();
      expect(summary.themes.get(a.key)!.theme).not.toBeNull();
      expect(summary.themes.get(a.key)!.topicMentions).toBeGreaterThan(0);
    }
    for (const s of summary.sections) for (const item of s.items) expect(item.sources).not.toContain(CALDA.key);
  });

  it('gates a batch too small for the batch checks', () => {
    const batch = [tarrow(0), tarrow(1), CALDA];
    expect(summarize(batch, { ...OPTIONS, themes: WATER }).themes.get(CALDA.key)!.theme).not.toBeNull();
    const summary = summarize(batch, TERMS);
    expect(summary.themes.get(CALDA.key)!.theme).toBeNull();
    expect(summary.themes.get(tarrow(0).key)!.theme).not.toBeNull();
  });

  it('matches whole words in any case, in the headline or the prose, never inside a word', () => {
    const sorell = articleFromText(
      'terms/headline.txt',
      [
        'LAKE SORELL hits a record low',
        'The water level fell to a record low this week, and the Veldana water board lowered its runoff forecast for the third month running, Pilar Ostend said on Tuesday.',
        'Snowpack in the mountains above Veldana is at half its usual level, and inflow is expected to be the lowest in two decades.',
        'Officials said the drought was the worst since records began and that more cuts were possible.',
      ].join('\n\n'),
    );
    const inside = shortage('terms/inside.txt', 1, 'Veldana', 'Pilar Ostend', { ...ownCast('Veldana'), lake: 'Lake Sorellton' });
    const summary = summarize([tarrow(0), tarrow(1), sorell, inside], TERMS);
    expect(summary.themes.get(sorell.key)!.topicMentions).toBe(1);
    expect(summary.themes.get(sorell.key)!.theme).not.toBeNull();
    expect(summary.themes.get(inside.key)!.topicMentions).toBe(0);
    expect(summary.themes.get(inside.key)!.theme).toBeNull();
  });

  it("replaces the guessed anchors: an article naming the user's terms is not ruled out for a word the others share", () => {
    // An on-topic report that never says "battery", the word every other themed article shares.
    const lone = articleFromText(
      'topic/voltaic-cells.txt',
      [
        'Voltaic opens recycling line in Sweden',
        'Voltaic said on Monday it had opened a recycling line in Sweden that recovers lithium, nickel and cobalt from black mass.',
        'The line will take in 8,000 tonnes of old car cells a year from carmakers in the Nordic countries, and the recycled metals will be sold to cell makers.',
        'Executives said recovery rates for lithium had reached 90 percent in trials, well above the industry average.',
        'Recovery of lithium from such scrap has become cheaper as prices for the metal rose, the company said.',
      ].join('\n\n'),
    );
    const batch = [...COMPANIES.slice(1).map((_, i) => onTopic(i + 1)), lone];
    const guessed = summarize(batch, OPTIONS).themes.get(lone.key)!;
    expect(guessed.theme).toBeNull();
    expect(guessed.missingTopicWords).toEqual(['battery']);
    const summary = summarize(batch, { ...OPTIONS, topicTerms: ['lithium', 'gigafactory', 'battery'] });
    expect(summary.themes.get(lone.key)!.theme).not.toBeNull();
    expect(summary.themes.get(lone.key)!.missingTopicWords).toBeUndefined();
  });

  it('rules out a story that names the terms once, in passing, and resembles the batch less than typical', () => {
    // Another river's shortage, with one line of context on the Tarrow.
    const passing = articleFromText(
      'terms/veldana-passing.txt',
      [CALDA.title, ...CALDA.sentences.map((x) => x.text), 'Unlike the towns on the Tarrow River, Veldana has not yet been asked to cut its use.', 'Andoria\'s basin agency will publish its own allocation for the Rio Calda in May, Pilar Ostend said.'].join('\n\n'),
    );
    const batch = [...TOWNS.map((_, i) => tarrow(i)), passing];
    const plain = summarize(batch, { ...OPTIONS, themes: WATER }).themes.get(passing.key)!;
    const t = summarize(batch, TERMS).themes.get(passing.key)!;
    // The batch checks let it in (below typical, but not by enough; its names share the Tarrow's).
    expect(plain.theme).not.toBeNull();
    expect(plain.topicNameFit).toBeGreaterThanOrEqual(0.25);
    expect(t.topicMentions).toBe(1);
    expect(t.topicFit).toBeLessThan(0.78);
    expect(t.theme).toBeNull();
    expect(t.setAside).toBe('topic-in-passing');
    expect(plain.setAside).toBeUndefined();
  });

  // Another river's shortage, as like the batch as a report can be, that brings the Tarrow in as
  // background: where it first does, and whose names it carries, decide.
  const lateMention = (key: string, at: number, town = 'Veldana', who = 'Pilar Ostend'): Article => {
    const lines = [
      `${town} farmers leave fields fallow as drought cuts irrigation water`,
      `Farmers around ${town} will leave a third of their fields fallow this year after the Montaro basin board cut irrigation deliveries from the Rio Calda by 40 percent, ${who} said on Monday.`,
      'The cuts follow a third dry winter, and growers will be paid for the water they leave behind under a conservation deal.',
      `${who} said most growers would rather sell water than plant crops that may not be watered through the summer.`,
      `Snowpack in the mountains above ${town} is at half its usual level, and inflow is expected to be the lowest in two decades.`,
      'Officials said the drought was the worst since records began and that more cuts were possible.',
      'The town buys most of its water from the Rio Calda, and its share will be cut if the spring runoff comes in below the forecast.',
      'Water prices for growers have doubled since the autumn, the Montaro basin board said.',
    ];
    lines.splice(at + 1, 0, 'Towns on the Tarrow River have faced the same cuts this spring.');
    return articleFromText(key, lines.join('\n\n'));
  };

  it('rules out a story that names the terms once, late, and whose people and places are not the batch\'s', () => {
    const late = lateMention('terms/late.txt', 6);
    const t = summarize([...TOWNS.map((_, i) => tarrow(i)), late], TERMS).themes.get(late.key)!;
    // Like the batch in its words, and not so unlike it in names that the names check alone decides.
    expect(t.topicFit).toBeGreaterThanOrEqual(0.78);
    expect(t.topicNameFit).toBeGreaterThanOrEqual(0.25);
    expect(t.topicNameFit).toBeLessThan(0.8);
    expect(t.topicMentions).toBe(1);
    expect(t.theme).toBeNull();
    expect(t.setAside).toBe('topic-late');
  });

  it('rules out a story that names the terms in two sentences from the fifth on, when its names are under half the typical', () => {
    const twice = lateMention('terms/twice.txt', 4, 'Veldana', 'Joaquin Berrio of the Veldana growers union');
    const lines = twice.sentences.map((s) => s.text);
    const second = articleFromText('terms/twice.txt', [twice.title, ...lines.slice(0, 7), 'Farmers on the Tarrow River were paid the same way last year.', ...lines.slice(7)].join('\n\n'));
    const t = summarize([...TOWNS.map((_, i) => tarrow(i)), second], TERMS).themes.get(second.key)!;
    expect(t.topicMentions).toBe(2);
    expect(t.topicNameFit).toBeLessThan(0.5);
    expect(t.theme).toBeNull();
    expect(t.setAside).toBe('topic-late');
    // The same two mentions by an article of the batch's cast stay.
    const cast = lateMention('terms/cast2.txt', 4, TOWNS[0]!, PEOPLE[0]!);
    const castLines = cast.sentences.map((s) => s.text);
    const castTwice = articleFromText('terms/cast2.txt', [cast.title, ...castLines.slice(0, 7), 'Farmers on the Tarrow River were paid the same way last year.', ...castLines.slice(7)].join('\n\n'));
    const kept = summarize([...TOWNS.map((_, i) => tarrow(i)), castTwice], TERMS).themes.get(castTwice.key)!;
    expect(kept.topicMentions).toBe(2);
    expect(kept.theme).not.toBeNull();
  });

  it('keeps the same story when it names the terms in its opening, or names the batch\'s people and places', () => {
    const early = lateMention('terms/early.txt', 1);
    const cast = lateMention('terms/cast.txt', 6, TOWNS[0]!, PEOPLE[0]!);
    const summary = summarize([...TOWNS.map((_, i) => tarrow(i)), early, cast], TERMS);
    expect(summary.themes.get(early.key)!.theme).not.toBeNull();
    expect(summary.themes.get(cast.key)!.topicNameFit).toBeGreaterThanOrEqual(0.8);
    expect(summary.themes.get(cast.key)!.theme).not.toBeNull();
  });

  it('changes nothing without terms: no topicMentions, and the same digest as an empty list', () => {
    const batch = [...TOWNS.map((_, i) => tarrow(i)), CALDA];
    const plain = summarize(batch, { ...OPTIONS, themes: WATER });
    for (const t of plain.themes.values()) expect(t.topicMentions).toBeUndefined();
    expect(summarize(batch, { ...TERMS, topicTerms: [] })).toEqual(plain);
  });
});

// An earlier story of the same place (the utility's rate case months before the shortage): dated
// well before the batch, it is set aside, however much it resembles the batch; the same article
// dated weeks before, or after the batch (a follow-up), or undated, stays.
describe('other time', () => {
  const WATER_OPTIONS: SummaryOptions = { ...OPTIONS, themes: WATER };
  const dated = (a: Article, day: string): Article => ({ ...a, publishedAt: `${day}T12:00:00.000Z` });
  // Nine Tarrow reports over twelve days of June.
  const june = TOWNS.map((_, i) => dated(tarrow(i), `2026-06-${String(1 + Math.round((i * 11) / 8)).padStart(2, '0')}`));
  const fits = summarize(june, WATER_OPTIONS).themes;
  const below = june.find((a) => (fits.get(a.key)!.topicFit ?? 1) < 1)!;
  const above = june.find((a) => (fits.get(a.key)!.topicFit ?? 0) >= 1)!;
  const others = (a: Article): Article[] => june.filter((x) => x !== a);

  it('sets aside a below-typical article dated months before the batch, and says why', () => {
    expect(below).toBeDefined();
    const early = dated(below, '2026-02-10');
    const summary = summarize([...others(below), early], WATER_OPTIONS);
    const t = summary.themes.get(early.key)!;
    expect(t.theme).toBeNull();
    expect(t.setAside).toBe('other-time');
    for (const s of summary.sections) for (const item of s.items) expect(item.sources).not.toContain(early.key);
    for (const a of others(below)) expect(summary.themes.get(a.key)!.setAside).toBeUndefined();
  });

  it('keeps the same article dated weeks before, months after (a follow-up) or undated', () => {
    for (const day of ['2026-05-15', '2026-10-20']) {
      const moved = dated(below, day);
      expect(summarize([...others(below), moved], WATER_OPTIONS).themes.get(moved.key)!.theme).not.toBeNull();
    }
    const undated = { ...below, publishedAt: null };
    expect(summarize([...others(below), undated], WATER_OPTIONS).themes.get(undated.key)!.theme).not.toBeNull();
  });

  it('sets aside an early article however much it resembles the batch (the same rocket, a year before it failed)', () => {
    expect(above).toBeDefined();
    const early = dated(above, '2026-02-10');
    const t = summarize([...others(above), early], WATER_OPTIONS).themes.get(early.key)!;
    expect(t.topicFit).toBeGreaterThanOrEqual(1);
    expect(t.theme).toBeNull();
    expect(t.setAside).toBe('other-time');
  });
});
