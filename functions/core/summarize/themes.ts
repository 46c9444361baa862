// Theme signal: configured terms matched on word boundaries (token sequences), longest phrase first.
import type { ThemeConfig } from '../model';
import { tokenize, type Vocabulary } from './text';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Weight of the term ending here, with the phrase bonus applied. */
  weight: number;
  /** Index of the term in the compiled theme, to count repeats. */
  term: number;
}

/** A phrase names a thing more precisely than any of its words: each extra word adds this share. */
const PHRASE_BONUS = 0.25;
/** A term repeated in one sentence adds this share of its weight per repeat. */
const REPEAT_SHARE = 0.5;
/** Sentences shorter than this are scored as if this long, so a 9-word line does not outscore a lead. */
const MIN_NORM_WORDS = 15;
const REF_WORDS = 20;

export interface CompiledThemes {
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly tries: readonly TrieNode[];
  /** Per theme, 1 at each token id that opens one of its terms (the keys of its trie's root). */
  readonly openers: readonly Uint8Array[];
  readonly termCounts: readonly number[];
  /**
   * Content words of the configured terms that more than one theme uses (every word when there is
   * one theme): what the themes have in common names the topic ("chip" in "ai chips" and "chip
   * plant"), a word of one theme only names a facet of it ("state media"). Term id -> the word
   * as first written in the terms (for explanations).
   */
  readonly sharedWords: ReadonlyMap<number, string>;
  /**
   * The theme about parties acting together (its terms name alliances, partners, ties, summits,
   * counterparts: PARTIES_WORDS), or -1, and the weight of its strongest term: a headline whose
   * subject is several parties ("Moon, Biden agree...", "Japan, U.S., South Korea hold talks") tells
   * of it (analyze.ts, partiesAct).
   */
  readonly partiesTheme: number;
  readonly partiesWeight: number;
}

/** Words of a theme about parties acting together ("alliance", "ties", "bilateral", "counterparts"). */
const PARTIES_WORDS = 'alliance allies ally allied partnership partners partner cooperation ties relations relationship bilateral trilateral summit counterparts counterpart joint coordination solidarity treaty coalition'.split(' ');
/** A theme needs this many terms with such words to be the parties' theme (and more than any other theme). */
const PARTIES_TERMS = 3;

export function compileThemes(themes: readonly ThemeConfig[], vocab: Vocabulary): CompiledThemes {
  const tries: TrieNode[] = [];
  const termCounts: number[] = [];
  const partyKeys = new Set(PARTIES_WORDS.map((w) => vocab.id(tokenize(w)[0]!.key)));
  const partyTerms: number[] = [];
  const themesOfWord = new Map<number, number>();
  const spelling = new Map<number, string>();
  for (const theme of themes) {
    const words = new Set<number>();
    const root: TrieNode = { next: new Map(), weight: 0, term: -1 };
    let n = 0;
    let parties = 0;
    // Sorted so two configs with the same terms in another order compile identically.
    for (const [term, weight] of Object.entries(theme.terms).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const tokens = tokenize(term);
      const keys = tokens.map((t) => vocab.id(t.key));
      if (!keys.length || !(weight > 0)) continue;
      if (keys.some((k) => partyKeys.has(k))) parties++;
      const surface = term.toLowerCase().match(/[\p{L}\p{N}]+|\+/gu) ?? [];
      tokens.forEach((t, k) => {
        if (!t.content) return;
        words.add(keys[k]!);
        if (!spelling.has(keys[k]!)) spelling.set(keys[k]!, surface.length === tokens.length ? surface[k]! : t.key);
      });
      let node = root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) {
          child = { next: new Map(), weight: 0, term: -1 };
          node.next.set(k, child);
        }
        node = child;
      }
      // Two spellings that tokenize alike ("2+2" vs "2 + 2"): keep the stronger weight.
      const w = weight * (1 + PHRASE_BONUS * (keys.length - 1));
      if (w > node.weight) {
        node.weight = w;
        if (node.term < 0) node.term = n++;
      }
    }
    tries.push(root);
    termCounts.push(n);
    partyTerms.push(parties);
    for (const w of words) themesOfWord.set(w, (themesOfWord.get(w) ?? 0) + 1);
  }
  const sharedWords = new Map([...themesOfWord].filter(([, n]) => n >= Math.min(2, themes.length)).map(([w]) => [w, spelling.get(w)!] as const));
  const openers = tries.map((root) => {
    const out = new Uint8Array(Math.max(0, ...root.next.keys()) + 1);
    for (const k of root.next.keys()) out[k] = 1;
    return out;
  });
  const most = Math.max(0, ...partyTerms);
  const partiesTheme = most >= PARTIES_TERMS && partyTerms.filter((c) => c === most).length === 1 ? partyTerms.indexOf(most) : -1;
  const partiesWeight = partiesTheme >= 0 ? Math.max(...Object.values(themes[partiesTheme]!.terms)) : 0;
  return { ids: themes.map((t) => t.id), titles: themes.map((t) => t.title), tries, openers, termCounts, sharedWords, partiesTheme, partiesWeight };
}

/**
 * Theme scores of one token sequence, normalized by length: the weighted term mass per
 * sqrt(length / 20 words). Writes one score per theme into `out`.
 */
export function scoreThemes(tokens: ArrayLike<number>, words: number, themes: CompiledThemes, out: Float64Array): void {
  const norm = Math.sqrt(Math.max(words, MIN_NORM_WORDS) / REF_WORDS);
  for (let t = 0; t < themes.tries.length; t++) {
    const root = themes.tries[t]!;
    const openers = themes.openers[t]!;
    let raw = 0;
    let seen: Map<number, number> | null = null;
    for (let i = 0; i < tokens.length; ) {
      // Most tokens open no term: an array lookup says so before the root's map is asked.
      const first = tokens[i]!;
      if (first >= openers.length || !openers[first]) {
        i++;
        continue;
      }
      // The longest term starting here (the hot loop of analysis: inlined, no call per token).
      let node = root.next.get(first);
      let best: TrieNode | null = null;
      let bestEnd = i + 1;
      let j = i + 1;
      while (node) {
        if (node.weight > 0) {
          best = node;
          bestEnd = j;
        }
        if (j >= tokens.length) break;
        node = node.next.get(tokens[j]!);
        j++;
      }
      if (best) {
        seen ??= new Map();
        const k = seen.get(best.term) ?? 0;
        raw += k === 0 ? best.weight : best.weight * REPEAT_SHARE;
        seen.set(best.term, k + 1);
        i = bestEnd;
      } else {
        i++;
      }
    }
    out[t] = raw / norm;
  }
}

/**
 * The user's topic terms (config `topicTerms`: the names of the story they follow, "red sea",
 * "houthi"), compiled as one unweighted theme. Null when none are configured.
 */
export function compileTopicTerms(terms: readonly string[] | undefined, vocab: Vocabulary): CompiledThemes | null {
  if (!terms?.length) return null;
  return compileThemes([{ id: 'topic', title: 'topic', terms: Object.fromEntries(terms.map((t) => [t, 1])) }], vocab);
}

/** Whether the token sequence holds one of the compiled terms (of the first theme). */
export function mentions(tokens: ArrayLike<number>, terms: CompiledThemes): boolean {
  const root = terms.tries[0]!;
  for (let i = 0; i < tokens.length; i++) {
    let node = root.next.get(tokens[i]!);
    for (let j = i + 1; node; j++) {
      if (node.weight > 0) return true;
      if (j >= tokens.length) break;
      node = node.next.get(tokens[j]!);
    }
  }
  return false;
}
