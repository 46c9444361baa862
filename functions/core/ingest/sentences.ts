// Sentence splitting: wink-nlp's sentence boundary detector (handles "U.S.", "p.m.", quotes and
// dashes well), then small post-fixes for the splits it still gets wrong in news copy.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Building the pipeline costs ~120 ms, so it happens once per process and only when first needed.
// Only the sentence boundary pipe runs: POS/NER/negation would triple the per-article cost for nothing.
let nlp: ReturnType<typeof winkNLP> | null = null;
const getNlp = (): ReturnType<typeof winkNLP> => (nlp ??= winkNLP(model, ['sbd']));

// Abbreviations that never end a sentence when a capitalised word follows ("Gen. Smith", "Mr. Kim").
const TITLES = /(?:^|[\s("“'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Sen|Rep|Gov|Lt\.Gov|Amb|Pres|Rev|Hon|St|Mt|Ft|Sr|Messrs|No|Nos|Vol|Fig|vs|cf|approx|est|Dept|Gov't)\.$/;
// Month abbreviations only bind to a following day number ("Jan. 20"), not to a new sentence.
const MONTH_ABBR = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
// A lone initial: "N. Korea", "S. Korea", "George W. Bush" (but not "U.S." which can end a sentence).
const LONE_INITIAL = /(?:^|[\s("“])\p{Lu}\.$/u;

function shouldMerge(prev: string, next: string): boolean {
  if (/^[\p{Ll}]/u.test(next)) return true; // a sentence never starts in lower case: the split was wrong
  if (/^["”’)\]},;:]/.test(next) && (/^["”’)\]},;:]\s*$/.test(next) || /^[”’)\]},;:]/.test(next))) return true;
  if (/(?:--|[-–—])$/.test(prev)) return true; // "... said -- " then the rest
  if (!/[\p{L}\p{N}]/u.test(next)) return true; // stray punctuation only
  if (/^[\p{Lu}\p{N}"“]/u.test(next) && (TITLES.test(prev) || LONE_INITIAL.test(prev))) return true;
  if (/^\d/.test(next) && MONTH_ABBR.test(prev)) return true;
  return false;
}

/** Rule-based fallback, used only if wink-nlp fails on some odd input: split after . ! ? before a capital. */
function naiveSplit(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u);
}

/** Splits one paragraph (or any text) into sentences, as written; whitespace is collapsed. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  let raw: string[];
  try {
    raw = getNlp().readDoc(clean).sentences().out();
  } catch {
    raw = naiveSplit(clean);
  }
  // Merges slice the original text, so a merged sentence is exactly what the paragraph says.
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const piece of raw.map((s) => s.trim()).filter(Boolean)) {
    const at = clean.indexOf(piece, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? Math.min(clean.length, cursor + piece.length) : at + piece.length;
    cursor = end;
    const prev = spans[spans.length - 1];
    if (prev && shouldMerge(clean.slice(prev.start, prev.end), piece)) prev.end = end;
    else spans.push({ start, end });
  }
  // wink may leave trailing text it did not return (rare); keep it rather than lose prose.
  const rest = clean.slice(cursor).trim();
  if (rest) {
    if (spans.length > 0 && !/[\p{L}\p{N}]/u.test(rest)) spans[spans.length - 1]!.end = clean.length;
    else spans.push({ start: cursor, end: clean.length });
  }
  return spans.map((s) => clean.slice(s.start, s.end).trim()).filter(Boolean);
}
