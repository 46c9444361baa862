// The same point in other articles: an inverted index over candidates' rarer content terms, and
// the similarity that says two items report one point.
import { DAY_NAMED } from '../dates';
import type { Analysis } from './analyze';
import { dot } from './similarity';

/**
 * Two items report the same point when the geometric mean of their content cosine (names
 * included) and their plain-word cosine (names left out) reaches this: sharing only the actors
 * ("Secretary Blinken...") is one story, not one point. Then they become one item citing both.
 */
export const SAME_POINT = 0.36;
/** Postings longer than this belong to words too common in the batch to tell points apart. */
const POSTINGS_CAP = 2000;
/**
 * sqrt(full x plain) >= SAME_POINT with both cosines at most 1 needs full >= SAME_POINT^2. Kept a
 * hair lower so float rounding in the bound can never skip a pair the exact check would keep.
 */
const MIN_FULL = SAME_POINT * SAME_POINT - 1e-6;

/**
 * Two reports of one point agree on its figures: when both items state figures and share none
 * ("0.1 to 0.2 percentage points" against "0.3 percentage points"), they are two points however
 * alike their framing ("Economists at ... Bank estimated").
 */
function differentFigures(c: Analysis['candidates'], i: number, j: number): boolean {
  const a = c.quantities[i] ?? c.figures[i];
  const b = c.quantities[j] ?? c.figures[j];
  return !!a?.length && !!b?.length && !a.some((x) => b.includes(x));
}

const YEAR = /^(?:19|20)\d\d$/;
/** A figure that tells one report from another: two digits or more, not a year ("41", "312", "0.7"). */
export const telling = (x: string): boolean => x.length >= 2 && !YEAR.test(x);

/** Two telling figures shared by two items: the same numbers reported twice ("$312 million, down 41%"). */
export function sameFigures(c: Analysis['candidates'], i: number, j: number): boolean {
  const a = c.figures[i];
  const b = c.figures[j];
  if (!a || !b) return false;
  let shared = 0;
  for (const x of a) if (telling(x) && b.includes(x)) shared++;
  return shared >= 2;
}
/**
 * A teaser lede: "The sportsbooks at the center of the Harborview Tides betting case have moved to
 * head off regulators." (a definite description for its subject, no figure, no day, at most
 * TEASER_WORDS words), with the news in the next sentence. That sentence opens the report for
 * `sameDayOpening`. Measured on the 139 sets (README, Digest quality): rocket-failure's signing with
 * Corvane Space, told after such a lede, takes the place of a detail another report's item already
 * tells, facts told twice 466 -> 465, no fact moves. Any short lede without figure or day instead
 * (not only "The <noun>..."): 5 sets up, 4 down.
 */
const TEASER = /^\s*The\s+\p{Ll}/u;
const TEASER_WORDS = 22;
const NO_COUNTS: ReadonlySet<string> = new Set();
const NO_NEIGHBOURS: readonly { j: number; sim: number }[] = [];
/** How far into a scene-led article its news may open it (prose sentences). */
const SCENE_NEWS_WITHIN = 6;
/**
 * A count told in words and what it counts ("killing at least three people", "killed two workers and
 * injured nine"): news copy spells out counts under ten, which the figures (digits) miss, so two
 * wires' same-day openings of one dam collapse ("...killing at least three people" and "...killed at
 * least three people and left hundreds of homes underwater") shared no telling figure and both
 * became items (dam-failure's blind reader, twenty-seventh stop). Such a count, with the first three
 * letters of the word after it, counts as a shared figure between same-day openings. Not a span of
 * time ("three days of rain"), nor a number before a function word.
 */
const COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:(?:more|other|of|at least|about)\s+)?(?!(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|weekends?|seasons?|times|decades?|percent|of|and|or|to|in|on|at|the|a|were|was|are|is|who|with|for|from|that|by)\b)([a-z]{3,})/gi;
/** Counts told in words with what they count ("killing at least three people" -> "three peo"; COUNT). */
export function countsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COUNT)) out.add(`${m[1]!.toLowerCase()} ${m[2]!.toLowerCase().slice(0, 3)}`);
  return out;
}
/** Items stating the same two figures are the same point at this lower similarity (their wording may differ). */
const SAME_FIGURES_POINT = SAME_POINT / 2;
/** A telling figure both items state. */
function sharedFigure(c: Analysis['candidates'], i: number, j: number): boolean {
  const b = c.figures[j];
  return !!b && !!c.figures[i]?.some((x) => telling(x) && b.includes(x));
}

