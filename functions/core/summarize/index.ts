// The digest's editorial core: themed, ranked, de-duplicated extractive items from a batch of articles.
// Pure and deterministic: no I/O, no clock, no randomness; input order does not matter.
//
//   articles --analyze--> article themes + candidate items (one or two sentences)
//            --rank-----> salience (centroid over TF-IDF, lead position, quotes) x theme fit
//            --cluster--> the same point in other articles (inverted index over rarer terms)
//            --select---> MMR across all sections under the budget, the top story, also-in lists
//   (analyze.ts, rank.ts, cluster.ts, select.ts; topic.ts rules out themed articles unlike the rest)
import { sameOutlet } from '../digest/outlets';
import { isOpinion, versionMark } from '../headline';
import type { Article, ArticleTheme, DigestItem, DigestSection, Summary, SummaryOptions } from '../model';
import { type Analysis, analyze, itemText, labelAgainstBatch } from './analyze';
import { TermIndex } from './cluster';
import { rank } from './rank';
import { calledOff, detailPlaces, detailsOf, headlineShare, MIN_HEADLINE_SHARE, NEWS_POSITIONS, type Pooled, selectItems, sourcesOf, staleVotes, THIS_WEEK, topStory, withAlsoIn, withSameStoryCited } from './select';
import { traceGrams } from './similarity';
import { type Organisation, organisationIndex } from './organisations';
import { DAY_NAMED, daysBetween, MONTH_PATTERN, monthNumber } from '../dates';
import { inArticleOrder, introducedFirst, spansWeeks, storyDay } from './order';
import { companyIndex, datelinePlaceAsWritten, type NameIndex, nameIndex, standaloneText, unnamedPerson, usedAsPlace, withCitedNames, withoutWireTime } from './standalone';
import { type CompiledThemes, compileThemes, compileTopicTerms } from './themes';
import { LATE_PAIR_NAMES, type TopicFit, topicFit } from './topic';
import { Vocabulary } from './text';

export { ARTICLE_MIN_SCORE, SENTENCE_MIN_SCORE } from './analyze';
export { FULL_THEMED, MIN_THEMED } from './topic';
export { countWords } from './text';
export { SAME_POINT } from './cluster';
export { trigramOverlap, trigrams } from './similarity';

export const OTHER_SECTION = { theme: 'other', title: 'Other news' } as const;

/** Each other article reporting the same point adds this share to an item's score (up to 4). */
const SUPPORT_SHARE = 0.2;
/** Candidates per section considered for selection (times the budget, with a floor). */
const POOL_PER_ITEM = 12;
const POOL_MIN = 60;
/** Rounds of folding an item into the one before it (each re-runs selection). */
const MAX_FOLDS = 3;

/**
 * Share of an item's word trigrams that stand in its article. Names expanded to their full first
 * mention add a few new trigrams; an item so full of short names that expanding them all would
 * leave it hard to trace gives way to another.
 */
const MIN_TRACED = 0.8;
/** Of the other articles an item cites, this many closest lend it the full names of people its own article names only short (withCitedNames). */
const MAX_CITED_INDEXES = 3;

