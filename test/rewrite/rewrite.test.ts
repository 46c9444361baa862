// rewriteSummary: the rewriter only changes wording; every answer is validated, and anything that
// fails keeps the extractive text. Sources, scores, order and themes never change.
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../functions/core/model';
import { checkRewrite, rewriteSummary, type ItemRewriter, type RewriteFallback } from '../../functions/core/rewrite';

const summary: Summary = {
  sections: [
    {
      theme: 'alliances',
      title: 'Alliances',
      items: [
        {
          text: 'Foreign and defence ministers of both countries met in Seoul on Tuesday for the first two-plus-two talks in five years, officials said.',
          sources: ['incoming/a.txt', 'incoming/b.html'],
          score: 0.91,
        },
        { text: 'The ministers agreed to expand joint exercises and share missile-warning data in real time.', sources: ['incoming/a.txt'], score: 0.72 },
      ],
    },
    {
      theme: 'north-korea',
      title: 'North Korea',
      items: [{ text: 'Pyongyang rejected the offer of talks, calling it a "hollow gesture" in a statement on state media.', sources: ['incoming/c.md'], score: 0.8 }],
    },
  ],
  themes: new Map([['incoming/a.txt', { theme: 'alliances', scores: { alliances: 12 }, choiceScores: { alliances: 12 } }]]),
  lead: { theme: 'alliances', index: 0 },
  themeBackground: { alliances: 1.8, 'north-korea': 0.4 },
};

/** A rewriter that answers from a table by section title, and records what it was asked. */
function fakeRewriter(answers: Record<string, readonly unknown[] | Error>) {
  const asked: { title: string; items: readonly { text: string; sources: readonly string[] }[] }[] = [];
  const rewriter: ItemRewriter = {
    async rewrite(section) {
      asked.push(section);
      const answer = answers[section.title];
      if (answer instanceof Error) throw answer;
      return (answer ?? []) as readonly string[];
    },
  };
  return { rewriter, asked };
}

const fallbacks = () => {
  const seen: RewriteFallback[] = [];
  return { seen, onFallback: (f: RewriteFallback) => seen.push(f) };
};

