// The digest's editorial core: themed, ranked, de-duplicated extractive items from a batch of articles.
// Pure and deterministic: no I/O, no clock, no randomness; input order does not matter.
//
//   articles --analyze--> article themes + candidate items (one or two sentences)
//            --rank-----> salience (centroid over TF-IDF, lead position, quotes) x theme fit
//            --cluster--> the same point in other articles (inverted index over rarer terms)
//            --select---> MMR across all sections under the budget
import type { Article, ArticleTheme, DigestItem, DigestSection, Summary, SummaryOptions } from '../model';
import { type Analysis, analyze, itemText } from './analyze';
import { dot, traceGrams, trigramOverlap, trigrams } from './similarity';
import { type NameIndex, nameIndex, standaloneText } from './standalone';
import { type CompiledThemes, compileThemes } from './themes';
import { type TopicFit, topicFit } from './topic';
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
/**
 * Each further item from one article in one section costs this factor: a digest covers stories,
 * but a section's facts mostly sit in the articles about its theme, so the cost is moderate.
 */
const SAME_ARTICLE_FACTOR = 0.7;
/** Sentence theme score at which an item fits its section fully. */
const FIT_SATURATION = 11;
/** How much of its article's theme score a lead sentence borrows (decaying with position). */
const LEAD_THEME_SHARE = 1.5;
/** IDF smoothing: in a batch of two articles, plain IDF would make the words they share count least. */
const IDF_PSEUDO_DOCS = 10;
/** Each other article reporting the same point adds this share to an item's score (up to 4). */
const SUPPORT_SHARE = 0.2;
/** How much concrete detail (specific.ts) can raise or lower an item's salience, at most. */
const DETAIL_WEIGHT = 0.5;
/** Detail scores are clamped to this range before weighing. */
const DETAIL_MIN = -2;
const DETAIL_MAX = 4;
/** Candidates per section considered for selection (times the budget, with a floor). */
const POOL_PER_ITEM = 12;
const POOL_MIN = 60;
/** Postings longer than this belong to words too common in the batch to tell points apart. */
const POSTINGS_CAP = 2000;
/**
 * sqrt(full x plain) >= SAME_POINT with both cosines at most 1 needs full >= SAME_POINT^2. Kept a
 * hair lower so float rounding in the bound can never skip a pair the exact check would keep.
 */
const MIN_FULL = SAME_POINT * SAME_POINT - 1e-6;

/**
 * Share of an item's word trigrams that stand in its article. Names expanded to their full first
 * mention add a few new trigrams; an item so full of short names that expanding them all would
 * leave it hard to trace gives way to another.
 */
const MIN_TRACED = 0.8;

