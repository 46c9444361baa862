// "Priscilla Haverbrook, the league's director": an item that speaks of an organisation by its kind
// alone leaves the reader asking which league. The article named it ("the Ossaquin Taxpayers
// League"); the item names it too, at its first unnamed mention. So with an acronym the article
// spells out once ("the United States Maritime Alliance (USMX)") and the item uses bare ("USMX raised
// its wage offer..."). Pure: the article's own sentences.

/** Kinds of organisation whose names end in the kind ("Taxpayers League", "Maritime Safety Authority"). */
const KINDS = [
  'league', 'union', 'association', 'coalition', 'federation', 'alliance', 'guild', 'society', 'foundation',
  'institute', 'commission', 'council', 'authority', 'agency', 'ministry', 'museum', 'trust', 'tribe', 'district', 'department', 'board',
  'county',
] as const;
/** Kinds whose names take no "the" ("Fenwarden County opened three warming centers"). */
const BARE_KINDS: ReadonlySet<string> = new Set(['county']);

/** An organisation as its article names it, and whether the article writes "the" before the name. */
export interface Organisation {
  readonly name: string;
  readonly the: boolean;
}

const CAP_WORD = String.raw`\p{Lu}[\p{L}'’.&-]*`;
/**
 * A name ending in its kind: up to five capitalized words ("and" between them: "Warehouse and
 * Distribution Workers Union"), the kind, then an "of ..." part ("Halloran Museum of Art").
 */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.&-])((?:${CAP_WORD}\s+(?:(?:and|of|for)\s+)?){1,5})(${KINDS.map((k) => k[0]!.toUpperCase() + k.slice(1)).join('|')})` +
    String.raw`((?:\s+(?:of|for)\s+(?:the\s+)?${CAP_WORD}(?:\s+${CAP_WORD}){0,3})?)(?![\p{L}\p{N}-])`,
  'gu',
);
/** How many sentences from its name an organisation is first called by its kind alone. */
const NEAR = 4;
/** Words that open a sentence or a clause, never a name ("The", "In", "After"). */
const NOT_FIRST = new Set('the a an in on at as by for from of to and but or if when while after before since with this that its their his her our'.split(' '));

/**
 * The article's organisations by their kind, lower case: "league" -> "Ossaquin Taxpayers League".
 * A kind the article uses for two organisations, or for one it does not name ("a youth league", "the
 * players' union" beside "the Workers Union"), is left out: which one "the league" is, only the
 * article's sentence around it says.
 */
export function organisationIndex(sentences: readonly string[]): Map<string, Organisation> {
  const found = new Map<string, Set<string>>();
  const bare = new Set<string>();
  // Where each kind is first named, and first said without its name.
  const firstNamed = new Map<string, number>();
  const firstUnnamed = new Map<string, number>();
  for (const [k, s] of sentences.entries()) {
    for (const m of s.matchAll(UNNAMED)) if (!firstUnnamed.has(m[2]!)) firstUnnamed.set(m[2]!, k);
    for (const m of s.matchAll(NAMED)) {
      let words = m[1]!.trim().split(/\s+/);
      while (words.length && NOT_FIRST.has(words[0]!.toLowerCase())) words = words.slice(1);
      // A run that is one possessive's owner ("Ossaquin's Trucking Association"): the name follows it.
      const owner = words.findLastIndex((w) => /['’]s$/.test(w));
      if (owner >= 0) words = words.slice(owner + 1);
      if (!words.length || !/^\p{Lu}/u.test(words[0]!) || /^(?:and|of|for)$/.test(words.at(-1)!)) continue;
      // A county's name is the words just before it: "Residents of Fenwarden County", "Sheriff Dale
      // Ruiz of Fenwarden County" name people of the county, not the county (code review, 28th stop).
      if (BARE_KINDS.has(m[2]!.toLowerCase())) {
        const of = words.findLastIndex((w) => w === 'of' || w === 'for');
        if (of >= 0) words = words.slice(of + 1);
      }
      // A sentence's full stop is no part of the name ("...from the Halloran Museum of Art.").
      const name = `${words.join(' ')} ${m[2]}${m[3]}`.replace(/\s+/g, ' ').replace(/\.$/, '');
      const kind = m[2]!.toLowerCase();
      if (!firstNamed.has(kind)) firstNamed.set(kind, k);
      let set = found.get(kind);
      if (!set) found.set(kind, (set = new Set()));
      set.add(name);
      // "Pelham Workers Union said...": a name that opens a sentence takes no "the".
      if (/^["“]?$/u.test(s.slice(0, m.index + m[0].indexOf(words[0]!)))) bare.add(name);
    }
  }
  const out = new Map<string, Organisation>();
  const text = sentences.join(' ');
  for (const [kind, names] of found) {
    // One organisation: every name of the kind is a shorter form of the longest ("Taxpayers League").
    const longest = [...names].sort((a, b) => b.length - a.length)[0]!;
    if (![...names].every((n) => longest.endsWith(n) || longest.startsWith(n))) continue;
    // The kind said of another, unnamed organisation: "a youth league", "the players' union".
    const other = new RegExp(String.raw`(?<![\p{L}-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Aa]nother|[Oo]ne)\s+\p{Ll}[\p{Ll}-]*['’]?\s+${kind}(?![\p{L}-])`, 'u');
    if (other.test(text)) continue;
    // Copy names an organisation close to where it first calls it by its kind ("a Massachusetts
    // museum ... the museum's director", then "Helena Varga, director of the Halloran Museum of Art");
    // a name far from the first "the union" (the European Union in a strike story) is another's.
    const unnamed = firstUnnamed.get(kind);
    if (unnamed !== undefined && Math.abs(unnamed - firstNamed.get(kind)!) > NEAR) continue;
    // Said by its kind before it is named, after another organisation was named: "the agency" may
    // be that one ("...the Ohio Department of Natural Resources said. ... the agency said", the Ohio
    // Environmental Protection Agency named only further down).
    if (unnamed !== undefined && unnamed < firstNamed.get(kind)! && [...firstNamed].some(([k, at]) => k !== kind && at <= unnamed)) continue;
    out.set(kind, { name: longest, the: !bare.has(longest) && !BARE_KINDS.has(kind) });
  }
  for (const [acronym, org] of acronymsOf(sentences)) out.set(acronym, org);
  return out;
}

