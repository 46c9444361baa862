// What the themes did with a batch, in a few lines for the CLI's stderr: how many articles each
// theme took, how many fit none, which of those still name the story (with topic terms: articles the
// theme terms miss), and which were set aside as another story and why. It is what a user tuning
// their own terms needs first; digest.json holds the scores behind every line.
import { DEFAULT_TOPIC_TERMS } from '../../config/schema';
import type { DigestManifest, SetAside, ThemeConfig } from '../core/model';
import { ARTICLE_MIN_SCORE, FULL_THEMED, MIN_THEMED } from '../core/summarize';

/** Articles listed one per line under a heading; the rest are counted. */
const LISTED = 10;
/** An unthemed article naming the story at least this often (headline or prose sentences) is about it. */
const MISSED_MENTIONS = 2;

type Article = DigestManifest['articles'][number];

const WHY: Record<SetAside, (a: Article) => string> = {
  'no-topic-terms': () => 'names none of the topic terms',
  'topic-in-passing': (a) => `names the topic terms in one sentence only, and resembles the batch less than most (topic fit ${a.topicFit})`,
  'topic-late': (a) => `names the topic terms only late in the article, in one or two sentences, and its people and places are mostly not the batch's (names ${a.topicNameFit}): another story`,
  'unlike-batch': (a) => `unlike the batch's other articles (topic fit ${a.topicFit})`,
  'other-cast': (a) => `its people and places are not the batch's (names ${a.topicNameFit})`,
  'other-time': (a) => `dated ${a.publishedAt?.slice(0, 10)}, months before the batch's other articles: an earlier story`,
  'no-anchor-words': (a) => `never uses ${(a.missingTopicWords ?? []).map((w) => `"${w}"`).join(' or ')}`,
};

/** The theme an article's terms point to: the best of its choice scores (ties: the first theme). */
function bestTheme(a: Article, themes: readonly ThemeConfig[]): ThemeConfig | undefined {
  let best: ThemeConfig | undefined;
  for (const t of themes) if (!best || (a.themeChoiceScores[t.id] ?? 0) > (a.themeChoiceScores[best.id] ?? 0)) best = t;
  return best;
}

export function themeReport(manifest: DigestManifest, themes: readonly ThemeConfig[], topicTerms: readonly string[] = []): string[] {
  const articles = manifest.articles.filter((a) => a.duplicateOf === undefined);
  const took = themes.map((t) => `${t.title} ${articles.filter((a) => a.theme === t.id).length}`);
  const setAside = articles.filter((a) => a.setAside !== undefined);
  const none = articles.filter((a) => a.theme === null && a.setAside === undefined).length;
  const lines = [`themes: ${took.join(', ')} article(s); ${none} fit no theme (every theme score under ${ARTICLE_MIN_SCORE})`];
  const background = manifest.themeBackground;
  if (background) {
    const each = themes.map((t) => `${t.title} ${background[t.id] ?? 0}`).join(', ');
    lines.push(`background taken off each theme's choice scores (what the batch's typical article says of it; digest.json "themeBackground"): ${each}`);
  }
  const close = articles.filter((a) => a.themeCloseScores !== undefined).length;
  if (close) lines.push(`close calls decided by the headline and first sentences: ${close} (digest.json "themeCloseScores")`);
  // With topic terms, an article no theme fits that names the story is one the theme terms miss.
  const missed = articles.filter((a) => a.theme === null && a.setAside === undefined && (a.topicMentions ?? 0) >= MISSED_MENTIONS);
  if (missed.length) {
    lines.push(`fit no theme but name the story ${MISSED_MENTIONS}+ times: ${missed.length} (words your theme terms may miss)`);
    listed(lines, missed, (a) => {
      const best = bestTheme(a, themes);
      return `(best ${best?.title ?? '?'} ${best ? (a.themeScores[best.id] ?? 0) : 0}, ${a.topicMentions} mentions)`;
    });
  }
  if (setAside.length) {
    lines.push(`set aside as another story: ${setAside.length} (its terms gave it a theme; digest.json "setAside" says which check)`);
    listed(lines, setAside, (a) => `(${bestTheme(a, themes)?.title ?? '?'}): ${WHY[a.setAside!](a)}`);
  }
  // The two ways a user's own configuration empties a digest, said plainly.
  if (articles.length && topicTerms.length && articles.every((a) => !a.topicMentions)) {
    const shipped = topicTerms.length === DEFAULT_TOPIC_TERMS.length && topicTerms.every((t, i) => t === DEFAULT_TOPIC_TERMS[i]);
    const fix = shipped ? "these are the default themes' story (Korea): for another story give your own themes and topicTerms (--themes FILE)" : 'check topicTerms';
    lines.push(`warning: no article names any of the topic terms (${topicTerms.map((t) => `"${t}"`).join(', ')}), so every article the themes fit was set aside: ${fix}`);
  } else if (articles.length && articles.every((a) => a.theme === null && a.setAside === undefined)) {
    lines.push(`warning: no article fits any theme (every theme score under ${ARTICLE_MIN_SCORE}): check the theme terms against the articles' words`);
  }
  // A small batch without topic terms: the batch checks are lenient or off, and only the user can
  // name the story (topic.ts, FULL_THEMED).
  const themed = articles.filter((a) => a.theme !== null || a.setAside !== undefined).length;
  if (!topicTerms.length && themed > 0 && themed < FULL_THEMED) {
    const checks = themed < MIN_THEMED ? 'too few to check against each other' : `below ${FULL_THEMED} the checks against each other are lenient`;
    lines.push(`note: ${themed} article(s) got a theme, ${checks}: name the story you follow in topicTerms (--themes FILE) to keep other stories in your themes' words out`);
  }
  return lines;
}

/** One line per article (its title, then `detail`), LISTED at most, then a count of the rest. */
function listed(lines: string[], articles: readonly Article[], detail: (a: Article) => string): void {
  for (const a of articles.slice(0, LISTED)) lines.push(`  "${a.title}" ${detail(a)}`);
  if (articles.length > LISTED) lines.push(`  and ${articles.length - LISTED} more`);
}
