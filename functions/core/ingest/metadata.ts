// Dates, sources and names from explicit metadata only: headers, meta tags, bylines, datelines.
// Body prose is never mined for a date ("on Oct. 2" is an event, not the publication date).
import { monthNumber, WEEKDAYS } from '../dates';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const NAMED_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const NAMED_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const NUMERIC_YMD = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
/** "18.03.2021": day, month and year with dots, as European pages print them. */
const DOTTED_DMY = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** "28/07/2021" or "07/28/2021": read only when one of the two numbers can be no month. */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

const NAMED_MD = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d)`, 'i');

/**
 * A dateline's day without its year ("SEOUL, March 18 (Yonhap) --", "ANNAPOLIS, Md., April 2 —")
 * as "MM-DD"; null when it names no month and day, or names a year too (parseDate reads those).
 */
export function monthDayOf(dateline: string): string | null {
  const m = NAMED_MD.exec(dateline);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const day = Number(m[2]);
  if (!month || day < 1 || day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) return null;
  return `${pad(month)}-${pad(day)}`;
}

/**
 * Parses a publication date as a metadata value or inside a byline/dateline line.
 * Returns YYYY-MM-DD, or a full ISO date-time when the source gives a time WITH a zone
 * (a time without a zone is ambiguous, so only its date is kept), or null.
 */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = ISO_RE.exec(s);
  if (iso) {
    const date = isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
    if (!date) return null;
    if (iso[4] === undefined || iso[8] === undefined) return date;
    const zone = iso[8].toUpperCase() === 'Z' ? 'Z' : iso[8].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${date}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ?? ''}${zone}`;
  }
  let m = NAMED_MDY.exec(s);
  if (m) return isoDate(+m[3]!, monthNumber(m[1]!)!, +m[2]!);
  m = NAMED_DMY.exec(s);
  if (m) return isoDate(+m[3]!, monthNumber(m[2]!)!, +m[1]!);
  m = NUMERIC_YMD.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = DOTTED_DMY.exec(s);
  if (m) return isoDate(+m[3]!, +m[2]!, +m[1]!);
  m = SLASHED.exec(s);
  if (m && (+m[1]! > 12) !== (+m[2]! > 12)) return +m[1]! > 12 ? isoDate(+m[3]!, +m[2]!, +m[1]!) : isoDate(+m[3]!, +m[1]!, +m[2]!);
  return null;
}

/**
 * A full date (with a year) inside a title ("Department Press Briefing - March 15, 2021", "Briefing
 * on North Korea's launch (March 26, 2021)"): documents date themselves there when no line does.
 */
export function dateInTitle(title: string): string | null {
  const m = DATE_IN_TITLE.exec(title);
  return m ? parseDate(m[0]) : null;
}

