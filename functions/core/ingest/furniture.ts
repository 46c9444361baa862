// Page furniture: the lines a scraper keeps around an article (share widgets, navigation, promos,
// comment prompts, captions, bylines). Rules describe KINDS of lines, not any site's exact text,
// because the reader meets pages it has never seen. Bylines and datelines are mined for metadata
// before they are dropped.
import { ADDRESS, DATE_AT_START, cleanName, hasOrgWord, isOrganisation, namesOutlet, parseDate } from './metadata';

export type FurnitureKind =
  | 'share' | 'navigation' | 'promo' | 'comments' | 'subscribe' | 'copyright' | 'tags'
  | 'caption' | 'byline' | 'dateline' | 'source' | 'duplicate' | 'widget' | 'heading';

export interface FurnitureHints {
  date: string | null;
  source: string | null;
  author: string | null;
}

export interface FurnitureResult {
  /** Lines kept, blank lines included (they mark paragraph breaks). */
  readonly lines: string[];
  /** Dropped lines, in file order. */
  readonly furniture: string[];
  readonly hints: FurnitureHints;
}

// Word counting runs several times on every line of every article, so it is a single scan that
// allocates nothing. It counts exactly what WORD_RE matches (tests hold it to that regex).
export const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const OTHER = 0;
const WORD = 1;
const JOINER = 2; // ' ’ . - join two words into one ("U.S.", "Si-young", "don't")
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Classes of BMP code points, filled on first sight (0 = not yet known, else class + 1).
const bmpClass = new Uint8Array(0x10000);

function charClass(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)) return WORD;
    return cp === 0x27 || cp === 0x2d ? JOINER : OTHER;
  }
  if (cp === 0x2019) return JOINER;
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? WORD : OTHER;
  let known = bmpClass[cp]!;
  if (known === 0) {
    known = (LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? WORD : OTHER) + 1;
    bmpClass[cp] = known;
  }
  return known - 1;
}

/**
 * Number of words: runs of letters/digits, where a single joiner between two runs keeps one word.
 * With `limit`, counting stops once it is passed (the result is then limit + 1): enough for "at most
 * N words" without walking a whole paragraph.
 */
export function wordCount(s: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let prev = OTHER;
  let beforePrev = OTHER;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const c = charClass(cp);
    // A word starts unless it continues a run, or a joiner links it to the run before.
    if (c === WORD && prev !== WORD && !(prev === JOINER && beforePrev === WORD) && ++count > limit) return count;
    beforePrev = prev;
    prev = c;
  }
  return count;
}

/** Ends like a sentence: period, !, ?, ellipsis, possibly followed by closing quotes/brackets. */
export const endsLikeSentence = (s: string): boolean => /[.!?…]["'”’)\]]*$/.test(s) || /["”]$/.test(s);

const TRAILING_MARK = /[\s:|»›>…·•.!↑^-]/;
const LEADING_MARKS = /^[\s|»›<«·•-]+/u;

/**
 * A line reduced to its words, so "Share this:" / "Send to" / "Back To Top ↑" compare alike.
 * Same as dropping /[\s:|»›>…·•.!↑^-]+$/u, but found by walking back from the end: that regex
 * would be retried at every space of a long line.
 */
export function bare(s: string): string {
  const lower = s.toLowerCase();
  let end = lower.length;
  while (end > 0 && TRAILING_MARK.test(lower[end - 1]!)) end--;
  return lower.slice(0, end).replace(LEADING_MARKS, '').trim();
}

