// The shapes that flow between the pipeline's stages. Pure data: no AWS, no I/O.
//
//   bytes --readArticle--> Article --summarize--> Summary --buildManifest--> DigestManifest
//                                        --toView--> DigestView --renderDigest (email/)--> HTML + text
// (core/digest's assembleDigest runs the three middle steps in one call.)

/** Input formats the reader understands, by file suffix. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'json';

export interface Sentence {
  /** The sentence as written (whitespace and quotes normalized), so digest items stay traceable. */
  readonly text: string;
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
  /** Position of the sentence in the whole article, from 0. */
  readonly index: number;
}

/** One cleaned, normalized article: what the article function stores and the digest function reads. */
export interface Article {
  /** Stable id derived from the cleaned content: the same text under two keys is one article. */
  readonly id: string;
  /** S3 object key, or the local file path in the CLI. */
  readonly key: string;
  readonly format: ArticleFormat;
  readonly title: string;
  readonly source: string | null;
  readonly author: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time; null when the article does not say. */
  readonly publishedAt: string | null;
  /**
   * "MM-DD": the day an undated article's dateline gives without a year ("SEOUL, March 18 (Yonhap)
   * --"). The digest dates it in the year that puts it nearest its batch (digest/batch-dates.ts).
   */
  readonly datelineDay?: string;
  readonly url: string | null;
  readonly paragraphs: readonly string[];
  readonly sentences: readonly Sentence[];
  /** Lines dropped as page furniture (bylines, share widgets, captions...), kept for debugging. */
  readonly furniture: readonly string[];
  /** Size of the input in bytes. */
  readonly bytes: number;
}

/** Why an input file was not digested. Codes are stable; messages are for people. */
export type RejectionCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'invalid-encoding'
  | 'unsupported-type'
  | 'malformed'
  | 'no-content'
  /** HTML nested too deep or too large to read in bounded time (see HTML_LIMITS). */
  | 'malformed-html'
  /** Formerly: same text as another file in the CLI batch. Now listed in the manifest's articles with `duplicateOf`; kept so old records still parse. */
  | 'duplicate';

export interface Rejection {
  readonly key: string;
  readonly code: RejectionCode;
  readonly reason: string;
  /** ISO date-time of the rejection. */
  readonly at: string;
}

/** A typed rejection: the only error the reader throws for bad input. */
export class ArticleRejectedError extends Error {
  override readonly name = 'ArticleRejectedError';
  constructor(
    readonly key: string,
    readonly code: RejectionCode,
    readonly reason: string,
  ) {
    super(`${key}: ${reason}`);
  }

  toRejection(at: Date): Rejection {
    return { key: this.key, code: this.code, reason: this.reason, at: at.toISOString() };
  }
}

/** A theme: configuration, not code. Terms are lower-case words or phrases with a weight. */
export interface ThemeConfig {
  readonly id: string;
  readonly title: string;
  readonly terms: Readonly<Record<string, number>>;
}

export interface SummaryOptions {
  readonly themes: readonly ThemeConfig[];
  /** Most items in one section. */
  readonly maxItemsPerSection: number;
  /** Most words in one item. */
  readonly maxWordsPerItem: number;
  /** Add an "Other news" section for articles that fit no theme. */
  readonly otherNews: boolean;
  /**
   * Words or names of the story the user follows ("red sea", "houthi"). When set, a themed article
   * that names none of them fits no section. Absent or empty: the batch alone decides (topic.ts).
   */
  readonly topicTerms?: readonly string[];
}

export interface DigestItem {
  /** Extractive text: one or two sentences as written in the first source. */
  readonly text: string;
  /** Keys of every article that reports this point, the item's own source first. */
  readonly sources: readonly string[];
  readonly score: number;
}

export interface DigestSection {
  /** Theme id, or 'other' for the optional "Other news" section. */
  readonly theme: string;
  readonly title: string;
  readonly items: readonly DigestItem[];
  /** Keys of the theme's articles that no item cites: listed by title under the section. */
  readonly alsoIn?: readonly string[];
}

