// Display decisions shared by the HTML and the plain-text part, so both say the same thing.
// Pure functions of the view model; no markup here.
import type { DigestView } from '../core/model';
import { formatYmd, formatYmdRange, parseIsoDate } from '../core/dates';
import { series } from '../core/digest/outlets';
import { cleanText, safeLinkUrl } from './escape';

export const ALSO_REPORTED_BY = 'also reported by';
export const SOURCE_SEPARATOR = ' · ';

/** Shared with the view model, which lists articles the same way (core/digest/outlets.ts). */
export { seriesSeparator } from '../core/digest/outlets';

/** "3 Mar 2025"; the raw string when it is not an ISO date; null when empty. */
export function formatDate(value: string | null | undefined): string | null {
  const date = parseIsoDate(value);
  if (date) return formatYmd(date);
  const raw = value ? cleanText(value) : '';
  return raw === '' ? null : raw;
}

/** "3–7 March 2025", "28 Feb – 3 Mar 2025", "30 Dec 2024 – 2 Jan 2025", or one date; null when unknown. */
export function formatDateRange(range: DigestView['dateRange']): string | null {
  const from = parseIsoDate(range.from);
  const to = parseIsoDate(range.to);
  if (!from || !to) return formatDate(range.from) ?? formatDate(range.to);
  return formatYmdRange(from, to);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Above the digest name: the date range, or a plain label when the articles carry no date. */
export function headerDate(view: DigestView): string {
  return formatDateRange(view.dateRange) ?? 'Latest news';
}

/**
 * Under the digest name: "5 articles · 3 topics · 2 min read". When the range leaves some listed
 * articles out, the count says how many: "17 articles (1 without a date)" ("2 undated" read as page
 * junk to readers of crypto-collapse and rent-control at the twenty-eighth stop, and "1 article without
 * a date · 17 articles" as the exception before the total to rocket-failure's at the twenty-ninth).
 */
export function headerCounts(view: DigestView): string {
  return headerCountParts(view).join(SOURCE_SEPARATOR);
}

/** headerCounts' parts, for a plain-text header that breaks its line only between them. */
export function headerCountParts(view: DigestView): string[] {
  const topics = view.sections.filter((s) => s.items.length > 0 || (s.also?.length ?? 0) > 0).length;
  const undated = formatDateRange(view.dateRange) ? (view.undatedCount ?? 0) : 0;
  return [
    `${plural(view.articleCount, 'article')}${undated > 0 ? ` (${undated} without a date)` : ''}`,
    ...(topics > 0 ? [plural(topics, 'topic')] : []),
    ...(view.readingMinutes ? [`${view.readingMinutes} min read`] : []),
  ];
}

export const TOP_STORY = 'Top story';
/** Above a story over weeks' newest development, under the top story. */
export const LATEST = 'Latest';

/** What the email shows above the sections, each under its kicker: the top story, then the latest. */
export function aboveSections(view: DigestView): { kicker: string; item: NonNullable<DigestView['lead']> }[] {
  return [...(view.lead ? [{ kicker: leadKicker(view.lead), item: view.lead }] : []), ...(view.latest ? [{ kicker: LATEST, item: view.latest }] : [])];
}
export const ALSO_IN_DIGEST = 'Also in this digest:';

/**
 * Above the top story: "Top story". It named its section too ("Top story · The North Korea review"),
 * and three blind readers of six took it for a section of its own, repeated by the section heading
 * right under it ("the header says 3 topics but there are four section headings").
 */
export function leadKicker(_lead: NonNullable<DigestView['lead']>): string {
  return TOP_STORY;
}

/**
 * Under the article list: how many articles were read but fit no section, said as what happened to
 * them ("fit no section of this digest" puzzled avalanche's reader, twenty-ninth stop).
 */
export function unthemedNote(view: DigestView): string | null {
  const n = view.unthemedCount ?? 0;
  if (n === 0) return null;
  // Said by what happened to them: the topic check sets some aside as other stories or earlier news
  // (three blind readers of the thirty-first stop found "fit none of this digest's sections" untrue
  // of a rival's job cuts that mention the story, or of the company's news from 2023).
  const other = view.setAsideCounts?.otherStories ?? 0;
  const earlier = view.setAsideCounts?.earlier ?? 0;
  const none = n - other - earlier;
  // Each group's subject: its count, or "it"/"they" when it is every article left out.
  const groups: [number, (who: string, k: number) => string][] = [
    [none, (who, k) => `${who} ${k === 1 ? 'fits' : 'fit'} none of this digest's sections`],
    [other, (who, k) => `${who} ${k === 1 ? 'was' : 'were'} set aside as ${k === 1 ? 'another story' : 'other stories'}`],
    // "...3 were set aside as other stories and 1 as older news": said once.
    [earlier, (who, k) => (other > 0 ? `${who} as older news, from before this story` : `${who} ${k === 1 ? 'was' : 'were'} set aside as older news, from before this story`)],
  ];
  const shown = groups.filter(([k]) => k > 0);
  const said = shown.map(([k, say]) => say(shown.length === 1 ? (k === 1 ? 'it' : 'they') : String(k), k));
  return `${n} more ${n === 1 ? 'article was' : 'articles were'} left out: ${series(said)}.`;
}

/**
 * "12 Mar 2021" before an item's sources, when the view dates its items; "undated" for an item of
 * an article without a date then, so its "this week" is not read as the neighbours' week.
 */
export function itemDate(item: { readonly date?: string | null }): string | null {
  if (item.date === undefined) return null;
  return item.date ? formatDate(item.date) : UNDATED;
}
const UNDATED = 'undated';

export interface SourceRef {
  readonly name: string;
  /** A safe http(s)/mailto URL, or null: then the name is shown without a link. */
  readonly url: string | null;
}

/** The item's own source and the others that reported it ("also reported by ..."). */
export function itemSources(sources: DigestView['sections'][number]['items'][number]['sources']): {
  readonly primary: SourceRef | null;
  readonly others: readonly SourceRef[];
} {
  const refs = sources
    .map((s) => ({ name: cleanText(s.name), url: safeLinkUrl(s.url) }))
    .filter((s) => s.name !== '');
  return { primary: refs[0] ?? null, others: refs.slice(1) };
}

/** "Yonhap · 3 Mar 2025" under an article title in the list. */
export function articleMeta(article: DigestView['articles'][number]): string {
  return [article.source ? cleanText(article.source) : '', formatDate(article.publishedAt) ?? '']
    .filter((part) => part !== '')
    .join(SOURCE_SEPARATOR);
}

export function articleTitle(article: DigestView['articles'][number]): string {
  return cleanText(article.title) || 'Untitled article';
}

export function rejectedHeading(count: number): string {
  return count === 1 ? 'One file was not included:' : `${count} files were not included:`;
}

export function moreArticles(count: number): string {
  return `and ${count} more`;
}