function tracedShare(text: string, article: ReadonlySet<string>): number {
  const own = traceGrams(text);
  let hit = 0;
  for (const g of own) if (article.has(g)) hit++;
  return own.size ? hit / own.size : 0;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** No names: standaloneText() then checks only how the item opens. */
const NO_NAMES: NameIndex = { byShort: new Map() };

const DAY_MS = 86_400_000;
const timeOf = (a: Article): number => (a.publishedAt && /T\d{2}:\d{2}/.test(a.publishedAt) ? Date.parse(a.publishedAt) : Number.NaN);

/** Whether `a` is a later version than `b` (of one outlet's story): by publication time, else by the version its headline names. */
function laterVersion(a: Article, b: Article): boolean {
  // Versions are of one day: a story the outlet writes days later is a new one, not a version.
  if (!a.publishedAt || !b.publishedAt || Math.abs(Date.parse(a.publishedAt.slice(0, 10)) - Date.parse(b.publishedAt.slice(0, 10))) > DAY_MS) return false;
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (Number.isFinite(ta) && Number.isFinite(tb)) return ta > tb;
  const va = versionMark(a.title);
  const vb = versionMark(b.title);
  return va !== undefined && vb !== undefined && va > vb;
}

/** The newest news is of the newest report's last this many days. */
const NEWEST_DAYS = 2;
/** ...and that report is at most this many days older than the batch's newest article. */
const NEWEST_REPORT_DAYS = 7;
/**
 * An opening that announces what will happen on a day after its report's ("Ashcombe Downs will resume
 * racing on June 5, six weeks after..."): the day's news as a weekday would date it (racetrack-deaths'
 * reader, thirty-second stop: the reopening, the newest development, was no Latest for having no
 * weekday). The date must be within AHEAD_DAYS after the report's; a deadline ("must pay by June 5")
 * is no announcement.
 */
const AHEAD = new RegExp(String.raw`\b(?:will|is to|are to|is set to|are set to|plans to|plan to)\s+(?:[\w'’-]+\s+){0,8}?(?:(?:on|from|starting)\s+)?(${MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?`);
const AHEAD_DAYS = 60;
function announcesAhead(text: string, day: string): boolean {
  const m = AHEAD.exec(text);
  if (!m || !day) return false;
  const month = monthNumber(m[1]!);
  const date = Number(m[2]);
  if (!month) return false;
  // A year written out is that year; else this year's date, or next year's (a December report's "Jan. 5").
  const year = Number(day.slice(0, 4));
  for (const y of m[3] ? [Number(m[3])] : [year, year + 1]) {
    // No such day ("Feb. 29" of 2027, "June 31") is no date.
    if (new Date(Date.UTC(y, month - 1, date)).getUTCDate() !== date) continue;
    const when = `${y}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
    const ahead = daysBetween(day, when);
    if (ahead > 0 && ahead <= AHEAD_DAYS) return true;
  }
  return false;
}
/** "Three weeks after the avalanche, ...", "Four weeks into the strike": a look back, not a development. */
const RETROSPECTIVE = /^(?:\S+ ){1,2}(?:days?|weeks?|months?) (?:after|since|into)\b/i;
/**
 * The look-back's own clause ("Nearly four weeks after hackers locked its computers on Monday, Nov. 2,"):
 * its day is the event's. Under a look-back's headline ("Four weeks after Teravaka erupted, villagers
 * return...") an opening that names a day past that clause (DAY_NAMED: "...were allowed back to their
 * villages on Wednesday") tells the day's development, where "this week" or none is the look back
 * (volcano-eruption's blind reader, twenty-seventh stop: the return home was the newest news, and no
 * Latest showed it).
 */
const LOOK_BACK_CLAUSE = new RegExp(
  `^[^,]*?\\b(?:days?|weeks?|months?) (?:after|since|into)\\b[^,]*,(?:\\s*(?:${MONTH_PATTERN})\\.? \\d{1,2},)?` +
    // ...and a clause of its own event after it: ", which buried the lodge on Saturday, Jan. 6,", ", killing nine guests on Monday,".
    `(?:\\s*(?:which|who|when|killing|leaving|destroying|sending|forcing)\\b[^,]*,(?:\\s*(?:${MONTH_PATTERN})\\.? \\d{1,2},)?)?\\s*`,
  'i',
);
/**
 * A look-back's report that tells the day's development: its opening names a day past the look-back's
 * own clause; an opening that is the look-back itself, not as a state that goes on ("Three weeks after
 * hackers locked..., city workers on Monday still filled in permits by hand"). Read for a look-back
 * opening as for a look-back headline (code review, twenty-eighth stop: an opening's "Three weeks
 * after..." had ruled out measles' "...health officials said Sunday that new infections are slowing",
 * oil-spill's reopened beach and insulin-law's neighbouring bill, each the batch's newest news).
 */
const lookBackNews = (text: string, opensOnLookBack: boolean): boolean => {
  const rest = text.replace(LOOK_BACK_CLAUSE, '');
  // "still" in the clause that tells the news, not in a concession after it (", though some systems are still offline").
  const told = rest.split(/,\s*(?:though|although|but|while)\b/i)[0]!;
  return DAY_NAMED.test(rest) && !(opensOnLookBack && /\bstill\b/i.test(told));
};
/** "Live updates: Moon-Biden summit...": a page of many stories. */
const LIVE_PAGE = /\blive(?: updates?| blog|:)/i;
export function summarize(input: readonly Article[], options: SummaryOptions): Summary {
  const { themes, analysis } = prepare(input, options);
  const T = themes.ids.length;

  const cands = analysis.candidates;
  if (options.maxItemsPerSection < 1 || cands.length === 0) return { sections: [], themes: articleThemes(analysis, themes, null), lead: null };
  const base = rank(analysis);
  // A themed article unlike the batch's other themed articles is off-topic: it keeps its scores
  // (and its topic fit, to explain why) but enters no section and backs no item.
  const fit = topicFit(analysis, themes.sharedWords);
  for (const a of fit.offTopic.keys()) analysis.articles[a]!.theme = -1;
  const background = labelAgainstBatch(analysis.articles, T);
  const themesByKey = articleThemes(analysis, themes, fit);
  const order = (i: number, j: number): number =>
    base[j]! - base[i]! || cands.art[i]! - cands.art[j]! || cands.lead[i]! - cands.lead[j]!;

  // Pool: the strongest candidates of each section. Support (how many other articles report the
  // same point) is measured for them only, which keeps clustering linear in the batch size.
  const sectionCount = T + 1;
  const poolSize = Math.max(POOL_MIN, POOL_PER_ITEM * options.maxItemsPerSection);
  const bySection: number[][] = Array.from({ length: sectionCount }, () => []);
  for (let i = 0; i < cands.length; i++) if (!fit.offTopic.has(cands.art[i]!)) bySection[cands.section[i]!]!.push(i);
  const index = new TermIndex(analysis);
  const pool: Pooled[] = [];
  const names = new Map<number, NameIndex>();
  // The words an article writes (names' words among them), for withCitedNames; built once an article.
  const wordsByArticle = new Map<number, Set<string>>();
  const wordsOf = (art: number): Set<string> => {
    let w = wordsByArticle.get(art);
    if (!w) wordsByArticle.set(art, (w = new Set(analysis.articles[art]!.sentences.flatMap((s) => s.text.match(/[\p{L}-]+/gu) ?? []))));
    return w;
  };
  const namesOf = (art: number): NameIndex => {
    let n = names.get(art);
    if (!n) names.set(art, (n = nameIndex(analysis.articles[art]!.sentences.map((s) => s.text), analysis.articles[art]!.article.title)));
    return n;
  };
  const organisations = new Map<number, ReadonlyMap<string, Organisation>>();
  const organisationsOf = (art: number): ReadonlyMap<string, Organisation> => {
    let o = organisations.get(art);
    if (!o) organisations.set(art, (o = organisationIndex(analysis.articles[art]!.sentences.map((s) => s.text))));
    return o;
  };
  const companies = new Map<number, ReadonlyMap<string, string>>();
  const placeWord = new Map<string, boolean>();
  let batchTexts: string[] | null = null;
  // The article's companies by first word, those of them the item names, and of those the words no
  // article of the batch uses as a place (asked once per word, and only then: it reads the batch).
  const companiesOf = (art: number): ReadonlyMap<string, string> => {
    let c = companies.get(art);
    if (!c) companies.set(art, (c = companyIndex(analysis.articles[art]!.sentences.map((s) => s.text))));
    return c;
  };
  // The item's own article first, then its closest reports ("Ridgeline, a chain of 236 stores..."
  // where only the Reuters report names Ridgeline Food Co.).
  const companiesIn = (p: Pooled): ReadonlyMap<string, string> => {
    const arts = [cands.art[p.i]!, ...new Set(p.neighbours.map((n) => cands.art[n.j]!))].slice(0, 1 + MAX_CITED_INDEXES);
    const out = new Map<string, string>();
    for (const [short, full] of arts.flatMap((a) => [...companiesOf(a)])) {
      if (out.has(short) || !p.text.includes(short)) continue;
      let place = placeWord.get(short);
      if (place === undefined) {
        batchTexts ??= analysis.articles.flatMap((a) => a.sentences.map((s) => s.text));
        placeWord.set(short, (place = usedAsPlace(short, batchTexts)));
      }
      if (!place) out.set(short, full);
    }
    return out;
  };
  const places = new Map<number, string | null>();
  const placeOf = (art: number): string | null => {
    if (!places.has(art)) places.set(art, datelinePlaceAsWritten(analysis.articles[art]!.article));
    return places.get(art)!;
  };
  // Candidate i's text as the reader would get it, checked for how it opens (and, with its article's
  // names, for whether its short names can be named in full).
  const opening = (i: number, names: NameIndex) =>
    standaloneText(itemText(analysis.articles[cands.art[i]!]!.sentences, cands.first[i]!, cands.count[i]!, cands.skip[i]!), names, { expand: false, place: placeOf(cands.art[i]!) });
  const articleGrams = new Map<number, Set<string>>();
  const gramsOf = (art: number): Set<string> => {
    let g = articleGrams.get(art);
    if (!g) articleGrams.set(art, (g = traceGrams(analysis.articles[art]!.sentences.map((s) => s.text).join(' '))));
    return g;
  };
  for (const list of bySection) {
    for (const i of list.sort(order).slice(0, poolSize)) {
      // The opening is checked here (a share of something said before, a bare quotation); whether
      // its short names can be named in full only for the candidates selection would take (usable,
      // below): the names index of an article costs more than the rest of its check.
      const own = opening(i, NO_NAMES);
      if (!own.ok) continue;
      const neighbours = index.neighbours(i);
      const supporters = new Set(neighbours.map((n) => cands.art[n.j]!));
      pool.push({
        i,
        base: base[i]!,
        final: base[i]! * (1 + SUPPORT_SHARE * Math.min(supporters.size, 4)),
        neighbours,
        text: own.text,
      });
    }
  }

  // Names are expanded once the reading order is known (below); here only whether they can be.
  const usable = (p: Pooled): boolean => opening(p.i, namesOf(cands.art[p.i]!)).ok;
  // A later version of the story by the same outlet says the point as the outlet last had it: "(2nd
  // LD) N. Korea fires 2 short-range ballistic missiles" over the flash's "2 unidentified projectiles".
  const latest = (p: Pooled): Pooled => {
    const art = cands.art[p.i]!;
    const own = analysis.articles[art]!.article;
    let best: { j: number; sim: number; article: Article; text: string } | null = null;
    for (const n of p.neighbours) {
      const other = analysis.articles[cands.art[n.j]!]!.article;
      if (cands.section[n.j] !== cands.section[p.i] || !own.source || !other.source || !sameOutlet(own.source, other.source)) continue;
      if (!laterVersion(other, best?.article ?? own)) continue;
      const { ok, text } = opening(n.j, NO_NAMES);
      if (ok && usable({ ...p, i: n.j, text })) best = { j: n.j, sim: n.sim, article: other, text };
    }
    if (!best) return p;
    const { j, sim, text } = best;
    return { ...p, i: j, text, neighbours: [{ j: p.i, sim }, ...p.neighbours.filter((n) => n.j !== j)] };
  };
  // A detail names nobody the item's own sentence has not introduced (every name expanded, nothing
  // traced: so that expansion later can never leave a short name in it unexplained).
  const detailText = (art: number, first: number, count: number, before: string): string | null => {
    const text = withoutWireTime(itemText(analysis.articles[art]!.sentences, first, count));
    const names = namesOf(art);
    const whole = standaloneText(`${before} ${text}`, names, { place: placeOf(art), roles: false });
    if (!whole.ok || whole.text !== `${standaloneText(before, names, { place: placeOf(art), roles: false }).text} ${text}`) return null;
    // "...he gave the same answer": the person it speaks of is named in the item.
    return unnamedPerson(`${before} ${text}`) ? null : text;
  };
  const choose = (from: readonly Pooled[]): Pooled[] => selectItems(from, analysis, sectionCount, options.maxItemsPerSection, order, usable, (i) => index.sceneLedNeighbours(i)).map(latest);
  const standing = detailPlaces(analysis);
  const detailsFor = (items: readonly Pooled[]) => detailsOf(items, analysis, standing, options.maxWordsPerItem, detailText, (i) => index.sceneLedNeighbours(i));
  /** An article's day ("YYYY-MM-DD"), "" when undated. */
  const dayOf = (art: number): string => analysis.articles[art]!.article.publishedAt?.slice(0, 10) ?? '';
  let picked = choose(pool);
  let details = detailsFor(picked);
  // A vote to come beside its outcome leaves the pool, and no detail carries it (staleVotes).
  const { current, texts: staleTexts, items: staleItems } = staleVotes(picked, details, pool, analysis, dayOf);
  const detailsNow = (items: readonly Pooled[]): Map<number, string> => {
    const found = detailsFor(items);
    for (const [i, d] of found) if (staleTexts.some((t) => d.includes(t))) found.delete(i);
    return found;
  };
  if (staleItems) picked = choose(current);
  if (staleTexts.length) details = detailsNow(picked);
  // Two items of one section that are one article's sentences in a row ("...tested a new-type tactical
  // guided projectile", then "The KCNA said the two missiles carried a 2.5-ton payload") are one point
  // and its detail: the second (and its reports elsewhere) leaves the pool, so the first takes it as
  // its detail, cites its other reports, and its place goes to another point. Kept only when the first
  // does take the whole of it.
  const folded = new Set<number>();
  // q's sentences come right after p's, in one article and one section.
  const inRow = (p: Pooled, q: Pooled): boolean =>
    cands.art[q.i] === cands.art[p.i] && cands.section[q.i] === cands.section[p.i] && cands.first[q.i] === cands.first[p.i]! + cands.count[p.i]!;
  for (let round = 0; round < MAX_FOLDS; round++) {
    // Neither with a detail of its own, which folding would lose (q's) or already has its place (p's).
    const q = picked.find((x) => !details.has(x.i) && picked.some((p) => !details.has(p.i) && inRow(p, x)));
    if (!q) break;
    const gone = new Set([q.i, ...q.neighbours.map((n) => n.j), ...folded]);
    const next = choose(current.filter((x) => !gone.has(x.i)));
    const p = next.find((x) => inRow(x, q));
    if (!p) break;
    // The other reports of the folded point are reports of the item's detail: the item cites them
    // (and no other item takes one of them as its own detail).
    const cited = new Set(p.neighbours.map((n) => n.j));
    const merged: Pooled = { ...p, neighbours: [...p.neighbours, ...q.neighbours.filter((n) => !cited.has(n.j) && cands.art[n.j] !== cands.art[p.i])] };
    const nextPicked = next.map((x) => (x === p ? merged : x));
    const nextDetails = detailsNow(nextPicked);
    const whole = itemText(analysis.articles[cands.art[q.i]!]!.sentences, cands.first[q.i]!, cands.count[q.i]!, cands.skip[q.i]!);
    if (nextDetails.get(p.i) !== whole) break;
    for (const g of gone) folded.add(g);
    picked = nextPicked;
    details = nextDetails;
  }
  const chosen = picked.map((p) => {
    const d = details.get(p.i);
    return d ? { ...p, text: `${p.text} ${d}` } : p;
  });

  // A story told over weeks reads oldest first, and its top story is its first event, the most
  // retold: the reader is shown its newest development too, under the top story ("Latest"). It is
  // the opening of the latest dated report of the newest report's last NEWEST_DAYS days (not the
  // newest article's, which may be a feature; within NEWEST_REPORT_DAYS of it) that dates itself in
  // the week ("...pleaded guilty on Wednesday") and tells its headline's news: no feature (a scene,
  // "Three weeks after...", a live page), no view. An item that tells it already (its own sentences,
  // or a same-day report of its point) is shown there instead of in its section; otherwise it is an
  // item of its own, outside the sections' budget (in their place it lost facts on as many sets as it
  // gained them: its one report weighs little against the first event's retellings).
  const newest = spansWeeks(analysis) ? newestNews() : null;
  function newestNews(): { told: Pooled } | { added: Pooled } | null {
    const dated = (art: number): boolean => {
      const info = analysis.articles[art]!;
      return info.theme >= 0 && info.theme < T && !fit.offTopic.has(art) && !!info.article.publishedAt && !isOpinion(info.article);
    };
    // Within a week of the newest article: older news is no latest development.
    const batchDay = analysis.articles.map((_, art) => art).filter(dated).map(dayOf).sort().at(-1);
    if (!batchDay) return null;
    // Reached back past the batch's last days, a report must share the batch's cast (at least half the
    // typical article's names, LATE_PAIR_NAMES, in a batch that has a cast): a storm that missed the
    // island, a lake in another state that got one theme's words, is no development of this story.
    const castOf = (art: number): boolean => !fit.cast || !(fit.nameFit[art]! < LATE_PAIR_NAMES);
    const reports = (i: number): boolean => {
      const art = cands.art[i]!;
      if (cands.section[i]! >= T || cands.position[i]! > NEWS_POSITIONS || !dated(art)) return false;
      if (daysBetween(dayOf(art), batchDay) > NEWEST_DAYS && !castOf(art)) return false;
      const { article, opensOnScene } = analysis.articles[art]!;
      const text = itemText(analysis.articles[art]!.sentences, cands.first[i]!, cands.count[i]!, cands.skip[i]!);
      if (!(THIS_WEEK.test(text) || announcesAhead(text, dayOf(art))) || (RETROSPECTIVE.test(text) ? !lookBackNews(text, true) : RETROSPECTIVE.test(article.title) && !lookBackNews(text, false)) || opensOnScene || LIVE_PAGE.test(article.title)) return false;
      return headlineShare(article.title, text) >= MIN_HEADLINE_SHARE;
    };
    // The newest news is counted from the newest report's day, not the newest article's: a feature
    // of the last day ("The envelope came on Thursday...") tells no development (data-breach's reader,
    // thirtieth stop: no Latest, the Senate hearing three days before it buried in a section).
    let lastDay = '';
    for (let i = 0; i < cands.length; i++) if (dayOf(cands.art[i]!) > lastDay && reports(i)) lastDay = dayOf(cands.art[i]!);
    if (!lastDay || daysBetween(lastDay, batchDay) > NEWEST_REPORT_DAYS) return null;
    const isNews = (i: number): boolean => daysBetween(dayOf(cands.art[i]!), lastDay) <= NEWEST_DAYS && reports(i);
    // The newest day's, then the strongest.
    let best: { i: number; text: string } | null = null;
    for (let i = 0; i < cands.length; i++) {
      if (best && (dayOf(cands.art[i]!) < dayOf(cands.art[best.i]!) || (dayOf(cands.art[i]!) === dayOf(cands.art[best.i]!) && order(best.i, i) < 0))) continue;
      if (!isNews(i)) continue;
      const own = opening(i, NO_NAMES);
      if (own.ok && usable({ i, base: base[i]!, final: base[i]!, neighbours: [], text: own.text })) best = { i, text: own.text };
    }
    if (!best) return null;
    const { i: news, text: said } = best;
    // A report of an earlier day that resembles it tells its background, not its news.
    const sameDay = (i: number): boolean => dayOf(cands.art[i]!) === dayOf(cands.art[news]!);
    const neighbours = index.neighbours(news);
    const told = chosen.find(
      (p) =>
        cands.overlaps(p.i, news) ||
        p.text.includes(said) ||
        (sameDay(p.i) && (p.neighbours.some((n) => cands.overlaps(n.j, news)) || neighbours.some((n) => cands.overlaps(n.j, p.i)))),
    );
    if (told) return { told };
    const supporters = new Set(neighbours.map((n) => cands.art[n.j]!));
    return { added: { i: news, base: base[news]!, final: base[news]! * (1 + SUPPORT_SHARE * Math.min(supporters.size, 4)), neighbours, text: said } };
  }

  const bySectionChosen: Pooled[][] = [];
  for (let s = 0; s < sectionCount; s++) {
    bySectionChosen.push(chosen.filter((p) => cands.section[p.i] === s).sort((x, y) => y.final - x.final || order(x.i, y.i)));
  }
  // The top story is news of a known day: not an undated page's, nor a view ("Opinion: ...").
  // Nor a later point of the report whose opening is the Latest: it reads on under that opening,
  // and above it as the top story it told the event twice, the detail first (mayor-indicted's blind
  // reader, thirty-first stop: the motion's "$410,000" over "Lawyers for the indicted mayor ... asked a
  // federal judge on Friday to throw out the case").
  const latestShown = newest && ('added' in newest ? newest.added : newest.told);
  const latestsOwn = (p: Pooled): boolean => !!latestShown && cands.art[latestShown.i] === cands.art[p.i] && cands.first[latestShown.i]! < cands.first[p.i]!;
  // Nor a closing to come that a later item, or the Latest of its own, calls off (calledOff): the plan
  // stays in its section.
  const shownItems = newest && 'added' in newest ? [...chosen, newest.added] : chosen;
  const overturned = calledOff(shownItems.map((p) => ({ i: p.i, text: p.text, day: dayOf(cands.art[p.i]!) })));
  const mayLead = (p: Pooled): boolean => {
    const { article } = analysis.articles[cands.art[p.i]!]!;
    return !!article.publishedAt && !isOpinion(article) && !latestsOwn(p) && !overturned.has(p.i);
  };
  // Weighed with the reports that tell its point after a scene (TermIndex's sceneLed): the
  // Sentinel's "The whole sky lit up" report of an explosion is one of its reports, and the top story
  // is the most-reported point.
  const leadWeight = (p: Pooled): number => {
    const more = index.sceneLedNeighbours(p.i);
    if (!more.length) return p.final;
    const supporters = new Set([...p.neighbours, ...more].map((n) => cands.art[n.j]!));
    supporters.delete(cands.art[p.i]!);
    return p.base * (1 + SUPPORT_SHARE * Math.min(supporters.size, 4));
  };
  const strongest = topStory(bySectionChosen.slice(0, T), order, mayLead, leadWeight);
  // Of one article's items in that section, the top story is the one its article tells first: the
  // lede ("Six people were killed ... when a crowd surged"), not what elaborates it ("The crush
  // happened at Gate 9").
  const ledeOf = (list: readonly Pooled[], index: number): number => {
    let first = index;
    list.forEach((q, k) => {
      if (cands.art[q.i] === cands.art[list[index]!.i] && cands.first[q.i]! < cands.first[list[first]!.i]!) first = k;
    });
    return first;
  };
  const top = strongest && { section: strongest.section, index: ledeOf(bySectionChosen[strongest.section]!, strongest.index) };
  const leadItem = top ? bySectionChosen[top.section]![top.index]! : null;
  // A story told over weeks runs oldest first in each section, so a reader meets the outage before
  // the recovery and the board's backing before the resignation; one day's news stays most
  // important first. The top story stays first in its section, as the email shows it first.
  const first = (p: Pooled): number => (p === leadItem ? 0 : 1);
  // expand() (below) names the person in full from the item's own article, as nothing above names them.
  const expandable = (p: Pooled, surname: string): boolean => {
    const art = cands.art[p.i]!;
    const fulls = namesOf(art).byShort.get(surname);
    if (fulls?.length !== 1) return false;
    const grams = gramsOf(art);
    return standaloneText(p.text, namesOf(art), { traced: (t) => tracedShare(t, grams), minTraced: MIN_TRACED, place: placeOf(art) }).text.includes(fulls[0]!);
  };
  // Whether the item names a person of that surname in full, as written or once expand() (below)
  // gives its own article's one full name to the surname.
  const namedInFull = (p: Pooled, surname: string): boolean =>
    !!namesOf(cands.art[p.i]!).byShort.get(surname)?.some((full) => p.text.includes(full)) || expandable(p, surname);
  const articleOf = (p: Pooled): number => cands.art[p.i]!;
  const positionOf = (p: Pooled): number => cands.first[p.i]!;
  const dayOfItem = (p: Pooled): string => storyDay(analysis, cands.art[p.i]!, p.neighbours.map((n) => cands.art[n.j]!));
  const byStoryDay = (x: Pooled, y: Pooled): number => {
    const a = dayOfItem(x);
    const b = dayOfItem(y);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  // The top story, shown above the sections, keeps its place (first in its section over weeks).
  if (!spansWeeks(analysis)) for (const list of bySectionChosen) inArticleOrder(list, articleOf, positionOf, leadItem);
  else {
    for (const list of bySectionChosen) {
      list.sort((x, y) => first(x) - first(y) || byStoryDay(x, y) || y.final - x.final || order(x.i, y.i));
      inArticleOrder(list, articleOf, positionOf, leadItem);
      // Only a surname its own article cannot name in full (expand(), below) needs another item above,
      // and none the top story (shown first, and staying first) names.
      const rest = list[0] === leadItem ? list.splice(1) : list;
      introducedFirst(
        rest,
        (p) => p.text,
        (p, surname) => namedInFull(p, surname) || (!!leadItem && namedInFull(leadItem, surname)),
        namedInFull,
      );
      if (rest !== list) list.push(...rest);
    }
  }
  const lead = top && leadItem ? { section: top.section, index: bySectionChosen[top.section]!.indexOf(leadItem) } : null;

  // Names are expanded in reading order (the top story first), so a person named in full above
  // is not named in full again.
  const read: string[] = [];
  const finalText = new Map<number, string>();
  const expand = (p: Pooled): void => {
    const art = cands.art[p.i]!;
    const grams = gramsOf(art);
    const own = namesOf(art);
    // Only for a capitalized word of the item its own article names nobody by, and from its closest
    // reports only: building an article's name index is the costly part.
    // Or for a person it names whom its own article never says who they are (withRoles).
    const shorts = (p.text.match(/(?<![\p{L}-])\p{Lu}[\p{Ll}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
    const unnamed = shorts.some((w) => own.byShort.get(w)?.some((f) => !own.roles?.has(f)) ?? true);
    const cited = unnamed ? [...new Set(p.neighbours.map((n) => cands.art[n.j]!))].filter((a) => a !== art).slice(0, MAX_CITED_INDEXES).map(namesOf) : [];
    const names = withCitedNames(own, cited, wordsOf(art));
    const { text } = standaloneText(p.text, names, {
      before: read,
      traced: (t) => tracedShare(t, grams),
      minTraced: MIN_TRACED,
      place: placeOf(art),
      organisations: organisationsOf(art),
      companies: companiesIn(p),
    });
    finalText.set(p.i, text);
    read.push(text);
  };
  if (lead) expand(bySectionChosen[lead.section]![lead.index]!);
  // Read next, under the top story.
  if (newest && 'added' in newest) expand(newest.added);
  for (const list of bySectionChosen) for (const p of list) if (!finalText.has(p.i)) expand(p);

  const sections: DigestSection[] = [];
  let leadRef: Summary['lead'] = null;
  let latestRef: Summary['latest'] = null;
  for (let s = 0; s < sectionCount; s++) {
    const items: DigestItem[] = bySectionChosen[s]!.map((p) => ({
      text: finalText.get(p.i)!,
      sources: sourcesOf(p, analysis),
      score: round(p.final, 4),
    }));
    if (!items.length) continue;
    if (s < T) {
      if (lead?.section === s) leadRef = { theme: themes.ids[s]!, index: lead.index };
      const at = newest && 'told' in newest && newest.told !== leadItem ? bySectionChosen[s]!.indexOf(newest.told) : -1;
      if (at >= 0) latestRef = { theme: themes.ids[s]!, index: at };
      sections.push({ theme: themes.ids[s]!, title: themes.titles[s]!, items });
    } else if (options.otherNews) sections.push({ ...OTHER_SECTION, items });
  }
  if (newest && 'added' in newest) {
    const p = newest.added;
    latestRef = { theme: themes.ids[cands.section[p.i]!]!, item: { text: finalText.get(p.i)!, sources: sourcesOf(p, analysis), score: round(p.final, 4) } };
  }
  // The same report's later points in its section read on from the newest development, under it
  // (the trustee's "14 cold wallets" after "...has recovered about $600 million"), not as a fragment
  // at the section's end.
  const shown = newest && ('added' in newest ? newest.added : newest.told);
  if (latestRef && shown) {
    const s = cands.section[shown.i]!;
    const follow = bySectionChosen[s]!.flatMap((q, k) => (q !== shown && q !== leadItem && cands.art[q.i] === cands.art[shown.i] && cands.first[q.i]! > cands.first[shown.i]! ? [k] : []));
    if (follow.length) latestRef = { ...latestRef, follow };
  }
  // Articles the Latest cites outside the sections.
  const citedByLatest = latestRef && 'item' in latestRef ? latestRef.item.sources : [];
  return {
    sections: withAlsoIn(withSameStoryCited(sections, bySectionChosen, analysis, themes, citedByLatest), analysis, themes, citedByLatest),
    themes: themesByKey,
    lead: leadRef,
    latest: latestRef,
    ...(background ? { themeBackground: Object.fromEntries(themes.ids.map((id, t) => [id, round(background[t]!, 3)])) } : {}),
  };
}

function articleThemes(analysis: Analysis, themes: CompiledThemes, fit: TopicFit | null): Map<string, ArticleTheme> {
  const out = new Map<string, ArticleTheme>();
  analysis.articles.forEach((info, a) => {
    const scores: Record<string, number> = {};
    const choiceScores: Record<string, number> = {};
    themes.ids.forEach((id, t) => {
      scores[id] = round(info.scores[t]!, 3);
      choiceScores[id] = round(info.choice[t]!, 3);
    });
    // Only a close call shows the reading that decided it.
    const closeScores = info.closeCall && info.theme >= 0 ? Object.fromEntries(themes.ids.map((id, t) => [id, round(info.close[t]!, 3)])) : null;
    const topicFit = fit && Number.isFinite(fit.fit[a]!) ? round(fit.fit[a]!, 3) : undefined;
    const nameFit = fit && Number.isFinite(fit.nameFit[a]!) ? round(fit.nameFit[a]!, 3) : undefined;
    const missing = fit?.missingAnchors.get(a);
    const setAside = fit?.offTopic.get(a);
    out.set(info.article.key, {
      theme: info.theme >= 0 ? themes.ids[info.theme]! : null,
      scores,
      choiceScores,
      ...(closeScores ? { closeScores } : {}),
      ...(topicFit !== undefined ? { topicFit } : {}),
      ...(nameFit !== undefined ? { topicNameFit: nameFit } : {}),
      ...(setAside ? { setAside } : {}),
      ...(missing ? { missingTopicWords: missing.map((w) => themes.sharedWords.get(w) ?? String(w)).sort() } : {}),
      ...(info.topicMentions >= 0 ? { topicMentions: info.topicMentions } : {}),
    });
  });
  return out;
}

function prepare(input: readonly Article[], options: SummaryOptions): { themes: CompiledThemes; analysis: Analysis } {
  // Same articles in any order -> same digest. A key seen twice keeps its first copy by id.
  const sorted = [...input].sort((a, b) => byString(a.id, b.id) || byString(a.key, b.key));
  const seenKeys = new Set<string>();
  const articles = sorted.filter((a) => (seenKeys.has(a.key) ? false : (seenKeys.add(a.key), true)));
  const vocab = new Vocabulary();
  const themes = compileThemes(options.themes, vocab);
  return { themes, analysis: analyze(articles, themes, vocab, options, compileTopicTerms(options.topicTerms, vocab)) };
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
