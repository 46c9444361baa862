// An item is read on its own, away from the article: a person it names must be named in full the
// first time ("Choi Jong-kun", not "Choi"), and a wire dateline is no part of the point.
// Pure: works on the article's own sentences, no outside list of people.
import type { Article } from '../model';
import { datelinePlaces, placeWritten, stripDateline } from '../ingest/structure';
import { insideQuote, nameAcronyms, nameOrganisations, type Organisation, theNounAlone } from './organisations';
import { BARE_QUANTIFIER, leavesQuoteOpen, OPENS_WITH_BARE_QUOTE, SHARE_OF_PREVIOUS } from './item-filters';

/** Words that stand before a name as a title or role, and so mark the name as a person's. */
const TITLES = new Set(
  (
    'mr mrs ms dr prof sen sens rep reps gov gen adm lt col capt sgt president vice prime minister secretary deputy first acting assistant ' +
    'under undersecretary ambassador envoy special representative leader chairman chairwoman chair chief director commissioner ' +
    'chancellor premier governor mayor senator congressman congresswoman spokesperson spokesman spokeswoman adviser advisor ' +
    'general admiral judge justice ceo executive founder king queen prince princess lawmaker official officer analyst professor ' +
    'foreign defense defence unification trade commerce treasury finance interior state national security press ' +
    // A team's roles ("forward Mikkel Sandvold", "coach Erik Thornvik").
    'forward striker midfielder defender goalkeeper winger captain coach manager'
  ).split(' '),
);

/**
 * Capitalized words that are never part of a person's name: sentence openers (prepositions,
 * determiners, adverbs: "Outside Europe, the effects..." is no person), days, months.
 */