describe('rewriteSummary', () => {
  it('replaces each item text with its rewrite and keeps sources, scores, order and themes', async () => {
    // Prepare
    const { rewriter, asked } = fakeRewriter({
      Alliances: ['Ministers held the first two-plus-two talks in five years in Seoul.', 'They agreed to expand drills and share missile-warning data.'],
      'North Korea': ['Pyongyang rejected the talks offer as a "hollow gesture".'],
    });
    // Act
    const out = await rewriteSummary(summary, rewriter, { maxWords: 80 });
    // Assess
    expect(out.sections.map((s) => s.items.map((it) => it.text))).toEqual([
      ['Ministers held the first two-plus-two talks in five years in Seoul.', 'They agreed to expand drills and share missile-warning data.'],
      ['Pyongyang rejected the talks offer as a "hollow gesture".'],
    ]);
    expect(out.sections.map((s) => s.items.map((it) => [it.sources, it.score]))).toEqual(
      summary.sections.map((s) => s.items.map((it) => [it.sources, it.score])),
    );
    expect(out.sections.map((s) => [s.theme, s.title])).toEqual(summary.sections.map((s) => [s.theme, s.title]));
    expect(out.themes).toBe(summary.themes);
    // Everything but the wording passes through: the top story and the batch's theme background.
    expect(out.lead).toEqual(summary.lead);
    expect(out.themeBackground).toEqual(summary.themeBackground);
    // The rewriter saw each section's items with their sources, in order.
    expect(asked.map((a) => a.title)).toEqual(['Alliances', 'North Korea']);
    expect(asked[0]!.items).toEqual(summary.sections[0]!.items.map((it) => ({ text: it.text, sources: it.sources })));
  });

  it('keeps the extractive text of an item whose rewrite is empty, too long, or adds a link or markup', async () => {
    const { seen, onFallback } = fallbacks();
    const { rewriter } = fakeRewriter({
      Alliances: ['   ', 'one two three four five six seven eight nine ten eleven'],
      'North Korea': ['Pyongyang rejected talks, see https://kcna.example/statement'],
    });
    const out = await rewriteSummary(summary, rewriter, { maxWords: 10, onFallback });
    expect(out).toEqual(summary);
    expect(seen).toEqual([
      { section: 'alliances', item: 0, reason: 'empty' },
      { section: 'alliances', item: 1, reason: '11 words, more than 10' },
      { section: 'north-korea', item: 0, reason: 'adds a link (https://kcna.example/statement)' },
    ]);
  });

  it('falls back per item: good rewrites in the same section are kept', async () => {
    const { rewriter } = fakeRewriter({ Alliances: ['Ministers met in Seoul for two-plus-two talks.', 42], 'North Korea': ['<b>Pyongyang</b> said no.'] });
    const out = await rewriteSummary(summary, rewriter, { maxWords: 80 });
    expect(out.sections[0]!.items.map((it) => it.text)).toEqual(['Ministers met in Seoul for two-plus-two talks.', summary.sections[0]!.items[1]!.text]);
    expect(out.sections[1]!.items[0]!.text).toBe(summary.sections[1]!.items[0]!.text);
  });

  it('keeps a whole section extractive when the answer has the wrong number of sentences', async () => {
    const { seen, onFallback } = fallbacks();
    const { rewriter } = fakeRewriter({ Alliances: ['Only one sentence for two items.'], 'North Korea': ['Pyongyang rejected the talks offer.'] });
    const out = await rewriteSummary(summary, rewriter, { maxWords: 80, onFallback });
    expect(out.sections[0]).toEqual(summary.sections[0]);
    expect(out.sections[1]!.items[0]!.text).toBe('Pyongyang rejected the talks offer.');
    expect(seen).toEqual([{ section: 'alliances', item: null, reason: 'expected 2 sentences, got 1' }]);
  });

  it('passes a rewriter error to the caller (the pipeline then keeps the extractive summary)', async () => {
    const { rewriter } = fakeRewriter({ Alliances: Object.assign(new Error('denied'), { name: 'AccessDeniedException' }) });
    await expect(rewriteSummary(summary, rewriter, { maxWords: 80 })).rejects.toThrow('denied');
  });

  it('asks nothing for an empty summary', async () => {
    const { rewriter, asked } = fakeRewriter({});
    const empty: Summary = { sections: [], themes: new Map() };
    expect(await rewriteSummary(empty, rewriter, { maxWords: 80 })).toEqual(empty);
    expect(asked).toEqual([]);
  });
});

describe('checkRewrite', () => {
  const original = 'Officials said the talks, announced at www.gov.example, would resume in May.';

  it('normalizes whitespace and drops a list marker the model put in front', () => {
    expect(checkRewrite(original, '  1.  Talks resume\n in May. ', 80)).toEqual({ ok: true, text: 'Talks resume in May.' });
    expect(checkRewrite(original, '- Talks resume in May.', 80)).toEqual({ ok: true, text: 'Talks resume in May.' });
  });

  it('accepts exactly maxWords words and rejects one more', () => {
    expect(checkRewrite(original, 'one two three four five', 5)).toMatchObject({ ok: true });
    expect(checkRewrite(original, 'one two three four five six', 5)).toEqual({ ok: false, reason: '6 words, more than 5' });
  });

  it('allows a link the extractive text already had, rejects any other', () => {
    expect(checkRewrite(original, 'Talks announced at www.gov.example resume in May.', 80)).toMatchObject({ ok: true });
    expect(checkRewrite(original, 'Talks resume in May (www.other.example).', 80)).toMatchObject({ ok: false });
    expect(checkRewrite(original, 'Talks resume in May, mailto:x@example.com', 80)).toMatchObject({ ok: false });
  });

  it('rejects tags and entities, and anything that is not a string', () => {
    expect(checkRewrite(original, 'Talks <a href="x">resume</a> in May.', 80)).toEqual({ ok: false, reason: 'adds markup (<a href="x">)' });
    expect(checkRewrite(original, 'Talks resume&nbsp;in May.', 80)).toMatchObject({ ok: false });
    expect(checkRewrite(original, null, 80)).toEqual({ ok: false, reason: 'not a string (object)' });
    expect(checkRewrite(original, '...', 80)).toEqual({ ok: false, reason: 'empty' });
  });

  it('lets comparisons through: "<" in prose is not markup', () => {
    expect(checkRewrite(original, 'Turnout was < 40% and talks resume in May.', 80)).toMatchObject({ ok: true });
  });
});
