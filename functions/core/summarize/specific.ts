// How much concrete news a sentence carries, as opposed to background and framing. Centroid
// closeness rewards the sentence most like the rest of the article, which is often its most
// generic line ("X is undertaking a comprehensive review..."); news summarization weighs that
// against informativeness: figures, dates, people and places beyond the story's main actors, and
// verbs that report an event rather than an intention. Hedged and scene-setting phrasing counts
// against. The word lists are closed classes of English news prose, not any outlet's vocabulary.
import { anyOf, normalizeQuotes } from './text';

/** Past-tense verbs that report that something happened (or a statement was made on the record). */
const EVENT_VERBS = new Set(
  (
    'met agreed signed announced confirmed completed finished approved passed adopted launched fired test-fired tested ' +
    'rejected refused dismissed denied ignored accepted warned threatened vowed pledged promised demanded urged called ' +
    'proposed offered invited asked requested received sent delivered held hosted visited arrived left returned ' +
    'decided ordered imposed lifted eased suspended resumed restored restarted cancelled canceled postponed halted ' +
    'ended began started opened closed won lost elected appointed named nominated resigned fired arrested killed ' +
    'released issued published reported revealed disclosed acknowledged admitted criticized criticised condemned ' +
    'denounced accused blamed sanctioned seized struck attacked crossed deployed withdrew joined discussed briefed ' +
    'stalled collapsed broke failed rose fell doubled cut raised'
  ).split(' '),
);

/** Intentions, expectations and possibilities: the story is what happened, not what might. */
const HEDGES =
  /\b(?:could|may|might|would likely|is (?:expected|likely|set|poised|due) to|are (?:expected|likely|set|poised|due) to|expected to|likely to|possibly|perhaps|reportedly|aims? to|seeks? to|hopes? to|plans? to)\b/y;
/** The first words of HEDGES' phrases. */
const HEDGE_OPENERS = new Set('could may might would is are expected likely possibly perhaps reportedly aim aims seek seeks hope hopes plan plans'.split(' '));

/** Scene-setting connectives and process words that frame a story rather than move it. */
const BACKGROUND =
  /\b(?:amid|as part of|in line with|against the backdrop|in the process of|undertaking|ongoing|comprehensive|continues? to|broader|overall|various|a range of|issues? such as)\b/y;
/** The first words of BACKGROUND's phrases. */
const BACKGROUND_OPENERS = new Set('amid as in against undertaking ongoing comprehensive continue continues broader overall various a issue issues'.split(' '));

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// DATE and FIGURE run on lowercased text, so they need no case-insensitive flag (which took more
// than half of FIGURE's time); with it, FIGURE would also read an archaic long s ("thouſands").
/** A dated event: a weekday, a day of a month, a year, "last month", "since 2016". */
const DATE = new RegExp(
  `\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTH}\\.? \\d{1,2}\\b|(?:19|20)\\d{2}\\b|(?:last|next|this) (?:week|month|year)|yesterday|today|tonight)`,
  'g',
);
/** Quantities: digits, and number words when they count something. */
const FIGURE = /\b(?:\d[\d,.]*%?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|dozens|hundreds?|thousands?|millions?|billions?)\b(?=[ -]\p{L}))/gu;

export interface SpecificInput {
  readonly text: string;
  /** Salient (name) term ids of the sentence. */
  readonly names: readonly number[];
}

/**
 * A sentence's detail score: figures, dates, names that are new to the article so far (not the
 * story's recurring actors), event verbs; minus hedges and background framing. Small integers
 * around 0 to 6; the caller decides how much it weighs.
 */
