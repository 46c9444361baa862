// Choosing the items: maximal marginal relevance across every section under the budget, then the
// top story and the "also in this digest" lists.
import { daysBetween, MONTH_PATTERN, monthNumber, WEEKDAYS } from '../dates';
import type { DigestSection } from '../model';
import { type Analysis, figuresOf, itemText } from './analyze';
import { pointSimilarity, SAME_POINT, sameFigures, telling } from './cluster';
import { dot, trigramOverlap, trigrams } from './similarity';
import { ENTRY_LABEL, leansBack } from './item-filters';
import { countWords, tokenize } from './text';
import type { CompiledThemes } from './themes';

/** Kept well under the scorer's near-duplicate flags (Jaccard 0.5, containment 0.8). */
const TRIGRAM_JACCARD_MAX = 0.3;
const TRIGRAM_CONTAINMENT_MAX = 0.5;
/** MMR: how much resemblance to an already chosen item costs. */
const REDUNDANCY_LAMBDA = 0.7;
/**
 * Each further item from one article in one section costs this factor: a digest covers stories,
 * but a section's facts mostly sit in the articles about its theme, so the cost is moderate.
 */
const SAME_ARTICLE_FACTOR = 0.7;

/**
 * The telling figures an article's headline states ("22%", "$1.9 billion"; not years): two items
 * of one article that both carry one tell the headline's point twice ("Shares plunged 22%..." and
 * "The stock closed at $31.40, wiping $1.9 billion off its value").
 */
const headlineFigures = (title: string): Set<string> => new Set(figuresOf(title)?.filter(telling));

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A vote's tally, majority first ("voted 7-2", "approved the lease 9 to 6", "a 5-0 vote"), with a word
 * of voting in its sentence: two texts that give one tally tell one vote, however differently they
 * word it ("The Joint Budget Committee voted 9 to 6 to approve the lease" and "The legislature's
 * Joint Budget Committee approved the lease 9-6 on March 17"). Not a range of dates ("Oct. 27-29"),
 * times, ages or sizes. A detail that tells a vote another item tells is not added (detailsOf). As a
 * same-point rule between items it was measured and not kept: the later item of a vote often carries
 * facts of its own (school-closures' list of schools, -3 facts; toll-road-lease -1).
 */
const TALLY = /(?<![\d.,$€£:/]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s)(\d{1,3})(?:-|–|—| to )(\d{1,3})(?![\d%]|[.,:]\d|\s?(?:percent|per cent|years?|days?|months?|weeks?|hours?|minutes?|miles?|km|a\.m|p\.m)\b|-(?:year|day|month|week|hour|mile|point))/g;
const VOTING = /\b(?:vot(?:e|es|ed|ing)|approv(?:e|es|ed|al)|pass(?:es|ed)?|reject(?:s|ed)?|ruled|decision|split|margin|tally)\b/i;
export function talliesOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?]["”’]?)\s+/u)) {
    if (!VOTING.test(sentence)) continue;
    for (const m of sentence.matchAll(TALLY)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a >= b && a > 0) out.push(`${a}-${b}`);
    }
  }
  return out;
}
const sharesTally = (a: readonly string[], b: string): boolean => a.length > 0 && talliesOf(b).some((t) => a.includes(t));

export interface Pooled {
  /** Candidate index. */
  readonly i: number;
  /** Salience x theme fit, before cross-article support. */
  readonly base: number;
  readonly final: number;
  /** Candidates in other articles that report the same point, most similar first. */
  readonly neighbours: readonly { j: number; sim: number }[];
  readonly text: string;
}

/**
 * Two articles of one day and one label whose texts resemble each other at least this much (cosine
 * of their TF-IDF vectors) report the same story: two wires' reports of one meeting. Measured on the
 * 139 sets (README, Digest quality): from 0.43 to 0.7 no set loses a fact (0.42 costs tower-cracks
 * one); 0.43 to 0.46 give the same digests, 6 sets a fact more than at 0.5 (a second telling of a
 * governor's charge, a tentative contract, four states' objections gives way to a new point).
 */
const SAME_STORY = 0.44;

/**
 * An opening whose article a same-day item of another section cites is not taken either when it
 * resembles that item at least this much (half SAME_POINT, as cluster.ts asks of items that share
 * their figures): museum-heist's "An alarm on the window that thieves climbed through... had been
 * turned off weeks earlier" under "The heist" beside "The alarm sensor on the second-floor window...
 * had been switched off" under "The museum" (0.24). Only where they look alike: a wire's report of a
 * rate decision, cited under "Markets" for the bond yields it mentions further down, keeps its
 * opening under "The rate decision" (README, Digest quality).
 */
const TOLD_ELSEWHERE = SAME_POINT / 2;

/**
 * An item about to be taken that dates its point days before its own article ("The library's board
 * voted 4-1 on July 14 to pull the 140 titles..." in a report of Aug. 9; `datedBack`) gives way to the
 * opening of a report of that day or the two after it, in its section, that resembles it at least
 * this much: "The board of the Tessaly County Library voted 4-1 on Wednesday night to remove 140
 * books...", the news as it was told, dated as it happened (blind readers of insurer-exit and
 * pipeline-protest: a retelling under a later date, the original report left out). Measured on the 139
 * sets (README, Digest quality): at 0.25 three digests change, library-book-ban +1 fact, none down;
 * at 0.18 ammonia-leak and cod-fishery lose a fact.
 */
