// Labelled sets: a folder of articles, its labels and (optionally) its own themes. Builds the digest
// of a set exactly as the CLI does (read -> summarize -> manifest, with the repo's cdk.json and the
// set's themes) and scores it: with the shared scorer (../shared/eval/score-digest.mjs) and with the
// measures of the quality report (coverage with `alsoIn`, off-topic leaks, standalone items).
// Shared by seeds-score.ts, samples-score.ts, quality.ts and the tests that pin each set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { deliverSettingsOf, parseAppConfig, toRuntimeConfig, type RuntimeConfig } from '../../config/schema';
import type { Article, DigestManifest, Rejection } from '../../functions/core/model';
import { summarize } from '../../functions/core/summarize';
import { digestOfFiles } from '../../functions/local/digest-files';
import { LABELS, nearDuplicatePairs, REPO, SAMPLE_LABELS, SAMPLES, SCORER, SEEDS } from './helpers';
import { checkStandalone, datelinePlaces, type StandaloneRule } from './standalone-check';

export interface ScoreSet {
  readonly name: string;
  readonly dir: string;
  readonly labels: string;
  /** A themes file in the shape of config/default-themes.json; absent: the repo's cdk.json themes (the defaults). */
  readonly themes?: string;
  /** The user's topic terms, `{"subject": [...]}`, written blind from a line on the story (config topicTerms); absent: none. */
  readonly subject?: string;
  /** Where digest.json is written. */
  readonly out?: string;
}

/** The folder that holds labelled sets: test/fixtures/sets/<name>/{articles/, labels.json, themes.json?}. */
export const SETS = join(REPO, 'test/fixtures/sets');

/** Every labelled set: the seeds (when ../shared is there), the samples, then each folder of SETS with a labels.json. */
export function labelledSets(): ScoreSet[] {
  const sets: ScoreSet[] = [];
  if (existsSync(SEEDS) && existsSync(LABELS)) sets.push({ name: 'seeds', dir: SEEDS, labels: LABELS });
  sets.push({ name: 'samples', dir: SAMPLES, labels: SAMPLE_LABELS });
  if (existsSync(SETS)) {
    for (const name of readdirSync(SETS).sort()) {
      const root = join(SETS, name);
      if (!existsSync(join(root, 'labels.json'))) continue;
      const articles = join(root, 'articles');
      const themes = join(root, 'themes.json');
      const subject = join(root, 'subject.json');
      sets.push({
        name,
        dir: existsSync(articles) ? articles : root,
        labels: join(root, 'labels.json'),
        ...(existsSync(themes) ? { themes } : {}),
        ...(existsSync(subject) ? { subject } : {}),
      });
    }
  }
  return sets;
}

/** The config the CLI runs with (`--config cdk.json`), the set's themes in place of the file's. */
export function configOf(set: Pick<ScoreSet, 'themes' | 'subject'>): RuntimeConfig {
  const cdk = JSON.parse(readFileSync(join(REPO, 'cdk.json'), 'utf8')) as { context?: { digest?: Record<string, unknown> } };
  const digest = { ...(cdk.context?.digest ?? {}) };
  if (set.themes) digest.themes = JSON.parse(readFileSync(set.themes, 'utf8'));
  if (set.subject) digest.topicTerms = (JSON.parse(readFileSync(set.subject, 'utf8')) as { subject: string[] }).subject;
  return toRuntimeConfig(parseAppConfig(digest, 'digest'));
}

// Every digest of a set is dated the same day, so two runs over the same input give the same manifest.
const NOW = new Date('2026-01-01T00:00:00Z');

export interface SetDigest {
  readonly config: RuntimeConfig;
  readonly articles: readonly Article[];
  readonly rejected: readonly Rejection[];
  readonly manifest: DigestManifest;
}

/** The digest of a set, built by the CLI's own builder (functions/local/digest-files.ts). */
export function digestOfSet(set: Pick<ScoreSet, 'dir' | 'themes' | 'subject'>): SetDigest {
  const config = configOf(set);
  const { articles, rejected, manifest } = digestOfFiles({ inputs: [set.dir], config, now: NOW });
  return { config, articles, rejected, manifest };
}

