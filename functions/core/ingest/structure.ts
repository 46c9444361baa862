// From kept lines to the article's shape: paragraphs, the headline, and the wire-copy prefixes
// and suffixes ("SEOUL, March 3 (Yonhap) -- ", "... (Yonhap)") that are labels, not prose.
import { endsLikeSentence, wordCount } from './furniture';

const startsLower = (s: string): boolean => /^[\p{Ll}]/u.test(s);

/** Lines in blocks: a blank line ends one. */
function blocksOf(lines: readonly string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === '') blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

/** A line that is never part of a wrapped paragraph: a menu with bars, or a bracketed form or picture leftover. */
const OWN_LINE = /\s\|\s|^\[/;

/** Hard-wrapped text (e.g. 72 columns): short-ish lines that mostly break mid-sentence. */
function hardWrapped(lines: readonly string[], blocks: readonly string[][]): boolean {
  const inner = blocks.flatMap((b) => b.slice(0, -1));
  const maxLen = Math.max(0, ...lines.map((l) => l.length));
  return inner.length >= 2 && maxLen <= 100 && inner.filter((l) => !endsLikeSentence(l)).length / inner.length > 0.5;
}

/** A block's paragraphs: a line carries on the one before when that one ends mid-sentence and this one starts lower case, or the text is wrapped. */
function blockParagraphs(block: readonly string[], wrapped: boolean): string[] {
  const paragraphs: string[] = [];
  let current = block[0]!;
  for (const next of block.slice(1)) {
    // A menu ("Home | News | World") or a form's leftover ("[Search ] [Go]") is a line of its own.
    // In wrapped text a line may end on an abbreviation ("...cruise missile; U.S." / "says offer..."): a
    // next line in lower case carries it on.
    const own = OWN_LINE.test(current) || OWN_LINE.test(next);
    const continues = !own && ((wrapped && startsLower(next)) || (!endsLikeSentence(current) && (startsLower(next) || (wrapped && current.length >= 40))));
    if (continues) current = `${current} ${next}`;
    else {
      paragraphs.push(current);
      current = next;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

/**
 * Groups lines into paragraphs. A blank line always ends a paragraph; a line break inside a block
 * ends one too (scraped text puts one paragraph per line), unless the text is hard-wrapped.
 */
export function groupParagraphs(lines: readonly string[]): string[] {
  const blocks = blocksOf(lines);
  const wrapped = hardWrapped(lines, blocks);
  return blocks.flatMap((b) => blockParagraphs(b, wrapped));
}

/**
 * Hard-wrapped text (a text browser's dump at 72-80 columns, a newsletter's plain-text part) joined
 * back into one line a paragraph, blank lines kept between them, before any line is read on its own:
 * a headline wrapped over two lines is one headline, and a lede whose first line carries the
 * dateline is not a line to itself. Other text is returned as it is.
 */
export function unwrapLines(lines: readonly string[]): readonly string[] {
  const blocks = blocksOf(lines);
  if (!hardWrapped(lines, blocks)) return lines;
  return blocks.flatMap((b) => [...blockParagraphs(b, true), '']);
}

/** Does this paragraph read like a headline (one line of 3-30 words, not several sentences)? */
export function looksLikeHeadline(p: string): boolean {
  const words = wordCount(p, 30);
  if (words < 3 || words > 30 || p.length > 300) return false;
  // Several sentences means a lede paragraph, not a headline.
  return !/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(p.replace(/\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|U\.S|U\.K|U\.N|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\./gu, ''));
}

/** A short line that is not a sentence: a section label, widget text or sub-heading. */
export const isShortLabel = (p: string, maxWords: number): boolean => wordCount(p, maxWords) <= maxWords && !endsLikeSentence(p);

// One place or two joined by a slash, as a story filed from both ("GENEVA/LIMA —").
const CITY = String.raw`\p{Lu}[\p{Lu}'’.\-/ ]{1,40}?`;
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?`;
// "SEOUL, March 3 (Yonhap) -- ", "WASHINGTON (Reuters) - ", "LONDON, England — ", "BEIJING: "
// Kyodo's form names the agency after the date, unbracketed: "WASHINGTON, April 30 Kyodo - ".
const DATELINE_DASHED = new RegExp(String.raw`^(${CITY})(?:,\s*\p{Lu}[\p{L}. ]{1,30}?)?(?:,?\s*${MONTH_DAY})?\s*(?:\(([^()]{1,40})\)|(?<=\d)\s*(\p{Lu}\p{L}{2,20}(?:\s+\p{Lu}\p{L}{2,20})?))?\s*(?:--|[–—:]|-(?=\s))\s*(?=\S)`, 'u');
// "WASHINGTON, North Korean leader ..." (city in capitals, a comma, then the sentence).
const DATELINE_COMMA = new RegExp(String.raw`^(${CITY})(?:,\s*\p{Lu}[\p{L}.]{1,20})?,\s+(?=["“]?\p{Lu})`, 'u');

// "Seoul, March 3 (Yonhap) -- ", "Seoul, South Korea (NCN) - ", "April 22 (Reuters) - ": a place in title case (its country after a comma), or a date alone, is a
// dateline only with the agency in brackets and a dash.
const DATELINE_AGENCY = new RegExp(String.raw`^(\p{Lu}[\p{L}'’.\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}.\- ]{1,30}?)?(?:,\s*${MONTH_DAY})?|${MONTH_DAY})\s*\(([^()]{1,40})\)\s*(?:--|[–—]|-(?=\s))\s*(?=\S)`, 'u');

/** A transcript's speaker label in capitals ("MS. PSAKI", "MR PRICE", "QUESTION", "THE PRESIDENT"). */
const SPEAKER = /^(?:MR|MS|MRS|DR|QUESTION|ANSWER|MODERATOR|OPERATOR|SPOKES(?:PERSON|MAN|WOMAN)|THE PRESIDENT|PRESIDENT|SECRETARY|AMBASSADOR|SENATOR|GENERAL|ADMIRAL|ANCHOR|REPORTER)\b/u;

/**
 * Strips a wire dateline from a paragraph; returns the agency named in it, if any. The first
 * paragraph may also carry the comma form ("WASHINGTON, North Korean leader..."); later ones only
 * the dashed forms, which prose never starts with.
 */
export function stripDateline(p: string, first = true): { text: string; removed: string | null; agency: string | null } {
  const agency = DATELINE_AGENCY.exec(p);
  if (agency && /^\p{Lu}/u.test(agency[2]!)) {
    const text = p.slice(agency[0].length).trim();
    if (wordCount(text) >= 3) return { text, removed: agency[0].trim(), agency: agency[2]!.trim() };
  }
  for (const re of first ? [DATELINE_DASHED, DATELINE_COMMA] : [DATELINE_DASHED]) {
    const m = re.exec(p);
    if (!m) continue;
    const city = m[1]!.trim();
    // The place must be written in capitals (at least 3 letters, no lower case), or it is prose.
    if (/\p{Ll}/u.test(city) || (city.match(/\p{Lu}/gu) ?? []).length < 3) continue;
    // "MS. PSAKI: Hi, everyone.", "QUESTION: Thanks, Ned.": a transcript's speaker, not a place.
    if (SPEAKER.test(city)) continue;
    const text = p.slice(m[0].length).trim();
    if (wordCount(text) < 3) continue;
    return { text, removed: m[0].trim(), agency: (m[2] ?? m[3])?.trim() ?? null };
  }
  return { text: p, removed: null, agency: null };
}

/**
 * The places of the datelines the reader stripped into an article's furniture ("FERRIS MILL, Ind. (AP) —"
 * -> "ferris mill"), lowercased, last line first: ingest adds the one it strips from the lede after
 * the page's other lines, and a page's "READ ALSO:", "PHOTOS:" or "WATCH:" reads as a dateline too
 * (a "READ ALSO:" above the real "EAST VARNEY, Ohio (AP) —" once hid the article's place). None when
 * it kept none. The same patterns as stripDateline, with a stand-in lede after the line, since they
 * only take a dateline that something follows.
 */
export function datelinePlaces(furniture: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of furniture) {
    // A stripped dateline is short and ends on its dash or colon: most furniture lines are neither.
    if (line.length > 80 || !/[—–:-]\s*$/.test(line)) continue;
    const { removed } = stripDateline(`${line} one two three`, true);
    if (removed !== line.trim()) continue;
    const place = /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}/u.exec(removed)?.[0];
    if (place) out.unshift(place.toLowerCase());
  }
  return out;
}

/** A place as a whole name in a text, any case: "watch" is no place of "watchdog". */
export function placeWritten(place: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}-])${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}-])`, 'iu');
}

// "... the public will know more." (Yonhap)  /  "... talks." (END)
const AGENCY_TAIL = /([.!?…]["'”’]?)\s*\((\p{Lu}[\p{L}.&]*(?:[ -]\p{Lu}[\p{L}.&]*){0,2})\)\s*$/u;

/** Strips a trailing agency tag after the last sentence; returns the tag (null for "END"-style markers). */
export function stripAgencyTag(p: string): { text: string; tag: string | null; removed: string | null } {
  const m = AGENCY_TAIL.exec(p);
  if (!m) return { text: p, tag: null, removed: null };
  const tag = m[2]!;
  return { text: p.slice(0, m.index) + m[1], tag: /^(END|MORE|AP Photo)$/i.test(tag) ? null : tag, removed: `(${tag})` };
}