function tracedShare(text: string, article: ReadonlySet<string>): number {
  const own = traceGrams(text);
  let hit = 0;
  for (const g of own) if (article.has(g)) hit++;
  return own.size ? hit / own.size : 0;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function summarize(input: readonly Article[], options: SummaryOptions): Summary {
  const { themes, analysis } = prepare(input, options);
  const T = themes.ids.length;

  const cands = analysis.candidates;
  if (options.maxItemsPerSection < 1 || cands.length === 0) return { sections: [], themes: articleThemes(analysis, themes, null), lead: null };
  const base = rank(analysis);
  // A themed article unlike the batch's other themed articles is off-topic: it keeps its scores
  // (and its topic fit, to explain why) but enters no section and backs no item.
  const fit = topicFit(analysis);
  for (const a of fit.offTopic) analysis.articles[a]!.theme = -1;
  const themesByKey = articleThemes(analysis, themes, fit);
  const order = (i: number, j: number): number =>
    base[j]! - base[i]! || cands.art[i]! - cands.art[j]! || cands.lead[i]! - cands.lead[j]!;

  // Pool: the strongest candidates of each section. Support (how many other articles report the
  // same point) is measured for them only, which keeps clustering linear in the batch size.
  const sectionCount = T + 1;
  const poolSize = Math.max(POOL_MIN, POOL_PER_ITEM * options.maxItemsPerSection);
  const bySection: number[][] = Array.from({ length: sectionCount }, () => []);
  for (let i = 0; i < cands.length; i++) if (!fit.offTopic.has(cands.art[i]!)) bySection[cands.section[i]!]!.push(i);
  const index = new TermIndex(analysis);
  const pool: Pooled[] = [];
  const names = new Map<number, NameIndex>();
  const namesOf = (art: number): NameIndex => {
    let n = names.get(art);
    if (!n) names.set(art, (n = nameIndex(analysis.articles[art]!.sentences.map((s) => s.text))));
    return n;
  };
  const articleGrams = new Map<number, Set<string>>();
  const gramsOf = (art: number): Set<string> => {
    let g = articleGrams.get(art);
    if (!g) articleGrams.set(art, (g = traceGrams(analysis.articles[art]!.sentences.map((s) => s.text).join(' '))));
    return g;
  };
  for (const list of bySection) {
    for (const i of list.sort(order).slice(0, poolSize)) {
      const info = analysis.articles[cands.art[i]!]!;
      // Names are expanded once the reading order is known (below); here only whether they can be.
      const own = standaloneText(itemText(info.sentences, cands.first[i]!, cands.count[i]!), namesOf(cands.art[i]!), { expand: false });
      if (!own.ok) continue;
      const neighbours = index.neighbours(i);
      const supporters = new Set(neighbours.map((n) => cands.art[n.j]!));
      pool.push({
        i,
        base: base[i]!,
        final: base[i]! * (1 + SUPPORT_SHARE * Math.min(supporters.size, 4)),
        neighbours,
        text: own.text,
      });
    }
  }

  const chosen = selectItems(pool, analysis, sectionCount, options.maxItemsPerSection, order);

  const bySectionChosen: Pooled[][] = [];
  for (let s = 0; s < sectionCount; s++) {
    bySectionChosen.push(chosen.filter((p) => cands.section[p.i] === s).sort((x, y) => y.final - x.final || order(x.i, y.i)));
  }
  const lead = topStory(bySectionChosen.slice(0, T), order);

  // Names are expanded in reading order (the top story first), so a person named in full above
  // is not named in full again.
  const read: string[] = [];
  const finalText = new Map<number, string>();
  const expand = (p: Pooled): void => {
    const art = cands.art[p.i]!;
    const grams = gramsOf(art);
    const { text } = standaloneText(p.text, namesOf(art), { before: read, traced: (t) => tracedShare(t, grams), minTraced: MIN_TRACED });
    finalText.set(p.i, text);
    read.push(text);
  };
  if (lead) expand(bySectionChosen[lead.section]![lead.index]!);
  for (const list of bySectionChosen) for (const p of list) if (!finalText.has(p.i)) expand(p);

  const sections: DigestSection[] = [];
  let leadRef: Summary['lead'] = null;
  for (let s = 0; s < sectionCount; s++) {
    const items: DigestItem[] = bySectionChosen[s]!.map((p) => ({
      text: finalText.get(p.i)!,
      sources: sourcesOf(p, analysis),
      score: round(p.final, 4),
    }));
    if (!items.length) continue;
    if (s < T) {
      if (lead?.section === s) leadRef = { theme: themes.ids[s]!, index: lead.index };
      sections.push({ theme: themes.ids[s]!, title: themes.titles[s]!, items });
    } else if (options.otherNews) sections.push({ ...OTHER_SECTION, items });
  }
  return { sections: withAlsoIn(sections, analysis, themes), themes: themesByKey, lead: leadRef };
}

/**
 * Each section lists the articles of its theme that no item cites ("Also in this digest"), so an
 * on-topic article is never silently dropped when the item budget is spent.
 */
function withAlsoIn(sections: DigestSection[], analysis: Analysis, themes: CompiledThemes): DigestSection[] {
  const cited = new Set(sections.flatMap((s) => s.items.flatMap((it) => it.sources)));
  return sections.map((section) => {
    const t = themes.ids.indexOf(section.theme);
    if (t < 0) return section;
    const also = analysis.articles
      .filter((info) => info.theme === t && !cited.has(info.article.key))
      .map((info) => info.article.key)
      .sort(byString);
    return also.length ? { ...section, alsoIn: also } : section;
  });
}

/**
 * The run's top story: the strongest themed item. Its score already counts how many other
 * articles report the point, so it is the most-reported, most central point of the run.
 */
function topStory(sections: readonly (readonly Pooled[])[], order: (i: number, j: number) => number): { section: number; index: number } | null {
  let best: { section: number; index: number; p: Pooled } | null = null;
  sections.forEach((list, section) =>
    list.forEach((p, index) => {
      if (!best || p.final > best.p.final || (p.final === best.p.final && order(p.i, best.p.i) < 0)) best = { section, index, p };
    }),
  );
  const found = best as { section: number; index: number } | null;
  return found ? { section: found.section, index: found.index } : null;
}

function articleThemes(analysis: Analysis, themes: CompiledThemes, fit: TopicFit | null): Map<string, ArticleTheme> {
  const out = new Map<string, ArticleTheme>();
  analysis.articles.forEach((info, a) => {
    const scores: Record<string, number> = {};
    themes.ids.forEach((id, t) => (scores[id] = round(info.scores[t]!, 3)));
    const topicFit = fit && Number.isFinite(fit.fit[a]!) ? round(fit.fit[a]!, 3) : undefined;
    out.set(info.article.key, {
      theme: info.theme >= 0 ? themes.ids[info.theme]! : null,
      scores,
      ...(topicFit !== undefined ? { topicFit } : {}),
    });
  });
  return out;
}

function prepare(input: readonly Article[], options: SummaryOptions): { themes: CompiledThemes; analysis: Analysis } {
  // Same articles in any order -> same digest. A key seen twice keeps its first copy by id.
  const sorted = [...input].sort((a, b) => byString(a.id, b.id) || byString(a.key, b.key));
  const seenKeys = new Set<string>();
  const articles = sorted.filter((a) => (seenKeys.has(a.key) ? false : (seenKeys.add(a.key), true)));
  const vocab = new Vocabulary();
  const themes = compileThemes(options.themes, vocab);
  return { themes, analysis: analyze(articles, themes, vocab, options) };
}

interface Pooled {
  /** Candidate index. */
  readonly i: number;
  /** Salience x theme fit, before cross-article support. */
  readonly base: number;
  readonly final: number;
  /** Candidates in other articles that report the same point, most similar first. */
  readonly neighbours: readonly { j: number; sim: number }[];
  readonly text: string;
}

/**
 * Salience of each candidate. Within its article: closeness to the article's TF-IDF centroid
 * (what the article is mostly about) blended with a lead-position prior (news puts the point
 * first). Then the fit to its section and a few editorial discounts. Turns the arenas' counts
 * into unit TF-IDF vectors in place.
 */
function rank(analysis: Analysis): Float64Array {
  const { articles: infos, candidates: c, articleTerms, df } = analysis;
  const n = infos.length;
  const idf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) idf[id] = Math.log(1 + (n + IDF_PSEUDO_DOCS) / (Math.max(df[id]!, 1) + 1));
  for (const info of infos) if (info.termEnd > info.termStart) articleTerms.normalize(info.termStart, info.termEnd, idf);
  for (let i = 0; i < c.length; i++) {
    c.terms.normalize(c.termStart[i]!, c.termEnd[i]!, idf);
    c.plain.normalize(c.plainStart[i]!, c.plainEnd[i]!, idf);
  }

  const central = new Float64Array(c.length);
  const maxCentral = new Float64Array(n);
  for (let i = 0; i < c.length; i++) {
    const info = infos[c.art[i]!]!;
    central[i] = dot(c.terms, c.termStart[i]!, c.termEnd[i]!, articleTerms, info.termStart, info.termEnd);
    maxCentral[c.art[i]!] = Math.max(maxCentral[c.art[i]!]!, central[i]!);
  }

  const base = new Float64Array(c.length);
  for (let i = 0; i < c.length; i++) {
    const art = c.art[i]!;
    const info = infos[art]!;
    const position = c.position[i]!;
    const centrality = central[i]! / (maxCentral[art]! || 1);
    const lead = 1 / Math.sqrt(1 + position / 3);
    const salience = 0.55 * centrality + 0.45 * lead;
    const own = info.theme;
    const section = c.section[i]!;
    // A themed section is about its theme: fit grows with the sentence's own theme score and
    // saturates, so one keyword-dense line cannot outrank everything. The article's theme is a
    // prior: the lead of an article about this theme states its news even in plain words.
    const lent = section === own ? (LEAD_THEME_SHARE * info.scores[own]!) / (1 + position) : 0;
    const fit =
      own < 0 ? 1 : Math.min(c.themeScore[i]! + lent, FIT_SATURATION) / FIT_SATURATION * (section === own ? 1 : 0.85);
    const q = c.quote[i]!;
    const quote = q >= 0.6 ? 0.75 : q >= 0.3 ? 0.88 : 1;
    const leans = c.leansBack[i] ? 0.85 : 1;
    const detail = Math.max(DETAIL_MIN, Math.min(c.detail[i]!, DETAIL_MAX)) / DETAIL_MAX;
    base[i] = (0.25 + salience) * fit * quote * leans * (1 + DETAIL_WEIGHT * detail);
  }
  return base;
}

