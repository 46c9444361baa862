// One name per outlet: "Yonhap" and "Yonhap News Agency", "Nikkei" and "Nikkei Asia", "AP" and
// "Associated Press", "The Korea Herald" and "Korea Herald" are one outlet each in a digest.
// Pure: decided from the names in the batch, no outside list of outlets.

/** Words that name an edition or a kind of outlet rather than the outlet itself. */
const EDITION_WORDS = new Set([
  'news', 'agency', 'service', 'wire', 'newswire', 'online', 'digital', 'international', 'global', 'asia', 'english',
  'edition', 'com', 'net', 'org', 'co', 'media', 'group', 'network', 'press', 'inc', 'ltd', 'corp', 'corporation',
]);

const tokensOf = (name: string): string[] =>
  (name.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t, i) => !(i === 0 && t === 'the'));

/** The outlet's core words: the name without a leading "The" and trailing edition words. */
function coreOf(name: string): string[] {
  const t = tokensOf(name);
  while (t.length > 1 && EDITION_WORDS.has(t.at(-1)!)) t.pop();
  return t;
}

/** "AP" for "Associated Press": an all-capitals name equal to the initials of the other. */
function isAcronymOf(short: string, long: string): boolean {
  const s = short.replace(/[^\p{Lu}]/gu, '');
  if (s.length < 2 || s !== short.replace(/[.\s]/g, '')) return false;
  const initials = tokensOf(long)
    .map((t) => t[0]!.toUpperCase())
    .join('');
  return initials === s;
}

/** Do two outlet names name the same outlet? */
export function sameOutlet(a: string, b: string): boolean {
  const ca = coreOf(a).join(' ');
  const cb = coreOf(b).join(' ');
  if (ca !== '' && ca === cb) return true;
  return isAcronymOf(a.trim(), b) || isAcronymOf(b.trim(), a);
}

/**
 * Groups the batch's outlet names and picks one display name per group: the most used spelling,
 * then the longest (the fuller name), then the first in code-point order, so the choice does not
 * depend on input order. Returns a map from every spelling to its display name.
 */
export function canonicalOutlets(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const spellings = [...counts.keys()].sort();
  const groups: string[][] = [];
  for (const name of spellings) {
    const group = groups.find((g) => g.some((other) => sameOutlet(name, other)));
    if (group) group.push(name);
    else groups.push([name]);
  }
  const out = new Map<string, string>();
  for (const group of groups) {
    const display = [...group].sort((x, y) => counts.get(y)! - counts.get(x)! || y.length - x.length || (x < y ? -1 : x > y ? 1 : 0))[0]!;
    for (const name of group) out.set(name, display);
  }
  return out;
}

/** What goes before the k-th of n names in a list read aloud: "AP", "AP and Reuters", "AP, Reuters and 2 more". */
export const seriesSeparator = (k: number, n: number): string => (k === 0 ? '' : k === n - 1 ? ' and ' : ', ');

/** The names as a list read aloud: "10", "10 and 12", "10, 12 and 14". */
export const series = (names: readonly (string | number)[]): string => names.map((x, k) => seriesSeparator(k, names.length) + x).join('');