const ORIGINAL_REPORT = 0.25;
/**
 * "Pinecrest Mutual Insurance said on May 5 that it would not renew about 180,000 of its 910,000
 * homeowners policies..." in a report of May 26: a statement its sentence dates days back, made by
 * the subject it opens on. With two telling figures of a chosen opening of a report of that day or
 * the two after it, it is that report's point told again, in whatever section (insurer-exit's blind
 * reader, twenty-ninth stop: the May 5 announcement told three times), and is not taken (`retold`).
 * Only a dated statement: a date in a clause of its own ("...before about 600 residents were evacuated
 * on Oct. 5") dates a background to another point (tower-cracks' school buses: a fact lost).
 */
const SAID_ON = new RegExp(`^[^,;]{0,80}?\\b(?:said|announced|reported|disclosed|confirmed)\\s+on\\s+(?:${MONTH_PATTERN})\\.?\\s+\\d`);

/**
 * Maximal marginal relevance over every section at once, so an item in one section also keeps a
 * near-copy out of the others. Hard limits: the same point (cosine) or shared wording (trigrams).
 * And same-day reports of one point open with that point in their own words, often too differently
 * worded for those limits to see it ("A cybercrime group calling itself Hollow Veil has demanded a
 * $3.8 million ransom..." and "A ransomware gang known as Hollow Veil has claimed responsibility...
 * and is demanding $3.8 million"): once an item is taken, the opening of each article that reports
 * its point on the item's own day is not taken in the item's section (`toldOpenings`; README, Digest
 * quality: 16 sets gain a fact with the parties rule of analyze.ts, none loses one), nor, once an
 * opening is taken, the opening of a same-day article of its label that tells the same story
 * (SAME_STORY: "South Korea and the United States reaffirmed their 'ironclad' alliance on
 * Thursday..." and "The United States and South Korea pledged on Thursday to coordinate closely...").
 */