const SOCIAL = '(?:facebook|twitter|x|linkedin|reddit|telegram|whatsapp|kakao(?:talk|story)?|naver|line|band|pinterest|flipboard|messenger|email|e-mail|mail|print|sms|copy link|copy url|share|tweet)';
const SHARE_RE = new RegExp(`^(?:from|send to|send|share(?: (?:this|on|via|it|article|story|the story|this (?:article|story|post|page)).*)?|spread the love|pin it|print (?:this )?(?:article|page|story)|link copied|copy (?:the )?link|${SOCIAL}(?:[\\s,|/·•]+${SOCIAL})*)$`, 'i');
/** A row of account and search controls ("Login  Register", "Sign in Subscribe"): no masthead, no headline. */
const ACCOUNT_ROW = /^(?:(?:log ?in|log ?out|register|sign (?:in|up|out)|subscribe|search|go|menu|my account|account|donate)[\s|·•]*){2,}$/i;
const NAV_RE = /^(?:back to top|to top|top|go to top|return to top|scroll to top|skip to (?:main )?content|skip navigation|skip to navigation|main menu|menu|home|search|close|toggle navigation|breadcrumbs?|next|previous|prev|(?:next|previous|prev) (?:article|story|post|page)|go back|more|less|expand|collapse|loading)$/i;
const PROMO_RE = /^(?:read (?:also|more|next|this)|also read|see also|related(?: articles?| stories| news| posts| content| coverage| links| topics)?|more (?:on|from|about)(?: this)?(?: (?:story|topic))?|more (?:stories|news|articles)|recommended(?: for you| stories| articles| reading)?|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular (?:stories|posts|now)|editor'?s? picks?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don'?t miss|watch|listen|top stories|latest(?: news| stories)?|sponsored(?: content)?|advertisement|ad|promoted|partner content)(?=\s*(?:[:\-–—|»>…]|\.\.\.|$))/i;
const COMMENTS_RE = /^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|\d+\s+(?:comments?|responses?|replies)|comments?(?:\s*\(\d+\))?|no comments(?: yet)?|show comments|view comments|join the (?:conversation|discussion)|be the first to comment|comment policy|you must be logged in to post a comment|cancel reply)$/i;
const SUBSCRIBE_RE = /^(?:subscribe(?: now| today| to .{1,50})?|sign up(?: now| for .{1,60})?|newsletter|log ?in|sign in|register|follow us(?: on .{1,40})?|get the app|download (?:our|the) app|click here.{0,60}|support (?:our|independent) journalism.{0,60})$/i;
const COPYRIGHT_RE = /^(?:©|\(c\)\s|copyright\b)|all rights reserved\.?$/i;
/**
 * A line that is only an address: the page's own ("Saved from https://...", "www.example.com/2021/06/
 * story", "en.yna.co.kr/view/AEN2021..." as read-later tools print it) or a text browser's numbered
 * reference ("12. https://..."). No headline and no prose.
 */
