// The repository's own check of a digest manifest against a labels file (the shape of
// test/fixtures/sample-labels.json), so the samples are judged on a clone without ../shared. It
// follows the rules the labels file states: a fact counts when one item of its section holds, for
// each keyword group, one of the group's '|'-separated alternatives (case-insensitive); an item is
// traceable when 80% of its word trigrams occur in the files it cites. Where the shared scorer is
// present, samples.test.ts checks that both agree.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DigestManifest } from '../../functions/core/model';
import { nearDuplicatePairs, scoreNorm, wordTrigrams } from './helpers';

interface Labels {
  readonly articles: readonly { file: string; on_topic?: boolean; primary?: string | null }[];
  readonly facts: readonly { id: string; theme: string; keywords: readonly string[] }[];
  readonly boilerplate?: readonly string[];
}

export interface LabelCheck {
  readonly factRecallInSection: number | null;
  readonly articleThemeAccuracy: number | null;
  readonly traceable: number | null;
  readonly missedFacts: readonly string[];
  /** What --strict fails on: lost files, boilerplate, near-duplicates, off-topic citations, budget, unknown sources. */
  readonly hardFailures: readonly string[];
}

const ratio = (a: number, b: number): number | null => (b ? Number((a / b).toFixed(3)) : null);

export function checkAgainstLabels(
  manifest: DigestManifest,
  labelsFile: string,
  articlesDir: string,
  budget: { readonly itemsPerSection: number; readonly maxWords: number } = { itemsPerSection: 5, maxWords: 80 },
): LabelCheck {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Labels;
  const items = manifest.sections.flatMap((s) => s.items.map((i) => ({ ...i, theme: s.theme })));
  const byFile = new Map(manifest.articles.map((a) => [basename(a.key), a]));
  const rejected = new Set(manifest.rejected.map((r) => basename(r.key)));

  const covers = (text: string, keywords: readonly string[]) =>
    keywords.every((group) => group.split('|').some((alt) => scoreNorm(text).includes(scoreNorm(alt))));
  const missedFacts = labels.facts.filter((f) => !items.some((i) => i.theme === f.theme && covers(i.text, f.keywords))).map((f) => f.id);

  const themed = labels.articles.filter((a) => byFile.has(a.file));
  const themeOk = themed.filter((a) => (byFile.get(a.file)?.theme ?? null) === (a.on_topic === false ? null : (a.primary ?? null)));

  const fileTrigrams = new Map<string, Set<string>>();
  const trigramsOf = (file: string) => {
    if (!fileTrigrams.has(file)) fileTrigrams.set(file, wordTrigrams(readFileSync(join(articlesDir, file), 'utf8')));
    return fileTrigrams.get(file)!;
  };
  const traced = items.filter((item) => {
    const grams = wordTrigrams(item.text);
    const pool = new Set(item.sources.filter((k) => byFile.has(basename(k))).flatMap((k) => [...trigramsOf(basename(k))]));
    return grams.size > 0 && [...grams].filter((g) => pool.has(g)).length / grams.size >= 0.8;
  });

  const lost = labels.articles.filter((a) => !byFile.has(a.file) && !rejected.has(a.file)).map((a) => a.file);
  const boilerplate = (labels.boilerplate ?? []).map(scoreNorm).filter(Boolean);
  const offTopic = new Set(labels.articles.filter((a) => a.on_topic === false).map((a) => a.file));
  const counts: [number, string][] = [
    [lost.length, `lost articles: ${lost.join(', ')}`],
    [items.filter((i) => boilerplate.some((b) => scoreNorm(i.text).includes(b))).length, 'item(s) carry page boilerplate'],
    [nearDuplicatePairs(items.map((i) => i.text)).length, 'near-duplicate item pair(s)'],
    [items.filter((i) => i.sources.some((k) => offTopic.has(basename(k)))).length, 'themed item(s) cite an off-topic article'],
    [manifest.sections.filter((s) => s.items.length > budget.itemsPerSection).length, `section(s) over ${budget.itemsPerSection} items`],
    [items.filter((i) => (scoreNorm(i.text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).length > budget.maxWords).length, `item(s) over ${budget.maxWords} words`],
    [items.filter((i) => i.sources.length === 0 || !i.sources.every((k) => byFile.has(basename(k)))).length, 'item(s) cite no known article'],
  ];
  return {
    factRecallInSection: ratio(labels.facts.length - missedFacts.length, labels.facts.length),
    articleThemeAccuracy: ratio(themeOk.length, themed.length),
    traceable: items.length ? ratio(traced.length, items.length) : 0,
    missedFacts,
    hardFailures: counts.filter(([n]) => n > 0).map(([n, what]) => (what.startsWith('lost') ? what : `${n} ${what}`)),
  };
}
