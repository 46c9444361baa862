// Comparing two items: a weighted cosine over content words (for "same point"), and the word-trigram
// overlap that the digest scorer uses to flag near-duplicates (kept as a hard guard).
import { normalizeQuotes } from './text';

/** A sparse unit vector: term ids ascending, weights aligned. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      dot += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Builds a unit vector from (id, weight) pairs; repeated ids add up. */
export function toUnitVector(entries: Map<number, number>): SparseVector {
  const ids = Int32Array.from([...entries.keys()].sort((x, y) => x - y));
  const weights = new Float32Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = entries.get(ids[k]!)!;
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  return { ids, weights };
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
