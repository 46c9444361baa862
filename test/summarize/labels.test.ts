// The section an article is listed under (its label) and the theme its items are placed by.
import { describe, expect, it } from 'vitest';
import type { ThemeConfig } from '../../functions/core/model';
import { summarize } from '../../functions/core/summarize';
import { analyze, headlineForeground } from '../../functions/core/summarize/analyze';
import { compileThemes, scoreThemes, TERM_KEY, termsIn } from '../../functions/core/summarize/themes';
import { tokenize, Vocabulary } from '../../functions/core/summarize/text';
import { articleFromText } from './helpers';

describe("a headline's foreground", () => {
  it.each([
    ['Passengers sue Solvane over Aurelia outbreak, say line let sick cooks keep working', 'Passengers sue Solvane'],
    ['Three weeks after the avalanche, Kessler Peak is open but Lodgepole is still waiting', 'Kessler Peak is open but Lodgepole is still waiting'],
    ['Halvorsen CEO apologizes to senators over tainted pills; lawmakers target overseas drug supply', 'Halvorsen CEO apologizes to senators lawmakers target overseas drug supply'],
    ['FDA adds losartan to drug shortage list after Halvorsen recall', 'FDA adds losartan to drug shortage list'],
  ])('drops the background of "%s"', (title, fore) => expect(headlineForeground(title)).toBe(fore));

  it.each(['Halvorsen Pharma recalls 41 lots of blood-pressure pills', 'After the flood', 'Over 300 homes flooded'])('keeps a headline with no background clause, or one too short to cut: %s', (title) =>
    expect(headlineForeground(title)).toBe(title),
  );
});

describe('theme terms', () => {
  const vocab = new Vocabulary();
  const themes = compileThemes(
    [
      { id: 'water', title: 'Water', terms: { water: 2, 'drinking water': 3 } },
      { id: 'courts', title: 'Courts', terms: { lawsuit: 3 } },
    ],
    vocab,
  );
  const ids = (s: string): number[] => tokenize(s).map((t) => vocab.id(t.key));

  it('finds every term a sentence holds, a shorter one inside a longer one too', () => {
    const found = new Set<number>();
    termsIn(ids('The lawsuit says the drinking water was unsafe'), themes, found);
    // "water" (term 0 of theme 0) inside "drinking water" (term 1), and "lawsuit" (term 0 of theme 1).
    expect([...found].sort((a, b) => a - b)).toEqual([0, 1, TERM_KEY]);
  });

  it("tells each term's share of the score, summing to the score", () => {
    const tokens = ids('The drinking water lawsuit: water, water everywhere');
    const out = new Float64Array(2);
    const shares = new Float64Array(2);
    scoreThemes(tokens, tokens.length, themes, out, (t, _term, score) => (shares[t] = shares[t]! + score));
    expect(out[0]).toBeGreaterThan(0);
    expect(shares[0]).toBeCloseTo(out[0]!, 12);
    expect(shares[1]).toBeCloseTo(out[1]!, 12);
  });
});

describe("an article's label", () => {
  // Every article of the story says "recall"; one of them is about the lawsuit that followed.
  const themes: ThemeConfig[] = [
    { id: 'recall', title: 'The recall', terms: { recall: 3, recalled: 3, lots: 2, impurity: 2, tablets: 2 } },
    { id: 'fallout', title: 'Fallout', terms: { lawsuit: 3, 'class action': 3, sued: 3, shares: 2, plaintiffs: 2 } },
  ];
  const story = (n: number, title: string, body: string) => articleFromText(`label/${n}.txt`, `${title}\n\n${body}`);
  const articles = [
    story(1, 'Halvorsen recalls 41 lots of blood-pressure tablets', 'Halvorsen Pharma recalled 41 lots of its tablets on Monday after finding an impurity in the recall lots. The recall covers tablets sold since May.'),
    story(2, 'Halvorsen widens recall to 18 more lots', 'Halvorsen Pharma widened its recall by 18 lots on Thursday. The recalled tablets held the same impurity, the recall notice said.'),
    story(3, 'Pharmacies scramble after recall empties shelves', 'Pharmacists said the recall emptied shelves of the tablets. Patients asked whether recalled lots were safe, and the recall list grew.'),
    story(
      4,
      'Patients sue Halvorsen over recalled tablets',
      'Patients filed a proposed class action against Halvorsen Pharma on Wednesday over the recall. The lawsuit says the recalled tablets held an impurity for months, and the plaintiffs seek refunds.',
    ),
  ];
  const options = { themes, maxItemsPerSection: 5, maxWordsPerItem: 80, otherNews: false };

  it('counts terms the whole batch uses for less, so the lawsuit story is listed under its facet', () => {
    const s = summarize(articles, options);
    expect(s.themes.get('label/4.txt')?.theme).toBe('fallout');
    expect(s.themes.get('label/1.txt')?.theme).toBe('recall');
  });

  it('places its sentences by the whole headline and undiscounted terms', () => {
    const vocab = new Vocabulary();
    const { articles: infos } = analyze(articles, compileThemes(themes, vocab), vocab, { maxWordsPerItem: 80, otherNews: false });
    const lawsuit = infos.find((i) => i.article.key === 'label/4.txt')!;
    expect(lawsuit.theme).toBe(1);
    // By every term at full weight, "recall" and "recalled" outweigh the suit: its items keep that prior.
    expect(lawsuit.itemTheme).toBe(0);
  });
});