/**
 * Why a themed article was set aside as another story: the first check it failed, in the order
 * summarize/topic.ts runs them (README, "How the digest is chosen"). It names none of the user's
 * topic terms; it resembles the batch's other themed articles little (topicFit under 0.6, unless it
 * is a feature that opens on a scene); it
 * names the terms in one sentence only and resembles the batch less than most (under 0.78); it
 * names them only late (once, from the seventh prose sentence, with topicNameFit under 0.8; or in
 * two sentences at most, from the fifth, under 0.5; never in the headline); its people, places and organisations are not theirs
 * (topicNameFit); it is dated months before the batch's other themed articles (an earlier story of
 * the same place or organisation); it never uses the topic's anchor words (missingTopicWords).
 */
export type SetAside = 'no-topic-terms' | 'unlike-batch' | 'topic-in-passing' | 'topic-late' | 'other-cast' | 'other-time' | 'no-anchor-words';

export interface ArticleTheme {
  /** Best theme id, or null when the article fits no theme. */
  readonly theme: string | null;
  /** Score per theme id, so a reader can see why: the article fits a theme when one reaches 0.6. */
  readonly scores: Readonly<Record<string, number>>;
  /**
   * The scores its theme is chosen by: the same, with the terms in each sentence's first 8 words
   * (who acts) counted again. The theme is the best of these, when the article fits at all, each
   * less its background in a batch of 4 themed articles or more (LABEL_BACKGROUND of the median
   * over the batch's themed articles: what every report of the story says).
   */
  readonly choiceScores: Readonly<Record<string, number>>;
  /**
   * Set only for a close call (its best choice score, less the background, leads the second by
   * under 15% of itself): the closer reading's scores that decided it instead (the headline and the
   * first sentences count more, the head of each sentence less; 0.3 of the batch's median for each
   * theme is taken off before they are compared).
   */
  readonly closeScores?: Readonly<Record<string, number>>;
  /**
   * How much the article resembles the batch's other themed articles, as a share of the typical
   * one's; under 0.6 a themed article is ruled off-topic (theme null). Absent when not judged.
   */
  readonly topicFit?: number;
  /**
   * The same for its names alone (people, places, organisations). A below-typical article (topicFit
   * under 1) whose names score under 0.25 is another story in the topic's words, ruled off-topic,
   * when the batch has a cast at all (see README, "How the digest is chosen").
   */
  readonly topicNameFit?: number;
  /** Set when the theme terms gave the article a theme but it was set aside as another story. */
  readonly setAside?: SetAside;
  /**
   * Set when the article was ruled off-topic for never using the topic's anchor words: words of
   * the configured terms that several themes share and nearly every other themed article uses.
   */
  readonly missingTopicWords?: readonly string[];
  /**
   * With topic terms configured: the prose sentences naming one of the topic terms, plus one for
   * the headline. An article its theme terms gave a theme is another story at 0 (theme null); one
   * they did not fit that still names the story is an article the theme terms miss.
   */
  readonly topicMentions?: number;
}

/**
 * A story over weeks' newest development: a section's item (theme id and index), or an item of its
 * own; `follow`: its report's later points in that section (indexes into its items), shown under it
 * as one block rather than at the section's end.
 */
export type LatestRef<Item> = ({ readonly theme: string; readonly index: number } | { readonly theme: string; readonly item: Item }) & {
  readonly follow?: readonly number[];
};

export interface Summary {
  readonly sections: readonly DigestSection[];
  /** The top story: an item of a themed section (by theme id and index), or null when there is none. */
  readonly lead?: { readonly theme: string; readonly index: number } | null;
  /**
   * A story told over weeks: its newest development, shown under the top story. An item of a themed
   * section other than the top story (by theme id and index), or an item of its own (`item`, of the
   * theme's section, outside its budget) when no item of the sections tells it; null when there is
   * none (one week's news, or no report of the last days tells news of its week).
   */
  readonly latest?: LatestRef<DigestItem> | null;
  /** By article key. */
  readonly themes: ReadonlyMap<string, ArticleTheme>;
  /**
   * By theme id: what was taken off each theme's choice score before an article's theme was chosen
   * (a share of the batch's typical score for it: what every report of the story says). Absent when
   * the batch had too few themed articles to say what is typical.
   */
  readonly themeBackground?: Readonly<Record<string, number>>;
}

