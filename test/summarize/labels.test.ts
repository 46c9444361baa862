// The section an article is listed under (its label) and the theme its items are placed by.
import { describe, expect, it } from 'vitest';
import type { ThemeConfig } from '../../functions/core/model';
import { summarize } from '../../functions/core/summarize';
import { analyze, CLOSE_MARGIN, headlineForeground, LABEL_BACKGROUND, labelAgainstBatch, partiesAct } from '../../functions/core/summarize/analyze';
import { compileThemes } from '../../functions/core/summarize/themes';
import { MIN_THEMED } from '../../functions/core/summarize/topic';
import { Vocabulary } from '../../functions/core/summarize/text';
import { articleFromText } from './helpers';
import { digestOfSet, labelledSets } from './score-set';

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

describe('several parties acting in a headline (who acts)', () => {
  it.each([
    'Moon, Biden agree to pursue diplomacy with N. Korea',
    '(LEAD) Vessa, Orland agree to renew river treaty',
    'Top security officials of S. Korea, U.S., Japan meet in Annapolis',
    'G7 urges restraint; Japan, U.S., South Korea hold 3-way talks',
    'In Seoul, Ava Lund and Rui Basso pledge close coordination',
    // The headline may open on the group noun itself (korea-scrape-v, prereg44).
    'Leaders of US, Japan and South Korea agree to annual drills and a crisis hotline',
    'Foreign ministers of Vessa and Orland sign river treaty',
  ])('finds them in "%s"', (title) => expect(partiesAct(title)).toBe(true));
  it.each([
    'Biden warns of responses to North Korea',
    'Harwick and Families of Dead Workers Vow to Fight Shipowner',
    'Orland and the Vessa river: a history',
    'Talks between Vessa and Orland stall',
  ])('finds none in "%s"', (title) => expect(partiesAct(title)).toBe(false));

  // Theme 0 names the dealings of parties ("alliance", "ties", "summit"); theme 1 a policy the
  // article's words tell more of. The headline's subject is two parties: the label takes theme 0.
  const themes: ThemeConfig[] = [
    { id: 'ties', title: 'Ties', terms: { alliance: 3, ties: 2, summit: 1.5, counterparts: 1.5 } },
    { id: 'policy', title: 'Policy', terms: { 'river policy': 4, review: 2, envoy: 2, diplomacy: 2 } },
  ];
  it('compiles the parties theme from its terms, and none without one', () => {
    expect(compileThemes(themes, new Vocabulary())).toMatchObject({ partiesTheme: 0, partiesWeight: 3 });
    expect(compileThemes([themes[1]!], new Vocabulary()).partiesTheme).toBe(-1);
  });
  it('lists an article whose headline has two parties acting under the parties theme', () => {
    const body = 'Leaders of the two states met in Tarrow on Friday and said the river policy review would guide their diplomacy. The talks lasted three hours, officials said.';
    const vocab = new Vocabulary();
    const [meeting, statement] = analyze(
      [articleFromText('p/1.txt', `Vessa, Orland agree on river policy review\n\n${body}`), articleFromText('p/2.txt', `Vessa envoy says river policy review near\n\n${body}`)],
      compileThemes(themes, vocab),
      vocab,
      { maxWordsPerItem: 80, otherNews: false },
    ).articles;
    expect(meeting!.theme).toBe(0);
    expect(statement!.theme).toBe(1);
  });
});

describe("an article's label", () => {
  // Every article of the story says "recall"; one of them is about the lawsuit that followed, and says
  // the recall in its headline's background clause.
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

  it("reads the headline's foreground, so the lawsuit story is listed under its facet", () => {
    const s = summarize(articles, options);
    expect(s.themes.get('label/4.txt')?.theme).toBe('fallout');
    expect(s.themes.get('label/1.txt')?.theme).toBe('recall');
  });

  it("reports no background for a batch too small to say what is typical, and each theme's for a larger one", () => {
    expect(summarize(articles.slice(0, MIN_THEMED - 1), options).themeBackground).toBeUndefined();
    expect(summarize(articles.slice(0, MIN_THEMED), options).themeBackground).toBeDefined();
    const more = [5, 6, 7, 8].map((n) =>
      story(n, `Halvorsen recall reaches pharmacy ${n}`, `Pharmacy ${n} pulled the recalled tablets on day ${n} of the recall. The lots held the impurity, its owner said.`),
    );
    const background = summarize([...articles, ...more], options).themeBackground;
    expect(Object.keys(background ?? {})).toEqual(['recall', 'fallout']);
    expect(background!.recall).toBeGreaterThan(background!.fallout!);
  });

  it('places its sentences by the whole headline', () => {
    const vocab = new Vocabulary();
    const { articles: infos } = analyze(articles, compileThemes(themes, vocab), vocab, { maxWordsPerItem: 80, otherNews: false });
    const lawsuit = infos.find((i) => i.article.key === 'label/4.txt')!;
    expect(lawsuit.theme).toBe(1);
    // With "over recalled tablets" counted, the recall outweighs the suit: its items keep that prior.
    expect(lawsuit.itemTheme).toBe(0);
  });
});

