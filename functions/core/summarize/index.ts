// The digest's editorial core: themed, ranked, de-duplicated extractive items from a batch of articles.
// Pure and deterministic: no I/O, no clock, no randomness; input order does not matter.
//
//   articles --analyze--> article themes + candidate items (one or two sentences)
//            --rank-----> salience (centroid over TF-IDF, lead position, quotes) x theme fit
//            --cluster--> the same point in other articles (inverted index over rare terms)
//            --select---> MMR across all sections under the budget
import type { Article, ArticleTheme, DigestItem, DigestSection, Summary, SummaryOptions } from '../model';
import { analyze, type Candidate } from './analyze';
import { cosine, type SparseVector, toUnitVector, trigramOverlap, trigrams } from './similarity';
import { compileThemes } from './themes';
import { Vocabulary } from './text';

export { ARTICLE_MIN_SCORE, SENTENCE_MIN_SCORE } from './analyze';
export { countWords } from './text';
export { trigramOverlap, trigrams } from './similarity';

export const OTHER_SECTION = { theme: 'other', title: 'Other news' } as const;

/**
 * Two items report the same point when the geometric mean of their content cosine (names
 * included) and their plain-word cosine (names left out) reaches this: sharing only the actors
 * ("Secretary Blinken...") is one story, not one point. Then they become one item citing both.
 */
export const SAME_POINT = 0.36;
/** Kept well under the scorer's near-duplicate flags (Jaccard 0.5, containment 0.8). */
const TRIGRAM_JACCARD_MAX = 0.3;
const TRIGRAM_CONTAINMENT_MAX = 0.5;
/** MMR: how much resemblance to an already chosen item costs. */
const REDUNDANCY_LAMBDA = 0.7;
/** Each further item from one article in one section costs this factor: a digest covers stories. */
const SAME_ARTICLE_FACTOR = 0.65;
/** Sentence theme score at which an item fits its section fully. */
const FIT_SATURATION = 9;
/** How much of its article's theme score a lead sentence borrows (decaying with position). */
const LEAD_THEME_SHARE = 1.5;
const IDF_PSEUDO_DOCS = 10;
/** Candidates per section considered for selection (times the budget, with a floor). */
const POOL_PER_ITEM = 12;
const POOL_MIN = 60;
/** Postings longer than this belong to words too common in the batch to tell points apart. */
const POSTINGS_CAP = 2000;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function summarize(input: readonly Article[], options: SummaryOptions): Summary {
  // Same articles in any order -> same digest. A key seen twice keeps its first copy by id.
  const sorted = [...input].sort((a, b) => byString(a.id, b.id) || byString(a.key, b.key));
  const seenKeys = new Set<string>();
  const articles = sorted.filter((a) => (seenKeys.has(a.key) ? false : (seenKeys.add(a.key), true)));

  const vocab = new Vocabulary();
  const themes = compileThemes(options.themes, vocab);
  const T = themes.ids.length;
  const analysis = analyze(articles, themes, vocab, options);

  const themesByKey = new Map<string, ArticleTheme>();
  for (const info of analysis.articles) {
    const scores: Record<string, number> = {};
    themes.ids.forEach((id, t) => (scores[id] = round(info.scores[t]!, 3)));
    themesByKey.set(info.article.key, { theme: info.theme >= 0 ? themes.ids[info.theme]! : null, scores });
  }
  if (options.maxItemsPerSection < 1 || analysis.candidates.length === 0) {
    return { sections: [], themes: themesByKey };
  }

  const ranked = rank(analysis.articles, analysis.candidates, analysis.df, articles.length);
  const index = new TermIndex(ranked);
  const sectionCount = T + 1;

  // Pool: the strongest candidates of each section; support (how many other articles report the
  // same point) is measured for them only, which keeps clustering linear in the batch size.
  const poolSize = Math.max(POOL_MIN, POOL_PER_ITEM * options.maxItemsPerSection);
  const bySection: Ranked[][] = Array.from({ length: sectionCount }, () => []);
  for (const r of ranked) bySection[r.c.section]!.push(r);
  const pool: Ranked[] = [];
  for (const list of bySection) {
    list.sort(compareRanked);
    pool.push(...list.slice(0, poolSize));
  }
  for (const r of pool) {
    r.neighbours = index.neighbours(r, analysis.articles);
    const supporters = new Set(r.neighbours.map((n) => n.r.c.art));
    r.final = r.base * (1 + 0.2 * Math.min(supporters.size, 4));
  }

  const chosen = selectItems(pool, sectionCount, options.maxItemsPerSection);

  const sections: DigestSection[] = [];
  for (let s = 0; s < sectionCount; s++) {
    const items: DigestItem[] = chosen
      .filter((r) => r.c.section === s)
      .sort((x, y) => y.final - x.final || compareRanked(x, y))
      .map((r) => ({ text: r.c.text, sources: sourcesOf(r, analysis.articles), score: round(r.final, 4) }));
    if (!items.length) continue;
    if (s < T) sections.push({ theme: themes.ids[s]!, title: themes.titles[s]!, items });
    else if (options.otherNews) sections.push({ ...OTHER_SECTION, items });
  }
  return { sections, themes: themesByKey };
}

