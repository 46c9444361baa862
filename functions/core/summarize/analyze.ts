// First pass over the batch: one article at a time, tokens -> theme scores -> article theme ->
// candidate items. Only what later steps need is kept (typed arrays and term counts, no token
// strings), so a batch of 10,000 articles fits in a small Lambda.
import type { Article, Sentence } from '../model';
import { type CompiledThemes, scoreThemes } from './themes';
import { countWords, normalizeSpace, tokenize, type Vocabulary } from './text';
import { furnitureReason, LEANS_BACK, MIN_ITEM_WORDS, quoteShare, stripEndMark } from './furniture';

/** The headline states what the article is about: it weighs as much as this many lead sentences. */
const TITLE_WEIGHT = 3;
/** Article theme scores below this mean "fits no theme". */
export const ARTICLE_MIN_SCORE = 0.6;
/** A sentence needs at least this theme score to go to a section at all. */
export const SENTENCE_MIN_SCORE = 1.2;
/** Prior for the article's own theme when a sentence is placed. */
const ARTICLE_PRIOR = 1.1;
/** A sentence shorter than this may take the next one along when that one continues it. */
const SHORT_SENTENCE_WORDS = 14;
/** A sentence that leans back takes the one before it along, when that one is at most this long. */
const CONTEXT_SENTENCE_WORDS = 30;
/** Lines this short carry no theme evidence worth averaging in (labels, "From", "Send to"). */
const MIN_SCORED_WORDS = 4;
/** Names and figures count more when comparing sentences: two reports of one event share them. */
const SALIENT_BOOST = 1.5;

export interface ArticleInfo {
  readonly article: Article;
  /** Theme index, or -1 when the article fits no theme. */
  readonly theme: number;
  readonly scores: Float64Array;
  /** Content-term counts of the whole article (its centroid, before IDF); null when not needed. */
  readonly termCounts: Map<number, number> | null;
}

export interface Candidate {
  readonly art: number;
  /** Section index: a theme index, or themes.length for "Other news". */
  readonly section: number;
  readonly text: string;
  readonly words: number;
  /** Theme score of the item's lead sentence for its section (0 for "Other news"). */
  readonly themeScore: number;
  /** Position of the lead sentence among the article's non-furniture sentences. */
  readonly position: number;
  readonly sentenceIndex: number;
  readonly quote: number;
  readonly leansBack: boolean;
  /** Content-term weights before IDF (salient terms boosted). */
  readonly terms: Map<number, number>;
  /** Counts of lower-case content words only: what is said, without who and when. */
  readonly plain: Map<number, number>;
}

export interface Analysis {
  readonly articles: ArticleInfo[];
  readonly candidates: Candidate[];
  /** Article frequency per term id. */
  readonly df: Map<number, number>;
}

interface Row {
  readonly sentence: Sentence;
  readonly text: string;
  readonly words: number;
  readonly ids: Int32Array;
  readonly content: Map<number, number>;
  readonly plain: Map<number, number>;
  readonly scores: Float64Array;
  furniture: string | null;
}

export interface AnalyzeOptions {
  readonly maxWordsPerItem: number;
  readonly otherNews: boolean;
}

