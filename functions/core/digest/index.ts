// Turns summarized articles into the digest manifest (digest.json) and the email's view model.
// Pure: the same articles, rejections and config always give the same digest.
import { createHash } from 'node:crypto';
import type { Article, DigestManifest, DigestView, Rejection, Summary, SummaryOptions } from '../model';
import { summarize } from '../summarize';

export interface DigestSettings {
  readonly digestName: string;
  readonly subjectPrefix?: string;
  readonly sender: string;
}

/** A digest's id comes from what it contains, so a retried run over the same input is the same digest. */
export function digestIdOf(articleIds: readonly string[], rejectionIds: readonly string[]): string {
  const hash = createHash('sha256');
  for (const id of [...articleIds].sort()) hash.update(`a:${id}\n`);
  for (const id of [...rejectionIds].sort()) hash.update(`r:${id}\n`);
  return hash.digest('hex').slice(0, 16);
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
    };
  });
  // The same text under another key: listed (so every input is accounted for), pointing at its twin.
  const byKey = new Map(articles.map((a) => [a.key, a]));
  for (const d of [...(input.duplicates ?? [])].sort((a, b) => a.key.localeCompare(b.key))) {
    const twin = byKey.get(d.duplicateOf);
    if (twin) articles.push({ ...twin, key: d.key, duplicateOf: d.duplicateOf });
  }
  return {
    id: input.id,
    createdAt: input.createdAt.toISOString(),
    articles,
    sections: summary.sections.map((s) => ({
      theme: s.theme,
      title: s.title,
      items: s.items.map((it) => ({ text: it.text, sources: [...it.sources] })),
    })),
    rejected: [...input.rejected]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((r) => ({ key: r.key, code: r.code, reason: r.reason, at: r.at })),
  };
}

/** Newest first, then by key, so the article list reads like a news page. */
function byDateThenKey(a: Article, b: Article): number {
  const da = a.publishedAt ?? '';
  const db = b.publishedAt ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.key.localeCompare(b.key);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Nov 2026" from an ISO date, in UTC so the digest does not depend on the machine's zone. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function subjectOf(settings: DigestSettings, createdAt: string): string {
  return `${settings.subjectPrefix ?? settings.digestName} — ${formatDay(createdAt)}`;
}

/** The name a reader sees for an article: its outlet, else its host name, else its title. */
function sourceName(a: DigestManifest['articles'][number]): string {
  if (a.source) return a.source;
  if (a.url) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through to the title
    }
  }
  return a.title;
}

/** Sources named under one item in the email; the manifest keeps them all. */
export const MAX_SOURCES_SHOWN = 5;

/** A story many outlets carried would otherwise push the email past Gmail's clipping size. */
function shownSources<T extends { name: string; url: string | null }>(sources: T[]): { name: string; url: string | null }[] {
  if (sources.length <= MAX_SOURCES_SHOWN) return sources;
  const rest = sources.length - (MAX_SOURCES_SHOWN - 1);
  return [...sources.slice(0, MAX_SOURCES_SHOWN - 1), { name: `${rest} more`, url: null }];
}

function baseName(key: string): string {
  return key.split('/').pop() || key;
}

export function toView(manifest: DigestManifest, settings: DigestSettings): DigestView {
  // A duplicate is one article under two keys: the email lists and counts it once.
  const listed = manifest.articles.filter((a) => !a.duplicateOf);
  const byKey = new Map(listed.map((a) => [a.key, a]));
  const dates = listed
    .map((a) => a.publishedAt?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort();
  const sections = manifest.sections.map((s) => ({
    id: s.theme,
    title: s.title,
    items: s.items.map((it) => ({
      text: it.text,
      sources: shownSources(
        it.sources.flatMap((key) => {
          const a = byKey.get(key);
          return a ? [{ name: sourceName(a), url: a.url }] : [];
        }),
      ),
    })),
  }));
  const itemCount = sections.reduce((n, s) => n + s.items.length, 0);
  const n = listed.length;
  const preheader =
    sections.length > 0
      ? `${itemCount} key point${itemCount === 1 ? '' : 's'} from ${n} article${n === 1 ? '' : 's'}: ${sections.map((s) => s.title).join(', ')}`
      : `${n} article${n === 1 ? '' : 's'}, no themed news this time`;
  return {
    digestName: settings.digestName,
    subject: subjectOf(settings, manifest.createdAt),
    preheader,
    dateRange: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    articleCount: n,
    sections,
    articles: listed.map((a) => ({ title: a.title, source: a.source, publishedAt: a.publishedAt, url: a.url })),
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
  return composeDigest({ ...input, summary: summarize(input.articles, input.settings) });
}
