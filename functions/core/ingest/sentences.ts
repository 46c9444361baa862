// Sentence splitting for news copy, by rule. wink-nlp splits these texts the same way (the tests
// use it as the oracle), but its model is 3.5 MB of the 4 MB article bundle and ~210 ms of cold
// start; these rules are ~3 KB and agree with it on every paragraph of the sample articles.
// A boundary is terminal punctuation (plus closing quotes/brackets), whitespace, then an opening
// quote or a capital/digit, unless the word before the period is an abbreviation that binds to
// what follows ("Mr. Kim", "N. Korea", "Jan. 20", "U.S. Navy", "6 p.m. Friday").

import { collapseWhitespace } from './decode';

// Titles and short forms that are never the last word of a sentence when a capital follows.
const BINDING = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'sen', 'rep', 'sens', 'reps',
  'gov', 'amb', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'messrs', 'fig', 'vs', 'v', 'cf', 'approx', 'dept', 'no', 'nos', 'vol',
  'gov’t', "gov't", 'sr', 'jr', 'rd', 'ave', 'blvd', 'corp', 'inc', 'co', 'ltd', 'bros', 'e.g', 'i.e', 'al',
]);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const DAY_OR_MONTH = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// A time zone after "a.m."/"p.m." belongs to the time ("landfall at 4:10 a.m. CDT about 15 miles...").
const TIME_ZONE =
  /^(?:(?:[ECMP][SD]T|AK[SD]T|HST|[ECMP]T|GMT|UTC|BST|CES?T|JST|KST|AE[SD]T)(?=[\s.,;:)]|$)|(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Korea|Japan|British)(?:\s+(?:Standard|Daylight|Summer)?\s*Time\b|(?=\s+[a-z]|[.,;:)])))/;

// Candidate boundary: terminal punctuation, closers, whitespace, then an opener and a capital or digit.
const CANDIDATE = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

// The word before a period: letters, dots and apostrophes, after a space or an opening bracket/quote.
const WORD_BEFORE_PERIOD = /(?:^|[\s("“'‘[])([\p{L}.’']+)\.$/u;
const WORD_BEFORE_PERIOD_CHAR = /[\p{L}.’']/u;

/**
 * Where the trailing run of WORD_BEFORE_PERIOD characters starts. The regex can only match from
 * one character before it, so it is run on that tail instead of being retried across the sentence.
 */
function trailingWordStart(s: string): number {
  let i = s.length;
  while (i > 0) {
    const low = s.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!WORD_BEFORE_PERIOD_CHAR.test(s.slice(i - width, i))) break;
    i -= width;
  }
  return i;
}

/** The abbreviation-like word that ends `before` (which ends with a period), if any. */
export function wordBeforePeriod(before: string): string | undefined {
  return WORD_BEFORE_PERIOD.exec(before.slice(Math.max(0, trailingWordStart(before) - 1)))?.[1];
}

function binds(before: string, after: string): boolean {
  const word = wordBeforePeriod(before);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (BINDING.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // lone initial: "N. Korea", "George W. Bush"
  if (MONTHS.has(lower)) return /^\d/.test(after); // "Jan. 20"
  if (/^(?:a\.m|p\.m)$/i.test(lower)) return DAY_OR_MONTH.test(after) || TIME_ZONE.test(after); // "6 p.m. Friday", "4:10 a.m. CDT"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // dotted initialisms: "U.S. Navy", "U.N. Security Council"
  return false;
}

/** Splits one paragraph (or any text) into sentences; whitespace is collapsed, text is otherwise as written. */
export function splitSentences(text: string): string[] {
  const clean = collapseWhitespace(text).trim();
  if (!clean) return [];
  const out: string[] = [];
  let start = 0;
  for (const m of clean.matchAll(CANDIDATE)) {
    const endOfSentence = m.index + m[1]!.length + m[2]!.length;
    const before = clean.slice(start, m.index + m[1]!.length);
    const after = clean.slice(endOfSentence + m[3]!.length);
    if (m[1] === '.' && m[2] === '' && binds(before, after)) continue;
    out.push(clean.slice(start, endOfSentence).trim());
    start = endOfSentence + m[3]!.length;
  }
  const rest = clean.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}
