// The topic check's anchor words: a word the user's themes share ("battery" in "battery recycling"
// and "battery plant") that nearly every other themed article uses. Invented articles only.
import { describe, expect, it } from 'vitest';
import type { Article, SummaryOptions, ThemeConfig } from '../../functions/core/model';
import { summarize } from '../../functions/core/summarize';
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
    // It was the anchor, not the similarity, that decided: the motor plant resembles the batch.
    expect(motor.topicFit).toBeGreaterThanOrEqual(0.6);
    for (const a of batch.filter((x) => x !== MOTOR)) expect(summary.themes.get(a.key)!.theme).not.toBeNull();
    for (const s of summary.sections) for (const item of s.items) expect(item.sources).not.toContain(MOTOR.key);
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
