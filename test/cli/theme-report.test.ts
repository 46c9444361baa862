// The CLI's few lines on what the themes did (functions/local/theme-report.ts), on hand-built manifests.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPIC_TERMS } from '../../config/schema';
import type { DigestManifest, ThemeConfig } from '../../functions/core/model';
import { FULL_THEMED, MIN_THEMED } from '../../functions/core/summarize/topic';
import { themeReport } from '../../functions/local/theme-report';

const THEMES: ThemeConfig[] = [
  { id: 'plants', title: 'Plants', terms: { factory: 2 } },
  { id: 'recycling', title: 'Recycling', terms: { recycling: 2 } },
];
type Row = DigestManifest['articles'][number];
const row = (n: number, extra: Partial<Row>): Row => ({
  key: `k${n}`,
  id: `i${n}`,
  title: `Title ${n}`,
  source: null,
  publishedAt: null,
  url: null,
  theme: null,
  themeScores: {},
  themeChoiceScores: { plants: 1, recycling: 2 },
  ...extra,
});
/** The note under a batch of fewer than MIN_THEMED themed articles and no topic terms. */
const FEW = (n: number) => `note: ${n} article(s) got a theme, too few to check against each other: name the story you follow in topicTerms (--themes FILE) to keep other stories in your themes' words out`;
const manifest = (articles: Row[]): DigestManifest => ({ id: 'x', createdAt: '2026-12-02T00:00:00.000Z', articles, sections: [], rejected: [] });

