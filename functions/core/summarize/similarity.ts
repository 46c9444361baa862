// Comparing items: weighted cosines over content words (for "same point"), and the word-trigram
// overlap that the digest scorer uses to flag near-duplicates (kept as a hard guard).
import { normalizeQuotes } from './text';

/**
 * Many small sparse vectors in two flat arrays: term ids (ascending within each vector) and
 * values. Counts are stored first; `normalize` turns a range into a unit TF-IDF vector in place.
 */
/** Vectors up to this long are insertion-sorted; longer ones use the typed-array sort. */
const INSERTION_MAX = 48;

export class Arena {
  ids = new Int32Array(4096);
  values = new Float32Array(4096);
  length = 0;

  /** Appends the map's entries sorted by id; returns the [start, end) range. */
  pushMap(entries: ReadonlyMap<number, number>): [number, number] {
    const start = this.length;
    const need = start + entries.size;
    if (need > this.ids.length) {
      let n = this.ids.length * 2;
      while (n < need) n *= 2;
      const ids = new Int32Array(n);
      ids.set(this.ids);
      const values = new Float32Array(n);
      values.set(this.values);
      this.ids = ids;
      this.values = values;
    }
    const ids = this.ids;
    const values = this.values;
    if (entries.size > INSERTION_MAX) {
      // An article's centroid: hundreds of terms, sorted as a typed array in place.
      let end = start;
      for (const id of entries.keys()) ids[end++] = id;
      ids.subarray(start, need).sort();
      for (let k = start; k < need; k++) values[k] = entries.get(ids[k]!)!;
    } else {
      // A sentence's vector: insertion sort straight into the arena (ids are distinct).
      let end = start;
      entries.forEach((value, id) => {
        let k = end++;
        while (k > start && ids[k - 1]! > id) {
          ids[k] = ids[k - 1]!;
          values[k] = values[k - 1]!;
          k--;
        }
        ids[k] = id;
        values[k] = value;
      });
    }
    this.length = need;
    return [start, need];
  }

  /** Multiplies each value by its term's weight and scales the range to unit length. */
  normalize(start: number, end: number, weight: Float64Array): void {
    let norm = 0;
    for (let k = start; k < end; k++) {
      const w = this.values[k]! * (weight[this.ids[k]!] ?? 0);
      this.values[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = start; k < end; k++) this.values[k] = this.values[k]! / norm;
  }
}

/** Dot product of two sorted ranges (unit vectors: their cosine). */
export function dot(a: Arena, as: number, ae: number, b: Arena, bs: number, be: number): number {
  let i = as;
  let j = bs;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ae && j < be) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      sum += a.values[i]! * b.values[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Word trigrams of a text, normalized as the digest scorer does. */
export function trigrams(text: string): Set<string> {
  const w = normalizeQuotes(text).replace(/\s+/g, ' ').trim().toLowerCase().match(WORD_RE) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3 && w.length) out.add(w.join(' '));
  return out;
}

/** Jaccard and containment (over the smaller set) of two trigram sets. */
export function trigramOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; containment: number } {
  if (!a.size || !b.size) return { jaccard: 0, containment: 0 };
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) inter++;
  return { jaccard: inter / (a.size + b.size - inter), containment: inter / small.size };
}

/** Words as the digest scorer traces them: NFKC, straight quotes, ASCII hyphens, `'` and `-` join. */
const TRACE_WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Word trigrams for tracing an item back to its article (the scorer's "traceable" check). */
export function traceGrams(text: string): Set<string> {
  const w =
    text
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .toLowerCase()
      .match(TRACE_WORD) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length < 3 && w.length) out.add(w.join(' '));
  return out;
}
