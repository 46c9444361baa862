// Lines that are page furniture rather than reporting. The reader drops most of them; these checks
// are the summarizer's own defence, because one caption in a digest is worse than one fact missed.
import { anyOf, countWords, normalizeSpace } from './text';

/** A digest item needs a subject, a verb and something said about them. */
export const MIN_ITEM_WORDS = 8;

const PROMO_START =
  /^\s*(?:read (?:also|more)|also read|see also|related(?: articles?| stories| news)?\s*:|recommended|sponsored|advertisement|watch(?: now)?\s*:|listen\s*:|photo\s*:|image\s*:|video\s*:|source\s*:|copyright|©|all rights reserved|click here|subscribe|sign up|follow us|share (?:this|on)|leave a (?:reply|comment)|you may also like|spread the love|back to top|send to|editor'?s note|correction\s*:|this story has been|this (?:article|story) (?:was (?:originally|first) (?:published|reported|posted)|first appeared)|this article (?:was|has been))/i;

const CAPTION_WORDS =
  /\b(?:not pictured|pictured|captured image|captured from|file photo|photo shows|this photo|in this photo|undated (?:photo|picture|image)|photo (?:taken|provided|released)|photo courtesy|image shows|screen ?grab|screenshot of)\b/i;
/**
 * Caption grammar, for captions whose credit the reader already removed: a position tag after a
 * name ("Han, left, and ..."), and the present tense captions describe a picture in ("shake
 * hands", "pose for a photo"), where reporting would say "shook" or "posed".
 */
const CAPTION_GRAMMAR =
  /\p{Lu}[\p{L}'-]*, (?:left|right|centre|center|second (?:from )?(?:left|right)),|\b(?:shake|shakes) hands\b|\bposes? for (?:a |the )?(?:group |family |commemorative )?(?:photo|picture|photograph)s?\b/u;

/** "(Reuters-Yonhap)", "(AFP/Getty)", "(AP Photo)", "(Yonhap)": a photo or wire credit. */
const AGENCY_PAIR = /\((?:[A-Z][\w.&]*\s?[-/]\s?)+[A-Z][\w.&]*\)/;
const PHOTO_CREDIT = /\((?:[^()]{0,40}\b(?:photo|photos|image|courtesy|getty|captured|screenshot)\b[^()]{0,40})\)/i;
/** A parenthesized credit after the final full stop: a caption's credit, or a wire end-mark on the last line. */
export const TRAILING_CREDIT = /([.!?]["'\u201D\u2019]?)\s*\((?:[A-Z][\w.&]*(?:[\s/-][A-Z][\w.&]*){0,3})\)\s*$/;
const BARE_CREDIT = /^\s*\((?:[A-Z][\w.&]*(?:[\s/-][A-Z][\w.&]*){0,3})\)\s*$/;

/** Share links, email-this, and lines made mostly of URLs or symbols. */
const WIDGETY = /https?:\/\/|www\.|@\w+\.\w+|\b(?:facebook|twitter|whatsapp|linkedin|pinterest|telegram)\b.*\b(?:facebook|twitter|whatsapp|linkedin|email)\b/i;

const CAPTION_HINTS = anyOf(['pictured', 'captured', 'photo', 'undated', 'image', 'screen']);
const GRAMMAR_HINTS = anyOf([', left,', ', right,', ', centre,', ', center,', ', second ', ' hands', 'pose']);
const WIDGET_HINTS = anyOf(['http', 'www.', '@', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'telegram']);

export interface FurnitureContext {
  readonly text: string;
  readonly words: number;
  /** The next sentence's text in the same paragraph, if any. */
  readonly next: string | null;
  /** True for the article's last sentence, where "(Agency)" is a wire end-mark. */
  readonly last: boolean;
}

/** Why a sentence cannot be an item, or null when it can. */
export function furnitureReason(s: FurnitureContext): string | null {
  if (s.words < MIN_ITEM_WORDS) return 'short';
  if (PROMO_START.test(s.text)) return 'promo';
  // Each costly pattern runs only when the text holds a literal that every match of it contains
  // (case-insensitive patterns are checked against the lower-cased text).
  const lower = s.text.toLowerCase();
  if (CAPTION_HINTS.test(lower) && CAPTION_WORDS.test(s.text)) return 'caption';
  if (GRAMMAR_HINTS.test(s.text) && CAPTION_GRAMMAR.test(s.text)) return 'caption';
  // The credit patterns all need a parenthesis: most sentences skip them with one indexOf.
  const paren = s.text.includes('(');
  if (paren && (AGENCY_PAIR.test(s.text) || PHOTO_CREDIT.test(s.text))) return 'caption';
  if (paren && !s.last && TRAILING_CREDIT.test(s.text)) return 'caption';
  if (s.next?.includes('(') && BARE_CREDIT.test(s.next)) return 'caption';
  if (WIDGET_HINTS.test(lower) && WIDGETY.test(s.text)) return 'widget';
  // Headline-style lines with no sentence punctuation and mostly capitalized words are navigation.
  if (!/[.!?"\u201D]$/.test(s.text.trim()) && capitalShare(s.text) > 0.7) return 'navigation';
  return null;
}

const UPPER_START = /^\p{Lu}/u;

/** Share of the whitespace-separated words that start with a capital letter. */
function capitalShare(text: string): number {
  if (normalizeSpace(text) !== text) {
    const words = text.split(/\s+/);
    return words.filter((w) => UPPER_START.test(w)).length / words.length;
  }
  // Single-spaced text: a word starts at 0 and after each space.
  let words = 1;
  let caps = 0;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && text.charCodeAt(i - 1) !== 32) continue;
    if (i > 0) words++;
    const c = text.charCodeAt(i);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text.slice(i, i + 2))) caps++;
  }
  return caps / words;
}

/** Drops a wire end-mark such as "(Yonhap)" after the last full stop; the text stays a substring. */
export function stripEndMark(text: string): string {
  return text.replace(TRAILING_CREDIT, '$1');
}

/** Words outside the quotation marks that make a sentence reporting rather than a quotation. */
const REPORTED_WORDS = 7;

/**
 * Share of the sentence's characters inside quotation marks. A long direct quote is colour and
 * opinion more often than the reported fact, so it ranks a little lower (not out). A sentence
 * that reports in its own words and quotes a phrase ("X said the policy takes 'a practical
 * approach'") is reporting, however long the phrase: it counts as unquoted.
 */
export function quoteShare(text: string): number {
  // Most sentences quote nothing: their share is 0 whatever else they hold.
  if (!text.includes('"') && !text.includes('\u201C') && !text.includes('\u201D')) return 0;
  let inside = 0;
  let open = false;
  let count = 0;
  // The text outside quotation marks, as slices (one string per stretch, not one per character).
  const outside: string[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    // A surrogate pair is one character, as a string iterator counts it.
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
      if (open) inside++;
      count++;
      k++;
      continue;
    }
    const mark = c === 0x201c || c === 0x201d || c === 34;
    if (mark) {
      if (!open) outside.push(text.slice(from, k));
      if (c === 0x201c) open = true;
      else if (c === 0x201d) open = false;
      else open = !open;
      from = k + 1;
    } else if (open) inside++;
    count++;
  }
  if (!open) outside.push(text.slice(from));
  if (!count) return 0;
  const share = inside / count;
  return share > 0 && countWords(outside.join('')) >= REPORTED_WORDS ? 0 : share;
}

/**
 * Sentences whose subject points back ("He said...", "The two sides...", "According to X, they...")
 * and so lean on the sentence before them.
 */
/** Who "The <place>-based ..." stands in for: an organisation or a person named earlier. */
const BASED_HEADS =
  '(?:compan(?:y|ies)|carriers?|airlines?|firms?|groups?|\\w*makers?|manufacturers?|retailers?|lenders?|banks?|insurers?|operators?|' +
  'utilit(?:y|ies)|start-?ups?|giants?|conglomerates?|suppliers?|shippers?|developers?|builders?|outlets?|organi[sz]ations?|' +
  'associations?|unions?|executives?|officials?|lawmakers?|economists?|analysts?|researchers?|chains?|brands?|owners?|investors?|funds?)';

/** Disasters that news names once and then calls "the storm", "the fire" (LEANS_BACK, DESCRIBED_DISASTER). */
const DISASTERS = 'storm|hurricane|typhoon|quake|earthquake|aftershock|fire|blaze|wildfire|spill|derailment|collapse|flood|flooding|eruption|explosion|blast|leak';

export const LEANS_BACK = new RegExp(
  String.raw`^\s*["\u201C]?(?:(?:according to|meanwhile|later|earlier|on \w+|(?:in|under|at|after|before|during|since|following|for|with|from|despite|amid) (?:a|an|the) \w+)\b[^,]{0,40},\s*|` +
    // "In a statement carried by the Korean Central News Agency (KCNA), she also denounced...": a
    // longer frame before the pronoun.
    String.raw`in (?:a|an|the) (?:joint |separate |written |new )?(?:statement|speech|interview|letter|report|message|post|briefing)\b[^,]{0,80},\s*(?=(?:he|she|it|they)\b)|` +
    // "Like many such gangs, it both encrypts a victim's files...": a comparison fronted before the pronoun.
    String.raw`(?:like|unlike|as with) [^,]{1,40},\s*(?=(?:he|she|it|they)\b)|` +
    // "By Thursday morning the family had claimed three cots...": a part of a day, comma or none.
    String.raw`by (?:mon|tues|wednes|thurs|fri|satur|sun)day (?:morning|afternoon|evening|night),?\s+|` +
    // "In its lawsuit to block the merger, filed Oct. 14 in Denver, the agency argues...": whose?
    String.raw`in (?:its|their|his|her)\s[^,]{1,60},\s*(?:[^,]{1,50},\s*)?)?` +
    String.raw`(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|yet|also|still|instead|such|there|both|` +
    // A preposition whose object is a pronoun ("In it: the letter condemning her house...", "For them, ..."): what is it?
    String.raw`(?:in|of|for|with|from|inside|within|without|behind|beside|under|to|like|unlike) (?:it|them|him|her)(?![\w-])|` +
    // A time or a frame set by one word the reader has not met ("After the hearing, Ray Dunleavy said...",
    // "During the same period, ..."): which hearing, which period?
    String.raw`(?:(?:hours|days|weeks|months|minutes|moments|shortly|just|soon|an hour|a day|a week) )?(?:after|before|during|since|following|under|despite|amid|until|throughout) the (?:same |latest |previous |recent |earlier )?[\w-]+(?: (?:opened|began|started|ended|closed|resumed|concluded|finished))?(?=,)|` +
    // "Five others were still missing": others than the ones a sentence before counted.
    String.raw`(?:the\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|some|all|most)\s+)?others(?![\w-])|` +
    // A share of a group counted before ("Six of the sick were pregnant", "Most of the recalled lots
    // ..."), unless a possessive or a relative clause says which group ("Two of the nation's banks",
    // "Eleven of the 38 rail cars that derailed...").
    String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|dozens|hundreds|thousands|most|many|some|all|half|several|few|none|each|either|neither) of the (?![\w.-]+['’]s\b)(?![\w ,-]{0,40}\b(?:that|which|who|whose)\b)(?=[a-z\d])|` +
    // Discourse connectives set off by a comma: the sentence answers one the reader has not seen
    // ("By contrast, ..."; "In response to the sanctions, ..." says what it answers).
    String.raw`(?:by contrast|in contrast|however|nonetheless|nevertheless|likewise|similarly|moreover|furthermore|in addition|as a result|in response|in return|in exchange)(?=,)|` +
    // "Two co-workers and a family member who had felt ill tested negative.": whose co-workers?
    String.raw`(?:(?:two|three|four|five|six|several|some|many|both|his|her|their)\s+)?(?:co-?workers|colleagues|relatives|neighbou?rs|siblings|classmates|teammates)\b(?!\s+of\b)|` +
    // "Nationally, the CDC has counted 74 cases...": against the place a sentence before told of.
    String.raw`(?:nationally|nationwide|statewide|elsewhere|locally)(?=,)|` +
    // A place set by a sentence before ("Inside, roughly two thousand people stood on the quay..."): inside what?
    '(?:inside|outside|nearby|next door|across the street|downstairs|upstairs)(?=,)|' +
    // A time counted from an event told before ("Within an hour, ...", "Hours later, ..."): after what?
    String.raw`(?:within (?:an?|one|two|three|\d+) (?:hours?|days?|minutes?|weeks?)|(?:hours|days|minutes|weeks|months|years|moments|an hour|a day|a week|a month|a year|(?:two|three|four|five|six|\d+) (?:hours|days|weeks|months|years)) (?:later|earlier|before)|the next (?:day|morning|week)|later that (?:day|night|week|morning)|shortly after(?:wards?)?|soon after(?:wards?)?|later (?:on|that|in the) [\w-]+|in a separate [\w-]+(?: [\w-]+){0,8}?)(?=,)|` +
    // ...or the part of a day already under way ("By evening the vice-president had been installed..."): which day?
    String.raw`by (?:then|that (?:time|point|evening|night)|evening|nightfall|midday|noon|mid-?afternoon|afternoon|the (?:evening|afternoon|end of the day))\b(?!\s+(?:of|on)\b)|` +
    // A description that stands in for a name given earlier ("The Portland, Oregon-based carrier",
    // "The 64-year-old executive"): news copy uses it so as not to repeat the name.
    String.raw`the [^,.;]{1,30}?(?:,\s+[^,.;]{1,20}?)?-(?:based|headquartered|owned|listed)\s+${BASED_HEADS}(?![\w-])|the \d+-year-old\s|` +
    // A definite noun that points to something the reader met earlier ("The move", "the North"),
    // even with a modifier ("The top US envoy", "The 31-page complaint", "The 6-1 vote"; a nationality
    // alone says which one: "The US government"), unless what follows says which one ("The envoy and
    // defense chief of Japan"). A disaster with a figure ("The 7.6-magnitude quake") is DESCRIBED_DISASTER's.
    String.raw`the (?:(?:new|latest|same|proposed|planned|earlier|previous|recent|upcoming|top|senior|chief|visiting|former|vice|deputy|prime|second|third|final|remaining|joint|trilateral|bilateral|\$?\d[\d,.]*-[a-z]+(?!\s+(?:${DISASTERS})(?![\w-]))|\d{1,3}[-–]\d{1,3})\s+(?:(?:u\.?s\.?|american|chinese|japanese|(?:north |south )?korean|european|russian|british)\s+)?)?(?:two|three|four|five|pair|trio|duo|` +
    String.raw`moves?|decisions?|statements?|ministry|officials?|spokesman|spokeswoman|spokesperson|compan(?:y|ies)|firms?|agency|` +
    String.raw`deals?|plans?|reports?|meeting|visit|trip|remarks|comments|proposals?|measures?|bill|latter|former|north|south|approach(?:es)?|` +
    String.raw`countr(?:y|ies)|nation|letter|announcement|offer|agreement|accord|pact|sides?|same|ministers?|envoys?|president|leaders?|` +
    String.raw`regime|group|incident|attempts?|committee|court|board|panel|council|union|district|federation|commission|authority|effort|talks|call|message|warning|threat|steps?|idea|administration|government|` +
    String.raw`rules?|plant|project|ban|law|order|restrictions|curbs|controls|investment|grant|probe|investigation|changes|` +
    String.raw`ceremony|session|hearing|vote|request|allies|event|case|issue|program|programme|` +
    String.raw`figures?|number|total|amount|sum|estimate|increase|decrease|reduction|rise|drop|decline|fall|shortfall|cuts?|` +
    // Events and findings named before ("The audit, which began...", "The mission, known as..."): which one?
    String.raw`audits?|auditors?|inquiry|review|study|survey|strikes?|outage|recall|ruling|verdict|lawsuits?|suits?|class action|complaint|settlement|merger|acquisition|` +
    String.raw`takeover|sale|budget|sanctions|tariffs?|dispute|outbreak|grounding|blowout|accident|crash|attacks?|mission|` +
    'campaign|initiative|data|findings|results?|payments?|contract|bid|exercises?|drills|launch(?:es)?|cap|disclosure|weapons?|projectiles?|speech|pledges?|' +
    'resignation|departure|firing|ouster|arrest|indictment|apology|closure|shutdown|evacuation|layoffs|' +
    // Acts and their consequences named before ("The penalty surpasses...", "The restart came 10 days after...",
    // "The downgrade keeps..."; blind readers of exchange-glitch and formula-shortage, thirty-second stop): which ones?
    'penalty|penalties|restart|groundbreaking|downgrade|round|quote|' +
    // People, places, findings and objects met before ("The supplies were bought with money from...",
    // "The hospital, the largest in the parish, ...", "The cause, Nimbus said...", "The stock closed at
    // $31.40"): which ones?
    'suspects|supplies|gymnasium|shelter|church|hospital|hotel|building|airline(?! industry| sector| business)|department|volunteers|bureau|' +
    'cause|recorder|channel|stock|compact|slide|phase|options|filing|decree|gang|demand|couple|money|fund|emails|divers|experiment|pause|suspension|expulsions?|family|families|winery|tasting room|ordinance|rally|protest|directorate|stopgap|' +
    String.raw`judge|trustees|declaration|deaths|polic(?:y|ies)|missiles?|list(?!\s+prices?)|reopening|applause|books|parents|guild|exchange(?!\s+rates?)|trouble|petition|sheriff|crew|package|outreach|format|appointment|` +
    // Disasters named before ("The storm made landfall at 4:10 a.m.", "The fire was 34% contained"): which one?
    String.raw`${DISASTERS})(?![\w-])` +
    // ...unless what follows says which one: "of", a relative clause, "the attack on the tanker", "the
    // strike by train drivers", "the inquiry into", "the talks between" ("on Tuesday" says when)...
    String.raw`(?!(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:of|that|which|who|whose|to|against|by|over|into|between)\b)` +
    // ...or "for" a count: "The union for 6,000 striking nurses at Corwen Health".
    String.raw`(?!\s+for\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d)` +
    // ...or names it: "The mission, known as Aspides, ...".
    // ("The board named Anita Rao-Benning as interim chief...": without a comma "named" is the verb.)
    // ("The rally, called by the union, ..." is a participle: it says who, not which.)
    String.raw`(?!,\s+(?:known as|called(?!\s+by\b)|named(?!\s+by\b)|dubbed)\b|\s+(?:known as|called(?!\s+by\b)|dubbed)\b)` +
    String.raw`(?!\s+on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)))\b`,
  'i',
);

/**
 * A disaster described, not named, by up to three modifiers ("The Category 3 storm, with winds of
 * 120 mph...", "The 7.6-magnitude quake", "The deadly fire"): which one? Case matters here, so it is
 * not part of LEANS_BACK: a capitalized modifier makes it a name ("The Bracken Creek Fire").
 */
const DESCRIBED_DISASTER = new RegExp(
  String.raw`^\s*["\u201C]?The\s+(?:(?:Category|Level|[a-z\d][\w.,%-]*)\s+){1,3}(?:${DISASTERS})(?![\w-])(?!\s+(?:of|that|which|who|whose)\b)`,
);

/**
 * The sentence starts inside a quotation the sentence before opened ('Not enough," said Priya Anand',
 * after '"We moved some of it two weeks ago.'): its first quotation mark closes one.
 */
function opensMidQuote(text: string): boolean {
  const curly = text.search(/[\u201C\u201D]/);
  if (curly >= 0 && text[curly] === '\u201D' && !text.slice(0, curly).includes('"')) return true;
  const straight = text.indexOf('"');
  if (straight <= 0 || (curly >= 0 && curly < straight)) return false;
  // A closing straight quote follows a word or punctuation, and leaves an odd count behind it.
  return /[\p{L}\p{N}.,!?…]/u.test(text[straight - 1]!) && (text.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * "...were kept on duty at the buffet, the report said.": a document told as if the reader had met
 * it, where the sentence introduces none ("a report released Friday ..., the report said" does).
 */
const DOCUMENT_SAYS =
  /,\s+(?:the|that) (report|statement|letter|filing|complaint|lawsuit|suit|memo|study|audit|review|indictment|document|notice|motion|petition|survey|analysis|ruling)\s+(?:said|says|found|finds|showed|shows|stated|states|added|adds|noted|notes|argued|argues|alleged|alleges)\b/i;

function citesUnseenDocument(text: string): boolean {
  const m = DOCUMENT_SAYS.exec(text);
  if (!m) return false;
  const introduced = new RegExp(String.raw`\b(?:a|an|its|their|his|her|[\p{Lu}][\p{L}'’.-]*)\s+(?:[\p{L}\d'’.-]+\s+){0,3}${m[1]!}\b`, 'iu');
  return !introduced.test(text.slice(0, m.index));
}

/**
 * "...pulled the seven other skiers out alive": others than a group counted in a sentence before,
 * when nothing before it in this sentence counts one ("Of the 11 buried, the seven other skiers...").
 */
const COUNTED_OTHERS = /\bthe (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) other\b/i;
const COUNT = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b/i;

function othersCountedBefore(text: string): boolean {
  const m = COUNTED_OTHERS.exec(text);
  return !!m && !COUNT.test(text.slice(0, m.index));
}

/**
 * A company told by its country and trade alone ("The U.S. automaker now expects...", "The German
 * drugmaker said..."): which one? News copy uses it for a company named a sentence before. "The US
 * government" names one; there is one government per country.
 */
const NATIONAL_COMPANY =
  /^\s*["\u201C]?the\s+(?:u\.?s\.?|american|german|japanese|chinese|korean|british|french|european|canadian|swiss|dutch|indian)[\s-]+(?:automaker|carmaker|drugmaker|chipmaker|company|firm|airline|carrier|insurer|lender|bank|retailer|manufacturer|giant|utility|operator)(?![\w-])/i;

/**
 * A company told by its home town ("The Linwood Crossing, New Jersey, drugmaker said...", "The Boston
 * insurer"): which one? Case matters: capitalized place words, then a lower-case trade.
 */
const PLACE_COMPANY =
  /^\s*["\u201C]?The\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,)?\s+(?:automaker|carmaker|drugmaker|chipmaker|company|firm|airline|carrier|insurer|lender|bank|retailer|manufacturer|utility|operator|developer|startup|start-up|maker)(?![\w-])/u;

/**
 * A company told by its trade and a description ("The private equity firm raised its bid...", "The
 * regional lender said...", "The workplace-software maker expects...", "The drugmaker said..."): which
 * one? Case matters: lower-case words only ("The World Bank" is a name), and not when what follows says
 * which ("the firm that bought...", "the company of...").
 */
const DESCRIBED_COMPANY =
  /^\s*["\u201C]?The\s+(?:(?:[a-z][\w-]*\s+){1,2}(?:firm|company|chain|lender|insurer|retailer|carrier|operator|developer|airline|bank)|(?:[a-z][\w-]*\s+){0,2}(?:[a-z]*maker|manufacturer|producer|supplier))(?![\w-])(?!\s+(?:of|that|which|who|whose|to|against|by|over|into|between)\b)(?!,\s+(?:known as|called|named)\b)/u;

/**
 * More openings that point back: a frame shared with a sentence before ("In the same letter, Chief
 * Executive Dana Whitcombe said..."), a company's shares told by its place alone ("Shares of the
 * Marlow Bay, Tamarack-based company closed up 6.2%"), a victim counted in a toll told before ("The
 * eighth victim was identified as..."), and the rest of a sum told before ("The remaining $19 million
 * was revenue lost...").
 */
const SAME_FRAME = /^\s*["\u201C]?(?:in|at|on|from|by|with|under) the same [\w-]+(?=,)/i;
/** An event named before as the frame ("In the meeting the both sides also...", "In the statement carried by KCNA, ..."): which one? */
const FRAMED_EVENT =
  /^\s*["\u201C]?(?:in|during|at) (?:the|that|this) (?:meeting|statement|talks|call|interview|speech|letter|session|conversation|briefing|commentary|address|summit)\b(?!\s+(?:of|on|with|between|in|at|by|to|held|last|this|in which)\b)/i;
const SHARES_OF_DESCRIBED =
  /^\s*["\u201C]?(?:shares|stock|the stock) of the (?:[^,.;]{1,30}?(?:,\s+[^,.;]{1,20}?)?-(?:based|headquartered)\s|(?:company|firm|group|carrier|lender|chain|maker|insurer|airline|bank)\b)/i;
const COUNTED_VICTIM = /^\s*["\u201C]?the (?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:victims?|body|death|person|casualty|fatality)\b(?!\s+(?:of|that|which|who|to)\b)/i;
/** An idea told before, as the object of a view ("...said she supported the idea but warned..."): which idea? */
const THE_IDEA = /\bthe idea\b(?!\s+(?:of|that|to|behind|for|was|is)\b)/i;
/** A share of a whole owned by something told before ("Of the system's 64 bus routes, 19 would disappear"): whose? */
const SHARE_OF_POSSESSED = /^\s*["\u201C]?of the [\w-]+['’]s\s/i;
/** ...or of a group or a thing told before ("The remaining missing men are...", "The rest of the ban stays..."). */
const REST_OF_SUM = /^\s*["\u201C]?the (?:(?:remaining|rest of the)\b|other (?:\$|€|£)?\d)/i;
/**
 * One of a series told before, or the most of it, with no noun ("The first was filed May 18 by Kayla
 * Dressler...", "The sharpest came from Kwon Jong Gun...", "Another is a return to..."): the first what?
 */
const ORDINAL_ALONE =
  /^\s*["\u201C]?(?:another|one|the (?:first|second|third|fourth|fifth|last|latest|newest|earliest|oldest|sharpest|harshest|strongest|toughest|fiercest|angriest|bluntest|clearest|loudest|biggest|largest|smallest|highest|lowest|deadliest|worst|best|most \w+)) (?:was|were|is|are|came|comes|had|has|have|will|would|followed|began|arrived)\b/i;

/** Money given with no recipient ("...and Ardent Peak Builders, a regional developer, gave $900,000."): to what? */
const GAVE_TO_WHOM = /\b(?:gave|donated|contributed|chipped in)\s+(?:about\s+|nearly\s+|more than\s+|another\s+)?[$€£][\d.,]+(?:\s+(?:million|billion))?\s*[.!]?\s*$/i;
/** A suit with no defendant ("The family of Harold Stenersen, 81, of Austin, Minnesota, sued on Tuesday."): sued whom? */
const SUED_WHOM = /\bsued(?:\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:last|this) (?:week|month)|too|as well))?\s*[.!]?\s*$/i;

/**
 * People named as the subject, then a bare "it" or "them" as the object ("Secretary of State Antony
 * Blinken and Defense Secretary Lloyd Austin discussed it with their counterparts..."): the names
 * cannot be what "it" stands for, so it is something a sentence before told.
 */
const NAMES_THEN_BARE_OBJECT = /^\s*["\u201C]?(?:(?:\p{Lu}[\p{L}.'’-]*|of|and),?\s+)+\p{Ll}+ed\s+(?:it|them)(?=\s*(?:with|to|in|at|on|for|as|during|over|after|before|[.,;!]))/u;

/**
 * A subject, then a connective set off by commas ("Austin, for his part, visited...", "Seoul, in
 * turn, ...", "The ministry, however, said..."): it answers a sentence the reader has not seen.
 */
const SUBJECT_THEN_CONNECTIVE = /^\s*["\u201C]?[^,"\u201C]{1,60},\s+(?:for (?:his|her|its|their) part|in turn|however|meanwhile|too|instead|likewise|by contrast|in contrast|nonetheless|nevertheless|though|in response),/i;

/**
 * A speaker set in as "they" or "it" ("The new approach, they said, would be 'calibrated'...", "The
 * plan, it said, would..."): who? The ones a sentence before named.
 */
const INSET_THEY = /^\s*["\u201C]?[^,"\u201C]{1,80},\s+(?:they|it)\s+(?:said|says|added|noted|stressed|argued|told (?:\w+ ){0,2}\w+|wrote|explained)\s*,/i;
/**
 * ...or at the sentence's end, the sentence naming no one by name ("The vapor most likely ignited on
 * hot equipment nearby, it said.": the safety board of the sentence before; refinery-fire's blind
 * reader, twenty-seventh stop). "The company expects..., it said." leans back too, on the company's
 * name. A sentence opening on a name, or with a capitalized word past its first, names who it is.
 */
const CLOSING_THEY =
  /^\s*["\u201C]?(?:The|A|An|Its|Their|This|That|These|Those|Some|Most|Many|All|Both|No|Each|Every|Any)\s+(?:(?!\p{Lu})\S+\s+)*?(?!\p{Lu})\S+,\s+(?:they|it)\s+(?:said|says|added|noted|wrote|explained)\.["\u201D]?\s*$/u;

/**
 * "They", "their" or "them" with nothing before it that it could stand for ("A federal judge will
 * hear their request for an injunction...", "In a joint statement they called the alliance..."):
 * whose? Before the pronoun (outside quotation marks) there is no name (a capitalised word, but for
 * an opening article or preposition), no "and" or "or", no plural noun (a word of four letters or
 * more ending in "s") and no noun for a group ("police", "the company", "the board"). Each of those
 * could be what the pronoun stands for, so the rule keeps quiet when any is there.
 */
const THEY_WORD = /\b(?:they|their|them|theirs|themselves)\b/i;
const OPENING_WORD = /^(?:a|an|the|this|that|in|on|at|by|for|after|before|when|while|if|as|under|during|with|from|to)$/i;
const GROUP_WORD =
  /^(?:police|company|government|team|family|group|board|council|committee|agency|ministry|department|union|court|jury|staff|crew|firm|city|state|country|administration|party|tribe|club|university|school|district|authority|commission|panel|office|bank|industry|army|military|navy|public|community|couple|pair|people|children|men|women|both|each|all|those|these|and|or|nor)$/i;
function theyUnanchored(text: string): boolean {
  const plain = unquoted(text);
  const at = plain.search(THEY_WORD);
  if (at <= 0) return false;
  const words = plain.slice(0, at).match(/[\p{L}\p{N}'\u2019-]+/gu) ?? [];
  return words.every((w, i) => {
    if (GROUP_WORD.test(w)) return false;
    if (w.length > 3 && /s$/i.test(w) && !/ss$/i.test(w)) return false;
    return !/^\p{Lu}/u.test(w) || (i === 0 && OPENING_WORD.test(w));
  });
}

/**
 * "...must pass on such a finding promptly", "...would ignore such contacts until...": such as what?
 * Things of a kind told in a sentence before. Not "the first such launch", "any such deal", "such
 * as", "in such a way", and not a kind the sentence has named before it ("...joint drills. North
 * Korea has answered such drills...").
 */
const SUCH = /(?<![\w-])(?<!\b(?:first|only|no|any|one|other|the|all|every|last|second|third|many|few)\s)[Ss]uch\s+(?:an?\s+)?([a-z][a-z-]{2,})\b/;
function suchUnanchored(text: string): boolean {
  const m = SUCH.exec(text);
  if (!m || /^(?:as|that|way|things?|times?|cases?|moves?|steps?)$/.test(m[1]!)) return false;
  const stem = m[1]!.slice(0, Math.max(4, m[1]!.length - 2));
  return !text.slice(0, m.index).toLowerCase().includes(stem);
}

/** "...said the final report would do so.": do what? An action told in a sentence before. */
const DOES_SO = /\b(?:do|did|does|doing)\s+so[.!]?["\u201D]?\s*$/i;

/** Whether "that " or "those " is followed by a word that could open one of THAT_PERIOD's nouns: a cheap test first. */
function mayNamePeriod(text: string): boolean {
  for (const word of ['that ', 'those ']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if ('ptswymdPTSWYMD'.includes(text[at + word.length] ?? ' ')) return true;
    }
  }
  return false;
}

/**
 * A transcript's or an interview's question, as its label shows: "QUESTION: ...", "Q Does...", "Q:
 * ...", "Reporter (Yonhap): ...". Its paragraph is what was asked, no point of news.
 */
export const QUESTION_LABEL = /^\s*(?:Q(?:[:.]\s*|\s+(?=\p{Lu}))|QUESTION\s*:|Reporter\s*(?:\([^)]{1,40}\))?\s*:)/u;
/**
 * A speaker's label ("A: ...", "[00:13] SEONG: ...", "MR PRICE: ...", "MS. PSAKI: ...", "THE PRESIDENT: ...", "MODERATOR:
 * ..."; not a dateline's "NEW YORK:", which names no speaker), or an editor's ("Editor's note:",
 * "Monitoring note:"): an item that
 * opens on one is a line of a transcript, whose "we" and "I" the item does not name.
 */
export const SPEAKER_LABEL =
  /^\s*(?:A:\s*|\[\d{1,2}:\d{2}(?::\d{2})?\]|(?:ANSWER|MODERATOR|OPERATOR)\s*:|(?:MR|MS|MRS|DR|SECRETARY|AMBASSADOR|GENERAL|ADMIRAL|PRESIDENT|SENATOR|THE)\.?\s+\p{Lu}[\p{Lu}'’-]+\s*:|(?:SPOKESPERSON|SPOKESMAN|SPOKESWOMAN)\s*:|(?:Spokesperson|Spokesman|Spokeswoman|Moderator|Minister|Secretary|Ambassador)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*:|(?:\p{Lu}[\p{L}]+['’]?s?\s+)?[Nn]ote\s*:)/u;

/**
 * A label opening an entry of a live blog or a roundup ("Markets: Kospi fell...", "Tokyo: Prime
 * Minister...", "Weather: ...", "UPDATE: ..."): what follows is the next entry, never the detail of
 * the sentence before it.
 */
export const ENTRY_LABEL = /^\s*\p{Lu}[\p{L}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|and|of|&)){0,3}\s*:\s/u;

/**
 * A question put directly ('Does "calibrated" mean you'd accept a step-by-step deal?'): no point of
 * news. A question reported inside a statement ("...asking one question: do they get the money
 * back?") is the statement's.
 */
export const ASKS =
  /^\s*["\u201C]?(?:Does|Do|Did|Is|Are|Was|Were|Can|Could|Will|Would|Should|Shall|May|Might|Has|Have|Had|What|Why|How|When|Where|Who|Whom|Whose|Which|Isn['’]t|Aren['’]t|Doesn['’]t|Don['’]t|Didn['’]t|Won['’]t|Wouldn['’]t)\b[^.!]*\?["\u201D’)]*\s*$/u;

const FIRST_PERSON = /\b(?:[Ww]e|[Oo]urs?|us|[Mm]y|(?<!\b(?:War|Phase|Title|Class|Type|Stage|Part|Chapter|Section|Article|Level|Schedule|Grade)\s)I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b))(?![\w-])/u;
/** The outlet speaking of itself ("...before this newspaper published the accounts of eleven gymnasts"). */
const OUTLET_SELF = /\b[Tt]his (?:newspaper|paper|publication|magazine|news (?:organi[sz]ation|outlet|site|agency)|newsroom)\b/u;
const VOICED = new RegExp(`${FIRST_PERSON.source}|${OUTLET_SELF.source}`, 'u');
/**
 * "We", "our", "my" or "I" outside quotation marks ("We are conducting a thorough review...", "What I
 * can say is that our goal remains..."): the voice of a transcript, a statement or an opinion piece,
 * whose speaker the item does not name. News copy puts a speaker's own words in quotation marks.
 * Nor "this newspaper": in a digest of several outlets' reports the reader cannot tell which.
 */
export const unnamedVoice = (text: string): boolean => VOICED.test(text) && VOICED.test(unquoted(text));

/**
 * A quantifier standing for a group a sentence before counted ("Most reported headaches, rashes or
 * sore throats, said Dr. Hannah Lutz": most of whom? The clinic's 140 residents, in the sentence
 * before). Only before a verb: "Most residents said...", "Some 2,000 renters marched..." say who,
 * and so does an -ed word before a noun and its verb ("Most affected residents have returned").
 * Case matters, so it is not part of LEANS_BACK: "Many United passengers" is no verb.
 */
export const BARE_QUANTIFIER =
  /^\s*["\u201C]?(?:Most|Many|Some|Several|Few|Both|All|None|Half)\s+(?:(?!hundred\b)[a-z]{2,}ed(?!\s+(?!(?:them|it|him|her|us|me|you)\b)[a-z]+\s+(?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|should|remain(?:s|ed)?|said|says|told|[a-z]{2,}ed)\b)|were|are|was|is|had|have|has|said|say|says|did|do|does|will|would|could|can|may|might|must|should|remain(?:s|ed)?|came|went|got|left|took|told|saw|felt|gave|made)(?![\w-])/u;

/** A span of time set by a sentence before ("...in 38% of roadside inspections over that period"): which period? */
const THAT_PERIOD = /\b(?:over|during|in|for|since|throughout|across) (?:that|those) (?:period|time|span|stretch|window|years?|months?|weeks?|days?)\b/i;

/**
 * The sentence leans on one before it: LEANS_BACK, a disaster described but not named, named people
 * doing something to a bare "it", a subject answering another ("X, for his part,"), a quotation
 * already open, a document it cites as if the reader had read about it, others of a group it never
 * counts, a company told by its country and trade or by a description, a period set before, a suit with no defendant, money
 * given to no one, or one of the openings above.
 */
export const leansBack = (text: string): boolean =>
  LEANS_BACK.test(text) ||
  DESCRIBED_DISASTER.test(text) ||
  NAMES_THEN_BARE_OBJECT.test(text) ||
  SUBJECT_THEN_CONNECTIVE.test(text) ||
  INSET_THEY.test(text) ||
  CLOSING_THEY.test(text) ||
  opensMidQuote(text) ||
  citesUnseenDocument(text) ||
  othersCountedBefore(text) ||
  NATIONAL_COMPANY.test(text) ||
  PLACE_COMPANY.test(text) ||
  DESCRIBED_COMPANY.test(text) ||
  SAME_FRAME.test(text) ||
  FRAMED_EVENT.test(text) ||
  theyUnanchored(text) ||
  SHARES_OF_DESCRIBED.test(text) ||
  COUNTED_VICTIM.test(text) ||
  REST_OF_SUM.test(text) ||
  ORDINAL_ALONE.test(text) ||
  SHARE_OF_POSSESSED.test(text) ||
  (text.includes('the idea') && THE_IDEA.test(text)) ||
  (text.includes('sued') && SUED_WHOM.test(text)) ||
  ((text.includes('$') || text.includes('€') || text.includes('£')) && GAVE_TO_WHOM.test(text)) ||
  (mayNamePeriod(text) && THAT_PERIOD.test(text)) ||
  (text.includes(' so') && DOES_SO.test(text)) ||
  ((text.includes('such') || text.includes('Such')) && suchUnanchored(text)) ||
  ((text.includes(' that ') || text.includes(' those ')) && thatThingUnanchored(text));

/**
 * "...began that work on Wednesday", "asked the board to suspend that case": an action on a thing the
 * sentence points back to with "that"/"those" and has not named (a blind reader of hotel-fire: "nothing
 * says what 'that work' is"). Only after verbs that take a thing, never a clause ("said that work
 * would resume"); a thing the sentence names before stands ("a new plan... approved that plan").
 */
const THAT_THING = /\b(?:begin|began|begun|start(?:ed|s)?|finish(?:ed|es)?|complet(?:e|ed|es)|continu(?:e|ed|es)|resum(?:e|ed|es)|halt(?:ed|s)?|stop(?:ped|s)?|suspend(?:ed|s)?|paus(?:e|ed|es)|delay(?:ed|s)?|postpon(?:e|ed|es)|approv(?:e|ed|es)|reject(?:ed|s)?|block(?:ed|s)?|drop(?:ped|s)?|settl(?:e|ed|es)|appeal(?:ed|s)?|fund(?:ed|s)?|dismiss(?:ed|es)?|hear|heard|hears|win|won|wins|lose|lost|loses) (?:that|those) (\p{Ll}{3,})(?=\s+(?:on|in|at|by|for|until|before|after|with|to|from|and|or|but|as|when|while|because|if|this|next|last)\b|\s*[.,;:!?]|\s*$)/u;
function thatThingUnanchored(text: string): boolean {
  const m = THAT_THING.exec(text);
  if (!m) return false;
  const stem = m[1]!.slice(0, Math.max(4, m[1]!.length - 2));
  return !text.slice(0, m.index).toLowerCase().includes(stem);
}

/**
 * Outside quotation marks, "here" and "this (Andean) city" point at the place in the dateline,
 * which the item no longer carries ("...opened Thursday in the fellowship hall of First Methodist
 * Church here"): where? "Here in Lima" names it. Inside a quotation they are the speaker's own.
 */
const HERE = /\b[Hh]ere\b(?!['’]s|\s+(?:in|at|on)\s+\p{Lu})/u;
const THIS_PLACE = /\b[Tt]his\s+(?:[A-Za-z-]+\s+)?(?:city|town|village|hamlet|capital|community|borough|suburb|neighbou?rhood|port|island)\b/;

/** The sentence with its quoted words blanked: a quotation left open runs to the end, one closed with no opening starts at the beginning. */
function unquoted(text: string): string {
  // Blanked, not replaced by a pair of quotation marks: a pair's closing mark would read as a quotation left open.
  const t = text.replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ' ');
  const open = t.search(/["\u201C](?=[^"\u201D]*$)/);
  if (open >= 0 && !/["\u201D]/.test(t.slice(open + 1))) return t.slice(0, open);
  const close = t.search(/\u201D/);
  return close >= 0 && t.lastIndexOf('\u201C', close) < 0 ? t.slice(close + 1) : t;
}

export function pointsAtDatelinePlace(text: string): boolean {
  // Most sentences hold neither " here" nor "this ": plain substring checks before any regex.
  const here = (text.includes(' here') || text.startsWith('Here')) && HERE.test(text);
  const place = !here && (text.includes('this ') || text.includes('This ')) && THIS_PLACE.test(text);
  if (!here && !place) return false;
  const rest = unquoted(text);
  return HERE.test(rest) || THIS_PLACE.test(rest);
}

/**
 * An item that ends inside a quotation ('...told the council: "I don't want to hear about
 * recruitment.'): the speaker's words go on in a sentence the item does not carry. Straight quotes
 * left odd, or more opening curly quotes than closing ones.
 */
export function leavesQuoteOpen(text: string): boolean {
  let straight = 0;
  let open = 0;
  for (const c of text) {
    if (c === '"') straight++;
    else if (c === '\u201C') open++;
    else if (c === '\u201D') open--;
  }
  return straight % 2 === 1 || open > 0;
}

/**
 * An item whose first sentence is one quotation and nothing else ('"Any change to a process means you
 * have to do it again." The letter comes as...'): who is speaking is said in a sentence it does not hold.
 */
export const OPENS_WITH_BARE_QUOTE = /^\s*["\u201C][^"\u201C\u201D]+[.!?]["\u201D](?=\s|$)/;

/**
 * A share of something said before ("Much of this traces back to 2005...", "Some of them came back..."):
 * what "this" is sits in an earlier sentence, often a whole paragraph, so such a sentence opens no item.
 */
export const SHARE_OF_PREVIOUS = /^\s*["\u201C]?(?:(?:almost|nearly|virtually|about|roughly|only|just)\s+)?(?:much|most|some|many|all|none|each|one|two|several|few|part|half|both|either|neither|any|a third|a quarter|two-thirds|three-quarters) of (?:this|that|these|those|them|it)\b(?!\s+(?:who|whom|surveyed|polled|asked|questioned|interviewed|responding|tested|sampled)\b)(?!\s+(?:year|week|month|season|quarter|spring|summer|fall|autumn|winter)['’]s\b)/i;

/**
 * "<Something already mentioned> came a day after <news>": the linking verb ties a pointer the
 * reader never saw ("Their visit", "The statement") to a clause that is news in its own right.
 * Captures up to the clause, which starts at the match's end.
 */
const LINK =
  /\b(?:came|comes|come|followed|follows|was announced|were announced)\b(?:\s+(?:just|only|shortly|barely|soon))?(?:\s+(?:a|an|one|two|three|four|five|six|seven|several|few|some|\d+)?\s*(?:day|days|hours?|weeks?|months?|minutes?))?\s+(?:after|as|when|while)\s+/i;
/** Inflected verbs that mark a clause: an auxiliary, a regular past tense, or a common irregular past. */
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|did|does|can|could|\p{L}{3,}ed|struck|said|told|made|took|held|met|sent|won|gave|began|rose|fell|hit|put|set|cut|led|left|broke|spoke|wrote|saw|went|became|ran|brought|sought|found|kept|lost|paid|spent|stood|built|shot|drew|grew|knew|flew|chose|withdrew|fought|overtook|says|warns|vows|urges|fires|launches|announces|plans)$/iu;
/** After these a verb form is an adjective or an infinitive ("of heightened tension", "a planned visit", "to cut"). */
const NOT_A_VERB_AFTER = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'with', 'by', 'to', 'from', 'at', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Relative words: without a comma before them they make what precedes a noun phrase ("revelations that..."). */
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/**
 * Whether the clause has a main verb: a finite form not used as an adjective, reached before any
 * restrictive relative clause ("months of talks in which Seoul agreed" is a noun phrase).
 */
function hasMainVerb(clause: string): boolean {
  const words = clause.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const before = k > 0 ? words[k - 1]! : '';
    if (RELATIVE.has(word.toLowerCase()) && !before.endsWith(',')) return false;
    if (FINITE.test(word) && !NOT_A_VERB_AFTER.has(before.toLowerCase())) return true;
  }
  return false;
}
/** The clause must be long enough to state a point of its own. */
const MIN_CLAUSE_WORDS = 10;

/**
 * Where the stand-alone news in a leaning sentence begins, or -1. A sentence such as "Their visit
 * ... came just a day after Kim Yo-jong, the powerful sister of..., struck a jarring note" leans
 * on its predecessor only through its subject; what follows "came a day after" names its own
 * actor and has its own verb, so it can be the item (a substring of the article, capitalized).
 */
export function linkedClauseStart(text: string): number {
  if (!text.includes(' after ') && !text.includes(' as ') && !text.includes(' when ') && !text.includes(' while ')) return -1;
  const m = LINK.exec(text);
  if (!m) return -1;
  const start = m.index + m[0].length;
  const clause = clauseText(text, start);
  if (countWords(clause) < MIN_CLAUSE_WORDS || leansBack(clause) || !hasMainVerb(clause)) return -1;
  return start;
}

/** The sentence from `start` on, its first letter capitalized (the scorer and tracing ignore case). */
export function clauseText(text: string, start: number): string {
  if (start <= 0) return text;
  const rest = text.slice(start);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