export function analyze(
  sorted: readonly Article[],
  themes: CompiledThemes,
  vocab: Vocabulary,
  options: AnalyzeOptions,
): Analysis {
  const T = themes.ids.length;
  const articles: ArticleInfo[] = [];
  const candidates: Candidate[] = [];
  const df = new Map<number, number>();

  for (let a = 0; a < sorted.length; a++) {
    const article = sorted[a]!;
    const sentences = [...article.sentences].sort((x, y) => x.index - y.index);
    const rows: Row[] = sentences.map((sentence) => {
      const text = normalizeSpace(sentence.text);
      const tokens = tokenize(text);
      const ids = new Int32Array(tokens.length);
      const content = new Map<number, number>();
      const plain = new Map<number, number>();
      for (let k = 0; k < tokens.length; k++) {
        const tok = tokens[k]!;
        const id = vocab.id(tok.key);
        ids[k] = id;
        if (!tok.content) continue;
        content.set(id, (content.get(id) ?? 0) + (tok.salient ? SALIENT_BOOST : 1));
        if (!tok.salient) plain.set(id, (plain.get(id) ?? 0) + 1);
      }
      const words = countWords(text);
      const scores = new Float64Array(T);
      scoreThemes(ids, words, themes, scores);
      return { sentence, text, words, ids, content, plain, scores, furniture: null };
    });
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const next = rows[i + 1];
      row.furniture = furnitureReason({
        text: row.text,
        words: row.words,
        next: next && next.sentence.paragraph === row.sentence.paragraph ? next.text : null,
        last: i === rows.length - 1,
      });
    }

    // Article theme: a position-weighted mean of sentence scores with the title counted extra,
    // so density decides, not length: a long article is not "more on topic" for being long.
    const titleTokens = tokenize(article.title);
    const titleScores = new Float64Array(T);
    scoreThemes(
      titleTokens.map((t) => vocab.id(t.key)),
      countWords(article.title),
      themes,
      titleScores,
    );
    const sums = new Float64Array(T);
    let weightSum = TITLE_WEIGHT;
    for (let t = 0; t < T; t++) sums[t] = TITLE_WEIGHT * titleScores[t]!;
    let position = 0;
    for (const row of rows) {
      if (row.furniture !== null && !(row.furniture === 'short' && row.words >= MIN_SCORED_WORDS)) continue;
      const w = 1 / Math.sqrt(1 + position / 4);
      position++;
      weightSum += w;
      for (let t = 0; t < T; t++) sums[t] = sums[t]! + w * row.scores[t]!;
    }
    const scores = new Float64Array(T);
    let best = -1;
    for (let t = 0; t < T; t++) {
      scores[t] = sums[t]! / weightSum;
      if (scores[t]! >= ARTICLE_MIN_SCORE && (best < 0 || scores[t]! > scores[best]!)) best = t;
    }

    // Document frequency over every article, on- or off-topic: rarity is a property of the batch.
    const articleTerms = new Map<number, number>();
    for (const row of rows) for (const [id, n] of row.content) articleTerms.set(id, (articleTerms.get(id) ?? 0) + n);
    for (const id of articleTerms.keys()) df.set(id, (df.get(id) ?? 0) + 1);

    const keep = best >= 0 || options.otherNews;
    articles.push({ article, theme: best, scores, termCounts: keep ? articleTerms : null });
    if (!keep) continue;

    let contentPosition = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (row.furniture !== null) continue;
      const pos = contentPosition++;
      let section: number;
      let themeScore = 0;
      if (best < 0) {
        section = T;
      } else {
        section = -1;
        let top = 0;
        for (let t = 0; t < T; t++) {
          const s = row.scores[t]!;
          if (s < SENTENCE_MIN_SCORE) continue;
          const prior = s * (t === best ? ARTICLE_PRIOR : 1);
          if (prior > top) {
            top = prior;
            section = t;
            themeScore = s;
          }
        }
        if (section < 0) continue;
      }
      const item = buildItem(rows, i, options.maxWordsPerItem);
      if (!item) continue;
      candidates.push({
        art: a,
        section,
        text: item.text,
        words: item.words,
        themeScore,
        position: pos,
        sentenceIndex: row.sentence.index,
        quote: quoteShare(row.text),
        leansBack: item.leansBack,
        terms: item.terms,
        plain: item.plain,
      });
    }
  }
  return { articles, candidates, df };
}

/**
 * One sentence, or two when the first is short and the next continues it. The themed sentence may
 * be the second of the two: "He added that..." is unreadable without the sentence it leans on.
 * An item over the word budget is never cut: the caller picks another.
 */
function buildItem(
  rows: readonly Row[],
  i: number,
  maxWords: number,
): Item | null {
  const row = rows[i]!;
  const textOf = (k: number): string => (k === rows.length - 1 ? stripEndMark(rows[k]!.text) : rows[k]!.text);
  const usable = (r: Row | undefined): r is Row =>
    !!r && r.sentence.paragraph === row.sentence.paragraph && (r.furniture === null || r.furniture === 'short');
  const pair = (a: number, b: number): Item => ({
    text: `${textOf(a)} ${textOf(b)}`,
    words: rows[a]!.words + rows[b]!.words,
    terms: sum(rows[a]!.content, rows[b]!.content),
    plain: sum(rows[a]!.plain, rows[b]!.plain),
    leansBack: LEANS_BACK.test(rows[a]!.text),
  });
  const leans = LEANS_BACK.test(row.text);
  const prev = rows[i - 1];
  if (leans && usable(prev) && prev.words >= MIN_ITEM_WORDS && prev.words <= CONTEXT_SENTENCE_WORDS && prev.words + row.words <= maxWords) {
    return pair(i - 1, i);
  }
  const next = rows[i + 1];
  if (row.words < SHORT_SENTENCE_WORDS && usable(next) && continues(row.text, next.text) && row.words + next.words <= maxWords) {
    return pair(i, i + 1);
  }
  if (row.words > maxWords || row.words < MIN_ITEM_WORDS) return null;
  return { text: textOf(i), words: row.words, terms: row.content, plain: row.plain, leansBack: leans };
}

interface Item {
  readonly text: string;
  readonly words: number;
  readonly terms: Map<number, number>;
  readonly plain: Map<number, number>;
  readonly leansBack: boolean;
}

function sum(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map(a);
  for (const [id, n] of b) out.set(id, (out.get(id) ?? 0) + n);
  return out;
}

/** The next sentence carries on the first: a pronoun, a connective, an attribution, or a colon lead-in. */
function continues(first: string, next: string): boolean {
  return /[:;]$/.test(first) || LEANS_BACK.test(next) || /^\s*["\u201C]?\p{Ll}/u.test(next);
}
