// Optional abstractive step: reword the items the extractive summarizer chose, one concise
// sentence each. Selection, clustering and sources stay the summarizer's (that is what keeps items
// traceable and non-duplicate); a rewriter only changes wording, and every answer is checked here.
// Pure: the rewriter is a port (the Bedrock adapter lives in functions/adapters).
import type { DigestItem, DigestSection, Summary } from './model';
import { countWords } from './summarize';

/** Rewords one section's items: one string per item, in the items' order. */
export interface ItemRewriter {
  rewrite(section: {
    title: string;
    items: readonly { text: string; sources: readonly string[] }[];
  }): Promise<readonly string[]>;
}

/** An item that kept its extractive text, and why (for a warning log). */
export interface RewriteFallback {
  readonly section: string;
  /** Item index in its section, or null when the whole section's answer was unusable. */
  readonly item: number | null;
  readonly reason: string;
}

export interface RewriteOptions {
  /** Most words in one rewritten item (the digest's maxWordsPerItem). */
  readonly maxWords: number;
  /** Told about every item that keeps its extractive text. */
  readonly onFallback?: (fallback: RewriteFallback) => void;
}

/**
 * The summary with each item's text replaced by the rewriter's sentence when that sentence passes
 * validation, else the extractive text. Never drops or reorders an item, never touches sources,
 * scores or themes. A rewriter that throws makes this throw: the caller decides (the pipeline
 * keeps the extractive summary).
 */
export async function rewriteSummary(summary: Summary, rewriter: ItemRewriter, opts: RewriteOptions): Promise<Summary> {
  const sections: DigestSection[] = [];
  // One section at a time: a model endpoint throttles bursts, and sections are few.
  for (const section of summary.sections) {
    if (section.items.length === 0) {
      sections.push(section);
      continue;
    }
    const answer = await rewriter.rewrite({
      title: section.title,
      items: section.items.map((it) => ({ text: it.text, sources: it.sources })),
    });
    if (!Array.isArray(answer) || answer.length !== section.items.length) {
      const got = Array.isArray(answer) ? answer.length : typeof answer;
      opts.onFallback?.({ section: section.theme, item: null, reason: `expected ${section.items.length} sentences, got ${got}` });
      sections.push(section);
      continue;
    }
    const items = section.items.map((item, i): DigestItem => {
      const verdict = checkRewrite(item.text, answer[i], opts.maxWords);
      if (verdict.ok) return { ...item, text: verdict.text };
      opts.onFallback?.({ section: section.theme, item: i, reason: verdict.reason });
      return item;
    });
    sections.push({ ...section, items });
  }
  // Only the items' wording changes: every other field of the summary (the lead, each article's
  // theme, the batch's theme background) passes through.
  return { ...summary, sections };
}

const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s"'<>)]*/gi;
const MARKUP_RE = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;
/** "1. ", "2) ", "- ", "• ": list markers a model sometimes puts in front of its sentences. */
const LIST_MARKER_RE = /^(?:\d{1,2}[.)]|[-*•])\s+/;

/** Validates one rewritten sentence against the extractive text it replaces. */
export function checkRewrite(
  original: string,
  candidate: unknown,
  maxWords: number,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (typeof candidate !== 'string') return { ok: false, reason: `not a string (${typeof candidate})` };
  const text = candidate.replace(/\s+/g, ' ').trim().replace(LIST_MARKER_RE, '').trim();
  if (!text || countWords(text) === 0) return { ok: false, reason: 'empty' };
  const words = countWords(text);
  if (words > maxWords) return { ok: false, reason: `${words} words, more than ${maxWords}` };
  const added = (re: RegExp) => {
    // Sentence punctuation after a link is not part of it.
    const found = (s: string) => (s.match(re) ?? []).map((m) => m.replace(/[.,;:!?]+$/, ''));
    const before = new Set(found(original).map((m) => m.toLowerCase()));
    return found(text).filter((m) => !before.has(m.toLowerCase()));
  };
  const urls = added(URL_RE);
  if (urls.length) return { ok: false, reason: `adds a link (${urls[0]})` };
  const markup = added(MARKUP_RE);
  if (markup.length) return { ok: false, reason: `adds markup (${markup[0]})` };
  return { ok: true, text };
}