/**
 * "the United States Maritime Alliance (USMX)", "South Korea's Joint Chiefs of Staff (JCS)": a name
 * of two or more capitalized words spelled out before its acronym in brackets, the acronym starting
 * with the name's first letter (not a dateline's "(AP)"). Groups: 1 "the", 2 the words, 3 the acronym.
 */
const SPELLED_OUT = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.&-])(?:([Tt]he)\s+)?((?:${CAP_WORD}\s+(?:(?:of|for|and|on|the)\s+){0,2}){1,7})\((\p{Lu}[\p{Lu}&]{1,6})\)`,
  'gu',
);

/**
 * The acronyms the article spells out, upper case: "USMX" -> United States Maritime Alliance (with
 * "the" when the article writes it). An acronym spelled out two ways is left out.
 */
function acronymsOf(sentences: readonly string[]): Map<string, Organisation> {
  const found = new Map<string, Organisation | null>();
  for (const s of sentences) {
    for (const m of s.matchAll(SPELLED_OUT)) {
      let all = m[2]!.trim().split(/\s+/);
      while (all.length && NOT_FIRST.has(all[0]!.toLowerCase())) all = all.slice(1);
      const acronym = m[3]!;
      // Where the name starts: the last word with the acronym's letter whose next capitalized word has
      // its second ("Chair Nancy Ng of the National Transportation Safety Board (NTSB)" -> National
      // Transportation Safety Board; "...the United States Maritime Alliance and the United Steelworkers
      // (USW)" -> United Steelworkers), else the first word with its letter: "South Korea's Joint Chiefs
      // of Staff (JCS)" -> Joint Chiefs of Staff, "International Longshoremen's Association (ILA)" as
      // written.
      const starts = (k: number): boolean => all[k]![0] === acronym[0] && all.length - k >= 2;
      const nextCapital = (k: number): string | undefined => all.slice(k + 1).find((w) => /^\p{Lu}/u.test(w));
      let from = all.findLastIndex((_, k) => starts(k) && nextCapital(k)?.[0] === acronym[1]);
      if (from < 0) from = all.findIndex((_, k) => starts(k));
      if (from < 0) continue;
      const words = all.slice(from);
      const name = words.join(' ');
      // Words dropped before it (an owner, a modifier, "the") leave a name that takes "the": "South
      // Korea's Joint Chiefs of Staff" -> "the Joint Chiefs of Staff", "The U.S. Centers for Disease
      // Control and Prevention" -> "the Centers for...".
      const the = from > 0 || !!m[1] || /^the$/i.test(m[2]!.trim().split(/\s+/)[0]!);
      const had = found.get(acronym);
      if (had === undefined) found.set(acronym, { name, the });
      else if (had && had.name !== name) found.set(acronym, null);
    }
  }
  const out = new Map<string, Organisation>();
  for (const [acronym, org] of found) if (org) out.set(acronym, org);
  return out;
}

/**
 * The text with the first bare use of an acronym its article spells out named in full: "USMX raised
 * its wage offer" -> "The United States Maritime Alliance raised its wage offer", with the acronym
 * after it in brackets when the text uses it again (port-strike's blind reader, twenty-eighth stop:
 * "USMX" is never explained). Left as written inside a quotation, before another capitalized word
 * ("the DPRK Foreign Ministry"), or where the text spells it out itself.
 */
export function nameAcronyms(text: string, organisations: ReadonlyMap<string, Organisation>): string {
  let out = text;
  for (const [acronym, org] of organisations) {
    if (acronym !== acronym.toUpperCase() || out.includes(org.name)) continue;
    const bare = new RegExp(String.raw`(?<![\p{L}\p{N}(-])${acronym}(?![\p{L}\p{N})-])`, 'gu');
    const uses = [...out.matchAll(bare)].filter((m) => !insideQuote(out, m.index));
    const first = uses[0];
    // "the DPRK Foreign Ministry": an acronym that modifies a name is left as written.
    if (!first || /^\s+\p{Lu}/u.test(out.slice(first.index + acronym.length))) continue;
    const before = out.slice(0, first.index);
    const hasThe = /(?:^|\s)[Tt]he\s+$/.test(before);
    const opens = /(?:^|[.!?]["'”’]?\s+)["“]?$/.test(before);
    // An acronym that modifies a noun ("US officials", "IT staff") takes no article of its own; one that
    // is the subject or a possessive does ("USMX raised its offer", "USMX's offer", "from USMX, and").
    const after = out.slice(first.index + acronym.length);
    const modifies = /^\s+\p{Ll}/u.test(after) && !AFTER_SUBJECT.test(after) && !AFTER_NOUN_PHRASE.test(after);
    const article = org.the && !hasThe && !modifies ? (opens ? 'The ' : 'the ') : '';
    const again = uses.length > 1 ? ` (${acronym})` : '';
    out = `${before}${article}${org.name}${again}${out.slice(first.index + acronym.length)}`;
  }
  return out;
}

/** A verb after a subject: "USMX raised", "USMX said", "USMX has", "USMX will". */
const AFTER_SUBJECT = /^\s+(?:\p{Ll}+ed|said|says|told|has|had|have|is|was|were|are|will|would|can|could|may|might|must|should|did|does|also|then|now|still|plans|wants|agreed)\b/u;

/** A word that follows a whole noun phrase, not a noun the acronym modifies ("carried by KCNA the same day"). */
const AFTER_NOUN_PHRASE = /^\s+(?:the|a|an|on|in|at|to|for|of|and|or|but|with|from|by|as|that|this|these|those|last|next|over|after|before|about|against|into|since|until|because|if|when|while|who|which|whose)\b/u;

/** Whether `at` falls inside a quotation the text opened before it. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return (before.match(/"/g) ?? []).length % 2 === 1 || before.lastIndexOf('\u201C') > before.lastIndexOf('\u201D');
}

/**
 * "The <noun>" as a noun phrase of its own: a possessive ("the league's director"), or before a verb,
 * a function word or a stop ("the league said", "the town would"), never a modifier ("the league
 * office", "the city council"). Groups: 1 "The"/"the", 2 the noun, 3 the possessive's apostrophe.
 */
export function theNounAlone(nouns: readonly string[], flags: string): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}-])([Tt]he) (${nouns.join('|')})(?:(['’]s)(?![\p{L}])|(?=[,.;:]|\s+(?:` +
      'will|would|said|says|has|had|have|is|was|were|are|can|could|may|might|must|should|did|does|also|then|now|still|and|or|' +
      'in|on|at|for|with|from|by|to|that|which|where|plans|hopes|wants|needs|faces|expects|' +
      String.raw`\p{Ll}+ed)(?![\p{L}'’-])))`,
    flags,
  );
}

