// What the themes did with a batch, in a few lines for the CLI's stderr: how many articles each
// theme took, how many fit none, and which were set aside as another story and why. It is what a
// user tuning their own terms needs first; digest.json holds the scores behind every line.
import type { DigestManifest, SetAside, ThemeConfig } from '../core/model';

/** Set-aside articles listed one per line; the rest are counted. */
const LISTED = 10;

const WHY: Record<SetAside, (a: DigestManifest['articles'][number]) => string> = {
  'no-topic-terms': () => 'names none of the topic terms',
  'topic-in-passing': (a) => `names the topic terms in one sentence only, and is unlike the batch (topic fit ${a.topicFit})`,
  'unlike-batch': (a) => `unlike the batch's other articles (topic fit ${a.topicFit})`,
  'other-cast': (a) => `its people and places are not the batch's (names ${a.topicNameFit})`,
  'no-anchor-words': (a) => `never uses ${(a.missingTopicWords ?? []).map((w) => `"${w}"`).join(' or ')}`,
};

/** The theme the terms gave an article: the best of its choice scores (ties: the first theme). */
function termTheme(a: DigestManifest['articles'][number], themes: readonly ThemeConfig[]): ThemeConfig | undefined {
  let best: ThemeConfig | undefined;
  for (const t of themes) if (!best || (a.themeChoiceScores[t.id] ?? 0) > (a.themeChoiceScores[best.id] ?? 0)) best = t;
  return best;
}

export function themeReport(manifest: DigestManifest, themes: readonly ThemeConfig[]): string[] {
  const articles = manifest.articles.filter((a) => a.duplicateOf === undefined);
  const took = themes.map((t) => `${t.title} ${articles.filter((a) => a.theme === t.id).length}`);
  const setAside = articles.filter((a) => a.setAside !== undefined);
  const none = articles.filter((a) => a.theme === null && a.setAside === undefined).length;
  const lines = [`themes: ${took.join(', ')} article(s); ${none} fit no theme (every theme score under 0.6)`];
  if (!setAside.length) return lines;
  lines.push(`set aside as another story: ${setAside.length} (its terms gave it a theme; digest.json "setAside" says which check)`);
  for (const a of setAside.slice(0, LISTED)) lines.push(`  "${a.title}" (${termTheme(a, themes)?.title ?? '?'}): ${WHY[a.setAside!](a)}`);
  if (setAside.length > LISTED) lines.push(`  and ${setAside.length - LISTED} more`);
  return lines;
}