/** Same point: geometric mean of the full and the plain-word cosines. */
function pointSimilarity(c: Analysis['candidates'], i: number, j: number): number {
  const full = dot(c.terms, c.termStart[i]!, c.termEnd[i]!, c.terms, c.termStart[j]!, c.termEnd[j]!);
  if (full <= 0) return 0;
  const plain = dot(c.plain, c.plainStart[i]!, c.plainEnd[i]!, c.plain, c.plainStart[j]!, c.plainEnd[j]!);
  return plain > 0 ? Math.sqrt(full * plain) : 0;
}

/**
 * Inverted index (CSR) over candidates' content terms, to find the same point in other articles.
 * Only terms with short postings are followed: two reports of one point share rarer words
 * (names, figures, the specific action), so skipping the batch's common words keeps queries
 * cheap at any batch size.
 */
class TermIndex {
  private readonly start: Int32Array;
  private readonly postings: Int32Array;
  /** Each posting's term value in its candidate's unit vector, for a bound on the cosine. */
  private readonly postingValues: Float32Array;
  /** Largest value of each term in any candidate: bounds what a skipped (capped) term can add. */
  private readonly maxValue: Float32Array;
  private readonly seen: Int32Array;
  private readonly hits: Int32Array;
  private readonly partial: Float64Array;
  /** Norm of each candidate's vector restricted to the capped terms (Cauchy-Schwarz bound). */
  private readonly cappedNorm: Float64Array;
  /** The query's vectors scattered by term id (valid where the mark is the query's number). */
  private readonly termMark: Int32Array;
  private readonly termValue: Float64Array;
  private readonly plainMark: Int32Array;
  private readonly plainValue: Float64Array;
  private query = 0;