/** "the league's director", "the league said": an organisation by its kind alone. */
const UNNAMED = theNounAlone(KINDS, 'gu');

/**
 * The text with the first unnamed mention of each kind of organisation named after the article
 * ("the Ossaquin Taxpayers League's director"). A kind the text has named before its first "the
 * <kind>" ("the Kavanda Maritime Safety Authority ... The authority's director-general") is left as
 * written.
 */
export function nameOrganisations(text: string, organisations: ReadonlyMap<string, Organisation>): string {
  if (organisations.size === 0) return text;
  const done = new Set<string>();
  let out = text;
  let from = 0;
  for (;;) {
    UNNAMED.lastIndex = from;
    const m = UNNAMED.exec(out);
    if (!m) return out;
    from = m.index + m[0].length;
    const kind = m[2]!;
    if (done.has(kind)) continue;
    done.add(kind);
    const org = organisations.get(kind);
    if (!org) continue;
    const before = out.slice(0, m.index);
    // Named above in the text, in full or not: every name holds its kind capitalized ("...League").
    const capital = kind[0]!.toUpperCase() + kind.slice(1);
    if (new RegExp(String.raw`(?<![\p{L}-])${capital}(?![\p{L}-])`, 'u').test(before)) continue;
    // "the Ossaquin Taxpayers League", as the article writes it; "Pelham Workers Union" without.
    const named = `${org.the ? `${m[1]} ` : ''}${org.name}${m[3] ?? ''}`;
    out = `${before}${named}${out.slice(m.index + m[0].length)}`;
    from = m.index + named.length;
  }
}
