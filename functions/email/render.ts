// Renders a DigestView into the email's HTML (MJML) and plain-text parts.
// Pure code: no AWS, no environment, no file reads of its own. The caller loads the templates
// (functions/adapters/templates.ts) and passes them in; MJML itself reads the one mj-include
// (partials/theme.mjml), from the folder the templates came from.
import path from 'node:path';
import mjml2html from 'mjml';
import type { DigestView } from '../core/model';
import { cleanText, safeLinkUrl } from './escape';
import {
  aboveSections,
  ALSO_REPORTED_BY,
  SOURCE_SEPARATOR,
  seriesSeparator,
  articleMeta,
  articleTitle,
  ALSO_IN_DIGEST,
  headerCounts,
  headerDate,
  itemDate,
  itemSources,
  rejectedHeading,
  type SourceRef,
  unthemedNote,
} from './format';
import { EMPTY_MARKUP, type Markup, fill, joinMarkup } from './template';
import { renderDigestText } from './text';

/** Gmail clips HTML over about 102 KB; stay clear of it with room for the MIME wrapping. */
export const DEFAULT_MAX_HTML_BYTES = 95_000;

export interface RenderOptions {
  /** The reader's own unsubscribe link (see unsubscribeLink); null shows a "reply to leave" line instead. */
  readonly unsubscribeUrl: string | null;
  /** The loaded templates (loadTemplates in functions/adapters/templates.ts). */
  readonly templates: Templates;
  /** HTML size budget in bytes; the article list is shortened ("and N more") to stay under it. */
  readonly maxHtmlBytes?: number;
  /**
   * Web archive links (see archiveLinks in ./archive): "View in browser" above the header (when
   * `digest` is set) and "Past digests" in the footer. Absent or null: neither.
   */
  readonly links?: ArchiveLinks | null;
}

export interface ArchiveLinks {
  /** This digest's page; null in the browser copy itself. */
  readonly digest: string | null;
  /** The index of past digests. */
  readonly index: string;
}

export interface RenderedDigest {
  readonly html: string;
  readonly text: string;
}

/** The digest cannot fit the HTML size budget even with the article list left out. */
export class DigestTooLargeError extends Error {
  override readonly name = 'DigestTooLargeError';
  constructor(
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`digest HTML is ${bytes} bytes without the article list, over the ${maxBytes}-byte budget: cap items upstream`);
  }
}

/** Every template file the digest needs, by name, relative to the templates folder. */
export const TEMPLATE_FILES = {
  layout: 'digest.mjml',
  header: 'partials/header.mjml',
  section: 'partials/section.mjml',
  item: 'partials/item.mjml',
  lead: 'partials/lead.mjml',
  also: 'partials/also.mjml',
  unthemedNote: 'partials/unthemed-note.html',
  sourceLink: 'partials/source-link.html',
  articles: 'partials/articles.mjml',
  articleRow: 'partials/article-row.html',
  articleMore: 'partials/article-more.html',
  rejected: 'partials/rejected.mjml',
  rejectedRow: 'partials/rejected-row.html',
  footer: 'partials/footer.mjml',
  unsubscribeLink: 'partials/unsubscribe-link.html',
  unsubscribeNone: 'partials/unsubscribe-none.html',
  browserLink: 'partials/browser-link.mjml',
  archiveLink: 'partials/archive-link.html',
} as const;

export type TemplateName = keyof typeof TEMPLATE_FILES;
/** The templates' sources by name, and the folder they came from (where MJML resolves mj-include). */
export type Templates = { readonly dir: string } & Readonly<Record<TemplateName, string>>;

function sourceMarkup(t: Templates, ref: SourceRef): Markup {
  return ref.url
    ? fill(t.sourceLink, { href: ref.url, name: ref.name }, TEMPLATE_FILES.sourceLink)
    : fill('{{name}}', { name: ref.name });
}

type ItemModel = DigestView['sections'][number]['items'][number];

function sourcesMarkup(t: Templates, item: ItemModel): Markup {
  const { primary, others } = itemSources(item.sources);
  if (!primary) return EMPTY_MARKUP;
  const date = itemDate(item);
  const parts = [...(date ? [fill('{{date}}', { date })] : []), sourceMarkup(t, primary)];
  if (others.length > 0) {
    const also = joinMarkup(others.flatMap((ref, k) => [fill('{{separator}}', { separator: seriesSeparator(k, others.length) }), sourceMarkup(t, ref)]));
    parts.push(joinMarkup([fill('{{label}} ', { label: ALSO_REPORTED_BY }), also]));
  }
  return joinMarkup(parts, SOURCE_SEPARATOR);
}