  constructor(private readonly analysis: Analysis) {
    const c = analysis.candidates;
    const ids = c.terms.ids;
    const values = c.terms.values;
    let vocab = 0;
    for (let k = 0; k < c.terms.length; k++) vocab = Math.max(vocab, ids[k]! + 1);
    const start = new Int32Array(vocab + 1);
    const maxValue = new Float32Array(vocab);
    for (let i = 0; i < c.length; i++) {
      for (let k = c.termStart[i]!; k < c.termEnd[i]!; k++) {
        const t = ids[k]!;
        start[t + 1]!++;
        if (values[k]! > maxValue[t]!) maxValue[t] = values[k]!;
      }
    }
    for (let t = 0; t < vocab; t++) start[t + 1] = start[t + 1]! + start[t]!;
    const fill = start.slice(0, vocab);
    const postings = new Int32Array(start[vocab]!);
    const postingValues = new Float32Array(start[vocab]!);
    for (let i = 0; i < c.length; i++) {
      for (let k = c.termStart[i]!; k < c.termEnd[i]!; k++) {
        const p = fill[ids[k]!]!++;
        postings[p] = i;
        postingValues[p] = values[k]!;
      }
    }
    this.start = start;
    this.postings = postings;
    this.postingValues = postingValues;
    this.maxValue = maxValue;
    this.seen = new Int32Array(c.length).fill(-1);
    this.hits = new Int32Array(c.length);
    this.partial = new Float64Array(c.length);
    this.cappedNorm = new Float64Array(c.length);
    // Plain words are a subset of each candidate's content terms, so their ids are below vocab too.
    this.termMark = new Int32Array(vocab).fill(-1);
    this.termValue = new Float64Array(vocab);
    this.plainMark = new Int32Array(vocab).fill(-1);
    this.plainValue = new Float64Array(vocab);
    for (let i = 0; i < c.length; i++) {
      let sq = 0;
      for (let k = c.termStart[i]!; k < c.termEnd[i]!; k++) {
        const t = ids[k]!;
        if (start[t + 1]! - start[t]! > POSTINGS_CAP) sq += values[k]! * values[k]!;
      }
      this.cappedNorm[i] = Math.sqrt(sq);
    }
  }