/**
 * Every candidate item with its section and scores, best first: for tuning and for tests that
 * need to see why an item was or was not chosen. Not used by summarize().
 */
export function explainSimilarities(input: readonly Article[], options: SummaryOptions, min = 0.2): { a: string; b: string; sim: number; plain: number }[] {
  const sorted = [...input].sort((a, b) => byString(a.id, b.id) || byString(a.key, b.key));
  const vocab = new Vocabulary();
  const themes = compileThemes(options.themes, vocab);
  const analysis = analyze(sorted, themes, vocab, options);
  const ranked = rank(analysis.articles, analysis.candidates, analysis.df, sorted.length);
  const out: { a: string; b: string; sim: number; plain: number }[] = [];
  for (let i = 0; i < ranked.length; i++) for (let j = i + 1; j < ranked.length; j++) {
    if (ranked[i]!.c.art === ranked[j]!.c.art) continue;
    const sim = cosine(ranked[i]!.vector, ranked[j]!.vector);
    const plain = cosine(ranked[i]!.plain, ranked[j]!.plain);
    if (sim >= min) out.push({ a: ranked[i]!.c.text, b: ranked[j]!.c.text, sim: round(sim, 3), plain: round(plain, 3) });
  }
  return out.sort((x, y) => y.sim - x.sim);
}

export function explainCandidates(input: readonly Article[], options: SummaryOptions): { section: string; key: string; text: string; base: number; themeScore: number; position: number }[] {
  const sorted = [...input].sort((a, b) => byString(a.id, b.id) || byString(a.key, b.key));
  const vocab = new Vocabulary();
  const themes = compileThemes(options.themes, vocab);
  const analysis = analyze(sorted, themes, vocab, options);
  return rank(analysis.articles, analysis.candidates, analysis.df, sorted.length)
    .sort(compareRanked)
    .map((r) => ({
      section: themes.ids[r.c.section] ?? OTHER_SECTION.theme,
      key: analysis.articles[r.c.art]!.article.key,
      text: r.c.text,
      base: round(r.base, 4),
      themeScore: round(r.c.themeScore, 3),
      position: r.c.position,
    }));
}

interface Ranked {
  readonly c: Candidate;
  readonly vector: SparseVector;
  /** Lower-case content words only: two sentences naming the same people may still say different things. */
  readonly plain: SparseVector;
  /** Salience x theme fit, before cross-article support. */
  readonly base: number;
  final: number;
  neighbours: { r: Ranked; sim: number }[];
}

function compareRanked(x: Ranked, y: Ranked): number {
  return y.base - x.base || x.c.art - y.c.art || x.c.sentenceIndex - y.c.sentenceIndex;
}

/**
 * Salience of each candidate. Within its article: closeness to the article's TF-IDF centroid
 * (what the article is mostly about) blended with a lead-position prior (news puts the point
 * first). Then the fit to its section and a few editorial discounts.
 */
function rank(
  infos: readonly { theme: number; scores: Float64Array; termCounts: Map<number, number> | null }[],
  candidates: readonly Candidate[],
  df: ReadonlyMap<number, number>,
  n: number,
): Ranked[] {
  // Smoothed with pseudo-documents: in a batch of two articles, plain IDF would make exactly the
  // words they share (the ones that show they report one event) count least.
  const idf = (id: number): number => Math.log(1 + (n + IDF_PSEUDO_DOCS) / ((df.get(id) ?? 1) + 1));
  const centroids = new Map<number, SparseVector>();
  const centroidOf = (art: number): SparseVector => {
    let v = centroids.get(art);
    if (!v) {
      const weighted = new Map<number, number>();
      for (const [id, count] of infos[art]!.termCounts ?? []) weighted.set(id, count * idf(id));
      v = toUnitVector(weighted);
      centroids.set(art, v);
    }
    return v;
  };

  const weigh = (terms: ReadonlyMap<number, number>): SparseVector => {
    const weighted = new Map<number, number>();
    for (const [id, w] of terms) weighted.set(id, w * idf(id));
    return toUnitVector(weighted);
  };
  const vectors = candidates.map((c) => weigh(c.terms));
  const central = candidates.map((c, k) => cosine(vectors[k]!, centroidOf(c.art)));
  const maxCentral = new Map<number, number>();
  candidates.forEach((c, k) => maxCentral.set(c.art, Math.max(maxCentral.get(c.art) ?? 0, central[k]!)));

  return candidates.map((c, k) => {
    const centrality = central[k]! / (maxCentral.get(c.art) || 1);
    const lead = 1 / Math.sqrt(1 + c.position / 3);
    const salience = 0.55 * centrality + 0.45 * lead;
    const info = infos[c.art]!;
    const own = info.theme;
    // A themed section is about its theme: fit grows with the sentence's own theme score and
    // saturates, so one keyword-dense line cannot outrank everything. The article's theme is a
    // prior: the lead of an article about this theme states its news even in plain words.
    const lent = c.section === own ? (LEAD_THEME_SHARE * info.scores[own]!) / (1 + c.position) : 0;
    const fit = own < 0 ? 1 : Math.sqrt(Math.min(c.themeScore + lent, FIT_SATURATION) / FIT_SATURATION) * (c.section === own ? 1 : 0.85);
    const quote = c.quote >= 0.6 ? 0.75 : c.quote >= 0.3 ? 0.88 : 1;
    const lean = c.leansBack ? 0.85 : 1;
    const base = (0.25 + salience) * fit * quote * lean;
    return { c, vector: vectors[k]!, plain: weigh(c.plain), base, final: base, neighbours: [] };
  });
}