function sectionsMarkup(t: Templates, view: DigestView): Markup {
  return joinMarkup(
    view.sections
      .filter((section) => section.items.length > 0 || (section.also?.length ?? 0) > 0)
      .map((section) => {
        const items = section.items.map((item) =>
          fill(t.item, { text: cleanText(item.text), sources: sourcesMarkup(t, item) }, TEMPLATE_FILES.item),
        );
        const also = section.also?.length
          ? fill(
              t.also,
              { label: ALSO_IN_DIGEST, links: joinMarkup(section.also.map((ref) => sourceMarkup(t, { name: cleanText(ref.name), url: safeLinkUrl(ref.url) })), '; ') },
              TEMPLATE_FILES.also,
            )
          : EMPTY_MARKUP;
        return fill(t.section, { title: cleanText(section.title), items: joinMarkup(items, '\n'), also }, TEMPLATE_FILES.section);
      }),
    '\n',
  );
}

/** A numbered row: items without an outlet point to their article as "article N". */
function articleRowMarkup(t: Templates, article: DigestView['articles'][number], index: number): Markup {
  const title = articleTitle(article);
  const url = safeLinkUrl(article.url);
  const titleMarkup = url
    ? fill(t.sourceLink, { href: url, name: title }, TEMPLATE_FILES.sourceLink)
    : fill('{{title}}', { title });
  return fill(t.articleRow, { number: index + 1, title: titleMarkup, meta: articleMeta(article) }, TEMPLATE_FILES.articleRow);
}

function moreMarkup(t: Templates, hidden: number): Markup {
  return hidden > 0 ? fill(t.articleMore, { count: hidden }, TEMPLATE_FILES.articleMore) : EMPTY_MARKUP;
}

/** The digest's MJML with the first `rows.length` article rows listed. */
function layoutMjml(t: Templates, view: DigestView, unsubscribeUrl: string | null, rows: readonly Markup[], links: ArchiveLinks | null): string {
  const digestName = cleanText(view.digestName);
  const more = moreMarkup(t, view.articles.length - rows.length);
  const note = unthemedNote(view);
  const unthemed = note ? fill(t.unthemedNote, { note }, TEMPLATE_FILES.unthemedNote) : EMPTY_MARKUP;
  const articles =
    view.articles.length > 0
      ? fill(t.articles, { rows: joinMarkup(rows), more, unthemed }, TEMPLATE_FILES.articles)
      : EMPTY_MARKUP;
  const above = aboveSections(view);
  const lead = above.length
    ? joinMarkup(above.map(({ kicker, item }) => fill(t.lead, { kicker, text: cleanText(item.text), sources: sourcesMarkup(t, item) }, TEMPLATE_FILES.lead)))
    : EMPTY_MARKUP;
  const rejected =
    view.rejected.length > 0
      ? fill(
          t.rejected,
          {
            heading: rejectedHeading(view.rejected.length),
            rows: joinMarkup(
              view.rejected.map((r) =>
                fill(t.rejectedRow, { name: cleanText(r.name), reason: cleanText(r.reason) }, TEMPLATE_FILES.rejectedRow),
              ),
            ),
          },
          TEMPLATE_FILES.rejected,
        )
      : EMPTY_MARKUP;
  const unsubscribe = unsubscribeUrl
    ? fill(t.unsubscribeLink, { href: unsubscribeUrl, digestName }, TEMPLATE_FILES.unsubscribeLink)
    : fill(t.unsubscribeNone, { digestName }, TEMPLATE_FILES.unsubscribeNone);
  const browserLink = links?.digest ? fill(t.browserLink, { href: links.digest }, TEMPLATE_FILES.browserLink) : EMPTY_MARKUP;
  const archive = links ? fill(t.archiveLink, { href: links.index }, TEMPLATE_FILES.archiveLink) : EMPTY_MARKUP;
  return fill(
    t.layout,
    {
      subject: cleanText(view.subject),
      browserLink,
      preheader: cleanText(view.preheader),
      header: fill(t.header, { digestName, date: headerDate(view), counts: headerCounts(view) }, TEMPLATE_FILES.header),
      lead,
      sections: sectionsMarkup(t, view),
      articles,
      rejected,
      footer: fill(
        t.footer,
        { reason: cleanText(view.footer.reason), unsubscribe, archive, sender: cleanText(view.footer.sender) },
        TEMPLATE_FILES.footer,
      ),
    },
    TEMPLATE_FILES.layout,
  ).value;
}