  /** Candidates of other articles on the same side (themed vs off-topic) that report the same point as i. */
  neighbours(i: number): { j: number; sim: number }[] {
    const c = this.analysis.candidates;
    const infos = this.analysis.articles;
    const q = this.query++;
    const arts = c.art;
    const { termStart, termEnd, plainStart, plainEnd } = c;
    const { cappedNorm, start } = this;
    const art = arts[i]!;
    const need = Math.min(2, c.termEnd[i]! - c.termStart[i]!);
    const found: number[] = [];
    const { seen, hits, partial, postings, postingValues } = this;
    // The content cosine of i and j is at most the part over followed terms plus what the
    // skipped common terms could add; below MIN_FULL, the pair cannot be the same point.
    let skipped = 0;
    let skippedSq = 0;
    for (let k = c.termStart[i]!; k < c.termEnd[i]!; k++) {
      const t = c.terms.ids[k]!;
      const v = c.terms.values[k]!;
      const from = start[t]!;
      const to = start[t + 1]!;
      if (to - from > POSTINGS_CAP) {
        skipped += v * this.maxValue[t]!;
        skippedSq += v * v;
        continue;
      }
      for (let p = from; p < to; p++) {
        const j = postings[p]!;
        if (arts[j] === art) continue;
        if (seen[j] !== q) {
          seen[j] = q;
          hits[j] = 0;
          partial[j] = 0;
        }
        partial[j] = partial[j]! + v * postingValues[p]!;
        if (++hits[j]! === need) found.push(j);
      }
    }
    const skippedNorm = Math.sqrt(skippedSq);
    const { termMark, termValue, plainMark, plainValue } = this;
    const termIds = c.terms.ids;
    const termValues = c.terms.values;
    const plainIds = c.plain.ids;
    const plainValues = c.plain.values;
    for (let k = c.termStart[i]!; k < c.termEnd[i]!; k++) {
      termMark[termIds[k]!] = q;
      termValue[termIds[k]!] = termValues[k]!;
    }
    for (let k = c.plainStart[i]!; k < c.plainEnd[i]!; k++) {
      plainMark[plainIds[k]!] = q;
      plainValue[plainIds[k]!] = plainValues[k]!;
    }
    const themed = infos[art]!.theme >= 0;
    const out: { j: number; sim: number }[] = [];
    for (let f = 0; f < found.length; f++) {
      const j = found[f]!;
      if (partial[j]! + Math.min(skipped, skippedNorm * cappedNorm[j]!) < MIN_FULL) continue;
      if (infos[arts[j]!]!.theme >= 0 !== themed) continue;
      // pointSimilarity(c, i, j) against the scattered query: the same products, added in the
      // same (ascending id) order as dot()'s merge, so the same float result.
      let full = 0;
      for (let k = termStart[j]!, e = termEnd[j]!; k < e; k++) {
        const t = termIds[k]!;
        if (termMark[t] === q) full += termValue[t]! * termValues[k]!;
      }
      if (full <= 0) continue;
      let plain = 0;
      for (let k = plainStart[j]!, e = plainEnd[j]!; k < e; k++) {
        const t = plainIds[k]!;
        if (plainMark[t] === q) plain += plainValue[t]! * plainValues[k]!;
      }
      const sim = plain > 0 ? Math.sqrt(full * plain) : 0;
      if (sim >= SAME_POINT) out.push({ j, sim });
    }
    return out.sort((x, y) => y.sim - x.sim || c.art[x.j]! - c.art[y.j]! || c.lead[x.j]! - c.lead[y.j]!);
  }
}

/**
 * Maximal marginal relevance over every section at once, so an item in one section also keeps a
 * near-copy out of the others. Hard limits: the same point (cosine) or shared wording (trigrams).
 */