const NOT_NAME = new Set(
  (
    'the a an he she they we on in at as by for from of to and but or if when while after before during since under over with ' +
    'outside inside across despite without within beyond beside besides near along amid among around behind below ' +
    'beneath between toward towards upon unlike like following including elsewhere meanwhile still yet also now then ' +
    'there here today yesterday tonight earlier later last next this that these those its their his her our some many ' +
    'most few several all both each every no other such once even only although though because unless until whereas ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * Words of organisations' names: "National Retail Federation" after a title word ("national") is an
 * organisation, not a person whose short form would be "Retail".
 */
const ORGANISATION = new Set(
  (
    'federation association institute council union authority administration agency bureau department ministry commission ' +
    'committee company corporation corp inc ltd llc group bank fund university college school foundation society party league ' +
    'alliance coalition board court office service services network partners capital holdings airlines airways systems ' +
    'technologies labs media news times post journal chamber exchange reserve federal center centre organization organisation ' +
    'county city district health ' +
    // A company's last word is no surname: "Pinecrest Mutual Insurance" is no person, so "the state
    // Department of Insurance" was once "expanded" to "the state Department of Pinecrest Mutual Insurance".
    'insurance assurance mutual insurers therapeutics pharmaceuticals pharma motors logistics industries securities ' +
    'financial ventures utilities energy minerals mining railway railroad cruises telecom communications software ' +
    'robotics biosciences biotech semiconductor semiconductors dynamics aerospace healthcare entertainment studios ' +
    'foods farms airport hospital clinic creamery dairy'
  ).split(' '),
);

/** First words of places' names, never of a person's: "South Korea", "New Delhi", "Hong Kong". */
const PLACE_LEAD = new Set('north south east west northern southern eastern western new united hong saudi'.split(' '));

// Two or three capitalized words; a Korean given name is hyphenated ("Jong-kun", "Eui-Yong").
const CAP = String.raw`\p{Lu}[\p{Ll}'’]*\.?(?:-\p{L}+)?`;
const NAME_RUN = new RegExp(String.raw`${CAP}(?:\s+${CAP})+(?![\p{L}\p{N}])`, 'gu');
/** A run must not start inside a word ("McDonald"): checked on each match, not as a lookbehind at every position. */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** The runs of two or more capitalized words in a sentence (NAME_RUN, starting at a word's start). */
function nameRuns(s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(s); m; m = NAME_RUN.exec(s)) {
    if (m.index > 0 && WORD_CHAR.test(s[m.index - 1]!)) {
      NAME_RUN.lastIndex = m.index + 1;
      continue;
    }
    out.push(m);
  }
  return out;
}
/**
 * A Korean given name: two short syllables ("Jong-kun", "Yo-jong", "Eui-yong"). A double-barrelled
 * surname has longer parts ("Vasquez-Tull", "Okonkwo-Price") and stands last, as other surnames do.
 */
/** One romanized Korean syllable ("Jong", "Un", "Gwon", "Hui", "Yeol"); "Crime" or "Smith" is none. */
const KOREAN_SYLLABLE = /^(?:[gkndtrlmbpsjh]|kk|tt|pp|ss|jj|ch)?(?:[aeiou]{1,2}|y[aeiou]{1,2}|w[aeiou]{1,2})(?:ng|n|m|l|k|p|t)?$/i;
const HYPHEN_GIVEN = /^\p{Lu}\p{Ll}{0,3}-\p{L}\p{Ll}{0,3}$/u;
/** After a name: ", deputy assistant secretary ..." or ", who ...": an apposition about a person. */
const APPOSITION = /^,\s+(?:who\b|(?:a|an|the)\s+\p{Ll}|(?!(?:and|but|which|while|where|when|said|says|as|in|on|at|for|with|from|to|of)\b)\p{Ll}{3,}\s+\p{Ll})/u;

/**
 * A capitalized word with no punctuation after it: part of the same name run. A nickname's closing
 * quotation mark is no break ('Tobias "Toby" Renwick' is one person, not Denise Renwick).
 */
const NAME_WORD = /^["“(]?\p{Lu}[\p{L}'’.-]*["”)]?$/u;

const POSSESSIVE = /['’]s$/;
/** A word closing a sentence ("states.", "Guard.", 'said."'), unless it is a title's abbreviation ("Gov.", "Sen.", "Dr."). */
const SENTENCE_ENDED = /[.!?]["”’)]?$/u;
const ABBREVIATION = /^\p{Lu}\p{L}{0,3}\.$/u;

const SPEECH_VERBS = 'said|says|told|added|asked|argued|testified|wrote|replied|acknowledged|insisted|warned|explained|apologized|apologised';

const bare = (token: string): string => token.replace(/\.$/, '').toLowerCase();
/** A title or role word, or its plural before a list of names ("Commissioners Ruth Hadley, Doug Varner and..."). */
/** Title words that, written in lower case, are ordinary words ("under Biden", "a first Moon summit", "state media"). */
const PLAIN_SENSE = new Set(['under', 'first', 'state', 'national', 'security', 'press', 'foreign', 'trade', 'commerce', 'finance', 'interior', 'general', 'special', 'acting', 'executive', 'chief', 'vice', 'prime', 'deputy', 'assistant']);
const isTitle = (word: string): boolean => TITLES.has(word) || (word.length > 4 && word.endsWith('s') && TITLES.has(word.slice(0, -1)));

/** The people an article names in full, by the short form a later sentence uses ("Choi", "Blinken"). */
export interface NameIndex {
  /** Short form -> its full names in first-mention order (more than one: ambiguous). */
  readonly byShort: ReadonlyMap<string, readonly string[]>;
  /**
   * Full name -> who the person is, as the article first says it: the title before the name
   * ("Chief Executive" of "Chief Executive Warren Tisdale") or the apposition after it ("the bank's
   * chief executive" of "Warren Tisdale, the bank's chief executive, said"). Absent: no role given.
   */
  readonly roles?: ReadonlyMap<string, Role>;
}

/** How an article says who a person is: words before the name, or an apposition after it. */
export type Role = { readonly before: string } | { readonly after: string };

/**
 * An item's article's names, with the short forms it never gives in full taken from the other
 * articles the item cites ("...their first trilateral meeting under Biden" where only another report
 * of it names Joe Biden): the reader meets the item, not one article. The item's own article decides
 * every short form it gives itself...
 */
export function withCitedNames(own: NameIndex, cited: readonly NameIndex[], ownWords: ReadonlySet<string>): NameIndex {
  if (!cited.length) return own;
  const byShort = new Map(own.byShort);
  for (const other of cited) {
    for (const [short, fulls] of other.byShort) {
      if (own.byShort.has(short)) continue;
      // ...and only a name none of whose other words the item's article writes: there "Halvorsen
      // Pharma" is a company, whatever another article made of "Halvorsen Pharma Vasotrel".
      const unknown = fulls.filter((f) => f.split(/\s+/).every((w) => w === short || !ownWords.has(w)));
      if (!unknown.length) continue;
      const have = byShort.get(short) ?? [];
      byShort.set(short, [...have, ...unknown.filter((f) => !have.includes(f))]);
    }
  }
  // Who a person is comes from the article that names them: the item's own first.
  const roles = new Map(own.roles ?? []);
  for (const other of cited) for (const [full, role] of other.roles ?? []) if (!roles.has(full)) roles.set(full, role);
  return { byShort, roles };
}

/**
 * A word standing alone as a speaker ("Palladino said", "said Palladino", "Palladino told senators"):
 * copy gives people, not places, a speech verb by their surname alone. Not the last word of a longer
 * name ("Norvane Midstream said" is a company).
 */
const SPEAKER = new RegExp(
  // A hyphenated surname is one word ("Vance-Ibsen said"), not its second half.
  String.raw`\b(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),?\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERBS})\b|\b(?:said|says|told)\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\b(?!\s+\p{Lu})`,
  'gu',
);
/** The word before is capitalized too: the speaker is a longer name ("Norvane Midstream said"). */
const AFTER_CAPITALIZED = /\p{Lu}[\p{L}'’-]*\s$/u;
/** The word before is "of": the speaker is the end of a longer name ("the Workers' Party of Korea, said", "the Bank of England said"). */
const AFTER_OF = /\bof\s$/;

/**
 * The speakers a sentence names by one word. The check on the word before is made here rather than
 * as a lookbehind in SPEAKER, which the engine would try at every position of every sentence; a
 * word it rules out is skipped alone, so "Norvane Midstream said Palladino..." still finds Palladino.
 */
function speakersIn(s: string, out: Set<string>): void {
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(s); m; m = SPEAKER.exec(s)) {
    if (m[1] && (AFTER_CAPITALIZED.test(s.slice(Math.max(0, m.index - 40), m.index)) || AFTER_OF.test(s.slice(Math.max(0, m.index - 4), m.index)))) {
      SPEAKER.lastIndex = m.index + m[1].length;
      continue;
    }
    out.add((m[1] ?? m[2])!);
  }
}

const SPEECH_VERB = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\b`);
const AGE = /,\s\d{1,3},/;
/** A lone surname with an age after it ("the funeral of Hensley, 52,"): copy gives people, not places, an age. */
const AGED = /(?<!\p{Lu}[\p{L}'’-]*\s)\b(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s+\d{1,3},/gu;

/**
 * ", 67, died", ", 45, a teacher", ", 52, of Dayton": an age, then what a person does or is (not ", 12,
 * and ..."); or the next of a list of people with their ages ("the dead inmates were Rudy
 * Okonta-Lyle, 44, Cody Tellerby, 33, and Emilio Quaresma-Bell, 51, who died...").
 */
const AGE_AFTER = /^,\s\d{1,3},\s+(?:(?:a|an|the|of|from|who|was|is|had|has|\p{Ll}+ed)\b|(?:and\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*,\s\d{1,3},)/u;

/**
 * An apposition whose head is an organisation ("the city's tourism bureau", "a trucking and warehousing
 * company based in..."), not a role at one ("a spokeswoman for the utility", "the bureau's president").
 */
const ORGANISATION_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:for|of|at|with|in|to|on|from|by)\b)[\p{L}\d'’&-]+\s+){0,5}?(?:company|companies|firm|bureau|agency|group|business|chain|maker|manufacturer|retailer|lender|bank|nonprofit|non-profit|organi[sz]ation|association|foundation|charity|council|office|department|authority|utility|operator|carrier|airline|newspaper|network|website|brand|fund|union|cooperative|co-op|subsidiary|unit|division|startup|start-up)\b(?!['’]s)/u;

/** Streets, squares and stations take counts too ("Kessler Avenue, 9, waited"). */
const PLACE_WORD = /^(?:Street|St|Avenue|Ave|Road|Rd|Square|Boulevard|Lane|Drive|Park|Station|County|City|Bay|Lake|River|Hill|Heights|Plaza)$/u;

/** Prepositions before a place's name ("in Louisiana", "near Pine Hollow"). */
const PLACE_PREPOSITION = 'in|across|throughout|outside|around|near';
/** A capitalized word a preposition of place puts somewhere: "in Louisiana", "across Peru" (not "in Lake Vermaine": one word only). */
const PLACED = new RegExp(String.raw`\b(?:${PLACE_PREPOSITION})\s+(\p{Lu}[\p{Ll}'’]+)\b(?![\p{L}'’-]|\s+\p{Lu})`, 'gu');

/**
 * A headline in sentence case: a third or more of its longer words in lower case ("Ashcombe agree
 * record fee for forward Mikkel Sandvold"), where title case capitalizes all but a few short ones.
 */
function sentenceCase(headline: string): boolean {
  const long = headline.match(/\p{L}{4,}/gu) ?? [];
  return long.length > 0 && long.filter((w) => /^\p{Ll}/u.test(w)).length * 3 >= long.length;
}

/** A nickname in quotation marks between a given name and a surname. */
const NICKNAME = /(\p{Lu}\p{Ll}+)\s+["“]\p{Lu}\p{Ll}+["”]\s+(?=\p{Lu})/gu;

/**
 * The article's people, each under its short form. The headline counts only where a role word
 * stands before a name ("...for forward Mikkel Sandvold"), and only in a headline written in sentence
 * case: other capitals are the headline's style, not names ("Survivor Travis Lowry on 72 hours...",
 * "Coach Erik Thornvik Says...").
 */
export function nameIndex(sentences: readonly string[], headline = ''): NameIndex {
  const byShort = new Map<string, string[]>();
  const roles = new Map<string, Role>();
  const honorific = new Set<string>();
  const speakers = new Set<string>();
  const aged = new Set<string>();
  const given: [string, string][] = [];
  const described = new Set<string>();
  const placed = new Set<string>();
  for (const s of sentences) {
    // Most sentences hold no speech verb and no ", 52,": a plain scan for those rules them out first.
    if (SPEECH_VERB.test(s)) speakersIn(s, speakers);
    if (AGE.test(s)) for (const m of s.matchAll(AGED)) {
      speakers.add(m[1]!);
      aged.add(m[1]!);
    }
    // "the Democrats said": a group or a place, not a person's surname.
    for (const m of s.matchAll(/\b[Tt]he\s+(\p{Lu}[\p{Ll}'’]+)/gu)) described.add(m[1]!);
    // "homes and businesses in Louisiana": a place, so never the short form of a name ending in it
    // ("Gulfstar Energy Louisiana, a unit of..." reads like a person introduced by an apposition).
    for (const m of s.matchAll(PLACED)) placed.add(m[1]!);
  }
  for (const w of described) speakers.delete(w);
  const add = (short: string, full: string): void => {
    if (placed.has(short)) return;
    const list = byShort.get(short);
    if (!list) byShort.set(short, [full]);
    else if (!list.includes(full)) list.push(full);
  };
  const withHeadline = headline !== '' && sentenceCase(headline);
  for (const [k, written] of (withHeadline ? [headline, ...sentences] : sentences).entries()) {
    // 'Tobias "Toby" Renwick' is Tobias Renwick: the nickname comes out of the name run.
    const s = written.includes('"') || written.includes('“') ? written.replace(NICKNAME, '$1 ') : written;
    const isHeadline = withHeadline && k === 0;
    for (const m of s.matchAll(/\b(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{Ll}'’]+)/gu)) honorific.add(m[1]!);
    for (const m of nameRuns(s)) {
      const raw = m[0].split(/\s+/);
      // "South Korea's Suh Hoon", "Japan's Shigeru Kitamura": the name follows the possessive.
      const owner = raw.slice(0, -1).findLastIndex((t) => POSSESSIVE.test(t));
      let tokens = raw.slice(owner + 1).map((t) => t.replace(POSSESSIVE, ''));
      const before = s.slice(0, m.index).trimEnd().split(/\s+/).pop() ?? '';
      // "the first vice foreign minister, Choe Son Hui, said": a role, then the name set off by commas.
      let titled = isTitle(bare(before)) || (before.endsWith(',') && isTitle(bare(before.slice(0, -1))) && /^,/.test(s.slice(m.index + m[0].length)));
      // What follows the last title word is the name: "South Korean Vice Foreign Minister Choi Jong-kun".
      const lastTitle = tokens.findLastIndex((t) => isTitle(bare(t)));
      if (lastTitle >= 0) {
        tokens = tokens.slice(lastTitle + 1);
        titled = true;
      }
      if (isHeadline && !titled) continue;
      while (tokens.length > 0 && NOT_NAME.has(bare(tokens[0]!))) tokens = tokens.slice(1);
      // "South Korea", "New Delhi": a place, whatever a sentence says of it ("South Korea said").
      if (tokens.length && PLACE_LEAD.has(bare(tokens[0]!))) continue;
      if (tokens.length < 2 || tokens.length > 3 || tokens.some((t) => NOT_NAME.has(bare(t)) || ORGANISATION.has(bare(t)))) continue;
      // A sentence's full stop is no part of the name ("...at the Retail Federation."); an initial's is.
      tokens = tokens.map((t, k) => (k === tokens.length - 1 && t.length > 3 ? t.replace(/\.$/, '') : t));
      const last = tokens.at(-1)!;
      // "Choi Jong-kun" (a hyphenated given name), or "Suh Hoon" whose family name the article lets
      // speak alone ("Suh told reporters"): family name first.
      const korean = tokens.length >= 2 && (HYPHEN_GIVEN.test(tokens[1]!) || (tokens.length === 2 && speakers.has(tokens[0]!) && KOREAN_SYLLABLE.test(tokens[1]!)));
      const after = s.slice(m.index + m[0].length);
      // "Walter Ostrand, 67, died...": an age after the full name is a person's, as after a lone surname.
      const agedAfter = AGE_AFTER.test(after) && !PLACE_WORD.test(last);
      // "Visit Brenmoor, the city's tourism bureau, said...", "Delacroix Logistics, a trucking company":
      // an apposition that names an organisation describes no person.
      const described = APPOSITION.test(after) && !ORGANISATION_APPOSITION.test(after);
      // A given name with an age ("Mateo, 18,"): a key once the scan is done (below).
      if (!titled && !korean && aged.has(tokens[0]!) && !honorific.has(tokens[0]!)) given.push([tokens[0]!, tokens.join(' ')]);
      const person = titled || korean || described || agedAfter || tokens.some((t) => honorific.has(t)) || speakers.has(last);
      if (!person) continue;
      const full = tokens.join(' ');
      if (!roles.has(full)) {
        // The name is the run's last words; what the sentence says of the person is around them.
        const words = [...m[0].matchAll(/\S+/g)];
        const start = m.index + words[words.length - tokens.length]!.index;
        const rest = s.slice(m.index + m[0].trimEnd().replace(/\.$/, '').length);
        const role = roleBefore(s.slice(0, start), start === 0) ?? roleSetOff(s.slice(0, start), rest) ?? roleAfter(rest);
        if (role) roles.set(full, role);
      }
      if (korean) add(tokens[0]!, full);
      else {
        add(last, full);
        // "Suh Wook": two words without a hyphen may be family name first, when the article also
        // uses the first word as a surname ("Suh said", "Mr. Suh"). Otherwise it is a given name:
        // "his wife, Agnes," is not "President Agnes Tembwe".
        // The same for three words ("North Korean leader Kim Jong Un ... Kim said"): a name the
        // article shortens to its first word is family name first, whatever its hyphens.
        if ((tokens.length === 2 ? titled : tokens.length === 3) && (speakers.has(tokens[0]!) || honorific.has(tokens[0]!))) add(tokens[0]!, full);
        // A two-syllable given name after the family name, unhyphenated ("Kim Jong Un", "Ri Son Gwon",
        // "Moon Jae In"): the first word is the surname the copy shortens it to ("Kim admitted...").
        else if (tokens.length === 3 && KOREAN_SYLLABLE.test(tokens[1]!) && KOREAN_SYLLABLE.test(tokens[2]!)) add(tokens[0]!, full);
      }
    }
  }
  // "Mateo Ruskova-Lind keeps the letter... Mateo, 18, a senior...": a feature calls a young or
  // private person by the given name, with an age. Untitled only (an official never is), and not a
  // word the article uses as someone's surname ("Delacroix, 71," of Marvin Delacroix, not of
  // "Delacroix Logistics").
  for (const [first, full] of given) if (!byShort.has(first)) add(first, full);
  // A short form is one person only if no other person's name in the article holds the word: "Kim
  // Yo-jong" is indexed under "Kim" and "Kim Jong Un" under "Un", so "meet Kim" is either of them.
  // Expanding it to Kim Yo-jong made a false sentence.
  const people = new Set([...byShort.values()].flat());
  for (const [short, list] of byShort) {
    for (const full of people) if (!list.includes(full) && full.split(' ').includes(short)) list.push(full);
  }
  return { byShort, roles };
}

/** A company name's last word ("Bellwood Advisory LLC", "Pellrose Vineyards", "Tarnwell Partners"). */
const COMPANY_END = new Set(
  'llc inc corp co ltd plc partners capital holdings group vineyards winery markets advisory motors logistics airlines therapeutics pharmaceuticals diagnostics securities systems technologies industries foods brands stores'.split(' '),
);
/** A company's legal form, left out of the name an item gives ("Bellwood Advisory", not "Bellwood Advisory LLC"). */
const LEGAL_FORM = new Set(['llc', 'inc', 'corp', 'co', 'ltd', 'plc']);
const COMPANY_RUN = /(?<![\p{L}\p{N}'’.&-])(\p{Lu}[\p{Ll}'’-]+)((?:\s+\p{Lu}[\p{L}'’&-]*\.?){1,3})(?![\p{L}\p{N}-])/gu;
/** Before a place's name: a preposition of place, or a town and a comma ("Merriton, Lenora,"). */
const PLACE_BEFORE = new RegExp(String.raw`(?:\b(?:${PLACE_PREPOSITION})\s+|(?<![\p{L}'’-])(\p{Lu}[\p{Ll}-]+),\s+)$`, 'u');

/**
 * Whether any of the texts uses the word as a place's name: after "in", "across", "near"... (not a
 * possessive, "in Corvane's history", nor the first word of a longer name), or after a town and a
 * comma and before another comma or a full stop ("Merriton, Lenora, ..."; not "on Monday, Bellmoor
 * said").
 */
export function usedAsPlace(word: string, texts: readonly string[]): boolean {
  for (const t of texts) {
    let headline: boolean | undefined;
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      const after = t.slice(at + word.length, at + word.length + 3);
      if (/^[\p{L}'’-]/u.test(after)) continue;
      const before = PLACE_BEFORE.exec(t.slice(Math.max(0, at - 40), at));
      if (!before) continue;
      // A headline in title case ("Private Equity's Supermarket Bet Faces a Test in Ridgeline", a
      // related link) capitalizes every word: "in" says nothing there.
      headline ??= titleCase(t);
      if (headline) continue;
      if (before[1] === undefined ? !/^\s+\p{Lu}/u.test(after) : /^[,.](?:\s|$)/u.test(after) && !NOT_NAME.has(before[1].toLowerCase())) return true;
    }
  }
  return false;
}

/** Most words capitalized: a headline in title case. */
function titleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/**
 * Companies the article names in full and then by their first word alone ("Bellwood Advisory LLC" ...
 * "Bellwood, according to the indictment, was registered..."): first word -> the name without its
 * legal form. Only a word that begins one company's name in the article and that the article itself
 * uses alone. An item that meets the company by that word first gives its name (pension-scandal's and
 * wine-fraud's readers: "nothing earlier says what Bellwood is", "Pellrose is never introduced"),
 * unless the batch uses the word as a place (usedAsPlace: "Lenora's utility regulator" is a state's,
 * though "Lenora Energy Partners" is a company).
 */
export function companyIndex(sentences: readonly string[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const m of s.matchAll(COMPANY_RUN)) {
      const first = m[1]!.replace(POSSESSIVE, '');
      const lower = first.toLowerCase();
      // Up to its first company word: "Bellwood Advisory LLC President Tom Lanahan" is "Bellwood Advisory LLC".
      const run = `${m[1]}${m[2]}`.trim().split(/\s+/);
      const end = run.findIndex((w, k) => k > 0 && COMPANY_END.has(w.replace(/[.,]$/, '').toLowerCase()));
      if (end < 0 || NOT_NAME.has(lower) || PLACE_LEAD.has(lower) || isTitle(lower) || ORGANISATION.has(lower)) continue;
      const words = run.slice(0, end + 1);
      const last = words.at(-1)!.replace(/[.,]$/, '');
      if (words.slice(0, -1).some((w) => POSSESSIVE.test(w))) continue;
      const named = LEGAL_FORM.has(last.toLowerCase()) ? words.slice(0, -1) : [...words.slice(0, -1), last];
      if (named.length < 2) continue;
      let set = found.get(first);
      if (!set) found.set(first, (set = new Set()));
      set.add(named.join(' '));
    }
  }
  const out = new Map<string, string>();
  for (const [first, fulls] of found) {
    if (fulls.size !== 1) continue;
    const alone = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${literal(first)}(?:['’]s)?(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})`, 'u');
    if (sentences.some((s) => alone.test(s))) out.set(first, [...fulls][0]!);
  }
  return out;
}

/** Honorifics say nothing of who a person is. */
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr']);
/** Words that make a title another time's ("former Chief Executive"): part of the role. */
const ROLE_MODIFIER = new Set(['former', 'then', 'interim', 'outgoing', 'incoming', 'longtime', 'newly', 'new', 'current']);
/** A role longer than this many words is a clause, not a title. */
const MAX_ROLE_WORDS = 8;
const PLAIN_WORD = /^[\p{L}'’&.-]+$/u;
/** A title word as written alone, no punctuation after it. */
const titleWord = (w: string): boolean => PLAIN_WORD.test(w) && isTitle(bare(w));
/** A title word of one person ("Commissioners Ruth Hadley, Doug Varner and..." is several people's), never "under". */
const singularTitle = (w: string): boolean => PLAIN_WORD.test(w) && TITLES.has(bare(w)) && !/^under$/i.test(w);
/** Regular-expression text matching `s` as written. */
const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first of the title words that end at words[k], across "of" ("Secretary of State"). */
function titleRunStart(words: readonly string[], k: number): number {
  for (;;) {
    if (k >= 1 && titleWord(words[k - 1]!)) k--;
    else if (k >= 2 && words[k - 1] === 'of' && titleWord(words[k - 2]!)) k -= 2;
    else return k;
  }
}

/**
 * Back from words[k] over at most `max` capitalized words that open no sentence: the organisation or
 * country a title is of ("Cobalt Ridge Bank Chief Executive", "South Korea's").
 */
function ownerStart(words: readonly string[], k: number, max: number): number {
  let j = k;
  while (j >= 1 && j > k - max && /^\p{Lu}[\p{L}.'’&-]*$/u.test(words[j - 1]!) && !NOT_NAME.has(bare(words[j - 1]!.replace(POSSESSIVE, '')))) j--;
  return j;
}

/**
 * The title the text ends on, just before a name: "Chief Executive" of "...Chief Executive Warren
 * Tisdale", "Cobalt Ridge Bank Chief Executive", "South Korea's Vice Foreign Minister", "Secretary of
 * State", "former chief executive". Null when the word before the name is no title, or a title word
 * in its plain sense ("under", "a first", "state media").
 */
function roleBefore(prefix: string, atStart: boolean): Role | null {
  if (atStart || !/\s$/.test(prefix)) return null;
  const words = prefix.trimEnd().split(/\s+/);
  let k = words.length - 1;
  const near = words[k]!;
  if (!singularTitle(near) || (PLAIN_SENSE.has(bare(near)) && (/^\p{Ll}/u.test(near) || k === 0))) return null;
  // The title's organisation or country, written before it in its own capitals.
  k = ownerStart(words, titleRunStart(words, k), 3);
  if (k >= 1 && ROLE_MODIFIER.has(words[k - 1]!.toLowerCase())) k--;
  const role = words.slice(k);
  // One word in lower case ("envoy", "director") is the end of a description the item would cut.
  if (role.length === 1 && /^\p{Ll}/u.test(role[0]!)) return null;
  if (role.length > MAX_ROLE_WORDS || role.every((w) => HONORIFIC.has(bare(w)))) return null;
  // "Former President" opening a sentence is "former President" inside one.
  if (k === 0 && ROLE_MODIFIER.has(role[0]!.toLowerCase())) role[0] = role[0]!.toLowerCase();
  return { before: role.join(' ') };
}

/** Words that make an apposition a clause ("who", a verb) rather than a description of the person. */
const CLAUSE_WORD = /\b(?:who|whom|which|whose|that|said|says|told|was|were|is|are|had|has|have|will|would)\b/u;
/** An apposition's opening: "the bank's", "a nurse", "South Korea's first", or a title ("chief executive of"). */
const DESCRIBES = /^(?:(?:the|a|an)\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Ll}|(?:\p{Lu}[\p{L}.'’&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s\s+(?:\p{Ll}|\p{Lu}{2,5}\b))/u;

/** Determiners a set-off role may open on ("a vice president, Martin Kowal,"). */
const DETERMINER = /^(?:the|a|an)$/i;
/** Possessive pronouns: "its chief executive" leans on a sentence the reader does not have. */
const PRONOUN_OWNER = /^(?:its|his|her|their|our|my|your)$/i;

/**
 * A role set off before the name: "Norvane's chief executive, Gregory Palladino," -> "Norvane's chief
 * executive", "a vice president, Martin Kowal," -> "a vice president", said after the name in the
 * digest. The title must have its owner (a possessive) or a determiner, or be two words or more.
 */
function roleSetOff(prefix: string, after: string): Role | null {
  const head = prefix.trimEnd();
  if (!head.endsWith(',') || !/^(?:[,.;!?]|$)/.test(after)) return null;
  const words = head.slice(0, -1).split(/\s+/);
  if (!singularTitle(words.at(-1)!)) return null;
  let k = titleRunStart(words, words.length - 1);
  // Up to two adjectives ("top nuclear envoy"), when an owner or a determiner comes before them.
  let j = k;
  while (j >= 1 && j > k - 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[j - 1]!) && !DETERMINER.test(words[j - 1]!) && !PRONOUN_OWNER.test(words[j - 1]!)) j--;
  const owner = j >= 1 && POSSESSIVE.test(words[j - 1]!) && !PRONOUN_OWNER.test(words[j - 1]!) ? j - 1 : -1;
  if (owner >= 0) k = ownerStart(words, owner, 2);
  else if (j >= 1 && DETERMINER.test(words[j - 1]!)) k = j - 1;
  if (k >= 1 && DETERMINER.test(words[k - 1]!) && owner >= 0) k--;
  if (PRONOUN_OWNER.test(words[k - 1] ?? '') && !DETERMINER.test(words[k]!) && owner < 0) return null;
  const role = words.slice(k);
  if (role.length > MAX_ROLE_WORDS || (role.length === 1 && /^\p{Ll}/u.test(role[0]!))) return null;
  if (DETERMINER.test(role[0]!)) role[0] = role[0]!.toLowerCase();
  return { after: role.join(' ') };
}

/** An apposition about a place ("Tessmer Flats, a town of about 9,000,"), not a person. */
const PLACE_NOUN = /\b(?:town|city|village|county|suburb|neighbou?rhood|community|district|province|region|island|port|state)\b/u;

/** The apposition after a name, set off by commas: "the bank's chief executive" of ", the bank's chief executive, said". */
function roleAfter(after: string): Role | null {
  const m = /^,\s+([^,;:()"“”[\]]{3,90}?)(?:,(?!\d)|[.!?]["”’]?\s*$)/u.exec(after);
  if (!m || PLACE_NOUN.test(m[1]!)) return null;
  const phrase = m[1]!.trim();
  const words = phrase.split(/\s+/);
  const first = words[0]!;
  if (!(DESCRIBES.test(phrase) || (/^\p{Ll}/u.test(first) && isTitle(first) && !PLAIN_SENSE.has(first)))) return null;
  if (CLAUSE_WORD.test(phrase) || /\d/.test(first) || ORGANISATION_APPOSITION.test(`, ${phrase}`) || words.length > MAX_ROLE_WORDS + 2) return null;
  return { after: phrase };
}

/** Whether the text ends on a capitalized word that is not the first of its sentence. */
function endsNameRun(head: string): boolean {
  const word = /\p{Lu}[\p{L}'’.-]*$/u.exec(head);
  if (!word) return false;
  const before = head.slice(0, word.index).trimEnd();
  return before !== '' && !/[.!?:"\u201C\u201D]$/u.test(before);
}

const PERSONAL = /\b(?:he|she|him|his|her|hers|himself|herself)\b/gi;
/** A person described as the sentence's subject ("A government inspector told...", "An off-duty nurse who..."). */
const DESCRIBED_PERSON =
  /^\W*(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,3}(?:inspector|officer|employee|worker|engineer|official|resident|witness|man|woman|boy|girl|doctor|nurse|teacher|student|passenger|driver|pilot|soldier|lawyer|executive|manager|guard|firefighter|paramedic|miner|farmer|owner|investor|analyst|economist|scientist|researcher|spokesman|spokeswoman|spokesperson|survivor|victim|mother|father|contractor|lawmaker|senator|judge|prosecutor|detective|agent|technician|mechanic|clerk|volunteer|coach|player|athlete|customer|patient|tenant|voter)\b/iu;
/** Openers of a fronted clause that may name its person after the comma ("As he spoke, Blinken said..."). */
const FRONTED = /^\W*(?:as|in|when|while|after|before|since|although|though|if|because|during|on|at|despite|until|once|with)\b/iu;
const CAPITALIZED = /\p{Lu}[\p{Ll}'’-]+/gu;
/** A fronted participle with its agent ("Asked by Reinholt whether..."): the one answering is someone else. */
const ASKED_BY = /^\W*(?:asked|pressed|questioned|challenged)\s+(?:\w+\s+)?by\s/iu;

/**
 * "Stocks extended their losses while she spoke": a person referred to (he, she, his, her...) but
 * named nowhere before in the sentence, nor right after a fronted clause. Such a sentence leans on
 * one the reader never saw. A name is a capitalized word that is no sentence opener, day or month;
 * the first word only as part of a run ("Helen Marchetti said she...") or when the article writes
 * it capitalized mid-sentence too (`known`: "Knapper also said he..."). A "he" and a "she" where the
 * sentence names people for one of them only lean likewise (pronounWithoutPerson).
 */
export function unnamedPerson(text: string, known: (word: string) => boolean = () => false): boolean {
  // After the first word: a leading pronoun is LEANS_BACK's.
  PERSONAL.lastIndex = /^\W*\w+/u.exec(text)?.[0].length ?? 0;
  const m = PERSONAL.exec(text);
  if (!m) return false;
  if (pronounWithoutPerson(text)) return true;
  // "A government inspector told a public inquiry on Friday that he had recommended...": the
  // sentence's subject is the person, described, not named (ferry-capsize's Latest, twenty-eighth stop).
  if (DESCRIBED_PERSON.test(text)) return false;
  const names = (part: string, offset: number): boolean => {
    const words = [...part.matchAll(CAPITALIZED)];
    return words.some((w, k) => {
      if (NOT_NAME.has(bare(w[0]))) return false;
      if (w.index! + offset > 1 || known(w[0])) return true;
      const next = words[k + 1];
      return !!next && next.index! === w.index! + w[0].length + 1;
    });
  };
  // "...and SkyBridge's procedures for accepting a flight, she said.": the one speaking is a person,
  // and a company's or a place's name is no person's. A closing attribution needs a person named.
  if (m.index >= text.length - 40 && CLOSING_SPEAKER.test(text.slice(m.index - 2))) return !personNamed(text.slice(0, m.index));
  // "The United States, she added, would pursue...": an attribution set off by commas, likewise.
  if (INSET_SPEAKER.test(text.slice(m.index - 2))) return !personNamed(text.slice(0, m.index));
  // '...would bring "the end of that regime," he said, adding...': a quotation's speaker, wherever
  // the sentence goes on after it.
  if (QUOTE_CLOSED.test(text.slice(0, m.index)) && PRONOUN_VERB.test(text.slice(m.index))) return !personNamed(text.slice(0, m.index));
  // "Asked by Curtis Reinholt whether he would resign, he said...": the name is the questioner's.
  const asker = ASKED_BY.test(text);
  if (!asker && names(text.slice(0, m.index), 0)) return false;
  // ...unless the answer names who gives it: "Asked by Reinholt whether he would resign, Ferrante said".
  if (asker) {
    const after = /,\s+(\p{Lu}[\p{Ll}'’-]+)/u.exec(text.slice(m.index));
    return !after || NOT_NAME.has(bare(after[1]!));
  }
  if (FRONTED.test(text)) {
    const comma = text.indexOf(',', m.index);
    if (comma > 0 && names(text.slice(comma).split(/\s+/).slice(0, 6).join(' '), comma)) return false;
  }
  return true;
}

/** A person's word that says which pronoun they take: "he" words, then "she" words. */
const HE_WORDS = new Set('mr man boy father son husband brother grandfather uncle nephew king prince businessman chairman spokesman congressman councilman'.split(' '));
const SHE_WORDS = new Set('mrs ms miss woman girl mother daughter wife sister grandmother aunt niece queen princess businesswoman chairwoman spokeswoman congresswoman councilwoman widow actress'.split(' '));
/** Nouns for a person of either pronoun ("a 16-year-old witness", "the judge"), singular. */
const PERSON_NOUN =
  /^(?:judge|justice|witness|analyst|official|prosecutor|lawyer|attorney|officer|detective|driver|worker|employee|executive|founder|owner|coach|player|teacher|student|nurse|doctor|physician|resident|victim|suspect|defendant|plaintiff|spokesperson|minister|secretary|senator|governor|mayor|president|director|chief|manager|engineer|inspector|investigator|reporter|customer|passenger|patient|parent|child|teen|teenager|chair|commissioner|administrator|trustee|member|person|leader|candidate|pilot|captain|agent|envoy|ambassador|diplomat|lawmaker|legislator|researcher|scientist|professor|economist|expert|chairperson|ceo|treasurer|auditor|contractor|landlord|tenant|farmer|rancher|fisherman|mechanic|clerk|guard|sheriff|deputy|trooper|firefighter|paramedic|survivor|relative|friend|neighbor|neighbour|partner|aide|adviser|advisor|consultant|representative|delegate|speaker|voter|user|buyer|seller|donor|athlete|singer|actor|artist|writer|author|editor|host|guest|volunteer|organizer|organiser|activist|protester|retiree|veteran|soldier|inmate|prisoner|exoneree|juror|jurist|mediator|arbitrator|regulator|supervisor|superintendent|principal|dean|provost|chancellor|coroner|examiner)$/i;
const HE_PRONOUN = /\b(?:he|him|his|himself)\b/i;
const SHE_PRONOUN = /\b(?:she|her|hers|herself)\b/i;
const GENDER_WORD = new RegExp(String.raw`\b(?:${[...HE_WORDS, ...SHE_WORDS].join('|')})\b`, 'i');
/** Before a place's name, or a building's ("at Carrow Ridge", "inside Gate 9"). */
const LOCATIVE = new RegExp(`^(?:${PLACE_PREPOSITION}|at|inside)$`, 'i');

/**
 * "Daryl Okonkwo-Price, 44, had been released on Sept. 9, a day after she vacated his 2008
 * conviction": "she" and "his" are two people, and the item names one. Read left to right, each
 * "he"/"she" word (outside quotation marks) stands for the nearest person before it who may take it:
 * a name (a capitalized word or a run of them, whatever it names: a company or a place before a
 * pronoun only makes the rule keep quiet), or a noun for a person ("the judge", "a 16-year-old
 * witness"); a title or a word like "woman" or "Councilwoman" says which. A pronoun after people who
 * all took the other one ("his" after "she" took the only name; "she" after "Mr. Okafor") stands for
 * nobody the item names. The pronoun with nobody at all before it is unnamedPerson's.
 */
export function pronounWithoutPerson(text: string): boolean {
  const plain = text.replace(/["\u201C][^"\u201C\u201D]*(?:["\u201D]|$)/gu, (q) => ' '.repeat(q.length));
  // One pronoun and no word that says "he" or "she": nobody can have taken the other one.
  const he = HE_PRONOUN.test(plain);
  const she = SHE_PRONOUN.test(plain);
  if (!(he && she) && (!(he || she) || !GENDER_WORD.test(plain))) return false;
  // People, in order: where each ends and the pronoun they take ('' while unknown).
  const people: { at: number; takes: string }[] = [];
  const words = [...plain.matchAll(/[\p{L}][\p{L}'’.-]*/gu)];
  let run: 'person' | 'place' | false = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const word = w[0].replace(/['’]s$/u, '').replace(/\.$/, '');
    const lower = word.toLowerCase();
    if (/^(?:he|him|his|himself|she|her|hers|herself)$/i.test(word)) {
      run = false;
      const pronoun = /^(?:he|him|his|himself)$/i.test(word) ? 'he' : 'she';
      const before = people.filter((p) => p.at <= w.index!);
      if (!before.length) continue;
      const who = before.reverse().find((p) => p.takes === '' || p.takes === pronoun);
      if (!who) return true;
      who.takes = pronoun;
      continue;
    }
    const capital = /^\p{Lu}/u.test(word);
    const says = HE_WORDS.has(lower) ? 'he' : SHE_WORDS.has(lower) ? 'she' : '';
    if (capital && !NOT_NAME.has(lower)) {
      // A run of capitalized words is one person at most; a title in it says which pronoun. After
      // "at", "in", "near"... it is a place ("at Carrow Ridge"), nobody.
      if (run === 'person') {
        const last = people.at(-1)!;
        last.at = w.index!;
        if (says) last.takes = says;
      } else if (!run) {
        run = LOCATIVE.test(words[k - 1]?.[0] ?? '') ? 'place' : 'person';
        if (run === 'person') people.push({ at: w.index!, takes: says });
      }
      continue;
    }
    run = false;
    if (says) people.push({ at: w.index!, takes: says });
    else if (PERSON_NOUN.test(lower)) people.push({ at: w.index!, takes: '' });
  }
  return false;
}

/** "she said", "he added": a pronoun, then a verb of speaking. */
const PRONOUN_THEN_VERB = String.raw`(?:he|she)\s+(?:said|says|added|adds|told \w+|wrote|noted|explained|argued|continued|warned|insisted|stressed)`;
/** ", she said" or ", she added,": a pronoun set off as the speaker. */
const PRONOUN_SPEAKS = String.raw`^,\s+${PRONOUN_THEN_VERB}`;
/** ", she said." closing the sentence: the pronoun is the speaker. */
const CLOSING_SPEAKER = new RegExp(String.raw`${PRONOUN_SPEAKS}[.!]?["\u201D]?\s*$`, 'iu');
/** A quotation closed with its comma ('..., "the end of that regime," '), then the speaker. */
const QUOTE_CLOSED = /,["\u201D]\s+$/u;
const PRONOUN_VERB = new RegExp(String.raw`^${PRONOUN_THEN_VERB}\b`, 'iu');
/** ", she added," inside the sentence: the pronoun is the speaker. */
const INSET_SPEAKER = new RegExp(`${PRONOUN_SPEAKS},`, 'iu');
/** A person's name: two or three capitalized words, none a function word or an organisation's ("Delphine Varnaby-Kolte"), not a place's ("United States"). */
function personNamed(part: string): boolean {
  // Every two or three words in a row of a run of capitalized words: a title before the name ("District
  // Treasurer Augustin Pellerin-Moyo") does not hide it.
  for (const m of part.matchAll(/(?:\p{Lu}[\p{Ll}'’-]+\s+)+\p{Lu}[\p{Ll}'’-]+/gu)) {
    const words = m[0].split(/\s+/).map((w) => bare(w).toLowerCase());
    for (let at = 0; at + 1 < words.length; at++) {
      for (const size of [2, 3]) {
        const name = words.slice(at, at + size);
        if (name.length < size) continue;
        if (!name.some((w) => NOT_NAME.has(w) || ORGANISATION.has(w)) && !PLACE_LEAD.has(name[0]!)) return true;
      }
    }
  }
  return false;
}

export interface StandaloneText {
  readonly text: string;
  /** False when the item names someone only by a short form that could be several people. */
  readonly ok: boolean;
}

export interface StandaloneOptions {
  /** Texts the reader has already read above this item: a person named in full there is introduced. */
  readonly before?: readonly string[];
  /** Share of the text's trigrams found in its article; expansions stop before it drops under `minTraced`. */
  readonly traced?: (text: string) => number;
  readonly minTraced?: number;
  /** False: only drop the dateline and check that every short name can be expanded. */
  readonly expand?: boolean;
  /** False: people are named in full but not said who they are (withRoles), as for a detail checked against its item. */
  readonly roles?: boolean;
  /** The place of the article's dateline, as the article writes it: an unnamed "the city" is named (namePlace). */
  readonly place?: string | null;
  /** The article's organisations by kind: an unnamed "the league's" is named (nameOrganisations). */
  readonly organisations?: ReadonlyMap<string, Organisation>;
  /** The article's companies by their first word (companyIndex): "Bellwood" is named "Bellwood Advisory" at its first mention. */
  readonly companies?: ReadonlyMap<string, string>;
}

/**
 * "The city will spend...", "the town's only pharmacy": a place left to the article's dateline
 * ("PORT ARDELL —"), which the item does not carry. Taken as a noun phrase only: before a
 * possessive's noun, a verb or a function word, never as a modifier ("the city council", "the town
 * hall"), where naming it would need the place's own form of the name.
 */
const UNNAMED_PLACE = theNounAlone(['city', 'town', 'village'], 'u');
/**
 * "in this eastern Ohio village", "the largest employer in this town of 14,000": the wire's way of
 * saying the dateline's place, after a preposition. Groups: 1 the words describing it, 2 the kind,
 * 3 an "of ..." after it. Not a possessive ("this city's"), where the place's own form of the name
 * is needed.
 */
const THIS_PLACE =
  /(?<=\b(?:[Ii]n|[Aa]t|[Oo]f|[Ff]rom|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Tt]o)\s)this\s+((?:(?!(?:the|a|an|its|their|his|her|this|that|these|those|of|in|at|on|for|to|and|or|but|with|from|by|as|is|was)\s)[\p{L}'’-]+\s+){0,3}?)(city|town|village)(?![\p{L}'’-])(\s+of\b)?/u;
/** "an eastern Ohio village", "a Utah town", "a university town": the article a description takes, by its first sound. */
const indefinite = (words: string): string => (/^(?:[aio]|e(?!u)|u(?!ni(?!n)|nan|s[aeiou]|t[aeiou]|r[aeiou]|kr))/i.test(words) && !/^one\b/i.test(words) ? 'an' : 'a');

/** How far into the article its own place must be named (datelinePlaceAsWritten). */
const OPENING_SENTENCES = 3;

/**
 * The place of the article's dateline as its text writes it ("PORT ARDELL —" and "Port Ardell
 * recorded 118 overdose deaths" -> "Port Ardell"); null without a dateline, or when neither the
 * headline nor the first OPENING_SENTENCES sentences name the place: a misread dateline ("READ
 * ALSO"), or an outlet's city that is not the story's.
 */
export function datelinePlaceAsWritten(article: Pick<Article, 'furniture' | 'title' | 'sentences'>): string | null {
  const places = datelinePlaces(article.furniture);
  if (!places.length) return null;
  // Only the story's own place: the headline or the opening names it. A reporter's dateline city
  // that the article names late ("...told reporters in Portland") is not where "the town" is.
  const opening = [article.title, ...[...article.sentences].sort((x, y) => x.index - y.index).slice(0, OPENING_SENTENCES).map((s) => s.text)];
  for (const place of places) {
    const written = placeWritten(place);
    for (const text of opening) {
      const m = written.exec(text);
      if (m && /^\p{Lu}/u.test(m[0])) return m[0];
    }
  }
  return null;
}

/**
 * The item with its first unnamed "the city"/"the town"/"the village" named after the dateline's
 * place: "The city of Port Ardell will spend...", "Ferris Mill's only pharmacy"; or, first, its
 * wire's "in this eastern Ohio village" ("in East Varney, an eastern Ohio village"). Unchanged when
 * the item names the place already, or holds no such phrase.
 */
export function namePlace(text: string, place: string): string {
  if (placeWritten(place).test(text)) return text;
  const here = THIS_PLACE.exec(text);
  if (here && !insideQuote(text, here.index)) {
    // "in this eastern Ohio village, sending..." -> "in East Varney, an eastern Ohio village, sending...".
    const described = `${here[1]}${here[2]}`;
    const rest = text.slice(here.index + here[0].length - (here[3] ?? '').length);
    const appositive = `${place}, ${indefinite(described)} ${described}${here[3] || /^[,.;:!?)]/.test(rest) ? '' : ','}`;
    return `${text.slice(0, here.index)}${here[1] || here[3] ? appositive : place}${rest}`;
  }
  const m = UNNAMED_PLACE.exec(text);
  if (!m) return text;
  const apostrophe = m[3];
  const named = apostrophe ? `${place}${/s$/.test(place) ? apostrophe[0] : apostrophe}` : `${m[1]} ${m[2]} of ${place}`;
  return `${text.slice(0, m.index)}${named}${text.slice(m.index + m[0].length)}`;
}

/** A time given again in GMT or UTC in brackets: "(0041 GMT Sunday)", "(1447 GMT)", "(14:47 UTC)", "(0700 GMT/3 a.m. ET)". */
const WIRE_TIME = /\s+\((?:\d{4}|\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\s+(?:GMT|UTC)(?:,?\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\/[^()]{1,20})?\)/g;
/**
 * The text without a wire's GMT conversions of its times ("at 7:41 p.m. local time (0041 GMT Sunday)"),
 * clutter to the reader (heat-wave's blind reader, twenty-eighth stop: "wire filler"); "9:47 a.m.
 * (1447 GMT)." keeps one full stop.
 */
export const withoutWireTime = (text: string): string => text.replace(WIRE_TIME, '').replace(/\b([ap])\.m\.\./g, '$1.m.');

/**
 * Makes an item readable on its own: a leading wire dateline is dropped, an item that opens on a
 * share of something said before or on a quotation with no speaker is not ok, and a bare short name of
 * a person the article names in full is expanded to the full name at its first appearance, unless
 * an item above already named that person in full. Ambiguous short names ("Kim", when the article
 * names Kim Jong-un and Kim Yo-jong) make the item not ok.
 */
export function standaloneText(text: string, names: NameIndex, options: StandaloneOptions = {}): StandaloneText {
  let out = withoutWireTime(stripDateline(text, false).text);
  // "Much of this traces back to..." and a quotation whose speaker is in another sentence open no
  // item, though they may still back one as "also reported by".
  if (SHARE_OF_PREVIOUS.test(out) || BARE_QUANTIFIER.test(out) || OPENS_WITH_BARE_QUOTE.test(out) || leavesQuoteOpen(out)) return { text: out, ok: false };
  const minTraced = options.minTraced ?? 0;
  const placed = (text: string): string => {
    if (!(options.expand ?? true)) return text;
    const kept = (named: string, was: string): string => (named === was || (options.traced && options.traced(named) < minTraced) ? was : named);
    const withPlace = options.place ? kept(namePlace(text, options.place), text) : text;
    if (!options.organisations) return withPlace;
    const withOrganisations = kept(nameOrganisations(withPlace, options.organisations), withPlace);
    return kept(nameAcronyms(withOrganisations, options.organisations), withOrganisations);
  };
  // "The city's transit agency will also extend...": an item that opens on a city, with no dateline
  // place for namePlace to name, says nowhere which city.
  const opensOnUnnamedPlace = (text: string): boolean => !options.place && UNNAMED_OPENING.test(text);
  if (names.byShort.size === 0 && !options.companies?.size) {
    const final = placed(out);
    return { text: final, ok: !opensOnUnnamedPlace(final) };
  }
  const before = options.before ?? [];
  const done = new Set<string>();
  let ok = true;
  let expanding = options.expand ?? true;
  // Walk capitalized words left to right; each short form is checked at its first appearance only.
  const word = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}\p{N}-])/gu;
  let m: RegExpExecArray | null;
  while ((m = word.exec(out))) {
    const short = m[0].replace(POSSESSIVE, '');
    // A company is named in the item's own words only, never inside a quotation.
    let company = options.companies?.get(short);
    if (company && insideQuote(out, m.index)) company = undefined;
    const fulls = names.byShort.get(short) ?? (company ? [company] : undefined);
    if (!fulls || done.has(short)) continue;
    done.add(short);
    const start = m.index;
    const end = start + short.length;
    const prev = out.slice(0, start).trimEnd().split(/\s+/).pop() ?? '';
    const next = out.slice(end).trimStart().split(/\s+/)[0] ?? '';
    // "President Biden", "leader Kim": a title before the short name introduces the person; "under
    // Biden", "the first Biden summit" use the title words in their plain sense.
    // A word that ends the sentence before ("...from three states. Kettleman said") is neither.
    const ended = SENTENCE_ENDED.test(prev) && !ABBREVIATION.test(prev);
    const titled = !ended && isTitle(bare(prev)) && !PLAIN_SENSE.has(prev);
    // "the state Department of Insurance", "the Bureau of Land Management": after "of" and a
    // capitalized word within the sentence (not its first word: "Relatives of Okonta-Lyle and..."),
    // the word is the end of that name, not a short form of a person's.
    const ofName = /^of$/.test(prev) && endsNameRun(out.slice(0, start).trimEnd().slice(0, -2).trimEnd());
    const inLongerName = (!ended && NAME_WORD.test(prev)) || NAME_WORD.test(next) || ofName;
    // "the Halbrook family", "the Vasquez campaign": a surname as a modifier names no one person.
    const modifier = /^the$/i.test(prev);
    if (titled || inLongerName || modifier || fulls.some((f) => out.includes(f))) continue;
    if (fulls.length > 1) {
      ok = false;
      continue;
    }
    const full = fulls[0]!;
    // Named in full in an item above, the short form is clear, unless the reader has met another
    // person of that name there too ("Sung Kim" above, and "Kim Jong Un" or "Kim Yo-jong").
    if (!expanding || (before.some((t) => t.includes(full)) && (!names.byShort.has(short) || !namedOtherwise(before, short, full)))) continue;
    const expanded = `${out.slice(0, start)}${full}${out.slice(end)}`;
    if (options.traced && options.traced(expanded) < minTraced) {
      expanding = false;
      continue;
    }
    out = expanded;
    word.lastIndex = start + full.length;
  }
  if (expanding && (options.roles ?? true) && names.roles?.size) out = withRoles(out, names, before, options.traced && ((t: string) => options.traced!(t) >= minTraced));
  const final = placed(out);
  return { text: final, ok: ok && !opensOnUnnamedPlace(final) };
}

/** Prepositions after a name that already say where the person belongs ("Warren Tisdale of Cobalt Ridge"). */
const PLACED_AFTER = /^\s+(?:of|at|from|in|with|for)\b/u;

/**
 * The text with who each person is said at the first mention the reader meets (none above it):
 * "Warren Tisdale told analysts..." -> "Chief Executive Warren Tisdale told analysts...", or
 * "Warren Tisdale, the bank's chief executive, told analysts...", in the article's own words. Left
 * as it is where the text already gives a title or a description, or where the insertion would not
 * read as one sentence (a possessive, a name inside a list).
 */
function withRoles(text: string, names: NameIndex, before: readonly string[], traced?: (t: string) => boolean): string {
  let out = text;
  // The people the index knows (a cited article's role for a name the item's own article does not
  // take for a person, a product or a place, is not one).
  const people = new Set([...names.byShort.values()].flat());
  for (const [full, role] of names.roles!) {
    if (!people.has(full) || before.some((t) => t.includes(full))) continue;
    const at = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${literal(full)}(?![\p{L}\p{N}-])`, 'u').exec(out);
    if (!at) continue;
    const head = out.slice(0, at.index);
    const rest = out.slice(at.index + full.length);
    // Already said: a title just before, or one in the clause leading to the name ("the bank's chief
    // executive, Warren Tisdale,"), or a description or age just after.
    const clauses = head.split(/[,;:]\s/);
    const clause = clauses.at(-1)!.trim() === '' && clauses.length > 1 ? clauses.at(-2)! : clauses.at(-1)!;
    const prev = head.trimEnd().split(/\s+/).pop() ?? '';
    const said = isTitle(bare(prev)) || clause.split(/\s+/).some((w) => PLAIN_WORD.test(w) && isTitle(bare(w)) && !PLAIN_SENSE.has(w));
    const described = APPOSITION.test(rest) || /^,\s+(?:a|an|the)\b/.test(rest) || (/^,\s/.test(rest) && DESCRIBES.test(rest.slice(2).trimStart()));
    const text = 'before' in role ? role.before : role.after;
    if (said || described || PLACED_AFTER.test(rest) || /^\s*\(/.test(rest) || out.toLowerCase().includes(text.toLowerCase())) continue;
    // "Grant Oberholt, 61, ...": an age takes the place an apposition would.
    if ('after' in role && /^,\s+\d/.test(rest)) continue;
    let named: string | null = null;
    if ('before' in role) {
      if (head !== '' && !/\s$/.test(head)) continue;
      const opening = head.trim() === '' || /[.!?]["”’]?\s+$/u.test(head);
      const title = opening ? role.before[0]!.toUpperCase() + role.before.slice(1) : role.before;
      named = `${head}${title} ${full}${rest}`;
    } else if (/^,/.test(rest) || /^[.!?;]/.test(rest) || rest === '') named = `${head}${full}, ${role.after}${rest}`;
    else if (/^\s+\p{Ll}/u.test(rest)) named = `${head}${full}, ${role.after},${rest}`;
    if (named && (!traced || traced(named))) out = named;
  }
  return out;
}

/**
 * Whether the texts name someone else with the word `short` in their name, once `full` is taken out
 * of them: the word in another name ("Kim Jong Un", "Kim Yo-jong" beside "Sung Kim"), or after a
 * title ("Prime Minister Kim"); not the same person's name as a modifier ("the incoming Biden
 * administration", "Biden's review"), which names no one else.
 */
function namedOtherwise(texts: readonly string[], short: string, full: string): boolean {
  // The name without a title the index kept with it ("President-elect Joe Biden": "Joe Biden").
  const bare = full
    .split(' ')
    .filter((w) => !TITLES.has(w.toLowerCase().split('-')[0]!))
    .join(' ');
  return texts.some((t) => {
    const words = t.split(full).join(' . ').split(bare).join(' . ').split(/[^\p{L}'’.-]+/u);
    return words.some((w, k) => {
      if (w.replace(/['’]s$/, '') !== short) return false;
      const next = words[k + 1] ?? '';
      const prev = words[k - 1] ?? '';
      // Another name's word beside it, or a title before it.
      return (w === short && /^\p{Lu}/u.test(next) && !next.endsWith('.')) || (/^\p{Lu}/u.test(prev) && !prev.endsWith('.')) || TITLES.has(prev.toLowerCase().replace(/\.$/, ''));
    });
  });
}

/** An item's opening "The city", "The town's" (lower case: "The City Council" is a name), not "The city of ...". */
const UNNAMED_OPENING = /^\s*["\u201C]?The\s+(?:city|town|village)(?:['’]s)?(?![\p{L}-])(?!\s+(?:of|that|which|who|whose)\b)/u;