export function selectItems(
  pool: readonly Pooled[],
  analysis: Analysis,
  sectionCount: number,
  perSection: number,
  order: (i: number, j: number) => number,
  /** A last check, made only on the candidate about to be taken; one that fails is dropped as if never pooled. */
  usable: (p: Pooled) => boolean = () => true,
  /** Other candidates that tell a chosen item's point (beside its neighbours): TermIndex.sceneLedNeighbours. */
  alsoTelling: (i: number) => readonly { j: number }[] = () => [],
): Pooled[] {
  const c = analysis.candidates;
  const chosen: Pooled[] = [];
  const taken = new Array<number>(sectionCount).fill(0);
  const maxSim = new Map<number, number>();
  const fromArticle = new Map<string, number>();
  const excluded = new Set<number>();
  // A neighbour's sentences are told, in whichever other candidate of its article carries them, when
  // that candidate's point is one of them (its lead sentence is the neighbour's) or what it adds states
  // only figures the reports of the chosen point state too: offshore-wind's AP opening, told by the
  // Reuters top story, came back as the lede read with the next sentence, whose "$1.9 billion
  // write-down" two other reports of the point give. A next sentence with a figure of its own, or
  // with none, may still tell a fact nothing else does (car-recall's model years): it stays.
  const poolByArticle = new Map<number, number[]>();
  for (const p of pool) {
    const list = poolByArticle.get(c.art[p.i]!);
    if (list) list.push(p.i);
    else poolByArticle.set(c.art[p.i]!, [p.i]);
  }
  const inSpan = (s: number, j: number): boolean => s >= c.first[j]! && s < c.first[j]! + c.count[j]!;
  const tellsToo = (j: number, pointFigures: ReadonlySet<string>): void => {
    excluded.add(j);
    for (const k of poolByArticle.get(c.art[j]!) ?? []) {
      if (k === j || excluded.has(k) || !c.overlaps(k, j)) continue;
      const added: string[] = [];
      for (let s = c.first[k]!; s < c.first[k]! + c.count[k]!; s++) {
        if (!inSpan(s, j)) added.push(...(figuresOf(analysis.articles[c.art[k]!]!.sentences[s]!.text) ?? []).filter(telling));
      }
      if (c.lead[k] === c.lead[j] || (added.length > 0 && added.every((f) => pointFigures.has(f)))) excluded.add(k);
    }
  };
  const gramsOf = new Map<number, Set<string>>();
  const figuresByArticle = new Map<number, Set<string>>();
  const headlineFiguresOf = (art: number): Set<string> => {
    let f = figuresByArticle.get(art);
    if (!f) figuresByArticle.set(art, (f = headlineFigures(analysis.articles[art]!.article.title)));
    return f;
  };
  // Section:article pairs whose opening an item of the same day already tells.
  const toldOpenings = new Set<string>();
  // Article -> the items, of any section, that cite it as a same-day report of their point.
  const citedBy = new Map<number, number[]>();
  const toldElsewhere = (i: number): boolean => !!citedBy.get(c.art[i]!)?.some((t) => pointSimilarity(c, t, i) >= TOLD_ELSEWHERE);
  const dayOf = (art: number): string | undefined => analysis.articles[art]!.article.publishedAt?.slice(0, 10);
  // A dated statement a chosen opening of its day already told (SAID_ON). Every telling figure of its
  // sentence must be the opening's, and no day of the week named: a sentence that goes on to news of
  // its own ("...and on Wednesday it agreed to postpone 26,500 of them") is not a retelling (code
  // review, twenty-ninth stop).
  const retold = (p: Pooled): boolean => {
    const published = dayOf(c.art[p.i]!);
    const first = analysis.articles[c.art[p.i]!]!.sentences[c.first[p.i]!]!.text;
    const told = published && SAID_ON.test(first) && !THIS_WEEK.test(first) ? datedBack(first, published) : null;
    if (!told) return false;
    const own = (figuresOf(first) ?? []).filter(telling);
    return chosen.some((q) => {
      const day = dayOf(c.art[q.i]!);
      if (!day || c.art[q.i] === c.art[p.i] || !c.opens(q.i)) return false;
      const after = daysBetween(told, day);
      return after >= 0 && after <= 2 && sameFigures(c, p.i, q.i) && own.every((f) => c.figures[q.i]?.includes(f));
    });
  };
  // A retelling that dates its point days before its article: the opening of a report of that day
  // that tells it, instead (ORIGINAL_REPORT).
  const originalOf = (p: Pooled): Pooled | null => {
    const published = dayOf(c.art[p.i]!);
    if (!published) return null;
    const told = datedBack(analysis.articles[c.art[p.i]!]!.sentences[c.first[p.i]!]!.text, published);
    if (!told) return null;
    let found: Pooled | null = null;
    let most = ORIGINAL_REPORT;
    for (const q of pool) {
      const day = dayOf(c.art[q.i]!);
      if (excluded.has(q.i) || c.position[q.i] !== 0 || c.section[q.i] !== c.section[p.i] || !day || c.art[q.i] === c.art[p.i]) continue;
      const after = daysBetween(told, day);
      if (after < 0 || after > 2) continue;
      const sim = pointSimilarity(c, p.i, q.i);
      if (sim >= most) {
        most = sim;
        found = q;
      }
    }
    return found;
  };
  const grams = (p: Pooled): Set<string> => {
    let g = gramsOf.get(p.i);
    if (!g) gramsOf.set(p.i, (g = trigrams(p.text)));
    return g;
  };

  for (;;) {
    let best: Pooled | null = null;
    let bestScore = -Infinity;
    for (const p of pool) {
      if (excluded.has(p.i) || taken[c.section[p.i]!]! >= perSection) continue;
      if (c.position[p.i] === 0 && (toldOpenings.has(`${c.section[p.i]}:${c.art[p.i]}`) || toldElsewhere(p.i))) continue;
      const repeats = fromArticle.get(`${c.section[p.i]}:${c.art[p.i]}`) ?? 0;
      const score = p.final * (1 - REDUNDANCY_LAMBDA * (maxSim.get(p.i) ?? 0)) * SAME_ARTICLE_FACTOR ** repeats;
      if (score > bestScore || (score === bestScore && best && order(p.i, best.i) < 0)) {
        best = p;
        bestScore = score;
      }
    }
    if (!best) break;
    if (retold(best)) {
      excluded.add(best.i);
      continue;
    }
    const original = originalOf(best);
    if (original && usable(original)) {
      excluded.add(best.i);
      best = original;
    }
    if (!usable(best)) {
      excluded.add(best.i);
      continue;
    }
    chosen.push(best);
    excluded.add(best.i);
    taken[c.section[best.i]!]!++;
    const key = `${c.section[best.i]}:${c.art[best.i]}`;
    fromArticle.set(key, (fromArticle.get(key) ?? 0) + 1);
    const also = alsoTelling(best.i);
    const pointFigures = new Set([best.i, ...best.neighbours.map((n) => n.j), ...also.map((n) => n.j)].flatMap((i) => c.figures[i] ?? []));
    for (const n of best.neighbours) tellsToo(n.j, pointFigures);
    for (const n of also) tellsToo(n.j, pointFigures);
    const day = dayOf(c.art[best.i]!);
    if (day) {
      for (const n of best.neighbours) {
        if (dayOf(c.art[n.j]!) !== day) continue;
        toldOpenings.add(`${c.section[best.i]}:${c.art[n.j]}`);
        const by = citedBy.get(c.art[n.j]!);
        if (by) by.push(best.i);
        else citedBy.set(c.art[n.j]!, [best.i]);
      }
    }
    // An opening taken (the lede, or the lede read with the sentence that leans on it: Candidates.opens):
    // the openings of same-day reports of the same story are told too, whatever points their other
    // sentences make (SAME_STORY). With the leaning pair counted (twenty-eighth stop), three retellings
    // give way: cruise-outbreak's inspection report, election-deepfake's robocall rules, water-main-break's
    // lawsuit; water-main-break +1 fact, none lost (README, Digest quality).
    if (day && c.opens(best.i)) {
      const own = analysis.articles[c.art[best.i]!]!;
      analysis.articles.forEach((other, b) => {
        if (b === c.art[best.i] || other.theme !== own.theme || dayOf(b) !== day) return;
        if (dot(analysis.articleTerms, own.termStart, own.termEnd, analysis.articleTerms, other.termStart, other.termEnd) >= SAME_STORY) toldOpenings.add(`${c.section[best.i]}:${b}`);
      });
    }
    const headline = headlineFiguresOf(c.art[best.i]!);
    const tellsHeadline = (i: number): boolean => !!c.figures[i]?.some((f) => headline.has(f));
    if (headline.size && tellsHeadline(best.i)) {
      for (const p of pool) {
        if (excluded.has(p.i) || c.art[p.i] !== c.art[best.i] || c.section[p.i] !== c.section[best.i]) continue;
        if (tellsHeadline(p.i)) excluded.add(p.i);
      }
    }
    const g = grams(best);
    for (const p of pool) {
      if (excluded.has(p.i)) continue;
      const sim = pointSimilarity(c, best.i, p.i);
      const { jaccard, containment } = trigramOverlap(g, grams(p));
      if (sim >= SAME_POINT || jaccard >= TRIGRAM_JACCARD_MAX || containment >= TRIGRAM_CONTAINMENT_MAX) excluded.add(p.i);
      else if (sim > (maxSim.get(p.i) ?? 0)) maxSim.set(p.i, sim);
    }
  }
  return chosen;
}

