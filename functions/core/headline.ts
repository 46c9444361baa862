// What an article's headline says of it, read by the summarizer and the email (neither of which
// should depend on ingest's internals): whether it is a view rather than a report (a view is never the
// top story nor the Latest; the manifest marks it "(opinion)"), and a wire's version mark.

/** A headline's kicker that marks a view ("Opinion: ...", "Commentary | ..."). */
const OPINION_KICKER = /^\s*(?:opinion|commentary|column|op-?ed|editorial|viewpoint|perspective|letters?(?: to the editor)?)\s*[:|\u2014\u2013-]\s/i;
/** A byline that marks a view ("Comment by Oskar Wendt", "Opinion by ..."). */
const OPINION_BYLINE = /^\s*(?:comment|opinion|commentary|column|op-?ed|viewpoint|perspective)\s+by\b/i;
/** A view, not a report: its headline's kicker or its byline says so. */
export function isOpinion(article: { readonly title: string; readonly author?: string | null }): boolean {
  return OPINION_KICKER.test(article.title) || OPINION_BYLINE.test(article.author ?? '');
}

/**
 * A wire's version mark at the head of its headline: "(URGENT)", "(LEAD)", "(2nd LD)", "(4th LD, with
 * details)", "(UPDATE 2)", "(REFILE)", "(CORRECTED)". The email does not show any; the summarizer
 * numbers the first three kinds (versionMark) to prefer a story's later version.
 */
export const VERSION_MARK = String.raw`\((?:URGENT|LEAD|\d+(?:st|nd|rd|th) LD(?:,[^)]{0,40})?|UPDATE \d+|REFILE|CORRECTED)\)`;
const VERSION_AT_START = new RegExp(String.raw`^\s*${VERSION_MARK}`, 'i');

/** The mark's version: "(URGENT)" 0, "(LEAD)" 1, "(2nd LD)" 2...; undefined when none or not numbered. */
export function versionMark(title: string): number | undefined {
  const m = VERSION_AT_START.exec(title);
  if (!m) return undefined;
  const mark = m[0].trim().toUpperCase();
  if (mark === '(URGENT)') return 0;
  if (mark === '(LEAD)') return 1;
  const ld = /^\((\d+)(?:ST|ND|RD|TH) LD/.exec(mark);
  return ld ? Number(ld[1]) : undefined;
}