/** Same point: geometric mean of the full and the plain-word cosines (0 for items whose figures differ). */
export function pointSimilarity(c: Analysis['candidates'], i: number, j: number): number {
  if (differentFigures(c, i, j)) return 0;
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
export class TermIndex {
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
  private readonly anySceneNews: boolean;
  /** sceneLedNeighbours, once asked (selection, details and the top story ask for the same items). */
  private readonly sceneLed = new Map<number, readonly { j: number; sim: number }[]>();

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
    this.anySceneNews = analysis.articles.some((a) => a.opensOnScene);
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

  /**
   * The reports of i's point that neighbours() leaves out because one of the two opens on a scene and
   * tells it a few sentences down (a scene-led report of a lede's news, or, for such a sentence, the
   * same-day ledes that tell its news): they count for the top story, and an item that tells the point
   * is not followed by one of them. Not among the neighbours that score items: measured there (README,
   * Digest quality), rocket-failure's sections shift and lose two facts.
   */
  sceneLedNeighbours(i: number): readonly { j: number; sim: number }[] {
    if (!this.anySceneNews) return NO_NEIGHBOURS;
    let found = this.sceneLed.get(i);
    if (!found) {
      const own = new Set(this.neighbours(i).map((n) => n.j));
      found = this.neighbours(i, true).filter((n) => !own.has(n.j));
      this.sceneLed.set(i, found);
    }
    return found;
  }

  /** Candidates of other articles on the same side (themed vs off-topic) that report the same point as i (with sceneLed, also sceneLedNeighbours). */
  neighbours(i: number, sceneLed = false): { j: number; sim: number }[] {
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
    // An item with two figures may match at the lower same-figures similarity: bound it by that.
    // Same-day reports of one story open on its news in their own words ("The World Bank and the
    // Inter-American Development Bank (IDB) approved loans totaling $800 million on Monday..." and
    // "Peru secured $800 million from the World Bank and the Inter-American Development Bank on
    // Monday..."): the openings of two articles of one day and one label that state one telling
    // figure are the same point at the lower similarity of two shared figures. Measured on the 137
    // sets (README, Digest quality). A count told in words counts as such a figure (COUNT).
    // An opening is the lede, or the sentence after a teaser lede (TEASER). Not Candidates.opens' lede
    // read with its leaning sentence: measured here, it costs four sets a fact (README, twenty-eighth stop).
    const opens = (k: number): boolean => {
      // A feature-style report opens on a scene (sceneSetting) and tells the news a few sentences
      // later ("Arcadia Launch Systems' Halcyon-2 rocket exploded 71 seconds after lift-off..." after a
      // spectator's morning): each of its first sentences may open it, and the same-day rule's shared
      // telling figure picks the one that tells the lede's news (the spectator's age or years of
      // watching launches share none with it).
      if (c.position[k] === 0 || (sceneLed && infos[arts[k]!]!.opensOnScene && c.position[k]! <= SCENE_NEWS_WITHIN)) return true;
      if (c.position[k] !== 1) return false;
      const prev = infos[arts[k]!]!.sentences[c.first[k]! - 1]?.text ?? '';
      return TEASER.test(prev) && !/\d/.test(prev) && !DAY_NAMED.test(prev) && !/\btoday\b/i.test(prev) && prev.split(/\s+/).length <= TEASER_WORDS;
    };
    const counted = opens(i) ? countsOf(infos[art]!.sentences[c.first[i]!]!.text) : NO_COUNTS;
    const day = opens(i) && (c.figures[i]?.some(telling) || counted.size > 0) ? infos[art]!.article.publishedAt?.slice(0, 10) : undefined;
    const sameDayOpening = (j: number): boolean => {
      const other = infos[arts[j]!]!;
      if (!opens(j) || other.theme !== infos[art]!.theme || other.article.publishedAt?.slice(0, 10) !== day) return false;
      if (sharedFigure(c, i, j)) return true;
      if (!counted.size) return false;
      for (const w of countsOf(other.sentences[c.first[j]!]!.text)) if (counted.has(w)) return true;
      return false;
    };
    const minFull = (c.figures[i]?.filter(telling).length ?? 0) >= 2 || day ? SAME_FIGURES_POINT ** 2 - 1e-6 : MIN_FULL;
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
      if (partial[j]! + Math.min(skipped, skippedNorm * cappedNorm[j]!) < minFull) continue;
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
      if (sim >= SAME_POINT ? !differentFigures(c, i, j) : sim >= SAME_FIGURES_POINT && (sameFigures(c, i, j) || (!!day && sameDayOpening(j)))) out.push({ j, sim });
    }
    return out.sort((x, y) => y.sim - x.sim || c.art[x.j]! - c.art[y.j]! || c.lead[x.j]! - c.lead[y.j]!);
  }
}