/** A weekday or "this week": the point is news of the week its report was written in ("refused on Monday to halt..."). */
export const THIS_WEEK = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|this week)\b/;
const WEEK_DAYS = 7;

/** A month named ("in late April", "since March 12", "on Feb. 11"): the item dates its point itself, maybe weeks back. */
const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_PATTERN})\\b`);
/** Prose sentences (0-based) of an article's opening that tell its own news, unless they date it (MONTH_NAMED). */
export const NEWS_POSITIONS = 1;

/** A report's opening tells its headline's news: at least this share of the headline's words. */
export const MIN_HEADLINE_SHARE = 0.2;

/** Share of the headline's words (four letters or more, compared by their first five) that the text uses. */
export function headlineShare(title: string, text: string): number {
  const stems = (t: string): string[] => (t.match(/[\p{L}\d][\p{L}\d'’-]{3,}/gu) ?? []).map((w) => w.toLowerCase().slice(0, 5));
  const words = [...new Set(stems(title))];
  const own = new Set(stems(text));
  return words.length ? words.filter((w) => own.has(w)).length / words.length : 0;
}

/**
 * Days after the item's article from which another article that tells the point only past its lede,
 * under a headline of other news, retells it as background ("Since Nov. 1, when Swiftline cut its
 * staffed ambulances from 22 to 14..." in each later story of the county's ambulance crisis). Within
 * two days such a body sentence is often a report of the same event from another angle ("Lykke told
 * senators on Tuesday that..." under the next day's story of a wider recall).
 */
const BACKGROUND_AFTER_DAYS = 3;

/**
 * The item's article, then the other articles that report its point. Not an article dated more than
 * a week before the item's own when the item tells news of that week: it was written before the
 * event and reports something else of the story (lithium-mine's March piece on a prayer camp as
 * "also reported by" under the June ruling). News of that week is an item that names a weekday or
 * "this week", or one from the article's first two prose sentences that names no month (a lede:
 * "U.S. District Judge Theodora Quinto-Marsh denied most of a request..." under a March article
 * written before the hearing; "When the White House said in late April..." dates itself back and
 * keeps the earlier reports of April). Nor a later article whose sentences of the point tell it as
 * past news (TOLD_AS_PAST), or some days later (BACKGROUND_AFTER_DAYS) date it days back (datedBack: "a
 * fire on Feb. 12 that killed nine guests") or tell it past its lede under a headline of other news:
 * a passing mention in a report of something else.
 */
export function sourcesOf(p: Pooled, analysis: Analysis): string[] {
  const c = analysis.candidates;
  const own = analysis.articles[c.art[p.i]!]!.article;
  const keys = [own.key];
  const text = itemText(analysis.articles[c.art[p.i]!]!.sentences, c.first[p.i]!, c.count[p.i]!);
  const news = THIS_WEEK.test(text) || (c.position[p.i]! <= NEWS_POSITIONS && !MONTH_NAMED.test(text));
  const week = own.publishedAt && news ? own.publishedAt : null;
  // Nor one dated before the day its first sentence says the news happened ("...resigned on Monday",
  // five days after the hearing an earlier report told).
  const event = own.publishedAt ? eventDay(analysis.articles[c.art[p.i]!]!.sentences[c.first[p.i]!]!.text, own.publishedAt) : null;
  for (const n of p.neighbours) {
    const other = analysis.articles[c.art[n.j]!]!.article;
    if (week && other.publishedAt && daysBetween(other.publishedAt, week) > WEEK_DAYS) continue;
    if (event && other.publishedAt && daysBetween(other.publishedAt, event) > 0) continue;
    // Nor one of some days later that tells it past its lede, its headline of other news (BACKGROUND_AFTER_DAYS).
    const after = own.publishedAt && other.publishedAt ? daysBetween(own.publishedAt, other.publishedAt) : 0;
    if (after >= BACKGROUND_AFTER_DAYS && c.position[n.j]! > NEWS_POSITIONS && headlineShare(other.title, text) < MIN_HEADLINE_SHARE) continue;
    // Nor a later article that tells the point as past news ("...the $4.5 million grant Gov. Marisa
    // Pellerin offered last week"): it mentions it in passing while it reports something else.
    const told = itemText(analysis.articles[c.art[n.j]!]!.sentences, c.first[n.j]!, c.count[n.j]!);
    if (after > 0 && TOLD_AS_PAST.test(told)) continue;
    // Nor one of some days later that dates it days back, whatever its headline ("...the Carrow Grand,
    // which was the scene of a fire on Feb. 12 that killed nine guests, was cited..."; datedBack):
    // it retells the point in a report of later news.
    if (after >= BACKGROUND_AFTER_DAYS && other.publishedAt && datedBack(told, other.publishedAt)) continue;
    if (!keys.includes(other.key)) keys.push(other.key);
  }
  return keys;
}

/**
 * A time before the article's own ("last week", "earlier this month", "days ago"), not the period of
 * a level the article reports now ("Revenue from the Suez Canal slid to $312 million last month, the
 * canal authority said"; but "fined Swiftline $1.2 million last week" retells the fine).
 */
export const TOLD_AS_PAST = /(?<!\b(?:to|at|by|of) \$?\d[\d,.]*(?:%| percent| million| billion| trillion)?\s)\b(?:last (?:week|month)|earlier this (?:week|month)|(?:days|weeks) ago)\b/i;

/**
 * "on July 14", "since March 12" inside a sentence. Case-sensitive on purpose: a sentence that opens
 * on its date ("On Sept. 14, U.S. District Judge...", "Since Aug. 4, hundreds of protesters...") is a
 * background paragraph's, and reading it too (code review, twenty-eighth stop) swaps pipeline-protest's
 * camp and ruling retellings for the reports of the day and costs it two facts their detail carried.
 */
const DATED_ON = new RegExp(`\\b(?:on|since)\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})\\b(?!,? \\d{4})`);
/**
 * The day a sentence dates its point ("...said on May 5 that it would not renew...", "since March
 * 12"), when that is BACKGROUND_AFTER_DAYS to half a year before its article's (a later date is read
 * as this year's, never as next year's: "will vote on Dec. 17" is ahead, not back); else null.
 */
export function datedBack(sentence: string, published: string): string | null {
  const m = DATED_ON.exec(sentence);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (!month) return null;
  const dayIn = (year: number): string => `${year}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  // "on Dec. 30" in an article of Jan. 6 is of the year before.
  const year = Number(published.slice(0, 4));
  const day = daysBetween(dayIn(year), published) < 0 ? dayIn(year - 1) : dayIn(year);
  const back = daysBetween(day, published);
  return back >= BACKGROUND_AFTER_DAYS && back < 180 ? day : null;
}