const ADDRESS_LINE = /^(?:\d{1,4}\.\s+|(?:saved|clipped|archived|read(?: it)?) (?:from|at)\s+|original(?: article| url| link)?:?\s+|url:?\s+)?(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*)(?:\s+\d{1,3}\/\d{1,3})?$/i;
/** Where a date starts inside a running header: a weekday, a month, or a number. */
const DATE_IN_HEADER = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,4}[-/.]\d)/i;
/** A browser's print stamp heading or footing each page ("3/25/21, 11:48 AM  Blinken and Austin tell...", "5/3/21, 10:02 AM  Page 1 of 2"). */
const PRINT_STAMP = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s|$)/i;
/** A page marker closing a running header ("A1", "B12", "Page 2 of 3", "7"). */
const PAGE_MARKER = /\s+(?:[A-Z]{1,2}\d{1,3}|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3})$/i;
/** A newsletter's e-mail furniture ("View this email in your browser", "Forward to a friend", "Update your preferences"). */
const EMAIL_FURNITURE = /^(?:view (?:this|it|the) (?:email|e-mail|newsletter|message)? ?(?:in|on) (?:your|a|the) (?:browser|web)|view (?:in|on) (?:browser|web)|forward (?:this (?:email|e-mail|newsletter) )?to a friend|update (?:your )?(?:email )?preferences|manage (?:your )?(?:subscription|preferences)|unsubscribe(?: here| from this list)?|you(?:'re| are) receiving this (?:email|e-mail|newsletter) because.{0,120})$/i;
/** "5 min read", "3 minute read": a reading-time label. */
const READING_TIME = /^(?:\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i;
/** A form's or a picture's leftover in a text browser's dump ("[IMG]", "[Search             ]", "[Subscribe]"). */
const BRACKETED_WIDGET = /^\[[^\]\n]{0,40}\]$/;
/** "Capital Desk News © 2021.", "...stations across Ohio. © 2026": a copyright sign with a year or a name, in a short line. */
const COPYRIGHT_SIGN = /(?:^|\s)©\s*(?:\d{4}|\p{Lu})/u;
/**
 * A list of links under a label: "More on the Hallam airport drones: Police hunt for drone operators
 * | Timeline of the sightings", "Related reviews: ... | ...", "Also in Business: ... | ...".
 */
const PROMO_LIST = /^(?:more|also|related|other|latest|top|recommended)\b[^:|]{0,50}:\s*[^|]+\s\|\s\S/i;
/** A fact box: three or more "Key: value" fields between bars ("Player: X | Age: 22 | Position: Forward"). */
const FACT_BOX = /(?:^|\|)\s*[^|:]{1,30}:\s*[^|]+(?:\|\s*[^|:]{1,30}:\s*[^|]+){2,}$/;
/** An e-mail address: a line that gives one is the newsroom's or a writer's contact, not the story. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const TAGS_RE = /^(?:tags?|topics?|filed under|categories|category|keywords|section)\s*:/i;
const TIME_AGO_RE = /^(?:updated\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i;
const FEED_SLUG = /^(?:(?:BC|AP)-[\w/.-]+|(?=[\w/-]*[A-Z][\w/-]*-)[A-Z0-9]{2,}(?:-[A-Z0-9]+)+(?:\/[A-Z0-9-]*)*)(?:\s*\((?:UPDATE \d+|URGENT|LEAD|REFILE|CORRECTED|\d+(?:st|nd|rd|th) LD[\w -]*)\))?$/;
const FEED_KEY = /^\s*(?:(?:priority|urgency|words|word count)\s*:\s*\d+\s*$|(?:fixture|slug|doc-id|guid|pubstatus|eds)\s*:\s*\S)/i;
const VERSION_NOTE = /^\((?:adds|updates|recasts|corrects|changes|refiles|repeats|removes|rewrites|attn|eds|editors?)\b[^)]*\)$|^\[[^\]]{0,80}\b(?:rendered|converted|generated)\b[^\]]*\]$/i;
const FLASH = /^(?:URGENT|FLASH|BULLETIN|ALERT|BREAKING)\s*:/;
const LABELLED_STAMP = /^(?:\p{Lu}[\p{L}]*\s+){1,3}\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+(.+)$/u;
const EMBEDDED_POST = /^(?:>\s*)?(?:[—–-]\s*)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s\(@\w{1,30}\)/u;
const EMBED_LABEL = /^(?:view (?:on|in) (?:twitter|x|instagram|tiktok|youtube|facebook|threads|bluesky)|view this post on (?:instagram|tiktok|threads|facebook)|embedded content from [\w.]+|watch on (?:youtube|vimeo|tiktok)|a post shared by .{1,60})$/i;
const KICKER_HEADLINE = /^(?:VIDEO|WATCH|PHOTOS?|LISTEN|LIVE|GALLERY|EXPLAINER|ANALYSIS|OPINION|PODCAST)\s*:\s+\p{Lu}/u;
const PHOTO_LABEL_RE = /^(?:photo|image|picture|video|graphic|illustration|credit|photo credit|file photo|caption|(?:photo|image|picture|video) caption)s?(?:\s+by)?\s*:/i;
const TRAILING_PHOTO_CREDIT = /[.!?]["'\u201D\u2019]?\s+(?:photo|photograph|image|picture|credit|photo credit)s?\s*:\s*[^.:!?]{2,60}\.?$/i;
/** "... in Pyongyang on Saturday. Captured from KCNA": a picture's source closing a short line, capitalized. */
const TRAILING_PICTURE_SOURCE = /[.!?]["'\u201D\u2019]?\s+(?:[Cc]aptured from|[Pp]hoto(?:graph)? by|(?:[Pp]hoto|[Ii]mage) courtesy of|[Ss]creen ?(?:shot|grab) (?:from|of))\s+\p{Lu}[^.:!?]{1,60}\.?$/u;
const SOURCE_RE = /^(?:source|sources|via|courtesy of)\s*:\s*(.{2,80})$/i;
/**
 * A read-later app's note of when (and from where) it saved the page: "Saved May 2, 2021", "Saved
 * from apnews.example · June 21, 2021", "Clipped on 2021-05-02". The page's date when it prints no
 * other (a stated date wins).
 */
const SAVED_LINE = /^(?:saved|clipped|archived|captured|bookmarked)(?:\s+(?:from|at)\s+\S+)?\s*[·•|,:–—-]?\s*(?:on\s+)?(?=\S)/i;
/** "Read the original on Pacific Alliance Review" (a read-later app's link to the source): the outlet. */
const ORIGINAL_ON = /^(?:read|view|see|open)\s+(?:the\s+)?original(?:\s+(?:article|story|post))?\s+(?:on|at|from|in)\s+(.{2,60}?)\s*$/i;
/** A page's credit for its editor or translator ("Editor: Zhou Lan"): no writer of the story, and no headline. */
const EDITOR_RE = /^(?:editor|editors|edited by|editing|responsible editor|web editor|copy editor|translator|translated by)\s*:\s*\S/i;
/** An outlet's name, then a dash and a date ("KYODO NEWS - Jun 2, 2021"). */
const OUTLET_DASH = /^(\p{Lu}[\p{L}.&'’ ]{1,40}?)\s+[-–—]\s+/u;
/** The kinds of document an office issues, which title themselves with their date. */
const DOCUMENT_KIND = /\b(?:briefing|statement|readout|remarks|transcript|conference|fact sheet|communiqu[eé]|interview|speech|address|declaration|release|proclamation)s?\b/i;
/** What may follow a credit line's date: a time, then perhaps a list of sections after a bar. */
const DATE_TAIL = /^(?:\s*[-–—,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?)?\s*(?:\|.*)?$/u;
/** An ISO date and time with its zone ("2020-11-12T10:45:00+09:00"). */
const ISO_STAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})\b/;
const CREDIT_BY_RE = /^(?:(?:additional )?reporting|writing|editing|edited|compiled|translated|produced)\s+by\b/i;
/** A wire's closing credit ("Associated Press writer Tobin Aldergate in Oklahoma City contributed to this report."). */
const CONTRIBUTED_RE = /\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\b[^.!?]{0,60}[.!]?["\u201D\u2019*_]?$/i;
/** A newsletter's offer in the page's text ("Get the Ledger's morning headlines in your inbox."). */
const INBOX_RE = /^(?:get|sign up|subscribe|receive|have)\b.{0,100}\b(?:in|into|to) your inbox\b/i;
const BYLINE_RE = /^(?:[Ww]ritten\s+)?[Bb][Yy]\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|de|da|van|von|bin|al|la|le|del))*)/u;
const DATED_LINE_RE = /^(?:published|posted|updated|last updated|first published|date|dated|released)\b\s*(?:on|at)?\s*:?\s*/i;

// Captions end with a photo credit or describe the picture.
const HYPHEN_CREDIT = /^\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*)*\s?[-/]\s?\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*)*$/u; // AFP-Yonhap, AP/Reuters
const PHOTO_WORDS = /\b(?:photo|photos|captured|courtesy|image|file|getty|pictured|screenshot|screen grab|handout|pool|via)\b/i;
const AGENCY_TAG = /^\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,2}$/u;
const PICTURE_MARKERS = /\((?:not pictured|pictured|left|right|centre|center|second from (?:left|right)|third from (?:left|right)|front|back row|L|R|C|top|bottom)\)|\(captured from\b/i;
const PICTURE_DESCRIPTION = /^(?:the |this |in this |a |an )?(?:captured |file |undated |handout |composite |aerial )?(?:image|photo(?:graph)?|picture|screenshot|screen ?grab|video grab|still|footage)s?\b\s+(?:shows?|showing|taken|provided|released|dated|from|of|made available)\b/i;

function creditAtEnd(line: string): string | null {
  const m = /\(([^()]{2,80})\)\s*$/.exec(line);
  return m ? m[1]!.trim() : null;
}

/** Caption, photo credit line, or picture description? (Body paragraphs ending with an agency tag are not.) */
export function isCaption(line: string, words = wordCount(line)): boolean {
  if (words > 90) return false;
  if (PICTURE_DESCRIPTION.test(line) || PHOTO_LABEL_RE.test(line)) return true;
  // "A tanker unloads at a terminal. Photo: Energy Markets Daily", "... on Saturday. Captured from
  // KCNA": a credit closing a short line.
  if (words <= 45 && (TRAILING_PHOTO_CREDIT.test(line) || TRAILING_PICTURE_SOURCE.test(line))) return true;
  const credit = creditAtEnd(line);
  // "(not pictured)", "(left)": caption words, but a long paragraph using them is still prose.
  if (PICTURE_MARKERS.test(line) && (words <= 45 || credit !== null)) return true;
  if (!credit) return false;
  if (HYPHEN_CREDIT.test(credit) || PHOTO_WORDS.test(credit)) return true;
  // "US President Joe Biden (Reuters)": a short non-sentence label with an agency credit.
  const before = line.slice(0, line.lastIndexOf('(')).trim();
  return AGENCY_TAG.test(credit) && words < 25 && !endsLikeSentence(before);
}

const MENU_SEPARATOR = /[|·•»›]|\s[>/]\s/;

/** "Politics | World | Business": section links joined by separators, each a word or three. */
function isMenu(line: string): boolean {
  // Most lines have no separator at all: skip the split (a single item is never a menu).
  if (!MENU_SEPARATOR.test(line)) return false;
  // "Home > World > US", "Home / World / Asia-Pacific": a breadcrumb is a menu too.
  const items = line.split(/\s+[|·•»›>/]\s+|\s*[|·•]\s*/).filter((x) => x.trim() !== '');
  return items.length >= 2 && items.every((x) => {
    const words = wordCount(x);
    // "U.S." ends with a full stop but is an initialism, not a sentence's end.
    return words >= 1 && words <= 3 && (!endsLikeSentence(x) || /\b\p{Lu}\.$/u.test(x.trim()));
  });
}

export interface LineVerdict {
  kind: FurnitureKind;
  date?: string | null;
  source?: string | null;
  author?: string | null;
  /** The rest of the page after this line is furniture too (comment sections). */
  tail?: boolean;
  /** Following short headline-like lines are promo links. */
  promoHeader?: boolean;
}

/** A desk or a role, not an outlet ("Staff Writer", "Policy Desk"). */
const DESK_ONLY = /\b(?:desk|staff|writer|reporter|correspondent|editor|bureau|contributor|columnist)\b/i;

function byline(line: string, words: number): LineVerdict | null {
  const m = BYLINE_RE.exec(line);
  if (!m || words > 14) return null;
  const rest = line.slice(m[0].length);
  const date = parseDate(rest);
  // "By Noor Castellan | Oct. 8, 2026 12:10 p.m.": a separator, then the date, ends like a sentence
  // ("p.m.") but is the byline's timestamp.
  const stamped = date !== null && /^\s*[|·•—–]\s*\S/u.test(rest);
  // "By Monday, officials said ..." is prose, not a byline.
  if (!stamped && (/[.!?]\s+\p{Lu}/u.test(rest) || (endsLikeSentence(line) && !/\b\p{Lu}\.$/u.test(line) && wordCount(rest) > 3))) return null;
  const name = cleanName(m[1]);
  if (!name) return null;
  if (isOrganisation(name)) return { kind: 'byline', source: name, date };
  // "By Soren Whitlock, East Asia Dispatch": the writer, then the outlet.
  const outlet = /^\s*,\s*(\p{Lu}[^,|]{2,60})$/u.exec(rest)?.[1]?.trim();
  return outlet && namesOutlet(outlet) && !DESK_ONLY.test(outlet) ? { kind: 'byline', author: name, source: cleanName(outlet), date } : { kind: 'byline', author: name, date };
}

/** Between a credit line's parts: a bar, a middle dot or a bullet, or a spaced dash ("Cordell Capitol Report — June 3, 2026 — By Gwen Aldridge"). */
const CREDIT_SEPARATOR = /\s+[|·•—–]\s+/;
/**
 * A key before a credit line's part ("Source: ", "Date: "), as a header block would write it, or a
 * date's own label ("Published Oct. 30, 2026, 6:52 p.m.").
 */
const CREDIT_KEY = /^(?:(?:source|date|published|updated|posted|outlet|publisher)\s*:\s*|(?:published|updated|posted)(?:\s+on)?\s+(?=\S))/i;
/** A site's section named by one word of an outlet's ("News", "Online"): no outlet of its own. */
const SECTION_WORD = /^(?:news|latest|press|media|online|daily|times|post|journal|wire|service|network|agency|staff|editorial|world|local|business|politics|opinion|sport|sports)$/i;

/** A site's section named with a news word ("Campus News", "Local News", "Metro Desk"): a section, not the outlet. */
const SECTION_PART =
  /^(?:(?:campus|local|world|business|metro|city|state|national|international|breaking|top|latest|sports?|politics|opinion|health|science|tech(?:nology)?|arts?|culture|education|crime|weather|regional|community)\s+(?:news|desk|section|report)|commentary|analysis|columns?|op-?ed|opinion|perspectives?|viewpoints?|editorials?|features?|interviews?|explainers?|videos?|photos?|galleries|gallery|podcasts?)$/i;

/** A writer's name as a credit line prints it: two or three capitalized words ("Karin Udsen", "Mary J. Blake"). */
const PERSON_PART = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,2}$/u;
/** A writer's name with a role or a place: "Dwight Carrow, Staff Writer", "Jakob Lindholm, Brussels correspondent", "Graham Whitlock in London". */
const WRITER_WITH_ROLE = /^(.+?)(?:,\s+(?:[\p{L}.'’ ]{0,30}\s)?(?:staff writer|writer|reporter|correspondent|editor|columnist|contributor|producer|bureau chief)|\s+in\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?)$/iu;
/** A credit line's part that is only a time ("8:05 p.m.", "at 7:20 AM CST", "19:20"; "3 hours ago" is TIME_AGO_RE): it names nobody. */
const TIME_PART = /^(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+\p{Lu}{2,4})?|\d{1,2}:\d{2}(?:\s+\p{Lu}{2,4})?)$/iu;
/** A reading time ("7 min read"). */
const READ_TIME = /^\d+\s+min(?:ute)?s?\s+read$/i;

/** The writer a credit line's part names, plainly or with a role or place; null when it is not a person's name. */
function writerOf(part: string): string | null {
  const m = WRITER_WITH_ROLE.exec(part);
  const name = m ? m[1]!.trim() : part;
  // "More News", "Today's News": a section's label (no outlet's name either) is no writer.
  return PERSON_PART.test(name) && !hasOrgWord(name) ? name : null;
}

/**
 * A credit line under a headline: the outlet, the date and the writer in separated parts, in any
 * order ("TechBeat | April 8, 2026 | By Naomi Reyes-Hart", "Mountain State Gazette | Investigations |
 * June 16, 2026", "Cullen County Herald · June 24, 2026 · By Owen Sayre"). It reads like a menu of
 * short items, so it is told apart by a part that names an outlet (a news organisation's word, or
 * any first part beside a date and a "By" byline) and a part that is a full date or a "By" byline.
 * A part that is neither (a section, a writer without "By") says nothing.
 */
function creditLine(line: string, words: number): LineVerdict | null {
  if (words > 16 || !CREDIT_SEPARATOR.test(line)) return null;
  // "Source: Marris County Ledger | Date: 2026-08-27 | By Tom Beckley": a header block's keys on one line.
  const parts = line
    .split(CREDIT_SEPARATOR)
    .map((x) => x.trim().replace(CREDIT_KEY, ''))
    .filter((x) => !TIME_PART.test(x) && !TIME_AGO_RE.test(x));
  const dates = parts.filter((x) => DATE_AT_START.test(x) && parseDate(x) !== null);
  const by = parts.map((x) => BYLINE_RE.exec(x)).find((m) => m !== null);
  // One date, or no date but a "By" byline ("WFMX 13 News | By Jared Lindstrom").
  if (dates.length > 1 || (dates.length === 0 && !by)) return null;
  const hasSection = parts.some((x) => SECTION_PART.test(x));
  const named = parts.filter((x) => x !== dates[0] && !BYLINE_RE.test(x) && !NAV_RE.test(x) && !SECTION_WORD.test(x) && !SECTION_PART.test(x));
  // "The Kessling Lantern — Campus News — January 13, 2026": the first part beside a date and a
  // section (or a "By" byline) is the outlet, though no word of it says so.
  // "Nordic Football Finance | July 22, 2026 | Karin Udsen": beside a date, a first part and a
  // person's name (the writer, without "By"): the first part is the outlet.
  const writer = !by && dates.length && named.length === 2 && named[0] === parts[0] && PERSON_PART.test(named[1]!) && !hasOrgWord(named[1]!) ? named[1] : undefined;
  // "By Mara Lindqvist | GadgetLab Review | July 8, 2021": beside a "By" byline and a date, the one
  // other part is the outlet.
  const outlet =
    named.find(namesOutlet) ?? ((by || hasSection || writer) && dates.length && named[0] === parts[0] ? parts[0] : by && dates.length === 1 && named.length === 1 && !READ_TIME.test(named[0]!) ? named[0] : undefined);
  if (!outlet) {
    // No outlet, but a date beside a "By" byline, a section or a writer's name and nothing else:
    // "By Noor Castellan | March 18, 2021", "Sports Desk | 27 December 2026", "Politics | March 18,
    // 2021", "Kim Soo-yeon | March 18, 2021". The date is the page's; without this the line reads
    // as a menu and the date is lost.
    const rest = named.filter((x) => !READ_TIME.test(x));
    const person = !by && dates.length === 1 && rest.length === 1 && rest[0] === parts[0] ? writerOf(rest[0]!) : null;
    const section = dates.length === 1 && (hasSection || parts.some((x) => SECTION_WORD.test(x)));
    // A date and a time and nothing else ("Nov. 12, 2020 | 10:45 AM") is the page's date line.
    if (!(rest.length === 0 ? by || section || dates.length === 1 : person)) return null;
    const name = by ? by[1] : person;
    return { kind: 'byline', source: null, date: parseDate(dates[0]), author: name ? cleanName(name) : null };
  }
  const author = by ? by[1] : writer !== outlet ? writer : undefined;
  return { kind: 'byline', source: cleanName(outlet), date: dates.length ? parseDate(dates[0]) : null, author: author ? cleanName(author) : null };
}

/**
 * Classifies one line; null means "article text". Lines are already whitespace-normalized.
 * `words` is wordCount(line), when the caller has it already.
 */
export function classifyLine(line: string, words = wordCount(line)): LineVerdict | null {
  const b = bare(line);
  if (!b) return null;
  // A news agency's feed copy: its slug ("BC-US-KOREA-NORTH/BIDEN-MOON (UPDATE 2)", "AP-ASIA-BUDGET"),
  // routing keys ("Priority: 3", "Words: 640"), an urgent flash in capitals ("URGENT: N. KOREA FIRES 2
  // BALLISTIC MISSILES INTO EAST SEA: JCS") over the story's own headline, an editor's note on the
  // version ("(Adds details of joint statement...)", "(ATTN: UPDATES with ...)", "Eds: ..."), and a
  // converter's note ("[NITF 3.4 item rendered as text by FeedBridge 2.1]").
  if (words <= 40 && (FEED_SLUG.test(line.trim()) || FEED_KEY.test(line) || VERSION_NOTE.test(line.trim()) || (FLASH.test(line) && line === line.toUpperCase()))) return { kind: 'widget' };
  // "Korean Central News Agency of DPRK | www.kcna.example": a site's name beside its address is the
  // page's masthead, never its headline.
  const bar = words <= 14 && line.includes('|') ? line.split('|') : [];
  if (bar.length === 2 && ADDRESS.test(bar[1]!.trim())) return { kind: 'navigation' };
  // "All News 11:21 June 22, 2021": a section's label, a time, then the page's date.
  const stamped = words <= 10 ? LABELLED_STAMP.exec(line.trim()) : null;
  if (stamped && DATE_AT_START.test(stamped[1]!)) {
    const date = parseDate(stamped[1]!);
    if (date) return { kind: 'dateline', date };
  }
  // An embedded post as a page's text prints it ("Jen Psaki (@PressSec) May 21, 2021: ...", "— Lena
  // Vorhees (@lenavorhees_nk) May 2, 2021") and the embed's own labels ("View on Twitter", "Embedded
  // content from twitter.com", "View this post on Instagram", "Watch on YouTube"): someone else's words.
  if (words <= 80 && (EMBEDDED_POST.test(line.trim()) || (words <= 8 && EMBED_LABEL.test(b)))) return { kind: 'widget' };
  // "VIDEO: North Korea fires ballistic missiles as...": a kicker in capitals over a headline, not a
  // picture's label ("Video: Reuters") nor a promotion ("WATCH: more videos").
  if (words >= 7 && KICKER_HEADLINE.test(line) && !endsLikeSentence(line)) return null;
  if (SHARE_RE.test(b)) return { kind: 'share' };
  if (NAV_RE.test(b) || ACCOUNT_ROW.test(b)) return { kind: 'navigation' };
  const credit = creditLine(line, words);
  if (credit) return credit;
  if (isMenu(line)) return { kind: 'navigation' };
  if (COMMENTS_RE.test(b)) return { kind: 'comments', tail: true };
  if (words <= 30 && PROMO_RE.test(b)) {
    const header = b.replace(PROMO_RE, '').replace(/^[\s:\-–—|»>….]+/, '') === '';
    return { kind: 'promo', promoHeader: header };
  }
  if ((words <= 12 && SUBSCRIBE_RE.test(b)) || (words <= 30 && INBOX_RE.test(b))) return { kind: 'subscribe' };
  if (words <= 30 && EMAIL_FURNITURE.test(b)) return { kind: 'subscribe' };
  if (PRINT_STAMP.test(line.trim())) return { kind: 'widget' };
  // A printed paper's running header: its name, the date, the page ("THE KOREA LEDGER  Friday,
  // April 30, 2021  A1").
  if (words <= 14 && PAGE_MARKER.test(line)) {
    const head = line.replace(PAGE_MARKER, '');
    const at = head.search(DATE_IN_HEADER);
    const name = at > 0 ? head.slice(0, at).trim() : '';
    const date = at > 0 && DATE_AT_START.test(head.slice(at)) && wordCount(name) <= 6 && /^(?:[\p{Lu}\d&][\p{L}\d&'.-]*\s*)+$/u.test(name) ? parseDate(head.slice(at)) : null;
    if (date) return { kind: 'dateline', date, source: cleanName(name) };
  }
  if (ADDRESS_LINE.test(line.trim()) || (words <= 4 && (READING_TIME.test(b) || BRACKETED_WIDGET.test(line.trim())))) return { kind: 'widget' };
  if (words <= 30 && (COPYRIGHT_RE.test(line) || COPYRIGHT_SIGN.test(line))) return { kind: 'copyright' };
  const barred = line.includes('|');
  if (barred && words <= 40 && PROMO_LIST.test(b)) return { kind: 'promo' };
  if (words <= 30 && EMAIL.test(line) && !BYLINE_RE.test(line)) return { kind: 'widget' };
  if (barred && words <= 60 && FACT_BOX.test(line)) return { kind: 'widget' };
  // "Full text | Source: KCNA | Filed under: Kim Yo Jong, Inter-Korean relations": tags in a bar's part.
  if (words <= 40 && (TAGS_RE.test(line) || (barred && line.split('|').some((part) => TAGS_RE.test(part.trim()))))) return { kind: 'tags' };
  if (TIME_AGO_RE.test(b)) return { kind: 'dateline' };
  if (words <= 10 && SAVED_LINE.test(line)) {
    const rest = line.replace(SAVED_LINE, '');
    const date = DATE_AT_START.test(rest) ? parseDate(rest) : null;
    if (date) return { kind: 'dateline', date };
  }
  const original = words <= 12 ? ORIGINAL_ON.exec(line.trim()) : null;
  if (original && !/\d|https?:|www\./i.test(original[1]!)) return { kind: 'source', source: cleanName(original[1]) };
  const src = SOURCE_RE.exec(line);
  if (src && wordCount(src[1]!) <= 8) return { kind: 'source', source: cleanName(src[1]) };
  if (words <= 40 && (CREDIT_BY_RE.test(line) || CONTRIBUTED_RE.test(line.trim()))) return { kind: 'byline' };
  if (words <= 8 && EDITOR_RE.test(line)) return { kind: 'byline' };
  // "KYODO NEWS - Jun 2, 2021 - 19:20 | World, All": an outlet, a dash, then the date.
  const od = words <= 16 ? OUTLET_DASH.exec(line) : null;
  // "Department Press Briefing - March 15, 2021", "Readout of the Call - April 16, 2021": a
  // document's title with its date, not an outlet's credit line (its date is read from the title).
  if (od && !DOCUMENT_KIND.test(od[1]!)) {
    // A date right after the dash, then nothing but a time or a list of sections ("Seoul - March 5,
    // 2021 was a cold day" is prose).
    const rest = line.slice(od[0].length);
    const at = DATE_AT_START.exec(rest);
    const date = at && DATE_TAIL.test(rest.slice(at[0].length)) ? parseDate(rest) : null;
    if (date) return { kind: 'dateline', date, source: namesOutlet(od[1]!) ? cleanName(od[1]) : null };
  }
  // "TOKYO, Nov. 12 KYODO - 2020-11-12T10:45:00+09:00": a short line stamped with a date and time.
  if (words <= 12 && !endsLikeSentence(line)) {
    const stamp = ISO_STAMP.exec(line);
    if (stamp) return { kind: 'dateline', date: parseDate(stamp[0]) };
  }
  const by = byline(line, words);
  if (by) return by;
  // "April 30, 2021 at 7:42 p.m. EDT": "p.m." before a time zone is no sentence's end.
  if (words <= 16 && !/[.!?]\s+\p{Lu}/u.test(line.replace(/\b([ap])\.m\./gi, '$1m')) && (DATE_AT_START.test(line) || DATED_LINE_RE.test(line))) {
    const date = parseDate(line);
    if (date || DATE_AT_START.test(line)) {
      // "March 19, 2021 - 08:58 By Yonhap": the byline part names the source or the author.
      const byPart = /\bby\s+(.+)$/i.exec(line);
      // "Posted by peninsulanotes on April 30, 2021": the name ends where its date begins.
      const name = cleanName(byPart?.[1]?.replace(/\s+(?:on|at)\s+.*$/i, ''));
      if (name && isOrganisation(name)) return { kind: 'dateline', date, source: name };
      return { kind: 'dateline', date, author: name };
    }
  }
  if (isCaption(line, words)) return { kind: 'caption' };
  return null;
}

/** Drops furniture lines, collecting metadata from bylines/datelines/source lines on the way. */
export function stripFurniture(lines: readonly string[]): FurnitureResult {
  const kept: string[] = [];
  const furniture: string[] = [];
  const hints: FurnitureHints = { date: null, source: null, author: null };
  const seen = new Set<string>();
  let inPromoList = false;
  let hasBody = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      kept.push('');
      continue;
    }
    const words = wordCount(line);
    const verdict = classifyLine(line, words);
    if (verdict) {
      furniture.push(line);
      hints.date ??= verdict.date ?? null;
      hints.source ??= verdict.source ?? null;
      hints.author ??= verdict.author ?? null;
      // A comment section ends the article: whatever follows is readers' text or more promos.
      if (verdict.tail && hasBody) {
        furniture.push(...lines.slice(i + 1).filter((l) => l !== ''));
        break;
      }
      inPromoList = verdict.promoHeader === true;
      continue;
    }
    // Headlines listed under a "Related" / "You may also like" header are links, not prose.
    if (inPromoList && words <= 20 && !endsLikeSentence(line)) {
      furniture.push(line);
      continue;
    }
    inPromoList = false;
    // A repeated line (a caption shown twice, a sticky headline) is kept once at most.
    const fingerprint = line.toLowerCase();
    if (seen.has(fingerprint) && words >= 1) {
      furniture.push(line);
      continue;
    }
    seen.add(fingerprint);
    kept.push(line);
    if (words >= 8) hasBody = true;
  }
  return { lines: kept, furniture, hints };
}

/** A rule drawn with one repeated mark ("=====", "-----", "*****") in plain text sets blocks apart, as a blank line does. */
export const clearRules = (text: string): string => text.replace(/^[ \t]*([=\-_*~#+])\1{2,}[ \t]*$/gm, '');

/** A text browser's link number, right before the link's text ("[7]Jen Psaki"). */
const LINK_NUMBER = /\[\d{1,4}\](?=\S)/g;

/**
 * A text browser's link numbers (`lynx -dump`: "[1]AP News [2]Top Stories [3]World", "...press
 * secretary [7]Jen Psaki said"): a line of short links is a menu and gets bars between them; in prose
 * the numbers go. Lines without one are untouched.
 */
export function markLinkNumbers(text: string): string {
  if (!text.includes(']')) return text;
  return text
    .split('\n')
    .map((line) => {
      const marks = line.match(LINK_NUMBER);
      if (!marks) return line;
      const items = line.split(LINK_NUMBER).map((x) => x.trim()).filter((x) => x !== '');
      return marks.length >= 2 && items.every((x) => wordCount(x) <= 3) ? items.join(' | ') : line.replace(LINK_NUMBER, '');
    })
    .join('\n');
}

/**
 * A menu copied from a page with its items set apart by runs of spaces or tabs ("USA  Asia  Korea
 * Middle East  Africa"): the bars are put back before the spaces are normalized away, so the line
 * reads as the menu it is. Three items or more, none over three words; prose is left alone.
 */
export function markSpacedMenus(text: string): string {
  if (!text.includes('  ') && !text.includes('\t')) return text;
  return text
    .split('\n')
    .map((line) => {
      // A line with bars of its own ("3 hours ago  |  March 18, 2021") is set apart already.
      if ((!line.includes('  ') && !line.includes('\t')) || /[|·•]/.test(line)) return line;
      const parts = line.trim().split(/ {2,}|\t+/);
      return parts.length >= 3 && parts.every((x) => wordCount(x) <= 3) ? parts.join(' | ') : line;
    })
    .join('\n');
}