describe("the batch's background in the label", () => {
  // Theme 0 is the event every article tells ("the recall"); theme 1 a facet ("the lawsuit").
  const article = (event: number, facet: number, theme = 0, close = Float64Array.of(event, facet)): { theme: number; choice: Float64Array; close: Float64Array; closeCall?: boolean } => ({
    theme,
    choice: Float64Array.of(event, facet),
    close,
  });
  const batch = () => [...Array.from({ length: 7 }, () => article(5, 0.5)), article(5, 4.5)];

  it('lists under its facet an article that tells the event no more than the typical one does', () => {
    const articles = batch();
    labelAgainstBatch(articles, 2);
    // The event's median is 5, the facet's 0.5: 5 - 0.75 < 4.5 - 0.075.
    expect(articles[7]!.theme).toBe(1);
    expect(articles.slice(0, 7).map((a) => a.theme)).toEqual(Array(7).fill(0));
  });

  it('keeps the event for an article that tells it well above the background', () => {
    // Well above: a lead no close call (CLOSE_MARGIN) can reopen.
    const articles = [...batch().slice(0, 7), article(5 + 10 * LABEL_BACKGROUND, 4.5)];
    labelAgainstBatch(articles, 2);
    expect(articles[7]!.theme).toBe(0);
  });

  it('decides a close call by the closer reading (headline and first sentences), and only a close call', () => {
    // Choice less the background: event 5.25 - 0.75 = 4.5 against facet 4.5 - 0.075 = 4.425, a
    // lead of under CLOSE_MARGIN: the closer reading (facet well ahead) decides.
    const near = [...batch().slice(0, 7), article(5.25, 4.5, 0, Float64Array.of(3, 5))];
    labelAgainstBatch(near, 2);
    expect(near[7]!.theme).toBe(1);
    expect(near[7]!.closeCall).toBe(true);
    expect(near.slice(0, 7).every((a) => !a.closeCall)).toBe(true);
    // A clear lead stays, whatever the closer reading says.
    const clear = [...batch().slice(0, 7), article(6.5, 4.5, 0, Float64Array.of(3, 5))];
    labelAgainstBatch(clear, 2);
    expect(clear[7]!.theme).toBe(0);
    expect(clear[7]!.closeCall).toBeUndefined();
  });

  it('leaves alone a batch too small to say what is typical, and articles set aside', () => {
    const small = batch().slice(9 - MIN_THEMED);
    labelAgainstBatch(small, 2);
    expect(small.at(-1)!.theme).toBe(0);
    // One more article and the batch is judged: the facet article goes under its facet.
    const judged = batch().slice(8 - MIN_THEMED);
    labelAgainstBatch(judged, 2);
    expect(judged.at(-1)!.theme).toBe(1);
    const withStranger = [...batch(), article(9, 9, -1)];
    labelAgainstBatch(withStranger, 2);
    expect(withStranger[8]!.theme).toBe(-1);
    expect(withStranger[7]!.theme).toBe(1);
  });
});

describe('close calls in digest.json', () => {
  // museum-heist (in the repository): mixed articles whose two best themes are near.
  const set = labelledSets().find((s) => s.name === 'museum-heist')!;
  it('shows the closer reading only for a themed article whose lead, less the background, is under CLOSE_MARGIN', () => {
    const { manifest } = digestOfSet(set);
    const close = manifest.articles.filter((a) => a.themeCloseScores !== undefined);
    expect(close.length).toBeGreaterThan(0);
    for (const a of manifest.articles) {
      if (a.theme === null) continue;
      const net = Object.entries(a.themeChoiceScores).map(([id, v]) => v - (manifest.themeBackground?.[id] ?? 0)).sort((x, y) => y - x);
      // Scores are rounded to 3 places in the manifest: a lead at the cut-off itself is not judged here.
      if (Math.abs(net[0]! - net[1]! - CLOSE_MARGIN * Math.abs(net[0]!)) < 0.01) continue;
      expect(a.themeCloseScores !== undefined, a.key).toBe(net[0]! - net[1]! < CLOSE_MARGIN * Math.abs(net[0]!));
    }
  });
});