function selectItems(
  pool: readonly Pooled[],
  analysis: Analysis,
  sectionCount: number,
  perSection: number,
  order: (i: number, j: number) => number,
): Pooled[] {
  const c = analysis.candidates;
  const chosen: Pooled[] = [];
  const taken = new Array<number>(sectionCount).fill(0);
  const maxSim = new Map<number, number>();
  const fromArticle = new Map<string, number>();
  const excluded = new Set<number>();
  const gramsOf = new Map<number, Set<string>>();
  const grams = (p: Pooled): Set<string> => {
    let g = gramsOf.get(p.i);
    if (!g) gramsOf.set(p.i, (g = trigrams(p.text)));
    return g;
  };

  for (;;) {
    let best: Pooled | null = null;
    let bestScore = -Infinity;
    for (const p of pool) {
      if (excluded.has(p.i) || taken[c.section[p.i]!]! >= perSection) continue;
      const repeats = fromArticle.get(`${c.section[p.i]}:${c.art[p.i]}`) ?? 0;
      const score = p.final * (1 - REDUNDANCY_LAMBDA * (maxSim.get(p.i) ?? 0)) * SAME_ARTICLE_FACTOR ** repeats;
      if (score > bestScore || (score === bestScore && best && order(p.i, best.i) < 0)) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    excluded.add(best.i);
    taken[c.section[best.i]!]!++;
    const key = `${c.section[best.i]}:${c.art[best.i]}`;
    fromArticle.set(key, (fromArticle.get(key) ?? 0) + 1);
    for (const n of best.neighbours) excluded.add(n.j);
    const g = grams(best);
    for (const p of pool) {
      if (excluded.has(p.i)) continue;
      const sim = pointSimilarity(c, best.i, p.i);
      const { jaccard, containment } = trigramOverlap(g, grams(p));
      if (sim >= SAME_POINT || jaccard >= TRIGRAM_JACCARD_MAX || containment >= TRIGRAM_CONTAINMENT_MAX) excluded.add(p.i);
      else if (sim > (maxSim.get(p.i) ?? 0)) maxSim.set(p.i, sim);
    }
  }
  return chosen;
}

function sourcesOf(p: Pooled, analysis: Analysis): string[] {
  const c = analysis.candidates;
  const keys = [analysis.articles[c.art[p.i]!]!.article.key];
  for (const n of p.neighbours) {
    const key = analysis.articles[c.art[n.j]!]!.article.key;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Every candidate item with its section and scores, best first: for tuning, and for tests that
 * need to see why an item was or was not chosen. Not used by summarize().
 */
export function explainCandidates(
  input: readonly Article[],
  options: SummaryOptions,
): { section: string; key: string; text: string; base: number; themeScore: number; position: number }[] {
  const { themes, analysis } = prepare(input, options);
  const c = analysis.candidates;
  const base = rank(analysis);
  return Array.from({ length: c.length }, (_, i) => i)
    .sort((i, j) => base[j]! - base[i]! || c.art[i]! - c.art[j]! || c.lead[i]! - c.lead[j]!)
    .map((i) => ({
      section: themes.ids[c.section[i]!] ?? OTHER_SECTION.theme,
      key: analysis.articles[c.art[i]!]!.article.key,
      text: itemText(analysis.articles[c.art[i]!]!.sentences, c.first[i]!, c.count[i]!),
      base: round(base[i]!, 4),
      themeScore: round(c.themeScore[i]!, 3),
      position: c.position[i]!,
    }));
}

/** Pairs of candidates from different articles with their same-point similarity, highest first. */
export function explainSimilarities(input: readonly Article[], options: SummaryOptions, min = 0.2): { a: string; b: string; sim: number }[] {
  const { analysis } = prepare(input, options);
  const c = analysis.candidates;
  rank(analysis);
  const text = (i: number): string => itemText(analysis.articles[c.art[i]!]!.sentences, c.first[i]!, c.count[i]!);
  const out: { a: string; b: string; sim: number }[] = [];
  for (let i = 0; i < c.length; i++) {
    for (let j = i + 1; j < c.length; j++) {
      if (c.art[i] === c.art[j]) continue;
      const sim = pointSimilarity(c, i, j);
      if (sim >= min) out.push({ a: text(i), b: text(j), sim: round(sim, 3) });
    }
  }
  return out.sort((x, y) => y.sim - x.sim);
}