/** digest.json: a contract other tools read (see README, "The digest manifest"). */
export interface DigestManifest {
  readonly id: string;
  readonly createdAt: string;
  readonly articles: readonly {
    readonly key: string;
    readonly id: string;
    readonly title: string;
    readonly source: string | null;
    readonly publishedAt: string | null;
    readonly url: string | null;
    readonly theme: string | null;
    readonly themeScores: Readonly<Record<string, number>>;
    /** See ArticleTheme.choiceScores. */
    readonly themeChoiceScores: Readonly<Record<string, number>>;
    /** See ArticleTheme.closeScores. */
    readonly themeCloseScores?: Readonly<Record<string, number>>;
    /** See ArticleTheme.topicFit. */
    readonly topicFit?: number;
    /** See ArticleTheme.topicNameFit. */
    readonly topicNameFit?: number;
    /** See ArticleTheme.setAside. */
    readonly setAside?: SetAside;
    /** See ArticleTheme.missingTopicWords. */
    readonly missingTopicWords?: readonly string[];
    /** See ArticleTheme.topicMentions. */
    readonly topicMentions?: number;
    /** Set when the article is a view, not a report ("Opinion: ..." headline, "Comment by ..." byline). */
    readonly opinion?: true;
    /** Set when this key held the same text as another: the key of the article that stands for both. */
    readonly duplicateOf?: string;
  }[];
  readonly sections: readonly {
    readonly theme: string;
    readonly title: string;
    /** `rank`: the item's place by importance across the digest, 1 the most important. */
    readonly items: readonly { readonly text: string; readonly sources: readonly string[]; readonly rank: number }[];
    readonly alsoIn?: readonly string[];
  }[];
  /** The top story: one of the sections' items, by theme id and index. */
  readonly lead?: { readonly theme: string; readonly index: number } | null;
  /** See Summary.latest. */
  readonly latest?: LatestRef<{ readonly text: string; readonly sources: readonly string[] }> | null;
  /** See Summary.themeBackground. */
  readonly themeBackground?: Readonly<Record<string, number>>;
  readonly rejected: readonly { readonly key: string; readonly code: RejectionCode; readonly reason: string; readonly at: string }[];
}

/** One source under an item: its outlet (or host, or "article N" pointing into the list) and link. */
export interface SourceView {
  readonly name: string;
  readonly url: string | null;
}

export interface ItemView {
  readonly text: string;
  /** The item's own source first, then the other outlets that reported it (one entry per outlet). */
  readonly sources: readonly SourceView[];
  /** The item's article date (ISO), shown when the digest spans more than a week; null there for an undated article. */
  readonly date?: string | null;
}

/** Everything the email template shows. One model feeds both the HTML and the plain-text part. */
export interface DigestView {
  readonly digestName: string;
  readonly subject: string;
  /** Short text shown by mail clients next to the subject. */
  readonly preheader: string;
  /** ISO dates of the oldest and newest listed article, when known. */
  readonly dateRange: { readonly from: string | null; readonly to: string | null };
  /** Listed articles that state no date (the range above says nothing about them). */
  readonly undatedCount?: number;
  /** Articles listed in the digest (those that fit a section). */
  readonly articleCount: number;
  /** Articles read but fitting no section (not listed when "Other news" is off). */
  readonly unthemedCount?: number;
  /**
   * Of those, the ones the topic check set aside (SetAside) rather than fitting no theme: as an
   * earlier story (`other-time`) or as another story (every other verdict).
   */
  readonly setAsideCounts?: { readonly otherStories: number; readonly earlier: number };
  /** Minutes to read the items, at 230 words a minute. */
  readonly readingMinutes?: number;
  /** The top story, shown above the sections (and not again in its section). */
  readonly lead?: (ItemView & { readonly section: string }) | null;
  /** A story over weeks: its newest development, shown under the top story (and not again in its section). */
  readonly latest?: (ItemView & { readonly section: string }) | null;
  readonly sections: readonly {
    readonly id: string;
    readonly title: string;
    readonly items: readonly ItemView[];
    /** On-topic articles of this section that got no item of their own. */
    readonly also?: readonly SourceView[];
  }[];
  readonly articles: readonly {
    readonly title: string;
    readonly source: string | null;
    readonly publishedAt: string | null;
    readonly url: string | null;
  }[];
  readonly rejected: readonly { readonly name: string; readonly reason: string }[];
  readonly footer: {
    /** Why the reader gets this email. */
    readonly reason: string;
    readonly sender: string;
  };
}
