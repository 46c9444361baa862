// Whether a themed article is about what the rest of the batch is about. Theme terms are a user's
// 15-30 words per theme, and the generic ones ("alliance", "review", "firmly opposes") also turn
// up in stories on other subjects. The articles that really belong share far more than those
// words: their actors, places and subject matter. So each themed article is compared with all the
// other themed articles (leave-one-out centroid of TF-IDF vectors, a form of pseudo-relevance
// feedback); one that resembles them much less than a typical member does is off-topic, however
// many theme words it carries. Pure arithmetic over the analysis; no outside lists.
import type { Analysis } from './analyze';

/**
 * A themed article is on-topic when its similarity to the other themed articles is at least this
 * share of the median themed article's. Measured on every labelled set (README, Digest quality).
 */
export const TOPIC_SHARE = 0.6;
/**
 * Below this many themed articles the batch is too small to say what is typical of it (one pair of
 * same-story reports sets the median): nothing is gated, and theme terms alone decide.
 */
export const MIN_THEMED = 8;

export interface TopicFit {
  /** Leave-one-out cosine of each article with the other themed articles (NaN: not themed). */
  readonly similarity: Float64Array;
  /** That similarity as a share of the median themed article's (NaN: not themed or no batch). */
  readonly fit: Float64Array;
  /** Article indexes judged off-topic. */
  readonly offTopic: ReadonlySet<number>;
}

/** Leave-one-out cosine of each member of `group` with the sum of the other members. */
function looSimilarity(analysis: Analysis, group: readonly number[], out: Float64Array): void {
  const { articles, articleTerms } = analysis;
  let vocab = 0;
  for (const a of group) for (let k = articles[a]!.termStart; k < articles[a]!.termEnd; k++) vocab = Math.max(vocab, articleTerms.ids[k]! + 1);
  const sum = new Float64Array(vocab);
  for (const a of group) {
    const info = articles[a]!;
    for (let k = info.termStart; k < info.termEnd; k++) sum[articleTerms.ids[k]!] = sum[articleTerms.ids[k]!]! + articleTerms.values[k]!;
  }
  let sumSq = 0;
  for (let t = 0; t < vocab; t++) sumSq += sum[t]! * sum[t]!;
  for (const a of group) {
    const info = articles[a]!;
    let dotSum = 0;
    let selfSq = 0;
    for (let k = info.termStart; k < info.termEnd; k++) {
      const v = articleTerms.values[k]!;
      dotSum += v * sum[articleTerms.ids[k]!]!;
      selfSq += v * v;
    }
    // cos(v, S - v) = (v.S - |v|^2) / |S - v|
    const restNorm = Math.sqrt(Math.max(sumSq - 2 * dotSum + selfSq, 0));
    out[a] = restNorm > 0 ? (dotSum - selfSq) / restNorm : 0;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Needs the article vectors already normalized (rank() does it). Judged against the whole batch of
 * themed articles, not per theme: a section full of look-alike strangers (six "alliance" stories
 * about other subjects) would make each of them look typical of its section.
 */
export function topicFit(analysis: Analysis): TopicFit {
  const { articles } = analysis;
  const similarity = new Float64Array(articles.length).fill(Number.NaN);
  const fit = new Float64Array(articles.length).fill(Number.NaN);
  const themed = articles.map((info, a) => (info.theme >= 0 && info.termEnd > info.termStart ? a : -1)).filter((a) => a >= 0);
  if (themed.length < MIN_THEMED) return { similarity, fit, offTopic: new Set() };
  looSimilarity(analysis, themed, similarity);
  const typical = median(themed.map((a) => similarity[a]!));
  for (const a of themed) fit[a] = typical > 0 ? similarity[a]! / typical : 1;
  return { similarity, fit, offTopic: new Set(themed.filter((a) => fit[a]! < TOPIC_SHARE)) };
}