function writeManifest(manifest: DigestManifest, out: string): string {
  mkdirSync(out, { recursive: true });
  const path = join(out, 'digest.json');
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

function runScorer(digest: string, set: Pick<ScoreSet, 'dir' | 'labels'>, flags: readonly string[]) {
  return spawnSync(process.execPath, [SCORER, '--digest', digest, '--labels', set.labels, '--articles', set.dir, '--strict', ...flags], {
    encoding: 'utf8',
  });
}

/** Runs the set with the flags in argv (--show, --json); returns the scorer's exit status. */
export async function scoreSet(set: ScoreSet, argv: readonly string[]): Promise<number> {
  if (!existsSync(set.dir)) {
    console.error(`no ${set.name} at ${set.dir}`);
    return 2;
  }
  const digest = digestOfSet(set);
  console.log(`${set.name}: ${digest.articles.length} articles, ${digest.rejected.length} rejected`);
  if (argv.includes('--show')) {
    // The scores are the summarizer's own; the items are the manifest's (what the scorer reads).
    const summary = summarize(digest.articles, deliverSettingsOf(digest.config));
    for (const [key, t] of summary.themes) console.log(`${basename(key)}  ${t.theme}  ${JSON.stringify(t.scores)}`);
    for (const s of summary.sections) {
      console.log(`\n## ${s.title}`);
      for (const i of s.items) console.log(`- [${i.score}] ${i.text}  <${i.sources.map((k) => basename(k).slice(0, 3)).join(',')}>`);
    }
    console.log();
  }
  const run = runScorer(writeManifest(digest.manifest, set.out ?? join(tmpdir(), `${set.name}-digest`)), set, argv.includes('--json') ? ['--json'] : []);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  return run.status ?? 1;
}

/** The shared scorer's JSON figures and exit status (--strict) for a digest manifest. */
function scoreManifest(manifest: DigestManifest, set: Pick<ScoreSet, 'dir' | 'labels'>): { result: Record<string, unknown>; status: number | null } {
  const out = mkdtempSync(join(tmpdir(), 'scored-digest-'));
  try {
    const run = runScorer(writeManifest(manifest, out), set, ['--json']);
    if (!run.stdout) throw new Error(`the scorer printed nothing for ${set.dir}: ${run.stderr}`);
    return { result: JSON.parse(run.stdout) as Record<string, unknown>, status: run.status };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** For tests: the set read with the real reader, summarized and scored; the scorer's JSON figures and exit status. */
export async function scoreSetJson(set: Pick<ScoreSet, 'dir' | 'labels' | 'themes' | 'subject'>): Promise<{ result: Record<string, unknown>; status: number | null }> {
  return scoreManifest(digestOfSet(set).manifest, set);
}

export interface LabelFile {
  readonly articles: readonly { file: string; on_topic?: boolean }[];
  /** Each fact's keyword groups: every group must match, one alternative ("a|b") of each (the scorer's rule). */
  readonly facts?: readonly { readonly keywords: readonly string[] }[];
}

/** A section as the manifest may carry it: `alsoIn` lists on-topic article keys that got no item (optional). */
type SectionWithAlsoIn = DigestManifest['sections'][number] & { readonly alsoIn?: readonly string[] };

export interface StandaloneFailureRow {
  readonly section: string;
  readonly text: string;
  readonly rule: StandaloneRule;
  readonly detail: string;
}

export interface SetQuality {
  readonly name: string;
  readonly articles: number;
  readonly items: number;
  /** Share of labelled facts found in an item of their own section (the scorer's factRecallInSection). */
  readonly factRecall: number | null;
  /** Share of on-topic articles cited by an item or listed in a section's `alsoIn`. */
  readonly coverage: number | null;
  /** Share of articles whose theme is the labelled one, null for off-topic (the scorer's). */
  readonly themeAccuracy: number | null;
  /** Off-topic articles cited in a section (items or alsoIn) or given a theme: "file: why". */
  readonly leaks: readonly string[];
  /** Item pairs the scorer counts as near-duplicates. */
  readonly nearDuplicates: number;
  /** The scorer's --strict passes (no lost file, boilerplate, near-duplicate, leak, budget or source failure). */
  readonly strict: boolean;
  readonly hardFailures: readonly string[];
  readonly standalone: readonly StandaloneFailureRow[];
  /** Items with a dateline or wire prefix (counted in `standalone` too). */
  readonly datelines: number;
  /**
   * Labelled facts that two or more items tell (matched as the scorer matches a fact): the digest
   * saying a thing twice. An upper bound: a fact in the background of another item's point counts too.
   */
  readonly factsTwice: number;
  /**
   * Pairs of one section's items from one article where the item its article tells later comes first
   * in reading order (the top story first, shown above the sections): an elaboration above the lede
   * it leans on. "ITEM... before ITEM..." for each.
   */
  readonly outOfArticleOrder: readonly string[];
}

/**
 * Where the item stands in its article's text: the start most of its 24-character slices (every 16
 * characters) point back to, or -1 when the text holds none. Most, not the first: the opening may be
 * a name expanded or a role added beyond what the article wrote there, and the added words ("Secretary
 * of State Antony Blinken") may stand elsewhere in the article, earlier than the item.
 */
function positionIn(text: string, item: string): number {
  const starts = new Map<number, number>();
  for (let from = 0; from + 24 <= item.length; from += 16) {
    const at = text.indexOf(item.slice(from, from + 24));
    if (at >= 0) starts.set(at - from, (starts.get(at - from) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [start, n] of starts) if (n > most || (n === most && start < best)) [best, most] = [start, n];
  return best;
}

/** One article's items in a section, in an order other than the article's (see SetQuality.outOfArticleOrder). */
export function outOfArticleOrder(sections: readonly { readonly items: readonly { readonly text: string; readonly sources: readonly string[] }[] }[], textOf: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const { items } of sections) {
    const at = items.map((it) => positionIn(textOf.get(it.sources[0] ?? '') ?? '', it.text));
    items.forEach((x, i) => {
      items.forEach((y, j) => {
        if (i < j && x.sources[0] === y.sources[0] && at[i]! >= 0 && at[j]! >= 0 && at[i]! > at[j]!) out.push(`${x.text.slice(0, 60)}... before ${y.text.slice(0, 60)}...`);
      });
    });
  }
  return out;
}

/** The scorer's normalisation of text before a fact's keywords are looked up (score-digest.mjs). */
const normText = (s: string): string =>
  s.normalize('NFKC').replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
/** How many facts two or more of the texts tell. */
export function factsToldTwice(texts: readonly string[], facts: LabelFile['facts'] = []): number {
  const normed = texts.map(normText);
  const tells = (t: string, keywords: readonly string[]): boolean => keywords.every((g) => g.split('|').some((alt) => t.includes(normText(alt))));
  return facts.filter((f) => normed.filter((t) => tells(t, f.keywords)).length >= 2).length;
}

const fileOf = (key: string): string => basename(key);

/** Every measure of the quality report for one set. */
export function qualityOf(set: ScoreSet): SetQuality {
  const digest = digestOfSet(set);
  const { result } = scoreManifest(digest.manifest, set);
  const labels = JSON.parse(readFileSync(set.labels, 'utf8')) as LabelFile;
  return measure(set.name, digest, result, labels);
}

/**
 * The report's own measures from a digest (coverage with `alsoIn`, leaks, standalone items) and
 * the shared scorer's figures (`result`, its --json output) for the rest.
 */
export function measure(name: string, digest: Pick<SetDigest, 'articles' | 'manifest'>, result: Record<string, unknown>, labels: LabelFile): SetQuality {
  const onTopic = labels.articles.filter((a) => a.on_topic !== false).map((a) => a.file);
  const offTopic = new Set(labels.articles.filter((a) => a.on_topic === false).map((a) => a.file));
  const sections = digest.manifest.sections as readonly SectionWithAlsoIn[];

  // "Latest": an item of its own (outside the sections, so the shared scorer never sees it) is
  // measured here like the sections' items: its citations, its standalone reading, its repeats.
  const latestRef = digest.manifest.latest ?? null;
  const ownLatest = latestRef && 'item' in latestRef ? latestRef.item : undefined;
  const mentioned = new Map<string, string>();
  for (const k of ownLatest?.sources ?? []) if (!mentioned.has(fileOf(k))) mentioned.set(fileOf(k), `cited in latest`);
  for (const s of sections) {
    for (const it of s.items) for (const k of it.sources) if (!mentioned.has(fileOf(k))) mentioned.set(fileOf(k), `cited in ${s.theme}`);
    for (const k of s.alsoIn ?? []) if (!mentioned.has(fileOf(k))) mentioned.set(fileOf(k), `listed in ${s.theme} alsoIn`);
  }
  const leaks: string[] = [];
  for (const a of digest.manifest.articles) {
    const file = fileOf(a.key);
    if (!offTopic.has(file)) continue;
    const why = [mentioned.get(file), a.theme !== null ? `theme ${a.theme}` : undefined].filter(Boolean);
    if (why.length) leaks.push(`${file}: ${why.join(', ')}`);
  }

  const textOf = new Map(digest.articles.map((a) => [a.key, [a.title, ...a.paragraphs].join('\n\n')]));
  const furnitureOf = new Map(digest.articles.map((a) => [a.key, a.furniture]));
  const standalone: StandaloneFailureRow[] = [];
  // In reading order: the top story first, then the latest, then each section's items.
  const lead = digest.manifest.lead ? sections.find((s) => s.theme === digest.manifest.lead!.theme)?.items[digest.manifest.lead.index] : undefined;
  const latest = latestRef && 'index' in latestRef ? sections.find((s) => s.theme === latestRef.theme)?.items[latestRef.index] : ownLatest;
  const following = latest ? (latestRef?.follow ?? []).flatMap((k) => sections.find((s) => s.theme === latestRef!.theme)?.items[k] ?? []) : [];
  const above = [lead, latest !== lead ? latest : undefined, ...following];
  const reading = [
    ...(lead ? [{ section: digest.manifest.lead!.theme, item: lead }] : []),
    ...(latest && latest !== lead ? [{ section: latestRef!.theme, item: latest }] : []),
    ...following.filter((it) => it !== lead).map((item) => ({ section: latestRef!.theme, item })),
    ...sections.flatMap((s) => s.items.filter((it) => !above.includes(it)).map((item) => ({ section: s.theme, item }))),
  ];
  const read: string[] = [];
  const allTexts = [...textOf.values()];
  for (const { section, item: it } of reading) {
    const sources = it.sources.map((k) => textOf.get(k)).filter((t): t is string => t !== undefined);
    const places = it.sources.flatMap((k) => datelinePlaces(furnitureOf.get(k) ?? []));
    for (const f of checkStandalone(it.text, sources, read, places, allTexts)) standalone.push({ section, text: it.text, rule: f.rule, detail: f.detail });
    read.push(it.text);
  }

  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const hardFailures = Array.isArray(result.hardFailures) ? (result.hardFailures as string[]) : [];
  return {
    name,
    articles: digest.articles.length,
    items: sections.reduce((n, s) => n + s.items.length, 0),
    factRecall: num(result.factRecallInSection),
    coverage: onTopic.length ? Number((onTopic.filter((f) => mentioned.has(f)).length / onTopic.length).toFixed(3)) : null,
    themeAccuracy: num(result.articleThemeAccuracy),
    leaks,
    nearDuplicates:
      (num(result.nearDuplicatePairs) ?? 0) +
      (ownLatest ? nearDuplicatePairs([ownLatest.text, ...sections.flatMap((s) => s.items.map((it) => it.text))]).filter(([i]) => i === 0).length : 0),
    strict: hardFailures.length === 0,
    hardFailures,
    standalone,
    datelines: standalone.filter((f) => f.rule === 'dateline').length,
    factsTwice: factsToldTwice([...(ownLatest ? [ownLatest.text] : []), ...sections.flatMap((s) => s.items.map((it) => it.text))], labels.facts),
    outOfArticleOrder: outOfArticleOrder(
      sections.map((s) => ({ items: reading.filter((r) => r.section === s.theme && r.item !== ownLatest).map((r) => r.item) })),
      textOf,
    ),
  };
}

/** Distinct items with at least one standalone failure. */
export const failingItems = (q: Pick<SetQuality, 'standalone'>): number => new Set(q.standalone.map((f) => `${f.section}\u0000${f.text}`)).size;
