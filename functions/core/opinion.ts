// Whether an article is a view rather than a report: read by the summarizer (a view is never the top
// story nor the Latest) and by the manifest (a view is marked "(opinion)"), neither of which should
// depend on ingest's internals.

/** A headline's kicker that marks a view ("Opinion: ...", "Commentary | ..."). */
const OPINION_KICKER = /^\s*(?:opinion|commentary|column|op-?ed|editorial|viewpoint|perspective|letters?(?: to the editor)?)\s*[:|\u2014\u2013-]\s/i;
/** A byline that marks a view ("Comment by Oskar Wendt", "Opinion by ..."). */
const OPINION_BYLINE = /^\s*(?:comment|opinion|commentary|column|op-?ed|viewpoint|perspective)\s+by\b/i;
/** A view, not a report: its headline's kicker or its byline says so. */
export function isOpinion(article: { readonly title: string; readonly author?: string | null }): boolean {
  return OPINION_KICKER.test(article.title) || OPINION_BYLINE.test(article.author ?? '');
}