describe('theme report', () => {
  it('counts what each theme took and what fit none, and lists nothing set aside when nothing was', () => {
    const lines = themeReport(manifest([row(1, { theme: 'plants' }), row(2, { theme: 'plants' }), row(3, {}), row(4, { theme: 'plants', duplicateOf: 'k1' })]), THEMES);
    expect(lines).toEqual(['themes: Plants 2, Recycling 0 article(s); 1 fit no theme (every theme score under 0.6)', FEW(2)]);
  });

  it('lists the unthemed articles that name the story twice or more: the ones the theme terms miss', () => {
    const lines = themeReport(
      manifest([
        row(1, { topicMentions: 3, themeScores: { plants: 0.2, recycling: 0.45 } }),
        row(2, { topicMentions: 1 }),
        row(3, { topicMentions: 0 }),
        row(4, { theme: 'plants', topicMentions: 5 }),
        row(5, { topicMentions: 0, setAside: 'no-topic-terms' }),
      ]),
      THEMES,
    );
    expect(lines).toEqual([
      'themes: Plants 1, Recycling 0 article(s); 3 fit no theme (every theme score under 0.6)',
      'fit no theme but name the story 2+ times: 1 (words your theme terms may miss)',
      '  "Title 1" (best Recycling 0.45, 3 mentions)',
      'set aside as another story: 1 (its terms gave it a theme; digest.json "setAside" says which check)',
      '  "Title 5" (Recycling): names none of the topic terms',
      FEW(2),
    ]);
  });

  it('lists each article set aside with the theme its terms gave and the check it failed, ten at most', () => {
    const aside = [
      row(1, { setAside: 'no-anchor-words', missingTopicWords: ['battery', 'cell'] }),
      row(2, { setAside: 'other-cast', topicNameFit: 0.21, themeChoiceScores: { plants: 3, recycling: 1 } }),
      ...Array.from({ length: 11 }, (_, i) => row(10 + i, { setAside: 'unlike-batch', topicFit: 0.41 })),
    ];
    const lines = themeReport(manifest(aside), THEMES);
    expect(lines[0]).toBe('themes: Plants 0, Recycling 0 article(s); 0 fit no theme (every theme score under 0.6)');
    expect(lines[1]).toBe('set aside as another story: 13 (its terms gave it a theme; digest.json "setAside" says which check)');
    expect(lines[2]).toBe('  "Title 1" (Recycling): never uses "battery" or "cell"');
    expect(lines[3]).toBe('  "Title 2" (Plants): its people and places are not the batch\'s (names 0.21)');
    expect(lines[4]).toBe("  \"Title 10\" (Recycling): unlike the batch's other articles (topic fit 0.41)");
    expect(lines).toHaveLength(2 + 10 + 1);
    expect(lines.at(-1)).toBe('  and 3 more');
  });

  it('says when an article was set aside as an earlier story, with its date', () => {
    const lines = themeReport(manifest([row(1, { theme: 'plants' }), row(2, { setAside: 'other-time', topicFit: 0.7, publishedAt: '2026-02-10T12:00:00.000Z' })]), THEMES);
    expect(lines).toContain("  \"Title 2\" (Recycling): dated 2026-02-10, months before the batch's other articles: an earlier story");
  });

  it('says when an article was set aside for naming the story once, late, with its names fit', () => {
    const lines = themeReport(manifest([row(1, { theme: 'plants' }), row(2, { setAside: 'topic-late', topicMentions: 1, topicNameFit: 0.43 })]), THEMES);
    expect(lines).toContain("  \"Title 2\" (Recycling): names the topic terms only late in the article, in one or two sentences, and its people and places are mostly not the batch's (names 0.43): another story");
  });

  it('warns, in one line, when the configuration empties the digest: topic terms nothing names, or themes nothing fits', () => {
    const named = themeReport(manifest([row(1, { topicMentions: 0, setAside: 'no-topic-terms' }), row(2, { topicMentions: 0 })]), THEMES, ['zzq', 'tarrow river']);
    expect(named.at(-1)).toBe('warning: no article names any of the topic terms ("zzq", "tarrow river"), so every article the themes fit was set aside: check topicTerms');
    // The shipped terms (the default themes' story) are not the user's: the warning says what to give instead.
    const shipped = themeReport(manifest([row(1, { topicMentions: 0, setAside: 'no-topic-terms' })]), THEMES, DEFAULT_TOPIC_TERMS);
    expect(shipped.at(-1)).toMatch(/^warning: no article names any of the topic terms \("korea", .*: these are the default themes' story \(Korea\): for another story give your own themes and topicTerms \(--themes FILE\)$/);
    const fits = themeReport(manifest([row(1, {}), row(2, {})]), THEMES);
    expect(fits.at(-1)).toBe("warning: no article fits any theme (every theme score under 0.6): check the theme terms against the articles' words");
    // One article naming the story, or one themed, and there is nothing to warn about.
    for (const lines of [
      themeReport(manifest([row(1, { topicMentions: 2, theme: 'plants' }), row(2, { topicMentions: 0, setAside: 'no-topic-terms' })]), THEMES, ['zzq']),
      themeReport(manifest([row(1, { theme: 'plants' }), row(2, {})]), THEMES),
    ])
      expect(lines.some((l) => l.startsWith('warning:'))).toBe(false);
  });

  it("names each theme's background when the label took one off, so a user sees why a mixed article is listed where it is", () => {
    const withBackground: DigestManifest = { ...manifest([row(1, { theme: 'recycling' })]), themeBackground: { plants: 1.25, recycling: 0.2 } };
    expect(themeReport(withBackground, THEMES)[1]).toBe(
      'background taken off each theme\'s choice scores (what the batch\'s typical article says of it; digest.json "themeBackground"): Plants 1.25, Recycling 0.2',
    );
    expect(themeReport(manifest([row(1, { theme: 'recycling' })]), THEMES)).toHaveLength(2);
  });

  it('notes a small batch with no topic terms: the checks against each other are off, then lenient, and topicTerms keep other stories out', () => {
    const themed = (n: number) => manifest([...Array.from({ length: n }, (_, i) => row(i + 1, { theme: 'plants' })), row(99, {})]);
    expect(themeReport(themed(MIN_THEMED - 1), THEMES).at(-1)).toBe(FEW(MIN_THEMED - 1));
    expect(themeReport(themed(MIN_THEMED), THEMES).at(-1)).toBe(
      `note: ${MIN_THEMED} article(s) got a theme, below ${FULL_THEMED} the checks against each other are lenient: name the story you follow in topicTerms (--themes FILE) to keep other stories in your themes' words out`,
    );
    // A full batch, topic terms, or nothing themed at all: no note.
    for (const lines of [themeReport(themed(FULL_THEMED), THEMES), themeReport(themed(2), THEMES, ['tarrow river']), themeReport(manifest([row(1, {})]), THEMES)])
      expect(lines.some((l) => l.startsWith('note:'))).toBe(false);
  });

  it('counts the close calls the closer reading decided, where digest.json shows their scores', () => {
    const lines = themeReport(manifest([row(1, { theme: 'recycling', themeCloseScores: { plants: 1, recycling: 3 } }), row(2, { theme: 'plants' })]), THEMES);
    expect(lines).toContain('close calls decided by the headline and first sentences: 1 (digest.json "themeCloseScores")');
  });
});