async function compile(t: Templates, mjml: string): Promise<string> {
  const result = await mjml2html(mjml, {
    // No web fonts: the theme uses system font stacks, and a font link is a tracking-free request saved.
    fonts: {},
    // Templates are ours and data is escaped, so invalid MJML is a template bug: fail loudly.
    validationLevel: 'strict',
    // mj-include is off by default in MJML 5; includes resolve against filePath's folder and MJML
    // denies any path that leaves it (no includePath given, so the templates folder is the only root).
    ignoreIncludes: false,
    filePath: path.join(t.dir, TEMPLATE_FILES.layout),
    keepComments: false,
    // minify costs about 1 s on the first render (MJML 5 loads its minifier then) and its CSS step
    // does nothing here, so the bytes it would save are not worth it.
    minify: false,
    beautify: false,
  });
  return result.html;
}

function checkedUnsubscribeUrl(raw: string | null): string | null {
  if (raw === null) return null;
  const url = safeLinkUrl(raw);
  if (!url || !/^https?:/.test(url)) throw new TypeError('unsubscribeUrl must be an absolute http(s) URL');
  return url;
}

function checkedLinks(links: ArchiveLinks | null | undefined): ArchiveLinks | null {
  if (!links) return null;
  const check = (raw: string) => {
    const url = safeLinkUrl(raw);
    if (!url || !/^https?:/.test(url)) throw new TypeError('archive links must be absolute http(s) URLs');
    return url;
  };
  return { digest: links.digest === null ? null : check(links.digest), index: check(links.index) };
}

/** The MJML source of the digest with every article listed: for validation tests and debugging. */
export async function renderDigestMjml(
  view: DigestView,
  options: Pick<RenderOptions, 'unsubscribeUrl' | 'templates' | 'links'>,
): Promise<string> {
  const t = options.templates;
  const rows = view.articles.map((a, i) => articleRowMarkup(t, a, i));
  return layoutMjml(t, view, checkedUnsubscribeUrl(options.unsubscribeUrl), rows, checkedLinks(options.links));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Renders the digest. The HTML stays under `maxHtmlBytes` (default 95,000, below Gmail's ~102 KB clip)
 * by listing fewer articles and saying "and N more"; the text part lists the same articles.
 */
export async function renderDigest(view: DigestView, options: RenderOptions): Promise<RenderedDigest> {
  const maxBytes = options.maxHtmlBytes ?? DEFAULT_MAX_HTML_BYTES;
  const unsubscribeUrl = checkedUnsubscribeUrl(options.unsubscribeUrl);
  const links = checkedLinks(options.links);
  const t = options.templates;

  const rows = view.articles.map((a, i) => articleRowMarkup(t, a, i));
  // MJML copies the list's rows verbatim into the HTML, so each row costs exactly its own bytes.
  const rowBytes = rows.map((r) => Buffer.byteLength(r.value));
  const byteLength = (m: Markup) => Buffer.byteLength(m.value);

  // Usually everything fits in one render. When the rows alone take half the budget, render without
  // them first: that measures the rest of the email cheaply, then the list is cut to fit exactly.
  let listed = sum(rowBytes) <= maxBytes / 2 ? rows.length : 0;
  let html = await compile(t, layoutMjml(t, view, unsubscribeUrl, rows.slice(0, listed), links));
  let bytes = Buffer.byteLength(html);

  if (bytes > maxBytes || listed < rows.length) {
    const fixed = bytes - sum(rowBytes.slice(0, listed)) - byteLength(moreMarkup(t, rows.length - listed));
    // The "and N more" line is at its longest when N is largest.
    let budget = maxBytes - fixed - byteLength(moreMarkup(t, rows.length));
    let fit = 0;
    while (fit < rows.length && rowBytes[fit]! <= budget) budget -= rowBytes[fit++]!;
    if (fit !== listed) {
      listed = fit;
      html = await compile(t, layoutMjml(t, view, unsubscribeUrl, rows.slice(0, listed), links));
      bytes = Buffer.byteLength(html);
    }
    if (bytes > maxBytes) throw new DigestTooLargeError(fixed, maxBytes);
  }

  const text = renderDigestText(view, { unsubscribeUrl, listedArticles: listed, links });
  return { html, text };
}
