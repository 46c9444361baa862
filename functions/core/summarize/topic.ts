// Whether a themed article is about what the rest of the batch is about. Theme terms are a user's
// 15-30 words per theme, and the generic ones ("alliance", "review", "firmly opposes") also turn
// up in stories on other subjects. The articles that really belong share far more than those
// words: their actors, places and subject matter. So each themed article is compared with all the
// other themed articles (leave-one-out centroid of TF-IDF vectors, a form of pseudo-relevance
// feedback); one that resembles them much less than a typical member does is off-topic, however
// many theme words it carries. A second check reads the user's own terms: a word several themes
// share and nearly every themed article uses anchors the topic, and an article never using it is
// about something else (see ANCHOR_SHARE). Pure arithmetic over the analysis; no outside lists.
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
/**
 * A word of the user's theme terms that at least this share of the other themed articles use is
 * one the topic cannot be told without ("chip" in a digest on chip policy). A themed article that
 * uses none of these words, and is no closer to the batch than the typical article, is about
 * something else that shares the themes' generic words (tariffs on cars, with "Beijing vows
 * countermeasures").
 */
export const ANCHOR_SHARE = 0.9;
/** An anchor is one of the batch's main words: its centroid weight is at least this share of the heaviest word's. */
export const ANCHOR_WEIGHT = 0.5;

export interface TopicFit {
  /** Leave-one-out cosine of each article with the other themed articles (NaN: not themed). */
  readonly similarity: Float64Array;
  /** That similarity as a share of the median themed article's (NaN: not themed or no batch). */
  readonly fit: Float64Array;
  /** Article indexes judged off-topic. */
  readonly offTopic: ReadonlySet<number>;
  /** For an article ruled out for it: the topic's anchor words (term ids) it never uses. */
  readonly missingAnchors: ReadonlyMap<number, readonly number[]>;
}

/** Sum of the members' unit TF-IDF vectors, indexed by term id: the group's centroid, unscaled. */
function centroidOf(analysis: Analysis, group: readonly number[]): Float64Array {
  const { articles, articleTerms } = analysis;
  let vocab = 0;
  for (const a of group) for (let k = articles[a]!.termStart; k < articles[a]!.termEnd; k++) vocab = Math.max(vocab, articleTerms.ids[k]! + 1);
  const sum = new Float64Array(vocab);
  for (const a of group) {
    const info = articles[a]!;
    for (let k = info.termStart; k < info.termEnd; k++) sum[articleTerms.ids[k]!] = sum[articleTerms.ids[k]!]! + articleTerms.values[k]!;
  }
  return sum;
}

/** Leave-one-out cosine of each member of `group` with the sum of the other members. */
function looSimilarity(analysis: Analysis, group: readonly number[], sum: Float64Array, out: Float64Array): void {
  const { articles, articleTerms } = analysis;
  const vocab = sum.length;
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
export function topicFit(analysis: Analysis, sharedWords: ReadonlyMap<number, unknown>): TopicFit {
  const { articles } = analysis;
  const similarity = new Float64Array(articles.length).fill(Number.NaN);
  const fit = new Float64Array(articles.length).fill(Number.NaN);
  const missingAnchors = new Map<number, readonly number[]>();
  const themed = articles.map((info, a) => (info.theme >= 0 && info.termEnd > info.termStart ? a : -1)).filter((a) => a >= 0);
  if (themed.length < MIN_THEMED) return { similarity, fit, offTopic: new Set(), missingAnchors };
  const centroid = centroidOf(analysis, themed);
  looSimilarity(analysis, themed, centroid, similarity);
  const typical = median(themed.map((a) => similarity[a]!));
  for (const a of themed) fit[a] = typical > 0 ? similarity[a]! / typical : 1;
  const offTopic = new Set(themed.filter((a) => fit[a]! < TOPIC_SHARE));
  for (const [a, missing] of unanchored(analysis, themed, sharedWords, centroid)) {
    if (offTopic.has(a) || fit[a]! >= 1) continue;
    offTopic.add(a);
    missingAnchors.set(a, missing);
  }
  return { similarity, fit, offTopic, missingAnchors };
}

/** Whether the article's (sorted) term vector holds the term. */
function uses(analysis: Analysis, a: number, term: number): boolean {
  const { ids } = analysis.articleTerms;
  let lo = analysis.articles[a]!.termStart;
  let hi = analysis.articles[a]!.termEnd - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = ids[mid]!;
    if (id === term) return true;
    if (id < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Themed articles that use none of the topic's anchor words, each with the anchors it lacks. An
 * anchor is a shared word of the themes' terms that is one of the batch's main words (its weight
 * in the centroid at least ANCHOR_WEIGHT of the heaviest word's: "new" and "policy" are shared by
 * the default themes but carry little of any article) and that at least ANCHOR_SHARE of the
 * *other* themed articles use (leave one out, as for the similarity). No such word in a varied
 * batch: nobody is ruled out.
 */
function unanchored(analysis: Analysis, themed: readonly number[], sharedWords: ReadonlyMap<number, unknown>, centroid: Float64Array): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let heaviest = 0;
  for (let t = 0; t < centroid.length; t++) heaviest = Math.max(heaviest, centroid[t]!);
  const words = [...sharedWords.keys()].filter((w) => (centroid[w] ?? 0) >= ANCHOR_WEIGHT * heaviest).sort((x, y) => x - y);
  if (!words.length) return out;
  const df = new Int32Array(words.length);
  const usedBy = themed.map((a) =>
    words.map((w, k) => {
      const used = uses(analysis, a, w);
      if (used) df[k] = df[k]! + 1;
      return used;
    }),
  );
  const need = ANCHOR_SHARE * (themed.length - 1);
  themed.forEach((a, i) => {
    const own = usedBy[i]!;
    let anchored = false;
    const missing: number[] = [];
    words.forEach((w, k) => {
      if (df[k]! - (own[k] ? 1 : 0) < need) return;
      if (own[k]) anchored = true;
      else missing.push(w);
    });
    if (!anchored && missing.length) out.set(a, missing);
  });
  return out;
}