/** A weekday named, or "yesterday". */
const NAMED_DAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|yesterday)\\b`, 'g');

/**
 * The day a sentence says its news happened: the last day, on or before its article's, of the weekday
 * it names ("...said on Tuesday"), or the day before for "yesterday"; null when it names none, or two.
 */
export function eventDay(sentence: string, published: string): string | null {
  const named = [...new Set(sentence.match(NAMED_DAY) ?? [])];
  if (named.length !== 1) return null;
  const day = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  const back = named[0] === 'yesterday' ? 1 : (day.getUTCDay() - WEEKDAYS.indexOf(named[0] as (typeof WEEKDAYS)[number]) + 7) % 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Lower than SAME_STORY, which bars a second opening from selection: here nothing is dropped, an
 * uncited article only moves from the Also line to "also reported by" (prison-riot's Reuters account
 * of the retaken cellblock under the AP top story, rocket-failure's Sentinel eyewitness piece under
 * AP's explosion; twenty-ninth stop). Measured on the 139 sets: from 0.44 to 0.28, 19 more articles
 * in 19 sets are cited so, all 19 judged by the labels name an article they give for the item's fact
 * (`citation-support.ts`); at 0.22, 2 of 23 do not.
 */
const SAME_DAY_REPORT = 0.28;

/**
 * A same-day report of the story an item's opening tells, cited by no item, is cited by that item
 * ("also reported by") rather than listed under "Also in this digest" as if it were another story
 * (readers of bird-flu, ferry-capsize and rent-control, twenty-eighth stop: "Bird flu reaches Wisconsin
 * dairy farms" listed below the Reuters item on the same quarantines). Same label, same day, and an
 * article cosine of at least SAME_DAY_REPORT with the item's own article; the closest such item takes it.
 */
export function withSameStoryCited(
  sections: DigestSection[],
  chosen: readonly (readonly Pooled[])[],
  analysis: Analysis,
  themes: CompiledThemes,
  citedElsewhere: readonly string[] = [],
): DigestSection[] {
  const c = analysis.candidates;
  const cited = new Set([...sections.flatMap((x) => x.items.flatMap((it) => it.sources)), ...citedElsewhere]);
  const dayOf = (art: number): string | undefined => analysis.articles[art]!.article.publishedAt?.slice(0, 10);
  // Candidate index of the citing item -> the article keys it gains.
  const add = new Map<number, string[]>();
  analysis.articles.forEach((other, b) => {
    const day = dayOf(b);
    if (other.theme < 0 || cited.has(other.article.key) || !day) return;
    let best = -1;
    let most = SAME_DAY_REPORT;
    for (const p of chosen[other.theme] ?? []) {
      const a = c.art[p.i]!;
      if (a === b || !c.opens(p.i) || dayOf(a) !== day) continue;
      const own = analysis.articles[a]!;
      const sim = dot(analysis.articleTerms, own.termStart, own.termEnd, analysis.articleTerms, other.termStart, other.termEnd);
      if (sim >= most) {
        most = sim;
        best = p.i;
      }
    }
    if (best >= 0) add.set(best, [...(add.get(best) ?? []), other.article.key]);
  });
  if (!add.size) return sections;
  // Items stand in their section in the order of its chosen candidates.
  return sections.map((section) => {
    const list = chosen[themes.ids.indexOf(section.theme)] ?? [];
    return {
      ...section,
      items: section.items.map((it, k) => {
        const more = list[k] ? add.get(list[k]!.i) : undefined;
        return more ? { ...it, sources: [...it.sources, ...more.sort(byString)] } : it;
      }),
    };
  });
}

/**
 * Each section lists the articles of its theme that no item cites ("Also in this digest"), so an
 * on-topic article is never silently dropped when the item budget is spent.
 */
export function withAlsoIn(sections: DigestSection[], analysis: Analysis, themes: CompiledThemes, citedElsewhere: readonly string[] = []): DigestSection[] {
  // Cited by an item, or by the digest's Latest outside the sections.
  const cited = new Set([...sections.flatMap((s) => s.items.flatMap((it) => it.sources)), ...citedElsewhere]);
  return sections.map((section) => {
    const t = themes.ids.indexOf(section.theme);
    if (t < 0) return section;
    const also = analysis.articles
      .filter((info) => info.theme === t && !cited.has(info.article.key))
      .map((info) => info.article.key)
      .sort(byString);
    return also.length ? { ...section, alsoIn: also } : section;
  });
}

/**
 * The run's top story: the strongest themed item. Its score already counts how many other
 * articles report the point, so it is the most-reported, most central point of the run. When any
 * item is `eligible`, the top story is one of those (the caller's: a dated report, since an undated
 * article cannot be known to be current, as an undated profile's "is in a Virginia jail, accused..."
 * above the guilty plea; and no view, as an op-ed's "the most notable thing about the approach is how
 * little has been calibrated").
 */
export function topStory(
  sections: readonly (readonly Pooled[])[],
  order: (i: number, j: number) => number,
  eligible: (p: Pooled) => boolean = () => true,
  weight: (p: Pooled) => number = (p) => p.final,
): { section: number; index: number } | null {
  let best: { section: number; index: number; p: Pooled; w: number } | null = null;
  const anyEligible = sections.some((l) => l.some(eligible));
  sections.forEach((list, section) =>
    list.forEach((p, index) => {
      if (anyEligible && !eligible(p)) return;
      const w = weight(p);
      if (!best || w > best.w || (w === best.w && order(p.i, best.p.i) < 0)) best = { section, index, p, w };
    }),
  );
  const found = best as { section: number; index: number } | null;
  return found ? { section: found.section, index: found.index } : null;
}

const contentWords = (text: string): Set<string> => new Set(tokenize(text).flatMap((t) => (t.content ? [t.key] : [])));
const sharesWord = (a: string, b: string): boolean => {
  const words = contentWords(a);
  for (const w of contentWords(b)) if (words.has(w)) return true;
  return false;
};

/**
 * Where a body is ("workers at Halvern Logistics' distribution center on Kessler Pike"): a phrase of
 * up to eight words between it and its verb, none a verb or a clause's word ("State officials in
 * Halden said the council will vote" is the council's vote, not the officials'; code review,
 * thirty-second stop). Words one space apart: the text is whitespace-normalized.
 */
const NOT_A_CLAUSE_WORD = String.raw`(?!(?:said|says|say|told|that|which|who|whom|heard|had|has|have|is|are|was|were|will|would|and|but)\b)`;
const BODY_PLACE = String.raw`(?: (?:at|in|of|on|for)(?: ${NOT_A_CLAUSE_WORD}(?![\p{L}'’-]+ed\b)[^\s,.;]+){1,8}?)`;
const WILL_DECIDE = String.raw`\s+(?:(?:is|are|was|were)\s+(?:scheduled|set|expected|due)\s+to|will|would)\s+(?:vote|decide|take up|hold a vote)\b`;
/** The body's noun right before the verb, as first written (thirty-first stop)... */
const TO_COME = new RegExp(String.raw`\b(\p{Ll}+)${WILL_DECIDE}`, 'u');
/** ...or told by where it is, when nothing stands right before the verb. */
const TO_COME_PLACED = new RegExp(String.raw`\b(\p{Ll}+)${BODY_PLACE}${WILL_DECIDE}`, 'u');
const DECIDED = /(?:voted|approved|rejected|ratified|adopted)\b/;
const WEEKDAY_NAMED = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/** Words after the verb that name no matter to decide. */
const NOT_WHAT = /^(?:whether|which|their|there|about|after|before|during|night|morning|evening|afternoon|meeting|session|later|early|again|other)$/;
/** "...under a priority review and will decide by Feb. 26": no body acts there. */
const NOT_A_BODY = /^(?:and|or|but|it|they|that|which|who|he|she|we|also|still|then|now|soon|later|not|never|likely|probably|ever)$/;
const NOT_A_NAME = /^(?:The|This|That|These|Those|They|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** The capitalized words of four letters or more an item names, less sentence openers, days and months. */
const namesIn = (text: string): string[] => (text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []).filter((w) => !NOT_A_NAME.test(w));
/**
 * A closing to come ("...will close its emergency room and its 41 inpatient beds on Dec. 31", "will
 * shut its ER"): group 1 what closes, up to three words before a preposition, a time or a clause.
 */
const TO_CLOSE = /\bwill (?:close|shut(?: down)?)\s+(?:its|the)\s+((?:(?!(?:on|at|in|by|next|this|for|until|after|before|and|or|when|as|to|from|within|its|the)\b)[\p{L}-]+\s*){1,3})/u;
/** Capitalized words an institution's name shares with others' ("Regional Medical Center", "Kessler County"): no name of its own. */
const INSTITUTION_WORD = /^(?:Regional|Medical|Center|Centre|County|City|Town|Hospital|Health|General|Memorial|University|College|School|Schools|District|Department|State|National|Federal|Community|Saint|Board|Council|Company|Group|Inc|Corp|Airport|Station|Plant|Mill|Mills)$/;
/**
 * Items telling a closing to come that a later item calls off ("...will close its emergency room and
 * its 41 inpatient beds on Dec. 31" and "...agreed Friday to keep the hospital's emergency room open
 * until Feb. 28 instead of closing it"): the plan is still the story's history, but no top story (a
 * blind judge of the thirty-second stop: hospital-closure's subject "to close its ER... Dec. 31" had
 * been overturned). The later item keeps that thing open ("keep ... <thing> ... open", "instead of
 * closing", "delayed the closing/closure") and names again one of the plan's own names, not a word any
 * institution has ("Aldric", not "Medical" or "Center").
 */
export function calledOff(items: readonly { readonly i: number; readonly text: string; readonly day: string }[]): Set<number> {
  const out = new Set<number>();
  for (const p of items) {
    const closing = p.day ? TO_CLOSE.exec(p.text) : null;
    if (!closing) continue;
    const what = closing[1]!.trim().split(/\s+/).at(-1)!.replace(/[^\p{L}-]/gu, '');
    // Letters and hyphens only (a hyphen outside a class needs no escape in the patterns below).
    if (what.length < 2) continue;
    const keptOpen = new RegExp(
      String.raw`\b(?:keep|keeps|kept|keeping)\s+[^;]{0,60}?\b${what}\b[^;]{0,30}?\bopen\b|\binstead of (?:closing|shutting)\b|\b(?:delay|delays|delayed|postpone|postpones|postponed|scrap|scraps|scrapped|reverse|reverses|reversed)\s+(?:the|its)\s+(?:planned\s+)?clos(?:ing|ure)\b`,
      'iu',
    );
    const said = new RegExp(String.raw`\b${what}\b`, 'iu');
    const names = new Set(namesIn(p.text).filter((w) => !INSTITUTION_WORD.test(w)));
    if (items.some((q) => q !== p && q.day > p.day && keptOpen.test(q.text) && said.test(q.text) && [...names].some((w) => new RegExp(String.raw`\b${w}\b`, 'u').test(q.text)))) out.add(p.i);
  }
  return out;
}

/**
 * A vote or decision an item says is to come, whose outcome a later item of the digest tells ("the
 * council would take up a resolution on Monday" above "The Port Halden City Council voted 9-4 on
 * Monday night..."; "...faculty senate will vote Friday" above "...faculty senate voted 61-19 on
 * Friday"): the pending item is stale beside it (blind readers of mayor-indicted, city-ransomware and
 * grocery-merger, thirty-first stop). The body that is to act (its noun before the verb) must be the
 * one the later item has act, and the two must share a name.
 */
export function stalePending(items: readonly { readonly i: number; readonly text: string; readonly day: string }[]): Set<number> {
  const out = new Set<number>();
  for (const p of items) {
    const m = TO_COME.exec(p.text) ?? TO_COME_PLACED.exec(p.text);
    if (!m || !p.day) continue;
    const body = m[1]!;
    if (NOT_A_BODY.test(body)) continue;
    const names = namesIn(p.text);
    // That body decides: its noun at most four words before the verb ("The Port Halden City Council
    // voted", "shareholders on Thursday voted"), not anywhere in the later item.
    const acts = new RegExp(`\\b${body}\\b(?:${BODY_PLACE})?(?:\\s+${NOT_A_CLAUSE_WORD}\\S+){0,4}?(?:\\s+(?:has|have|had))?\\s+${DECIDED.source}`, 'iu');
    // The same vote: the weekday it was set for, named again within the week ("on Monday" ->
    // "voted 9-4 on Monday night"), or a word of what was to be decided ("the $88 million budget").
    const day = WEEKDAY_NAMED.exec(p.text.slice(m.index))?.[0];
    const what = (p.text.slice(m.index + m[0].length).match(/\b\p{Ll}{5,}\b/gu) ?? []).filter((w) => !NOT_WHAT.test(w));
    const matter = what.length ? new RegExp(`\\b(?:${what.join('|')})\\b`, 'u') : null;
    const sameVote = (q: { text: string; day: string }): boolean => (!!day && q.text.includes(day) && daysBetween(p.day, q.day) <= WEEK_DAYS) || !!matter?.test(q.text);
    const later = items.find((q) => q !== p && q.day > p.day && acts.test(q.text) && names.some((w) => q.text.includes(w)) && sameVote(q));
    if (later) out.add(p.i);
  }
  return out;
}

/** The selection's stale votes taken out (staleVotes). */
export interface StaleVotes {
  /** The pool without the stale items, the candidates overlapping them and their other reports. */
  readonly current: readonly Pooled[];
  /** Stale items' or details' texts: no detail may carry one. */
  readonly texts: readonly string[];
  /** Whether a chosen item (not only a detail) was stale: choose again from `current`. */
  readonly items: boolean;
}

/**
 * A vote to come whose outcome a later item tells (stalePending) leaves the pool, once: the pending
 * item beside its outcome read as stale news. An item and its detail are looked at apart: a pending
 * vote read on as a detail takes only the detail away (its code review: the auditor's news went
 * with the vote that followed it). The stale item leaves with every candidate that carries one of
 * its sentences and the other reports of its point (another outlet's "...faculty senate will vote
 * Friday"). `dayOf` gives an article's day ("YYYY-MM-DD", "" when undated).
 */
export function staleVotes(
  picked: readonly Pooled[],
  details: ReadonlyMap<number, string>,
  pool: readonly Pooled[],
  analysis: Analysis,
  dayOf: (art: number) => string,
): StaleVotes {
  const cands = analysis.candidates;
  const said = [
    ...picked.map((x) => ({ i: x.i, text: x.text, day: dayOf(cands.art[x.i]!) })),
    ...picked.flatMap((x) => (details.has(x.i) ? [{ i: -1 - x.i, text: details.get(x.i)!, day: dayOf(cands.art[x.i]!) }] : [])),
  ];
  const staleSaid = stalePending(said);
  const stale = [...staleSaid].filter((i) => i >= 0);
  const reports = new Set(picked.filter((x) => staleSaid.has(x.i)).flatMap((x) => x.neighbours.map((n) => n.j)));
  return {
    current: stale.length ? pool.filter((x) => !reports.has(x.i) && !stale.some((j) => cands.overlaps(j, x.i))) : pool,
    texts: said.filter((x) => staleSaid.has(x.i)).map((x) => x.text),
    items: stale.length > 0,
  };
}

/** An item and its detail stay under this many words (a point and one detail, not a paragraph). */
export const DETAIL_MAX_WORDS = 70;

/**
 * A chosen item gets what follows it in its article when that is news of the same section (a
 * candidate there, or half of one: "He said the missiles flew 450 km" leans on the item's own
 * sentence) or news of no section that may follow it (ArticleInfo.followers), tells a point no other
 * item tells, and the two stay short: the point, then its detail ("...fired two short-range ballistic
 * missiles..." then "The missiles flew about 450 km..."). Returns each item's detail text, by the
 * item's candidate.
 */
/** Where each candidate stands (article, first sentence, sentence count, section), for detailsOf. */
export interface DetailPlaces {
  readonly byPlace: ReadonlyMap<string, number>;
  /** Sentences that are news of some section: one that is news of another section only is no detail here. */
  readonly candidateSentences: ReadonlySet<string>;
}

const placeKey = (art: number, first: number, count: number, section: number): string => `${art}:${first}:${count}:${section}`;

/** Built once a digest: detailsOf runs again for each fold. */
export function detailPlaces(analysis: Analysis): DetailPlaces {
  const c = analysis.candidates;
  const byPlace = new Map<string, number>();
  const candidateSentences = new Set<string>();
  for (let j = 0; j < c.length; j++) {
    if (c.skip[j]) continue;
    byPlace.set(placeKey(c.art[j]!, c.first[j]!, c.count[j]!, c.section[j]!), j);
    if (c.count[j] === 1) candidateSentences.add(`${c.art[j]}:${c.first[j]}`);
  }
  return { byPlace, candidateSentences };
}

export function detailsOf(
  chosen: readonly Pooled[],
  analysis: Analysis,
  places: DetailPlaces,
  maxWords: number,
  /** The detail's text read after the item's, or null when it cannot be read there. */
  detailText: (art: number, first: number, count: number, item: string) => string | null,
  /** Other candidates that tell a chosen item's point (beside its neighbours): TermIndex.sceneLedNeighbours. */
  alsoTelling: (i: number) => readonly { j: number }[] = () => [],
): Map<number, string> {
  const c = analysis.candidates;
  const { byPlace, candidateSentences } = places;
  const key = placeKey;
  const told = new Set<string>();
  const tell = (art: number, first: number, count: number): void => {
    for (let k = first; k < first + count; k++) told.add(`${art}:${k}`);
  };
  for (const p of chosen) {
    tell(c.art[p.i]!, c.first[p.i]!, c.count[p.i]!);
    for (const n of p.neighbours) tell(c.art[n.j]!, c.first[n.j]!, c.count[n.j]!);
    for (const n of alsoTelling(p.i)) tell(c.art[n.j]!, c.first[n.j]!, c.count[n.j]!);
  }
  const texts = new Map(chosen.map((p) => [p.i, p.text]));
  const limit = Math.min(maxWords, DETAIL_MAX_WORDS);
  const out = new Map<number, string>();
  for (const p of [...chosen].sort((x, y) => y.final - x.final)) {
    const art = c.art[p.i]!;
    const section = c.section[p.i]!;
    const next = c.first[p.i]! + c.count[p.i]!;
    // The next sentence as an item of its own, the next two as one, or the next leaning on the item's last.
    const shapes: [number | undefined, number, number][] = [
      [byPlace.get(key(art, next, 1, section)), next, 1],
      [byPlace.get(key(art, next, 2, section)), next, 2],
      [byPlace.get(key(art, next - 1, 2, section)), next, 1],
    ];
    // Else a next sentence that is news in no section (no theme words of its own) but may follow.
    const found = shapes.find(([j]) => j !== undefined) ?? (analysis.articles[art]!.followers[next] && !candidateSentences.has(`${art}:${next}`) ? [-1, next, 1] : null);
    if (!found) continue;
    const [j, first, count] = found as [number, number, number];
    if (told.has(`${art}:${first}`) || told.has(`${art}:${first + count - 1}`)) continue;
    // The same point as an item (the sentence's own words, where it has them as a candidate).
    if (j >= 0 && (chosen.some((q) => q.i !== p.i && pointSimilarity(c, q.i, j) >= SAME_POINT) || (c.first[j] === next && pointSimilarity(c, p.i, j) >= SAME_POINT))) continue;
    const item = texts.get(p.i)!;
    const text = detailText(art, first, count, item);
    // "Markets: Kospi fell...": the next entry of a live blog or a roundup.
    if (text === null || ENTRY_LABEL.test(text) || countWords(item) + countWords(text) > limit) continue;
    // A paragraph with no theme words follows only what it is about: it shares a word with the item or
    // refers back to it ("It was the strongest..."), not the next story of a roundup.
    const sentences = analysis.articles[art]!.sentences;
    if (j < 0 && sentences[next]!.paragraph !== sentences[next - 1]!.paragraph && !leansBack(text) && !sharesWord(item, text)) continue;
    const g = trigrams(`${item} ${text}`);
    const overlaps = (q: Pooled): boolean => {
      const { jaccard, containment } = trigramOverlap(g, trigrams(texts.get(q.i)!));
      return jaccard >= TRIGRAM_JACCARD_MAX || containment >= TRIGRAM_CONTAINMENT_MAX;
    };
    // Nor a vote another item tells ("The 6-1 vote came after..." where an item says "voted 6-1").
    const tallies = talliesOf(text);
    if (chosen.some((q) => q.i !== p.i && (overlaps(q) || sharesTally(tallies, texts.get(q.i)!)))) continue;
    tell(art, first, count);
    texts.set(p.i, `${item} ${text}`);
    out.set(p.i, text);
  }
  return out;
}