/**
 * Inverted index over candidates' content terms, to find the same point elsewhere. Only terms
 * with short postings are followed: two reports of one point share rarer words (names, figures,
 * the specific action), so skipping the batch's common words keeps this linear at any size.
 */
class TermIndex {
  private readonly postings = new Map<number, Ranked[]>();

  constructor(ranked: readonly Ranked[]) {
    for (const r of ranked) for (const id of r.vector.ids) {
      let list = this.postings.get(id);
      if (!list) this.postings.set(id, (list = []));
      list.push(r);
    }
  }

  /** Candidates of other articles on the same side (themed vs off-topic) that report the same point. */
  neighbours(q: Ranked, infos: readonly { theme: number }[]): { r: Ranked; sim: number }[] {
    const terms = q.vector.ids;
    const need = Math.min(2, terms.length);
    const hits = new Map<Ranked, number>();
    for (const id of terms) {
      const list = this.postings.get(id);
      if (!list || list.length > POSTINGS_CAP) continue;
      for (const r of list) if (r.c.art !== q.c.art) hits.set(r, (hits.get(r) ?? 0) + 1);
    }
    const themed = infos[q.c.art]!.theme >= 0;
    const out: { r: Ranked; sim: number }[] = [];
    for (const [r, shared] of hits) {
      if (shared < need || infos[r.c.art]!.theme >= 0 !== themed) continue;
      const sim = pointSimilarity(q, r);
      if (sim >= SAME_POINT) out.push({ r, sim });
    }
    return out.sort((x, y) => y.sim - x.sim || x.r.c.art - y.r.c.art || x.r.c.sentenceIndex - y.r.c.sentenceIndex);
  }
}

function pointSimilarity(a: Ranked, b: Ranked): number {
  const full = cosine(a.vector, b.vector);
  return full > 0 ? Math.sqrt(full * cosine(a.plain, b.plain)) : 0;
}

/**
 * Maximal marginal relevance over every section at once, so an item in one section also keeps a
 * near-copy out of the others. Hard limits: the same point (cosine) or shared wording (trigrams).
 */
function selectItems(pool: Ranked[], sectionCount: number, perSection: number): Ranked[] {
  const chosen: Ranked[] = [];
  const taken = new Array<number>(sectionCount).fill(0);
  const maxSim = new Map<Ranked, number>();
  const fromArticle = new Map<string, number>();
  const excluded = new Set<Ranked>();
  const gramsOf = new Map<Ranked, Set<string>>();
  const grams = (r: Ranked): Set<string> => {
    let g = gramsOf.get(r);
    if (!g) gramsOf.set(r, (g = trigrams(r.c.text)));
    return g;
  };

  for (;;) {
    let best: Ranked | null = null;
    let bestScore = -Infinity;
    for (const r of pool) {
      if (excluded.has(r) || taken[r.c.section]! >= perSection) continue;
      const repeats = fromArticle.get(`${r.c.section}:${r.c.art}`) ?? 0;
      const score = r.final * (1 - REDUNDANCY_LAMBDA * (maxSim.get(r) ?? 0)) * SAME_ARTICLE_FACTOR ** repeats;
      if (score > bestScore || (score === bestScore && best && compareRanked(r, best) < 0)) {
        best = r;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    excluded.add(best);
    taken[best.c.section]!++;
    const key = `${best.c.section}:${best.c.art}`;
    fromArticle.set(key, (fromArticle.get(key) ?? 0) + 1);
    for (const n of best.neighbours) excluded.add(n.r);
    const g = grams(best);
    for (const r of pool) {
      if (excluded.has(r)) continue;
      const sim = pointSimilarity(best, r);
      const { jaccard, containment } = trigramOverlap(g, grams(r));
      if (sim >= SAME_POINT || jaccard >= TRIGRAM_JACCARD_MAX || containment >= TRIGRAM_CONTAINMENT_MAX) excluded.add(r);
      else if (sim > (maxSim.get(r) ?? 0)) maxSim.set(r, sim);
    }
  }
  return chosen;
}

function sourcesOf(r: Ranked, infos: readonly { article: Article }[]): string[] {
  const keys = [infos[r.c.art]!.article.key];
  for (const n of r.neighbours) {
    const key = infos[n.r.c.art]!.article.key;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