/** A full date, with a year: "March 19, 2021", "19 March 2021", "2021-03-19", "19.03.2021". */
const FULL_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})`;

/** A line that opens with a full date (with a year): the typical "March 19, 2021 - 08:58 By X" dateline. */
export const DATE_AT_START = new RegExp(`^(?:\\w+day,?\\s+|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s+)?${FULL_DATE}`, 'i');

const DATE_IN_TITLE = new RegExp(`\\b${FULL_DATE}\\b`, 'i');

/** A web address or a bare host name ("https://feedmirror.net/world/...", "www.reuters.com", "feedmirror.net"). */
export const ADDRESS = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;

// Words that make a "By X" a news organisation rather than a person.
const ORG_WORDS = /\b(news|agency|press|wire|times|post|journal|herald|tribune|gazette|daily|media|network|service|broadcasting|reuters|afp|ap|bbc|cnn|yonhap|xinhua|kyodo|bloomberg|staff|desk|editorial|online|sentinel|courier|ledger|chronicle|observer|examiner|inquirer|dispatch|bulletin|telegraph|guardian|enquirer|radio|television|tv|magazine|standard|star|register|weekly|globe|mirror|monitor)\b/i;

/** A news organisation's word ("news", "gazette", "radio"...): a name with one is no person's. */
export const hasOrgWord = (name: string): boolean => ORG_WORDS.test(name);

/** "Yonhap" or "Yonhap News Agency" is a source; "Choi Si-young" is an author. */
export function isOrganisation(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return ORG_WORDS.test(name) || (words.length === 1 && /^[\p{Lu}]/u.test(name));
}

/**
 * A name with a news organisation's word in it ("Mountain State Gazette", "WPHN 5 News"), not a desk's
 * ("Policy Desk") nor a section's label ("Breaking News"; "The News" is an outlet).
 */
export function namesOutlet(name: string): boolean {
  return ORG_WORDS.test(name) && !DESK_WORDS.test(name) && !NEWS_LABEL.test(name.trim());
}
/** A section's label made of "news" and generic words ("Breaking News", "Local News"): no outlet's name. */
const NEWS_LABEL = /^(?:(?:breaking|latest|top|local|world|national|international|business|political|politics|sports?|live|more|related|today['’]?s|in)\s+)*news$/i;

/** Trims a person or organisation name taken from a byline: drops trailing separators and "and" tails. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // "Peninsula Watch (peninsulawatch.example)": the site's address beside its name is not part of it.
  const s = raw
    .replace(/^(by|from|source|via)\s*[:\s]\s*/i, '')
    .replace(/\s*\((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?\)\s*$/i, '')
    .replace(/[\s(|,;:–—-]+$/u, '')
    .trim();
  return s.length > 0 && s.length <= 100 ? s : null;
}

/** The file name as a readable title: the fallback when an article names none (never empty). */
export function titleFromKey(key: string): string {
  const base = key.split('/').pop() ?? key;
  const stem = base.replace(/\.[^.]*$/, '');
  const human = stem.replace(/[_+]+/g, ' ').replace(/(?<=\S)-(?=\S)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!human) return 'Untitled article';
  return human.charAt(0).toUpperCase() + human.slice(1);
}

/** Only absolute http(s) URLs are kept: anything else cannot be linked from an email. */
export function cleanUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** "/2021/05/21/", "/2021-05-21", "/20210521/" in an article URL's path: many sites date their links. */
const URL_DATE = /[/_-]((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The publication date an article's URL states in its path, or null. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const m = URL_DATE.exec(new URL(url).pathname);
    return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
  } catch {
    return null;
  }
}

// A desk or a role is where a person works, not an outlet a reader would recognise.
const DESK_WORDS = /\b(desk|staff|correspondent|reporter|writer|editor|bureau|contributor|columnist|team)\b/i;
const PERSON = /^(?:[Bb]y\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s*(?:,|\||\/|\s[–—-])\s*(.+)$/u;

/**
 * A "source" that is really a byline ("Nora Castellanos, Policy Desk", "Jane Doe | Reuters"):
 * the person is the author; what follows is the outlet only when it is not a desk or a role.
 */
/**
 * An outlet's name as a reader expects it: a masthead set in capitals ("THE WASHINGTON LEDGER",
 * "KYODO NEWS") in the case of a name, short all-capital words kept as the initialisms they are
 * ("NK NEWS" -> "NK News"); "Reuters Staff" is Reuters. Names in mixed case are left as written.
 */
export function outletName(name: string | null): string | null {
  if (!name) return name;
  let out = name.replace(/\s+staff$/i, '');
  const words = out.split(/\s+/);
  if (words.length >= 2 && out === out.toUpperCase() && words.some((w) => /\p{Lu}{4,}/u.test(w))) {
    // "NHK WORLD-JAPAN" -> "NHK World-Japan": each part of a hyphenated word keeps its capital.
    const cased = (part: string): string => (part ? part[0] + part.slice(1).toLowerCase() : part);
    out = words.map((w) => (/^\p{Lu}{4,}/u.test(w) || OUTLET_SMALL.has(w) ? w.split('-').map(cased).join('-') : w)).join(' ');
  }
  return out;
}
const OUTLET_SMALL = new Set(['THE', 'AND', 'OF', 'FOR', 'NEW']);

const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}`;
const CAPS_WRITERS = new RegExp(String.raw`^(${CAPS_NAME}(?:,?\s+(?:and|&)\s+${CAPS_NAME})?)\s+(\p{Lu}\p{Ll}[\p{L}.'’ -]*)$`, 'u');

export function splitByline(source: string | null): { source: string | null; author: string | null } {
  if (!source) return { source, author: null };
  // "KIM TONG-WOO and ERIC PALMQUIST Associated Press": writers in capitals, then the outlet.
  const caps = CAPS_WRITERS.exec(source.trim());
  if (caps && namesOutlet(caps[2]!)) return { author: caps[1]!, source: caps[2]! };
  const m = PERSON.exec(source.trim());
  if (!m || ORG_WORDS.test(m[1]!)) return { source, author: null };
  const rest = m[2]!.trim();
  return { author: m[1]!, source: DESK_WORDS.test(rest) ? null : rest };
}

/**
 * The publication date from the page's metadata and from its own byline. A UTC timestamp a day off
 * the byline's date is the same moment on the outlet's clock ("July 18, 2026, 11:10 p.m." in the
 * byline, 2026-07-19T04:10:00Z in the metadata): the byline's date is the one its readers saw, and
 * the one the story's "Saturday evening" belongs to. Any other disagreement keeps the metadata's.
 */
export function publicationDate(meta: string | null, byline: string | null): string | null {
  if (!meta || !byline) return meta ?? byline;
  if (!meta.endsWith('Z') || byline.length !== 10) return meta;
  const apart = Math.abs(Date.parse(`${meta.slice(0, 10)}T00:00:00Z`) - Date.parse(`${byline}T00:00:00Z`));
  return apart === 86_400_000 ? byline : meta;
}

/** Before this UTC hour, an evening in the Americas is still the day before on the outlet's clock. */
const EVENING_UTC_HOUR = 8;

/**
 * A UTC timestamp in the first hours of its day, on a story whose opening tells its news by the day
 * before's weekday and never names the timestamp's own ("The Velmont City Council voted 8-1 on
 * Tuesday...", stamped 2027-03-10T01:15:00Z, a Wednesday in UTC): an evening story filed west of
 * Greenwich, whose readers saw it on Tuesday. That day, as a date; any other timestamp as it is. Of
 * 80 early-UTC stamps on the labelled sets, 44 read so (council votes "late Thursday", games
 * "Saturday night").
 */
export function outletDay(at: string | null, opening: string): string | null {
  const m = at ? /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?Z$/.exec(at) : null;
  if (!m || Number(m[2]) >= EVENING_UTC_HOUR) return at;
  const day = new Date(`${m[1]}T00:00:00Z`);
  const own = WEEKDAYS[day.getUTCDay()]!;
  const before = WEEKDAYS[(day.getUTCDay() + 6) % 7]!;
  const names = (weekday: string): boolean => new RegExp(`\\b${weekday}\\b`).test(opening);
  if (!names(before) || names(own)) return at;
  return new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10);
}
