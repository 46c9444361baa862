// Salience: how strongly each candidate item states what its article is about, and how well it
// fits its section. Turns the analysis arenas' counts into unit TF-IDF vectors in place.
import type { Analysis } from './analyze';
import { dot } from './similarity';

/** Sentence theme score at which an item fits its section fully. */
const FIT_SATURATION = 11;
/** How much of its article's theme score a lead sentence borrows (decaying with position). */
const LEAD_THEME_SHARE = 1.5;
/** IDF smoothing: in a batch of two articles, plain IDF would make the words they share count least. */
const IDF_PSEUDO_DOCS = 10;
/** How much concrete detail (specific.ts) can raise or lower an item's salience, at most. */
const DETAIL_WEIGHT = 0.5;
/** Detail scores are clamped to this range before weighing. */
const DETAIL_MIN = -2;
const DETAIL_MAX = 4;

/**
 * Salience of each candidate. Within its article: closeness to the article's TF-IDF centroid
 * (what the article is mostly about) blended with a lead-position prior (news puts the point
 * first). Then the fit to its section and a few editorial discounts. Turns the arenas' counts
 * into unit TF-IDF vectors in place.
 */
export function rank(analysis: Analysis): Float64Array {
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
    // The prior is the theme the article's sentences were placed by, for an article on the topic.
    const own = info.theme < 0 ? -1 : info.itemTheme;
    const section = c.section[i]!;
    // A themed section is about its theme: fit grows with the sentence's own theme score and
    // saturates, so one keyword-dense line cannot outrank everything. The article's theme is a
    // prior: the lead of an article about this theme states its news even in plain words.
    const lent = section === own ? (LEAD_THEME_SHARE * info.scores[own]!) / (1 + position) : 0;
    const fit =
      own < 0 ? 1 : Math.min(c.themeScore[i]! + lent, FIT_SATURATION) / FIT_SATURATION * (section === own ? 1 : 0.85);
    const q = c.quote[i]!;
    const quote = q >= 0.6 ? 0.75 : q >= 0.3 ? 0.88 : 1;
    const detail = Math.max(DETAIL_MIN, Math.min(c.detail[i]!, DETAIL_MAX)) / DETAIL_MAX;
    base[i] = (0.25 + salience) * fit * quote * (1 + DETAIL_WEIGHT * detail);
  }
  return base;
}