export function detailScore(s: SpecificInput, isRecurring: (name: number) => boolean): number {
  const text = normalizeQuotes(s.text);
  const lower = text.toLowerCase();
  const digit = /\d/.test(lower);
  const dates = digit || mayHaveDate(lower) ? Math.min(count(DATE, lower), 2) : 0;
  // "March 17" or "2019" is a date, not a quantity: figures are counted with dates taken out.
  const figures = digit || mayHaveNumberWord(lower) ? Math.min(count(FIGURE, dates ? lower.replace(DATE, ' ') : lower), 2) : 0;
  let fresh = 0;
  for (const n of s.names) if (!isRecurring(n)) fresh++;
  let events = 0;
  let hedges = 0;
  let background = 0;
  // Where HEDGES and BACKGROUND may match next (their matches, like a global regex's, never overlap).
  let hedgeFrom = 0;
  let backgroundFrom = 0;
  // The words of /[a-z]+(?:-[a-z]+)*/g, sliced out without building the match array. Each hedge or
  // background phrase opens with a word of HEDGE_OPENERS or BACKGROUND_OPENERS, so the phrase
  // regexes are tried, anchored, only where a word (or a part after a hyphen) is one of those: the
  // same counts as scanning the whole sentence with them, at the cost of two set lookups a word.
  for (let i = 0; i < lower.length; ) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    let hyphenated = false;
    for (;;) {
      while (end < lower.length && isLetter(lower.charCodeAt(end))) end++;
      if (end + 1 < lower.length && lower.charCodeAt(end) === 45 && isLetter(lower.charCodeAt(end + 1))) {
        end += 2;
        hyphenated = true;
      } else break;
    }
    // A word is sliced out only when its length and end letters are those of a listed word.
    const word = mayBeListed(lower, i, end) ? lower.slice(i, end) : '';
    if (word && EVENT_VERBS.has(word)) events++;
    for (let p = i; p < end; ) {
      let q = p;
      while (q < end && isLetter(lower.charCodeAt(q))) q++;
      const part = !hyphenated ? word : mayBeListed(lower, p, q) ? lower.slice(p, q) : '';
      if (p >= hedgeFrom && HEDGE_OPENERS.has(part)) {
        HEDGES.lastIndex = p;
        const m = HEDGES.exec(lower);
        if (m) {
          hedges++;
          hedgeFrom = p + m[0].length;
        }
      }
      if (p >= backgroundFrom && BACKGROUND_OPENERS.has(part)) {
        BACKGROUND.lastIndex = p;
        const m = BACKGROUND.exec(lower);
        if (m) {
          background++;
          backgroundFrom = p + m[0].length;
        }
      }
      p = q + 1;
    }
    i = end;
  }
  return 0.75 * dates + 0.75 * figures + 0.5 * Math.min(fresh, 4) + 0.75 * Math.min(events, 2) - 1 * Math.min(hedges, 2) - 0.75 * Math.min(background, 2);
}

// Cheap necessary conditions for DATE and FIGURE (both far slower): without a digit, a date needs
// one of these words, and a figure one of the number words.
const DATE_WORDS = anyOf(['day', 'week', 'month', 'year', 'tonight']);
const NUMBER_WORDS = anyOf(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'dozen', 'hundred', 'thousand', 'million', 'billion']);
const mayHaveDate = (lower: string): boolean => DATE_WORDS.test(lower);
const mayHaveNumberWord = (lower: string): boolean => NUMBER_WORDS.test(lower);

const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/** A word's length and first and last letters, as one number (a necessary condition for equality). */
const shapeOf = (s: string, from: number, to: number): number => (to - from) * 65536 + s.charCodeAt(from) * 256 + s.charCodeAt(to - 1);
/** The shapes of every word of EVENT_VERBS, HEDGE_OPENERS and BACKGROUND_OPENERS. */
const LISTED_SHAPES = new Set([...EVENT_VERBS, ...HEDGE_OPENERS, ...BACKGROUND_OPENERS].map((w) => shapeOf(w, 0, w.length)));
const mayBeListed = (s: string, from: number, to: number): boolean => LISTED_SHAPES.has(shapeOf(s, from, to));

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
