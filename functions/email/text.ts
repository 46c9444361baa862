// The plain-text part, rendered from the same view model as the HTML (never scraped from it).
// Setext-style headings, items as "*" bullets, lines wrapped at 72 columns.
import type { DigestView } from '../core/model';
import { cleanText, safeLinkUrl } from './escape';
import {
  aboveSections,
  ALSO_IN_DIGEST,
  ALSO_REPORTED_BY,
  SOURCE_SEPARATOR,
  seriesSeparator,
  itemDate,
  unthemedNote,
  articleMeta,
  articleTitle,
  headerCountParts,
  headerDate,
  itemSources,
  moreArticles,
  rejectedHeading,
} from './format';

export const TEXT_WIDTH = 72;

/**
 * Greedy word wrap. `firstPrefix` starts the first line, `prefix` the others; a word longer than the
 * width (a URL) gets a line of its own rather than being broken.
 */
export function wrap(text: string, width = TEXT_WIDTH, firstPrefix = '', prefix = firstPrefix): string[] {
  const words = cleanText(text).split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = prefix;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/**
 * Parts joined by " · ", a line broken only between them ("3 min read" is never split across two lines:
 * readers of algae-bloom, prison-riot and lithium-mine, twenty-ninth stop); a part longer than a line
 * is wrapped at its spaces.
 */
export function wrapParts(parts: readonly string[], width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts.map((p) => cleanText(p)).filter((p) => p !== '')) {
    if (line && line.length + SOURCE_SEPARATOR.length + part.length <= width) line += `${SOURCE_SEPARATOR}${part}`;
    else {
      if (line) lines.push(line);
      const wrapped = part.length > width ? wrap(part, width) : [part];
      lines.push(...wrapped.slice(0, -1));
      line = wrapped.at(-1) ?? '';
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function heading(title: string, underline: '=' | '-'): string[] {
  const lines = wrap(title);
  const longest = Math.max(...lines.map((l) => l.length));
  return [...lines, underline.repeat(Math.min(Math.max(longest, 3), TEXT_WIDTH))];
}

// Names only: URLs after every item made the text hard to read; the article list carries the links.
const sourceText = (ref: { readonly name: string }) => ref.name;

type ItemModel = DigestView['sections'][number]['items'][number];

function sourcesLine(item: ItemModel): string | null {
  const { primary, others } = itemSources(item.sources);
  if (!primary) return null;
  const date = itemDate(item);
  const parts = [...(date ? [date] : []), sourceText(primary)];
  if (others.length > 0) parts.push(`${ALSO_REPORTED_BY} ${others.map((ref, k) => seriesSeparator(k, others.length) + sourceText(ref)).join('')}`);
  return parts.join(SOURCE_SEPARATOR);
}

/** An item: its text, its sources, and the link to its own article when it has one. */
function itemLines(item: ItemModel): string[] {
  const out = wrap(item.text, TEXT_WIDTH, '* ', '  ');
  const sources = sourcesLine(item);
  if (sources) out.push(...wrap(sources, TEXT_WIDTH, '  '));
  const url = safeLinkUrl(itemSources(item.sources).primary?.url ?? null);
  if (url) out.push(`  ${url}`);
  return out;
}

export interface TextOptions {
  readonly unsubscribeUrl: string | null;
  /** How many articles the list shows before "and N more" (the HTML's size budget decides). */
  readonly listedArticles?: number;
  /** Web archive links, as in the HTML part (RenderOptions.links). */
  readonly links?: { readonly digest: string | null; readonly index: string } | null;
}

export function renderDigestText(view: DigestView, options: TextOptions): string {
  const out: string[] = [];
  const blank = () => out.push('');
  const digestName = cleanText(view.digestName);

  out.push(...heading(digestName, '='));
  out.push(...wrapParts([headerDate(view), ...headerCountParts(view)]));
  if (options.links?.digest) out.push(`View in your browser: ${options.links.digest}`);

  for (const { kicker, item } of aboveSections(view)) {
    blank();
    blank();
    out.push(...heading(kicker, '-'));
    blank();
    out.push(...itemLines(item));
  }

  for (const section of view.sections) {
    if (section.items.length === 0 && !section.also?.length) continue;
    blank();
    blank();
    out.push(...heading(cleanText(section.title), '-'));
    for (const item of section.items) {
      blank();
      out.push(...itemLines(item));
    }
    if (section.also?.length) {
      blank();
      out.push(...wrap(`${ALSO_IN_DIGEST} ${section.also.map((ref) => cleanText(ref.name)).join('; ')}`));
    }
  }

  if (view.articles.length > 0) {
    const listed = Math.min(options.listedArticles ?? view.articles.length, view.articles.length);
    blank();
    blank();
    out.push(...heading('Articles in this digest', '-'));
    view.articles.slice(0, listed).forEach((article, i) => {
      const number = `${i + 1}. `;
      const indent = ' '.repeat(number.length);
      blank();
      out.push(...wrap(articleTitle(article), TEXT_WIDTH, number, indent));
      const meta = articleMeta(article);
      if (meta) out.push(...wrap(meta, TEXT_WIDTH, indent));
      const url = safeLinkUrl(article.url);
      if (url) out.push(`${indent}${url}`);
    });
    if (listed < view.articles.length) {
      blank();
      out.push(moreArticles(view.articles.length - listed));
    }
  }
  const note = unthemedNote(view);
  if (note) {
    blank();
    out.push(...wrap(note));
  }

  if (view.rejected.length > 0) {
    blank();
    blank();
    out.push(...wrap(rejectedHeading(view.rejected.length)));
    for (const r of view.rejected) out.push(...wrap(`${cleanText(r.name)}: ${cleanText(r.reason)}`, TEXT_WIDTH, '- ', '  '));
  }

  blank();
  blank();
  out.push('-- ');
  out.push(...wrap(view.footer.reason));
  if (options.unsubscribeUrl) {
    out.push(...wrap(`Unsubscribe from ${digestName}:`));
    out.push(options.unsubscribeUrl);
  } else {
    out.push(...wrap(`To stop receiving ${digestName}, reply to this email and ask to be removed.`));
  }
  if (options.links) out.push(`Past digests: ${options.links.index}`);
  out.push(...wrap(view.footer.sender));
  return `${out.join('\n')}\n`;
}
