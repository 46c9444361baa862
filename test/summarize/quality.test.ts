// Pins every labelled set at the quality the summarizer reached when the sets were written (before
// tuning), like samples.test.ts: a change may raise these figures, never lower them. The lead
// tightens the floors after tuning; a new set under test/fixtures/sets/ must get its row here.
// `npx tsx test/summarize/quality.ts` prints the same figures and the failing items.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, DigestManifest } from '../../functions/core/model';
import { SCORER } from './helpers';
import { failingItems, labelledSets, measure, outOfArticleOrder, qualityOf, type SetQuality } from './score-set';

interface Floors {
  readonly factRecall: number;
  readonly coverage: number;
  readonly themeAccuracy: number;
  readonly leaks: number;
  readonly nearDuplicates: number;
  /** True: --strict passes. False: the only hard failures allowed are off-topic citations (counted in leaks). */
  readonly strict: boolean;
  /** With strict false: further hard failures allowed word for word, each a consequence of a counted leak. */
  readonly knownFailures?: readonly string[];
  readonly standaloneItems: number;
  readonly datelines: number;
}

// Measured with `npx tsx test/summarize/quality.ts` after the standalone-item, topic-check and
// also-in work. Before it (41cc54f): standalone failures 6/1/1/1, chips coverage 0.737,
// korea-wide theme accuracy 0.679 with 6 leaks; README, "Digest quality", has both tables.
// A set's subject.json is its user's topic terms (config topicTerms), written blind by a helper from
// one line on the story and the set's themes, never from its articles or labels.
// Raised at the "who acts" theme choice (prereg3): aircraft, bird-flu, drug-recall, election-recount,
// eu-fine, heat-wave and red-sea theme more articles as labelled; no set lost a fact or an article.
const FLOORS: Record<string, Floors> = {
  seeds: { factRecall: 0.842, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  samples: { factRecall: 0.5, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // SAME_STORY 0.44 (twenty-sixth stop): a second same-day telling gives way to a new point.
  // 0.591 -> 0.545 (thirty-second stop): label F6 (South Korea's 25%/35% chip tax credit) had matched
  // Arden's sentence on the US credit "raised from 25 percent"; its keywords now name the Korean tiers.
  chips: { factRecall: 0.545, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  'korea-wide': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.964, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: written after the lead's anchor/leaning/definite-reference rules and measured untuned (10/23
  // facts, the same at ef86e65); 20/24 articles themed right (10 and 07 land in routes), Panama drought (17)
  // and German rail strike (22) leak via alsoIn. Since then only fixes of faults it showed: 11/23 (0.478);
  // the names check rules the rail strike out (its people and places are all its own): 21/24, 1 leak.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside the Panama drought (17, Cape
  // of Good Hope first named in its eighth sentence, names 0.55): 23/24, no leak.
  'red-sea': { factRecall: 0.565, coverage: 1, themeAccuracy: 0.958, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: written after the lead's leaning-clause/definite-reference/anchor rules and measured untuned:
  // 11/23 facts (10/23 at ef86e65: the Sand Mesa settlement item is new); 20/22 articles themed as labelled
  // (11, builders and tribal leases, lands in allocation); Spain's irrigation cuts (17) leak into users with
  // its 'olive' line (a leak marker in the labels' boilerplate), so --strict fails on that leak alone.
  // Since then only fixes of faults it showed: 12/23 (0.522; 'The figure is part of...' leans back); the
  // names check rules Spain out (no name of the batch's cast): 13/23, 21/22 themed, no leak, --strict passes.
  // Held out: H5N1 in US herds and flocks, themes committed before the articles, labels before any run,
  // measured untuned at fc50e3f: 14/24 facts; 19/26 articles themed as labelled (08 worker case, 14
  // indemnity and 15 dairy losses land in herds); four hard negatives leaked: Canadian egg prices (20) and
  // the UK milk price war (23) as markets items, county flu/COVID clinics (18) as a health item, the
  // Somerset BSE case (21) in herds alsoIn. The names check (written before this set was read) rules the
  // milk price war out: 20/26, 3 leaks. The Canadian item carries 'Statistics Canada' (a leak marker in
  // the labels' boilerplate), hence the known failure. Its 2 standalone failures read fine ('California
  // agriculture officials...', 'Egg prices in Canada...' taken for first-mention surnames): the checker now
  // knows a word the article is "in" is a place, 0. With its blind topic terms (subject.json) the BSE case
  // names none: 21/26, 2 leaks (the egg prices and the flu clinics each say "avian" once, in passing).
  // A single mention below 0.78 of the typical fit is a passing one (SINGLE_MENTION_FIT): both out, 23/26
  // themed, no leak, --strict passes, and the freed items carry 15/24 facts.
  'bird-flu': { factRecall: 0.667, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: written at fc50e3f (themes first, labels before any run) and measured untuned: 12/24 facts;
  // 20/25 articles themed as labelled (01 grounding and 09 cash burn land in airlines, 07 hearing in
  // factory); the Austin runway near-miss (20) gets an oversight item (its 'Austin' is a leak marker in
  // the labels' boilerplate) and the rival's record deliveries (17) is listed in airlines' alsoIn; one
  // item keeps the city-less wire dateline 'April 22 (Reuters) -'. The names check (written before this
  // set was read) rules the rival out (names 0.10; lowest on-topic 0.60): 21/25, 1 leak. A date-only
  // wire dateline is now stripped: 13/24 facts, 0 datelines. With its blind topic terms (subject.json),
  // the runway near-miss names none of them: 22/25, no leak, --strict passes.
  aircraft: { factRecall: 0.542, coverage: 1, themeAccuracy: 0.92, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a day-long cloud outage (Nimbus Cloud us-central-2) and its fallout; themes committed
  // before the articles, labels before any run, written without reading the summarizer; measured
  // untuned at c420d7a (the names check already in: it rules out the Gulf grid blackout, names 0.22,
  // which the similarity alone let in at fit 0.62): 9/24 facts; 24/25 articles themed as labelled; one
  // hard negative leaks: a bank app's own software update (19, Harbourline, names 0.26) as an impact item.
  // The item carried 'Harbourline' (a leak marker in the labels' boilerplate). With its blind topic terms
  // (subject.json: "nimbus", "nimbus cloud", "us-central-2") the bank app names none: 10/24 facts, 25/25
  // themed, no leak, --strict passes.
  'cloud-outage': { factRecall: 0.583, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the Fed's half-point hike and its fallout; themes first, labels before any run, written
  // without reading the summarizer; measured untuned at bfffa89 (names check in): 9/24 facts; 22/25
  // themed as labelled (11 bank shares in households; the renters story, 16, ruled out by similarity at
  // fit 0.55; Australia's cut, 17, fit 0.92 and names 0.40, in decision's alsoIn, the one leak). Its
  // standalone failure read fine ('Fed' of 'Cleveland Fed' taken for a surname): the checker now
  // knows that a word the article uses after 'the' is no person, 0. With its blind topic terms
  // (subject.json) Australia's cut names none of them: 23/25, no leak.
  'rate-decision': {
    // A byline stamped with a time ('By Noor Castellan | Oct. 8, 2026 12:10 p.m.') was read as the
    // article's first sentence; it is furniture now, and the real lede is the lead again: 9 -> 10 facts.
    factRecall: 0.5, coverage: 0.938, themeAccuracy: 0.92, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0,
  },
  // Held out: a week-long East and Gulf Coast dockworkers' strike; themes first, labels before any run,
  // written without reading the summarizer; measured untuned at bfffa89 (names check in): 8/23 facts;
  // 20/25 themed as labelled (parts-maker layoffs, 09, and poultry exports, 10, ruled out by similarity at
  // fits 0.59-0.60); three hard negatives leak: a Canadian rail strike (17) and a container line's
  // earnings (21) as economy items, Long Beach automation (18) in talks' alsoIn. The Canadian item
  // carries a leak marker, hence the known failure. It also showed a quote rewritten by the name
  // expansion ('"Retail Federation. prices are sticky..."'), fixed: organisations are no people.
  // With its blind topic terms (subject.json: the union, the employers, "east coast ports"...), the rail
  // strike and Long Beach name none: 21/25, 1 leak (the earnings story names the ILA once); one on-topic
  // story (08, retailers' holiday stock, says only "the port strike") names none either: coverage 0.813.
  // The earnings story names the ILA once at fit 0.71 (SINGLE_MENTION_FIT): 22/25 themed, no leak,
  // --strict passes, 9/23 facts.
  // A byline stamped with a time ('By Noor Castellan | Oct. 8, 2026 12:10 p.m.') was read as the
  // article's first sentence; it is furniture now, and the real lede is the lead again: 9 -> 10 facts.
  'port-strike': { factRecall: 0.435, coverage: 0.813, themeAccuracy: 0.88, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the Bracken Creek Fire and the week-long evacuation of Pine Hollow, Oregon; themes and
  // subject first, labels before any run, written without reading the summarizer; measured untuned at
  // f2d7447: 12/24 facts; 22/25 themed as labelled: the Courier's evacuation story (02) gets no theme
  // (evacuations 0.45), so it is the one on-topic article never cited; two hard negatives leak into
  // alsoIn, the Sacramento apartment fire (18, evacuations, names 0.38) and the Senate prescribed-burn
  // hearing (19, recovery, names 0.38), each naming the fire in one sentence. Neither is cited in an
  // item, so --strict passes. Its topic terms (written with the themes, before the articles) change
  // nothing: both leaks name the fire.
  // The apartment fire names the fire once at fit 0.69 (SINGLE_MENTION_FIT): 23/25, 1 leak (the Senate
  // hearing names it twice).
  // The Senate's prescribed-burns hearing (two passing mentions, names 0.38) set aside by topic-late (prereg15).
  wildfire: { factRecall: 0.5, coverage: 0.938, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a US recall of a generic blood-pressure pill (Halvorsen Pharma's Vasotrel, losartan, NDMA);
  // themes and subject committed before the articles, labels before any run, written without reading the
  // summarizer; measured untuned at f2d7447: 12/23 facts; 19/25 themed as labelled (the shortage list, 11,
  // the patient feature, 05, both class-action stories, 12 and 13, and the share plunge, 15, land in
  // recall); another company's heart-failure drug approval (17, fit 0.62, names 0.79; it names the
  // recall in one passing sentence) is listed in patients' alsoIn, the one leak. --strict passes (alsoIn
  // is no themed item). Its topic terms change nothing: the leak names the recall. It showed an item
  // opening on a quotation whose speaker is in another sentence ('"Any change to a process..." The
  // letter comes as...'), which the checker now flags; such a sentence opens no item now: 13/23.
  'drug-recall': {
    // Its leak names the recall once at fit 0.615 (SINGLE_MENTION_FIT): 20/25 themed, no leak.
    factRecall: 0.609, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0,
  },
  // Held out: the Commission's record DMA fine on Nexara for favouring its own app store, the appeal and
  // the fallout; themes and subject committed before the articles, labels before any run, written without
  // reading the summarizer; measured untuned at 11d9576: 9/24 facts; 18/26 themed as labelled: the appeal
  // stories (04, 05), the EU's reply to Washington (07), the lobbying story (08) and the outlet-less
  // opinion piece (16) land in ruling; Bloomberg's USTR story (06) gets no theme (missing topic word
  // 'commission': it says 'Brussels'), so it is the one on-topic article never cited (coverage 16/17).
  // Two hard negatives that name the fine once leak into ruling's alsoIn: the Loopline GDPR fine (20) and
  // the AI Act guidance (24); neither gets an item, so --strict passes. One item opens on a quote whose
  // speaker is in the sentence before ('"Our rules are not a bargaining chip," she told...'): standalone 1.
  // The guessed anchors now give way to the user's topic terms: 06 names Nexara and is themed, 1.0, 0.731.
  // The sentence an item leans on must now stand itself (no unnamed "she"): standalone 0, but the fact
  // that item carried (the USTR's statement, in "Her comments followed...") is lost: 8/24.
  // Both leaks name the fine once, at fits 0.60 and 0.64 (SINGLE_MENTION_FIT): 21/26 themed, no leak.
  'eu-fine': { factRecall: 0.417, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a container ship (the Kestrel Dawn) knocks down Harwick's Ellison Memorial Bridge, and the
  // two weeks after; themes and subject committed before the articles, labels before any run, written
  // without reading the summarizer; measured untuned at 11d9576: 14/23 facts; 23/25 themed as labelled
  // (the insurers' story, 08, lands in economy); the Ashcombe River Bridge's weekend maintenance closure
  // (18, fit 0.77, names 0.33; it names the collapse in one passing sentence) is listed in economy's
  // alsoIn, the one leak; without the topic terms the digest is the same. --strict passes (alsoIn is no
  // themed item). The commute (09) and federal-aid (10) stories get no item, only alsoIn.
  // Since: "The recorder, similar to a black box,..." and "The channel is 264 feet wide..." lean back; the Coast Guard's
  // temporary channel takes the slot (+1 fact).
  'bridge-collapse': {
    // Its leak names the collapse once at fit 0.773: SINGLE_MENTION_FIT, set before this set existed, rules
    // it out: 24/25 themed, no leak. "Five others were still missing..." leans back (on the rescued it
    // counts from): it opens no item now, and the slot goes to a fact: 15/23. A byline stamped with a time ('By Noor C
    // astellan | Oct. 8, 2026 12:10 p.m.') was read as the article's first sentence; it is furni
    // ture now, and the real lede is the lead again: the ship owners' court filing loses its place to the voyage recorder, 14/23.
    factRecall: 0.652, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0,
  },
  // Held out: a record ten-day heat wave over the invented North Texas metro of Corvallo (grid council
  // SPGC, utility CP&L), July 14-24, 2026; themes and subject committed before the articles, labels before
  // any run, written without reading the summarizer; measured untuned at 3f0a6bd: 10/22 facts; 20/24
  // themed as labelled: the outreach story on homeless people (11) is ruled out by the names check
  // (names 0.21, fit 0.68) and the renters' story (14, undated) gets no theme (health 0.52), so coverage
  // is 13/15; the storms-end story (15) lands in grid (2.47 against weather 2.27); the utility's own
  // base-rate case (18, fit 0.61, names 0.68; it names the heat wave in one passing sentence and CP&L
  // throughout) is listed in grid's alsoIn, the one leak. --strict passes (alsoIn is no themed item).
  // Since the credit line "By Whitney Castellano, Energy Reporter | July 21, 2026, 3:00 p.m." is read
  // as a byline (it stood in the rate case's text), the rate case is unlike the batch: no leak.
  'heat-wave': { factRecall: 0.545, coverage: 0.867, themeAccuracy: 0.917, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a disputed governor's race in the invented state of Ossawa and its three-week statewide
  // hand recount (Halvorsen v. Tenney: the count, the provisional-ballot suits up to the state Supreme
  // Court, the transition and the concession); themes and subject committed before the articles, labels
  // before any run, written without reading the summarizer; measured untuned at 3f0a6bd: 8/23 facts;
  // 17/25 themed as labelled: 'count' takes every mixed article (transition team 04, the lawsuit 05,
  // Judge Oduya 07, the rally 08, the undated-ballots ruling 10, the money story 11, both Supreme Court
  // ruling stories 14 and 15), so the courts section lacks the 5-2 ruling and its dissent. No hard
  // negative leaks (the council recount, Senate runoff, voting-machine earnings, map ruling, tax question,
  // budget speech and Slovenia's election all get no theme). Its one standalone failure is the checker's
  // own: 'Nov' of a byline 'Published Nov. 21' taken for a first-mention surname.
  'election-recount': {
    // The checker now knows months name nobody: standalone 0.
    factRecall: 0.478, coverage: 1, themeAccuracy: 0.84, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0,
  },
  // Held out: a crude pipeline rupture under Halloran Bay in the invented state of Wescona (Norvane
  // Midstream's Line 14, Sept. 13-27, 2026: the cleanup, fishing and beach closures, oiled birds, fumes,
  // tourism, PHMSA's order, the three-hour alarm, corrosion records, a class action, the CEO's hearing and
  // a criminal investigation); themes and subject committed before the articles, labels before any run,
  // written without reading the summarizer; measured untuned at c077a6f: 11/23 facts; 23/25 themed as
  // labelled (the day-one AP story 01 lands in harm, 1.38 against response 1.12; the fishermen's class
  // action 09 lands in harm, so the accountability section lacks the lawsuit). No hard negative leaks
  // (Chile's 2019 spill, Norvane's pre-spill earnings, the Texas refinery fire, the Minnesota pipeline
  // hearing, the North Coast crab quota, the bacteria beach closures and the Ohio chlorine leak all get no
  // theme). One standalone failure, a real one: the hearing item opens 'Palladino said...' (first mention).
  // A surname that speaks alone ('Palladino said') now marks its full name as a person's: standalone 0.
  'oil-spill': { factRecall: 0.522, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: Calloway Grocers' $24.6 billion bid for Pinecrest Markets under antitrust review, Oct. 5 -
  // Nov. 13, 2026 (the 412-store sale to Ridgeline, the FTC's and six states' suit, Washington's own suit,
  // the Denver hearing, Judge Haskett's injunction); themes and subject committed before the articles,
  // labels before any run, written without reading the summarizer; measured untuned at cb645a2 (code as
  // c077a6f): 7/24 facts; 23/25 themed as labelled (the store-sale story, 01, and Bloomberg's shares and
  // fee story, 15, land in regulators); no hard negative leaks (the hospital suit, the Calloway recall and
  // the food-desert store opening each name the deal in one passing sentence). No item carries the
  // hearing's point, the 'take price up' email: Reuters' story (11) and the explainer (10) are in alsoIn
  // only (coverage 14/16 from items, 16/16 with alsoIn), the Courier's (12) gives an AG 'in the front row'.
  // 'In its lawsuit..., the agency argues...' now leans back (the checker flags it too): 9/24 facts.
  // A speaker's introduction ('..., whose office joined the FTC's lawsuit, ...') no longer makes two
  // points one: the 'front row' item loses its borrowed support, the price email takes its place: 10/24.
  'grocery-merger': {
    factRecall: 0.5, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0,
  },
  // Held out: a ransomware attack and data breach at Bellmoor Health, an invented Indianapolis health
  // insurer (Oct. 3-24, 2026: systems offline, pharmacies and patients, the Ashen Lynx gang's claim, the
  // portal without multifactor login, provider advances, 11.4 million members' data, a class action, HHS
  // and 14 attorneys general, a $22 million ransom, the CEO's Senate hearing, notification letters); themes
  // and subject committed before the articles, labels before any run, written without reading the
  // summarizer; measured untuned at 988a8ec (code as 8531501): 9/23 facts; 22/24 themed as labelled (AP's
  // day-one story 01 lands in members, 3.48 against attack 3.31, so the attack section never says the
  // systems went offline; the claims-system restoration 12, labelled attack, lands in members and is only
  // in its alsoIn). No hard negative leaks (Port Selby's ransomware, Bellmoor's pre-attack earnings, the
  // Pellham's breach settlement, the hospital merger, the HIPAA rule proposal, the Medicare scam warning
  // and the security startup's round all get no theme). --strict passes.
  // Its hearing item opened 'Asked by Curtis Reinholt whether he would resign, he said...': the name
  // is the questioner's, so who answered is never said. The checker now flags it (it passed), and it
  // is no item any more; the two facts its second sentence carried (the lawsuits, the AGs) went with
  // it: 7/23 (0.304).
  'data-breach': { factRecall: 0.391, coverage: 1, themeAccuracy: 0.958, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a three-week measles outbreak in the invented Corwin County of the invented state of
  // Tamarack (Feb. 3-22, 2026: the first cases at Ellery Christian Academy, exposure sites and tracing,
  // the school exclusion order, MMR clinics, the CDC team, the governor's emergency order, the exemption
  // bill SB 212 and its shelving, the school board, the families' suit, vitamin A misinformation);
  // themes and subject committed before the articles, labels before any run, written without reading the
  // summarizer; measured untuned at ea95c02 (code as 8531501): 13/23 facts; 20/24 themed as labelled (the
  // Courier's first-cases story 02 lands in response, the exclusion order 04 and the tracers' feature 12
  // in spread, the vitamin A misinformation story 11 in spread); coverage 16/16 (02 and 04 only in
  // alsoIn). No hard negative leaks (the UK flight case, Montana whooping cough, Tamarack's flu season,
  // Baird County's book fight, the vaccine maker's earnings, Ohio chickenpox and the nurses' strike all
  // get no theme). Its one standalone failure is the checker's own: 'Health' of "Corwin's health
  // department" taken for a first-mention surname (the item opens 'Dr. Oren Blackwell, the state
  // epidemiologist, said...').
  // The checker no longer takes an institution's word ('Health', 'County') for a surname: 0.
  // 'The families, whose 11 children...' leans back and is read with the judge's ruling before it: 13 -> 14 facts.
  measles: { factRecall: 0.609, coverage: 1, themeAccuracy: 0.875, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a hazardous-materials freight train derailment and fire in the invented village of East
  // Varney, Ohio (Tristate Northern Railway, Oct. 8-27, 2026: 38 cars off the tracks, five vinyl chloride
  // tank cars, the evacuation, the controlled release, the NTSB's wheel bearing and hot box detectors, the
  // fish kill, the clinic and well tests, the class action, the EPA order, the $8 million fund, the Rail
  // Safety Act, the CEO's hearing, the attorney general's suit); themes and subject committed before the
  // articles, labels before any run, written without reading the summarizer; measured untuned at 0f8593a
  // (code as 24aa6dd): 12/24 facts; 22/25 themed as labelled (the class action 08 lands in incident,
  // 2.50 against accountability 1.06; the EPA order 10 in health; the undated dioxins explainer 14 in
  // incident); coverage 16/16 (02, 06 and 14 only in alsoIn). No hard negative leaks (Poland's grain
  // train, the railroad's pre-crash earnings, the Louisiana plant fire, the rail unions' vote, the Indiana
  // tanker crash, the PFAS rule and Lorberg's water main all get no theme). Its 2 standalone failures were
  // the checker's own ('Ohio' of 'an Ohio Republican' taken for a surname; a party is no name now), and an
  // item opened on the clinic 'at First Methodist Church here', the place of the stripped dateline (no
  // item points at it now; the checker flags it as dateline-place).
  'train-derailment': { factRecall: 0.54, coverage: 1, themeAccuracy: 0.92, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: lead in the tap water of the invented city of Orrin Falls, in the invented state of Alder
  // (Oct. 5-26, 2026: the 31 ppb 90th percentile and the 212 ppb tap, the orthophosphate cut during the
  // Millbrook plant retrofit, the health advisory and filter sites, the school fountains, 38 then 71
  // children with elevated blood lead, the council hearing, the class action, the EPA's investigation and
  // order, the director's resignation, the governor's $40 million for lead lines); themes and subject
  // committed before the articles, labels before any run, written without reading the summarizer;
  // measured untuned with the code of d0a0a50: 9/22 facts; 22/24 themed as labelled (Reuters' lawsuit
  // story 11 lands in contamination, 5.29 against accountability 2.39, and makes a second lawsuit item
  // there; the undated Wexford Avenue feature 09 is set aside as topic-in-passing, fit 0.755); coverage
  // 15/16 (09 uncited). No hard negative leaks (Haskell City's main break, the PFAS deadlines, the
  // Colorado drought, Brantley's lead-paint landlord, the bottled-water maker's earnings, the utility's
  // own 2025 rate increase, the Michigan sewage spill all get no theme). Since: 'The resignation came two
  // days after the EPA opened an investigation...' (whose resignation?) leans back like any event named
  // before; 'Gordon Pratt resigned Wednesday...' takes its place and the council-hearing fact it carried
  // goes with it (8/22), as eu-fine's and data-breach's did with items a reader could not place.
  'water-contamination': { factRecall: 0.45, coverage: 0.938, themeAccuracy: 0.917, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg21): the invented state of Corrigan raises its minimum wage from $12 to $17 in one step
  // (Jan. 1-27, 2026: about 310,000 workers' raises, the first $680 paychecks, menu prices up at 71% of
  // restaurants and hours cut at 38%, Buckboard Burger's $9 million kiosks, the small-business alliance's
  // suit and Judge Osei's refusal to pause the law, the early Corrigan State study (-0.7% jobs, +24% pay),
  // 1,340 unpaid-wage complaints, the $14 youth wage bill and its 5-4 committee vote, Dunmore's commuters
  // from Ashmont, the governor's State of the State and veto vow); themes and subject committed before the
  // articles, labels before any run, written without reading the summarizer; measured untuned at fda611c
  // (code as 378a70f): 14/24 facts; 25/25 themed as labelled; coverage 16/16 (the undated border-commute
  // story 13 only in alsoIn). No hard negative leaks (Sarrow Bay's hotel wage and Kestner's kiosk earnings,
  // which name Corrigan once in passing, Corrigan's own 2024 rise to $12, Vellmont's training wage, the
  // Granton janitors' back pay, Fenwick's self-checkout, Marlow City's delivery-pay suit all get no theme).
  'minimum-wage': { factRecall: 0.625, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  colorado: { factRecall: 0.565, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a magnitude 7.6 earthquake destroys much of the invented Peruvian city of Quellomarca
  // (14 Oct - 4 Nov 2026); themes.json and subject.json committed before the articles, labels before any
  // run, written without reading the summarizer. Measured untuned at 24aa6dd: 13/23 facts; 24/25 themed
  // as labelled; coverage 16/16 (02, 11 and 14 only in alsoIn). The Lima building collapse from illegal
  // floors (21), which names Quellomarca once in passing, gets a rescue item; that item carries
  // 'Lurigancho' (a leak marker in the labels' boilerplate), hence the one known failure. The other
  // passing mentions (Ecuador's volcano 18, the reinsurer 24) and every other hard negative get no theme.
  // Since: 'GENEVA/LIMA —' is stripped as a dateline, and '...destroyed much of this Andean city' (the
  // dateline's place) makes no item.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside the Lima collapse (21, tenth
  // sentence, names 0.71): 25/25, no leak, --strict passes.
  earthquake: { factRecall: 0.609, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a two-week teachers' strike closes the public schools of the invented city of Corriston,
  // Ohio (20 Feb - 20 Mar 2026); themes.json and subject.json committed before the articles, labels before
  // any run, written without reading the summarizer. Measured untuned at 0ef4a30: 12/24 facts; 22/25
  // themed as labelled (the seniors' transcripts-and-sports story 06 lands in bargaining, choice 1.31
  // against families 1.00, plain 0.71 against 0.92; the meal-sites story 05 is set aside as
  // topic-in-passing); coverage 16/17
  // (05 uncited; 06 and 11 only in alsoIn). Corriston's own road-repair budget vote of November 2025 (24),
  // same city, mayor and council, gets a politics item; that item carries 'repaving' and 'potholes' (leak
  // markers in the labels' boilerplate), hence the one known failure. Every other hard negative (the
  // nurses', transit and 2024 Oregon teachers' strikes, the library-book vote, the tuition rise, the
  // charter-score report) gets no theme.
  // Since (other-time, prereg8): the budget vote is dated 109 days before the middle of the batch and
  // resembles it less than typical (fit 0.696), so it is set aside; its place goes to a point of the
  // story (13/24 facts), 23/25 themed, no leak, --strict passes.
  // Since: "The committee...", "The board...", "The court...", "The union..." (which one?) lean back like
  // "The ministry..." (14/24 facts here; the freed place went to the final offer before the walkout).
  // Lowered on purpose (0.542 -> 0.5): with "The Statehouse News Bureau is a collaboration of public
  // radio stations across Ohio. © 2026" (09) and "By Tamsin Rourke · Updated 11:42 a.m." (14) read as
  // furniture (they stood in the articles' text), the items shift and the mayor's Wednesday levy item
  // gives way to his earlier no-tax one; no line that went was the story's.
  'teachers-strike': { factRecall: 0.583, coverage: 0.941, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: Hurricane Corliss makes landfall near the invented city of Cypremont, Louisiana, as a
  // Category 4 (13 Sept - 6 Oct 2026); themes.json and subject.json committed before the articles, labels
  // before any run, written without reading the summarizer. Measured untuned with the code of 0ef4a30:
  // 14/24 facts; every on-topic article themed as labelled, 23/26 in all; coverage 17/17 (5 on-topic
  // articles only in alsoIn). Three hard negatives leak: the hurricane that spared Bermuda (19, one passing
  // sentence on Corliss) gets two storm items, the Arizona heat wave (23, one passing sentence) an outages
  // item, and Gulfstar's rate case filed in May (20, names the utility and Cypremont, no storm) is in
  // outages' alsoIn. The Bermuda and Sonoran items carry leak markers of the labels' boilerplate, hence
  // the one known failure. The typhoon, the FEMA money fight (passing paragraph), the insurer's earnings,
  // the chemical plant fire and both plainly off-topic articles get no theme. Since: a time zone after
  // 'a.m.' no longer splits the landfall sentence; 'in Louisiana' is no short form of 'Gulfstar Energy
  // Louisiana'; 'The storm made landfall...' leans back like any event named before (16/24 facts).
  // Since (other-time, prereg8): the May rate case, 129 days before the middle of the batch and
  // resembling it less than typical (fit 0.97), is set aside: 24/26 themed, 2 leaks.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside the Arizona heat wave (23,
  // ninth sentence, names 0.43): 25/26, the Bermuda leak stays (several mentions).
  hurricane: { factRecall: 0.708, coverage: 1, themeAccuracy: 0.962, leaks: 1, nearDuplicates: 0, strict: false, knownFailures: ['1 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0 },
  // Held out: a roof collapse at the invented Bellcoe Coal Co.'s Greyridge No. 4 mine near Tarrow, W.Va.,
  // traps nine miners 1,400 feet down (9-30 June 2026: the borehole into an air pocket, six out alive after
  // 72 hours and three dead, MSHA's investigation and the 41 roof-control citations, the suspension and
  // payments, the union's and families' criticism, calls for hearings, the funerals, the share fall and
  // lenders' waiver, the preliminary finding that the bolting plan was not followed); themes.json and
  // subject.json committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned with the code of 3feba1a: 7/24 facts; 23/25 themed as labelled (the
  // Herald's six-alive-three-dead story 06 lands in community, 1.64 against rescue 0.61); coverage 17/17
  // (02 and 11 only in alsoIn). One hard negative leaks: Bellcoe's own Kessler seam expansion of March 2025
  // (19, same company, mine, town and union leader) is in community's alsoIn; no item cites it, so --strict
  // passes. The belt fire, the earnings story and the silica rule (each naming Greyridge once in passing),
  // the Chilean and Pennsylvania rescues, the power-plant closing and the headlamp review get no theme.
  // Since (other-time, prereg8, fixed before this set existed): the 2025 expansion story (19), dated
  // 15 months before the collapse at fit 0.797, is set aside: 24/25 themed, no leak.
  'mine-collapse': { factRecall: 0.333, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented Portland, Oregon, lender Cobalt Ridge Bank fails after a three-week run on
  // deposits (5 Oct - 20 Nov 2026); themes.json and subject.json committed before the articles, labels
  // before any run, written without reading the summarizer. Measured untuned with the code of d0a0a50:
  // 11/23 facts; 18/24 themed as labelled (Sound Harbor's purchase, 10 and 11, lands in regulators; the
  // founders' newsletter 05 and the abandoned stock sale 06 in fallout; the job-cuts story 14 gets no
  // theme and is the one uncited on-topic article, coverage 15/16). One hard negative leaks: Cascadia
  // Trust's earnings (17, one passing sentence naming Cobalt Ridge) in run's alsoIn; no item carries it,
  // so --strict passes. The other passing mentions (19, 20, 22) and every other hard negative get no theme.
  // Since: 'Chief Executive Warren Tisdale' no longer gives 'Executive Warren Tisdale'; the byline stamped
  // 'By Noor Castellan | Oct. 8, 2026 12:10 p.m.' that opened an item is furniture. With its articles'
  // real ledes first, Cascadia Trust's earnings lead (17, already listed) gets a run item and one fact
  // loses its place: 10/23, and --strict fails on that item. 'Not enough," said Priya Anand...' opened an
  // item inside a quotation; it leans back now, and the payroll fact its second sentence carried goes: 9/23.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside Cascadia Trust's earnings (17,
  // ninth sentence, names 0.59): 19/24, no leak.
  'bank-failure': { factRecall: 0.478, coverage: 0.938, themeAccuracy: 0.792, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the board of the invented Austin software company Veridane Systems fires its co-founder
  // and CEO Dana Whitlock over an undisclosed 12% stake in a supplier, Northpass Data (3-24 April 2026:
  // the 18% share fall, the activist and pension-fund demand, 6,200 employees' open letter, the CTO and
  // two other executives quitting, the interim CEO's letter to customers, a hospital group pausing a
  // $38 million renewal, the SEC inquiry letter, the chair's resignation, the settlement that brings her
  // back with three new directors and a law-firm review); themes and subject committed before the
  // articles, labels before any run, written without reading the summarizer; measured untuned with the
  // code of 3feba1a: 11/23 facts; 25/26 themed as labelled (Reuters' share-fall story 03 lands in board,
  // 5.20 against investors 3.35); coverage 17/17 (the chair's resignation 12 only in alsoIn, so the
  // Ashcombe fact has no item). No hard negative leaks (Veridane's 2025 campus, Quillmark's earnings,
  // Brightwater's founder ouster, Halvern's proxy fight, Tidecrest's open letter, Calderon's SEC case, the
  // Kenmore College president all get no theme, three of them naming Veridane in passing).
  // Since: "The letter came a day after..." is read only with a sentence that names a letter (it had been
  // joined to the account managers' sentence); the interim CEO's letter to customers takes the place
  // (12/23 facts).
  'ceo-ouster': { factRecall: 0.565, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a federal grand jury indicts Raymond Vasquez-Tull, mayor of the invented city of Port Halden,
  // Ohio, on bribery and wire-fraud charges over a riverfront rezoning and a $38 million tax abatement, and
  // city hall reels (2-23 Mar 2026); themes.json and subject.json committed before the articles, labels
  // before any run, written without reading the summarizer. Measured untuned with the code of 3feba1a:
  // 17/24 facts; 23/26 themed as labelled (the council inquiry's 14 subpoenas, 15, undated, and the acting
  // mayor's review of 62 contracts, 17, get no theme and are the two uncited on-topic articles, coverage
  // 15/17). One hard negative leaks: the council's October 2024 Tannery Point rezoning vote (20, same city,
  // mayor, developer and parcel, before the story) gets a development item, hence the off-topic strict
  // failure. Two items fail the standalone check ('charges Vasquez-Tull, 54,' with the full name only in
  // another item; 'Ashgrove signed an executive order on her first full day'). The passing mentions (the
  // Pennsylvania mayor's sentence 18, the Michigan data-center abatement 19) and every other hard negative
  // get no theme.
  // Since (other-time, prereg8, fixed before this set existed): the October 2024 rezoning vote (20),
  // fit 0.918, is set aside: 24/26 themed, no leak, --strict passes, the same 17 facts.
  // Its 2 standalone failures: 'charges Vasquez-Tull, 54' (a double-barrelled surname was read as a
  // Korean given name, so it was never named in full: now 'Raymond Vasquez-Tull'), and the checker's
  // own 'her' in 'Ashgrove signed an executive order on her first full day' (an opening surname of a
  // person the articles name in full is a name, and an item above names Dolores Ashgrove): 0.
  // Since: "During the same period, the indictment says..." leans back and is read with the sentence
  // before it, which carries the developer's $410,000 (+1 fact).
  'mayor-indicted': { factRecall: 0.75, coverage: 0.882, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a listeria outbreak traced to soft cheeses of the invented Hollins Creek Creamery of Tessel,
  // Marlow County, Wisconsin, sickens 46 in 11 states and kills four; recall of 27 cheeses, the plant shut,
  // lawsuits, farms without a buyer (11 May - 1 June 2026); themes.json and subject.json committed before
  // the articles, labels before any run, written without reading the summarizer. Measured untuned with the
  // code of 3feba1a: 10/23 facts; 21/26 themed as labelled (the chains' refunds 05 and the inspection bill
  // 13 land in recall, the pregnant woman's lawsuit 09 in outbreak); coverage 17/17, every on-topic
  // article cited. Two hard negatives leak: the FDA warning letter to a California sprout grower (24, one
  // passing sentence on the outbreak) gets a recall item, and Hollins Creek's own 2024 medal-and-expansion
  // story (19, same company and plant, before the outbreak) is in recall's alsoIn; no item carries a leak
  // marker, so the only hard failure is the off-topic citation. The other passing mentions (Corvane's
  // earnings 20, the raw milk bill 22), the ice cream, cucumber and deli meat outbreaks and both plainly
  // off-topic articles get no theme.
  // Since (other-time, prereg8, fixed before this set existed): the creamery's 2024 medal and expansion
  // story (19), fit 0.887, is set aside: 22/26 themed, 1 leak (the sprout grower's warning letter).
  'listeria-outbreak': { factRecall: 0.609, coverage: 1, themeAccuracy: 0.885, leaks: 1, nearDuplicates: 0, strict: false, standaloneItems: 0, datelines: 0 },
  // Held out: thieves take seven pieces of 19th-century jewellery ($48 million, the Ardmore Sapphire
  // tiara among them) from the invented Halloran Museum of Art in Bretton Falls, Massachusetts, through a
  // second-floor window by truck-mounted lift (8-27 March 2026); themes.json and subject.json committed
  // before the articles, labels before any run, written without reading the summarizer. Measured untuned
  // with the code of 1446306: 12/23 facts; 19/26 themed as labelled (03, 07 and 13 land in heist, not
  // hunt; 04 and 06 in heist, not museum; the arraignment 11 gets no theme); coverage 16/17 (11 uncited;
  // 02 and 12 only in alsoIn). The museum's own renovation story of October 2025 (19), same museum,
  // director, grant, lifts and tiara, is listed in heist alsoIn, hence the one leak; it makes no item, so
  // --strict passes. The passing mentions (Rotterdam 18, the auction house's earnings 20, the Danforth
  // maps 22) and every other hard negative get no theme.
  // Since: other-time no longer asks that an earlier story resemble the batch less than typical (this
  // set and rocket-failure showed earlier stories of the same museum and rocket above it): the 2025
  // renovation story (19) is set aside, 20/26 themed, no leak. Changed after seeing this set, so it is
  // no longer held out for that rule.
  'museum-heist': { factRecall: 0.565, coverage: 0.941, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented Calderwood Home Products closes its washing-machine plant in the invented
  // Ferris Mill, Indiana (pop. 14,000), moving production to Monterrey, Mexico, 1,900 jobs (2-23 Feb 2026);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned at fe15b21: 14/24 facts; 21/26 articles themed as labelled
  // (the AP rally story 06, the Reuters clawback story 08 and the suppliers story 10 land in closure; the
  // two-paychecks family story 17 is set aside unlike-batch, the one on-topic article neither cited nor in
  // alsoIn: coverage 16/17). Brightline's Tennessee dryer plant (18), which names Ferris Mill once in
  // passing, gets closure and a town item ('Lowery Mayor Annette Ruby said...'); that item carries
  // 'Lowery' (a leak marker in the labels' boilerplate), hence the one known failure. The 2019 expansion
  // (19, other-time), Harrow's earnings (20, topic-in-passing) and the other hard negatives get no theme.
  // The one standalone failure is the checker's: 'Indiana Gov. Patricia Lindqvist said...' taken for a
  // first-mention surname 'Indiana'. Metadata seen and left: 16 (.md opening with 'Title:'/'Source:' lines,
  // no front matter) gets the title 'Title: Schools, shops...'; 11's outlet, only in its italic
  // '*WFMX 13 News | By ...*' line, is not read; 17's date is its byline's Feb. 9 (labels: the meta's UTC Feb. 10).
  // Its one standalone failure was the checker's: a headline ending '...move to Mexico' and a lede
  // opening 'Indiana will seek...' made 'Mexico Indiana' a name (its runs now stop at line breaks): 0.
  // Brightline's dryer plant (two passing mentions from the eighth sentence, names 0.44) set aside by topic-late (prereg15).
  'factory-closure': { factRecall: 0.625, coverage: 0.941, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented Arcadia Launch Systems' Halcyon-2 explodes 71 seconds after lift-off from Kessel
  // Point Spaceport, Texas, then three weeks of FAA grounding, valve findings, whistleblower, insurers,
  // customers and a debris lawsuit (10-31 Aug 2026); themes.json and subject.json committed before the
  // articles, labels before any run, written without reading the summarizer. Measured untuned on the code
  // of 1446306: 9/24 facts; 20/26 themed as labelled (the valve telemetry 05 lands in launch, and so do
  // four business articles: SkyTrace's move to Corvane 09/10, the refuge lawsuit 11, NordLink staying 13);
  // coverage 17/17. One hard negative leaks: the Halcyon-2's own maiden flight in March 2025 (19, same
  // company, rocket, spaceport and CEO, before the story) gets a launch item; no item carries a leak
  // marker, so the only hard failure is the off-topic citation. The other passing mentions (Helix's
  // earnings 18, the Skyvane grounding 21, the LNG refuge suit 23), the Japanese and New Mexico failures,
  // the spacesuit review and both plainly off-topic articles get no theme. Two standalone failures, both
  // the company name 'Arcadia' taken for a first-mention surname ('Former Arcadia').
  // Its 2 standalone failures were the checker's: 'Former Arcadia engineer Lena Marsh' made 'Former
  // Arcadia' a name, so the company read as a surname ('Former' is a word before a role now): 0.
  // Since: other-time without its resemblance condition sets aside the rocket's March 2025 maiden
  // flight (19): 21/26 themed, no leak, --strict passes, and its place goes to a point of the story
  // (10/24 facts). Changed after seeing this set (see museum-heist).
  'rocket-failure': { factRecall: 0.458, coverage: 1, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented world-record sprinter Talia Okonjo of the invented Marovia tests positive for
  // a steroid in May and her federation sits on it for seven weeks (6-27 July 2026); themes.json and
  // subject.json committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned at 14fd32e: 10/24 facts in section (12/24 anywhere); 24/26 themed as
  // labelled (the leak story 01 lands in federation, not case; the Karstad swimming audit 19, which names
  // Okonjo once in passing, gets a federation item); coverage 17/17 (01 and 03 only in federation's
  // alsoIn, 06 only in case's). 12's title-line header gives it no outlet and no date.
  // That item carries 'Karstad' (a leak marker in the labels' boilerplate), hence the one known failure.
  // The other passing mention (the cyclist 18), the same federation in 2024 (20), the earnings (21) and
  // every other hard negative get no theme.
  // Since: "By evening the federation's vice-president..." (which evening?) leans back and is read with
  // the resignation sentence before it; the freed fallout place carries a fact (11/24).
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside the Karstad audit (19, seventh
  // sentence, names 0.30); its federation slot goes to Achterberg's exit (+1 fact): 25/26, no leak.
  'doping-scandal': { factRecall: 0.667, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented crypto exchange Vaultline (Port Aster-registered, run from Miami) halts
  // withdrawals after a $2.1 billion run and collapses; its founder Ruben Calloway-Smythe is arrested, the
  // SEC and CFTC sue, a trustee finds a $3.8 billion hole (5-26 Oct 2026). themes.json and subject.json
  // committed before the articles, labels before any run, written without reading the summarizer.
  // Measured untuned on the code of 99688a8: 10/24 facts (the $3.8 billion hole itself makes no item);
  // 22/26 themed as labelled (Kestrel Alpha's borrowing 03 lands in customers, the House hearing 15 and
  // the customers' explainer 16 in collapse, the outlet-less unsecured-creditors story 10 is set aside
  // as other-cast); coverage 16/17 (10 missing). No leak: the passing mentions (Corvane's earnings 19,
  // Hanbit Coin's freeze 20, the Lakemont pension write-down 23), Vaultline's June 2025 arena deal 18,
  // the Texas Ponzi arrest 21, the Drachma hack 22, the stablecoin hearing 24 and both plainly
  // off-topic articles get no theme; no item carries a leak marker; --strict passes.
  'crypto-collapse': { factRecall: 0.542, coverage: 0.941, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented 90-year-old Harlan Creek Dam (Sable County Water District, invented state of
  // Cordell) fails after record rain and floods Millbrook Falls and Dunmore (16 May - 3 June 2026);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned at 339ff5a: 10/24 facts (missed among others the 40-minute
  // warning, the two missing, the 1,100 homes, the deferred $14 million repair, the piping cause, the
  // 18,000 on boil water); 25/26 themed as labelled (the dam-safety fund 16 lands in blame, not recovery);
  // coverage 1. No leak: the passing mentions (the Pell River levee 18, Granite Ridge Re's earnings 20),
  // the district before the story (19), the national dams report, the Tolland Lake spillway, the canyon
  // flash flood, the Harmon City boil-water notice and both plainly off-topic articles get no theme.
  'dam-failure': { factRecall: 0.54, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: drone sightings close the invented Hallam International Airport (invented city of Hallam,
  // north of England) for 31 hours, then the hunt for the operators and the fallout (12 Dec 2026 - 2 Jan
  // 2027); themes.json and subject.json committed before the articles, labels before any run, written
  // without reading the summarizer. Measured untuned at dfb47df: 8/24 facts in section (9/24 anywhere;
  // missed among others the 980 flights, the 140,000 passengers, the Whitlocks' arrest, the mistaken
  // sightings, SkyHop's £9 million and Bellini's call for a law, the £2,500 fines); 20/26 themed as
  // labelled (the mistaken sightings 09, the 5 km zone 12 and the undated explainer 17 land in
  // disruption, the committee 15 in hunt); coverage 1. Two leaks: the same airport before the story (18,
  // the Northgate Pier plan) and the Dutch Veldmaar closure (20, which names Hallam once in passing) each
  // get a disruption item; the Veldmaar item carries 'Veldmaar' (a leak marker in the labels'
  // boilerplate), hence the one known failure. The Brightwing earnings (19), the prison drones, the fog
  // closure, the drone deliveries, the air traffic control failure and both plainly off-topic articles
  // get no theme.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside Veldmaar (20, seventh
  // sentence, names 0.50): 21/26; the pier plan (18) still leaks, so --strict still fails on it.
  // Details (an item's next sentence): the pier plan's item goes on to name 'Northgate Pier' (a leak
  // marker in the labels' boilerplate): the same leak, now also a boilerplate failure.
  'airport-drones': { factRecall: 0.583, coverage: 1, themeAccuracy: 0.846, leaks: 1, nearDuplicates: 0, strict: false, knownFailures: ['1 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0 },
  // Held out: an avalanche on an open intermediate run (Whiskey Jack) at the invented Kessler Peak resort
  // (invented owner Alpine Crest Resorts, Tamarack Range, Colorado) buries 11 skiers, kills four, seven
  // rescued (7 - 28 Feb 2026); themes.json and subject.json committed before the articles, labels before
  // any run, written without reading the summarizer. Measured untuned at fcfc87a: 8/24 facts (missed among
  // others the 9:15 opening after control work, the 'considerable' rating, the victims' names, the outside
  // review, the vigil, the $180,000 in lost tax; 'buried 11 skiers and killed four' only in a resort item);
  // 17/25 themed as labelled (05, 06, 12 and 17 land in slide, 07 in resort, the undated
  // survivor's account 15 gets no theme); coverage 16/17. Two leaks, both passing mentions: the Austrian
  // off-piste slide (19) gets a slide item carrying 'Sankt Brenn' (a leak marker in the labels'
  // boilerplate), hence the one known failure, and the Utah snowmobilers (18) are listed in slide alsoIn.
  // The resort before the story (20), the rival's earnings, the Idaho chairlift, Raven Pass, the tree
  // well and the vacuum review get no theme.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside the Utah snowmobilers (18,
  // seventh sentence, names 0.61): 18/25; the Austrian slide (19, named in its sixth) stays.
  // Austria's off-piste slide (one mention, sixth sentence, names 0.43) set aside by topic-late (prereg15).
  // A feature that opens on a scene is not set aside as unlike the batch (prereg27): the survivor's story 15 is in.
  // Lowered on purpose (prereg40's transcript rules): items that are a transcript's turn or a voice no
  // item names are no longer candidates, so support for other points shifts; 60% of one lodge's
  // bookings cancelled (R5) gives way to the resort's season passes. 0.333 -> 0.292.
  avalanche: { factRecall: 0.375, coverage: 1, themeAccuracy: 0.88, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented drugmaker Halbrook Pharma (maker of the opioid Duraxin) settles for $6.1 billion
  // with 46 states and thousands of cities and counties, led by the invented state of Ardell (8-29 Sept
  // 2026: the family's $2.2 billion and loss of control, four states' objections, the families at the
  // hearing, Judge Renwick's approval with a narrowed shield and a document archive, the family's
  // apology, Port Ardell's treatment beds, Tollard County's patrol cars, the Settlement Watch tracker);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned with the code of ec30fc6: 11/23 facts (missed among others
  // Whitcomb leading the coalition, the family's $2.2 billion, its loss of control, the company's $3.9
  // billion, the judge's approval, the 43 speakers); 23/26 themed as labelled (the undated explainer 12
  // lands in deal, the Gilchrist mother's clinic 15 in victims); coverage 1. Delmont's tobacco-money
  // audit 21, which names the Halbrook deal once in passing, gets a deal item; that item carries
  // 'Delmont' (a leak marker in the labels' boilerplate), hence both known failures. The other passing
  // mention (Dunmore Drug's verdict 18), Halbrook's 2022 plant expansion 19, Venlow's earnings, the
  // Corvane fentanyl seizure, the vape and wholesaler settlements and both plainly off-topic articles
  // get no theme.
  // The late-mention gate (prereg12, cut-offs recorded in prereg8) sets aside the tobacco audit (21, eighth
  // sentence, names 0.25): 24/26, no leak, --strict passes.
  // SAME_STORY 0.44 (twenty-sixth stop): a second same-day telling gives way to a new point.
  'opioid-settlement': { factRecall: 0.652, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the crowded ferry Lusaro Star (invented operator Okavo Ferry Services) capsizes in a storm on
  // the Lusaro River near Sendu in the invented country of Kavanda (14 Oct - 6 Nov 2026: 96 rescued the
  // first night, 78 dead and nine missing when the search ends, 120 licensed / about 260 aboard, an
  // expired certificate, the captain Nkemba and the owner Sokolo arrested and charged with manslaughter,
  // Minister Mwaluka's no-confidence vote, life-jacket and headcount rules, 4 million shillings a family);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned at 30e0cf4: 14/24 facts (missed among others the 96 rescued,
  // the 173 survivors, Wanjala's jerrycan, the storm warning, Sokolo named at the airport, the
  // manslaughter charge itself, the inspector's June warning, the 142-97 vote, Kibet's suspension);
  // 26/26 themed as labelled; coverage 1 (02, 03, 11 and 17 only in alsoIn). No hard negative gets a
  // theme, including the three passing mentions (Lake Dorvala ferry 18, Halvane Re's earnings 21, the
  // Kitamba floods 22) and Okavo's 2025 evening crossings 20. One item turns the victim's wife 'Agnes'
  // into 'Agnes Tembwe' (the president's name): not caught by any measure here.
  'ferry-capsize': { factRecall: 0.667, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: public money for a new downtown ballpark for the invented Port Ardell Ironmen in the invented
  // city of Port Ardell, Ohio (6 Mar - 6 Apr 2026: the owner's threat to leave for Carver Springs, Texas,
  // the $860 million Ardell Yards deal with $505 million public, $390 million in bonds on a hotel tax
  // raised from 6% to 9%, hotel owners' 17.5%, the economists against the Bellamy study, the Kessler Flats
  // meeting, the committee's overrun guarantee and $25 million fund, the 8-5 vote, the 14-day petition,
  // 23,417 signatures filed and 16,902 certified for an Aug. 4 referendum, the businesses' eminent-domain
  // suit, the team's suit against the referendum, rents rising around the site); themes.json and
  // subject.json committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned at befb6d7 (code as 66222c8): 13/24 facts (neighborhood 2/8: missed the
  // church meeting, the $25 million fund, the 9,000-car traffic study, Farina's Bakery, the purchase
  // offers, the 18% rent rise); 24/26 themed as labelled (the committee story 08 lands in politics; the
  // undated Tanner Street feature 07, whose outlet is also lost, gets no theme and no item); coverage
  // 16/17 (01 and 15 only in alsoIn, 07 uncited). No hard negative leaks: the three that name the story
  // once in passing (the hotel REIT's earnings 19, Halden's soccer-stadium vote 21, Ravenna Heights'
  // downgrade 24), Harbor Park's 2025 concrete repair 18, the Arizona arena bonds, Marlow's convention
  // center renters, Cassel Bay's lodging tax and both plainly off-topic articles get no theme.
  // Lowered on purpose: 'The ordinance, ...' leans back (gig-drivers' top story and a tower-cracks item never said
  // which ordinance); here that moves the ballpark's ordinance sentence out of support and two facts with it.
  'stadium-deal': { factRecall: 0.5, coverage: 0.941, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a natural-gas explosion levels the Halstead Arms, a 24-unit apartment building at 1240 Tanner
  // Street in the invented city of Merriton, invented state of Lenora (14 Jan - 10 Feb 2026: six dead and 19
  // hurt, the boy pulled out after 11 hours, Corwell Gas Co.'s 1911 cast-iron main, the Grade 2 leak it found
  // in October 2025, the superintendent's odor call two days before, the invented National Pipeline Safety
  // Board's crack and preliminary report, the CEO's Senate hearing, 160 displaced, the relief fund, the
  // wrongful-death suit and class action, the Tanner Street Act, the commission's five-year replacement
  // order); themes.json and subject.json committed before the articles, labels before any run, written
  // without reading the summarizer. Measured untuned with the code of 66222c8: 11/24 facts (15/24 anywhere:
  // the Tanner Street Act and the replacement order are investigation items, the wrongful-death suit a
  // blast item); 22/25 themed as labelled (the wrongful-death suit 11 and the vigil 12 land in blast, the
  // commission's replacement order 16 in investigation); coverage 17/17 (the odor-call story 10 and Reuters'
  // leak-records story 09 only in investigation's alsoIn). No hard negative leaks (the Fenwick house blast,
  // Corwell's 2025 rate case, Atlas Gas's earnings, the Wyoming propane blast, the Kansas pipeline report,
  // the Maine school gas leak and the Alden Park fire all get no theme); --strict passes.
  // Since: "...kept on duty, the report said" and the like lean back on a document the sentence never
  // introduces; the slot goes to the safety board's crack finding (+1 fact).
  'gas-explosion': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.92, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a norovirus outbreak on the Solvane Aurelia, a ship of the invented Solvane Cruise Line of
  // Port Everly, Florida (15 Jul - 8 Aug 2026: 212 passengers and 31 crew sick, then 545; the island of
  // Santa Corisa refuses it at Puerto Almez; home three days early; a 48-hour deep clean; the invented
  // Shipboard Health Program's failing 79 with sick galley workers kept on and a 36-hour reporting delay;
  // the GII.4 trace; the re-inspection's 94; the half-refund offer and the petition; the 11.4% share drop;
  // the Varga class action; the cancelled next sailing; the sister ship Meridia's outbreak; the CEO's
  // apology, $40 million and 18% fewer bookings); themes.json and subject.json committed before the
  // articles, labels before any run, written without reading the summarizer. Measured untuned with the
  // code of 83b9934: 12/24 facts (fallout 4/9: the petition, the share drop, the class action, the
  // cancelled sailing and the 18% bookings are missed, the petition and share-drop items sit in outbreak;
  // the re-inspection's 94 is an outbreak item too); 19/25 themed as labelled (the share drop 06, the
  // petition 11 and both lawsuit stories 12/13 land in outbreak, as do the GII.4 trace 10 and the
  // re-inspection 14); coverage 16/16 (03, 04, 10 and 13 only in outbreak's alsoIn). No hard negative
  // leaks (the Danube river cruise 17 and Caravelle's earnings 19, each naming the outbreak once in
  // passing, the Aurelia's own 2025 inspection 18, the Oregon care home, Port Everly's restaurant
  // inspections, the Skylark Air refund suit, the tropical storm and both plainly off-topic articles all
  // get no theme); --strict passes.
  // Since: "The stock closed..."-style openings lean back; the ship refused at Santa Corisa gets an item and the
  // 11.4% share drop moves to fallout (+1 fact).
  // Lowered on purpose: an item opening on "The couple"/"The money"/"The fund"/"The emails" leans on a sentence the
  // reader never saw, and carried a fact; it no longer opens an item (README, Digest quality).
  'cruise-outbreak': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.88, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the crew-scheduling system (SkyRoster) of the invented Sablewing Airlines (Carrow Springs, Texas;
  // Dunridge, Colorado hub) fails after a winter storm and a defective update, cancelling about 11,400 flights
  // over Christmas week (22 Dec 2026 - 21 Jan 2027: 2,240 on day one and 3,100 on Christmas Eve, 1.6 million
  // passengers, 42,000 bags, the CEO's video apology, the pilots' union's '18 years of underinvestment', the
  // Transportation Department's investigation and refund demand, $300 vouchers and 30,000 miles, the $680
  // million cost and $1.3 billion replacement, the Senate hearing, the $94 million fine and proposed automatic
  // refunds); themes.json and subject.json committed before the articles, labels before any run, written
  // without reading the summarizer. Measured untuned at 3d147b2: 12/24 facts in section (13/24 anywhere: the
  // Sentinel's hearing story 15 lands in cause, so 'delayed ... twice' is a cause item); 24/26 themed as
  // labelled; coverage 17/17 (06 bags and 17 the family's drive only in disruption's alsoIn, 11 in cause's).
  // One hard negative leaks: the department's tarmac-delay fine on Gulfway Airlines (23, one passing sentence
  // on the Sablewing investigation) gets an accountability item; that item carries 'Gulfway' (a leak marker
  // in the labels' boilerplate), hence the one known failure. The other passing mentions (Maple Coast's
  // check-in outage 18, Tern Air's earnings 20), Sablewing's own 2025 pilot contract (19), the radar outage,
  // the rail rostering fault, the parcel sorting failure and both plainly off-topic articles get no theme.
  'airline-meltdown': { factRecall: 0.542, coverage: 1, themeAccuracy: 0.923, leaks: 1, nearDuplicates: 0, strict: false, knownFailures: ['1 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0 },
  // Held out: the city pension fund of the invented Port Averill, invented state of Marlston (18 May - 11 Jun
  // 2026) loses $1.2 billion (28%) in a quarter, mostly a $910 million writedown of Brackmoor Capital
  // Partners' funds; its investment chief Gregory Lattimore and Brackmoor's Simon Vennard are charged over
  // $2.35 million in kickbacks; the board cuts retirees' raise from 3% to 1%, the council holds hearings, the
  // state auditor orders an audit, the mayor proposes a $310 million rescue paid by an income tax increase,
  // the fund sues Brackmoor. themes.json and subject.json committed before the articles, labels before any
  // run, written without reading the summarizer. Measured untuned at 5b8c827: 11/24 facts (missed: the $910
  // million writedown, the $1.4 billion committed, the $3.2 billion gap, the 38% private share, the $60
  // million contribution warning, the $2.35 million kickbacks, the Sable Lake house, the 'keep the marks'
  // texts, the not-guilty pleas, the $410 million saving, the 9-0 subpoena vote, the $175 cost, the retirees'
  // suit); 26/26 themed as labelled; coverage 17/17, no alsoIn. No hard negative leaks: the two that name the
  // story once in passing (Castlemere's earnings 18, the Orsett County treasurer's sentencing 20), the same
  // fund's 2024 return a year before (21, Lattimore and Brackmoor named), the Wrenfield pension's raise cut,
  // the Ketterly pension freeze, the Birchmont levy, the hospital buyer's kickbacks and both plainly off-topic
  // articles get no theme; --strict passes.
  // Since: "The board named Anita Rao-Benning..." leans back (without a comma, "named" is the verb, not
  // a naming) and is read with the sentence before it; the freed slot carries the $910 million writedown (+1 fact).
  // Lowered on purpose: an item opening on "The couple"/"The money"/"The fund"/"The emails" leans on a sentence the
  // reader never saw, and carried a fact; it no longer opens an item (README, Digest quality).
  'pension-scandal': { factRecall: 0.542, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: Mount Teravaka erupts on Maren Island in the invented Solenne Islands (9 Mar - 8 Apr 2026:
  // the level-4 alert and 4,200 ordered out, the 4:40 a.m. eruption with ash 12 km high, the airport shut
  // and 1,800 tourists stranded, lava over the Coast Road and 37 homes in Hollin Bay, four dead and two
  // missing, the scientists' dispute over late warnings, the 30-day emergency and S$60 million, ferries,
  // shelters, the aid ship, tourism bookings down 80%, the inquiry, the return to Ranotu and Keala Point);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned with the code of de3c268: 10/24 facts; 23/26 themed as
  // labelled (the evacuation-order story 03 lands in eruption, 1.69 against 0.95; the inquiry story 15,
  // 4.51 against recovery 3.60, and the return-home story 17, 3.83 against 1.67, land in eruption and each
  // makes an eruption item); coverage 17/17 (03, 04 and 10 only in alsoIn; the deaths story 09 is cited
  // only beside 02 on the evacuation order). No hard negative gets a theme (Oruvai's ash, the observatory's
  // 2025 open day, the cruise line's earnings, the Skaldhavn fissure, Cyclone Ilana, the Calvera geothermal
  // plant, the pumice raft), --strict passes.
  // Since: "The supplies were bought with money from..." leans back (which supplies?) and is read with
  // the sentence before it, the aid ship's 300 tonnes (+1 fact).
  // Since: "The gymnasium has been a Red Cross shelter..." leans back and is read with the sentence
  // before it, which names the school and its 640 evacuees (+1 fact).
  'volcano-eruption': { factRecall: 0.542, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: Vantrel Inc.'s Harrow Mesa data center outside Sorrel Flats in drought-hit Marris County, Arizona
  // (invented, 10 Aug - 24 Sept 2026) is found by the Marris County Ledger's records request to have pumped 412
  // million gallons in a year against the 60 million it promised; 140 wells run dry, the water table falls 38
  // feet, the company apologizes and pledges an $85 million recycled-water pipeline, pauses its $1.2 billion
  // expansion; the Arizona Groundwater Commission reviews its permits and orders a one-third cut, the county
  // board holds a hearing and passes a one-year moratorium 3-2, 58 households sue. themes.json and subject.json
  // committed before the articles, labels before any run, written without reading the summarizer. Measured
  // untuned at 796a9eb: 11/23 facts (missed: the 140 dry wells, Delia Ortega, the 38-foot drop, the $25,000-
  // $40,000 well cost, the $5 million well fund, Karen Ashby, the 310 jobs, Chairman Dunaway, the 3-2 vote;
  // the 2024 emails, the state review and the one-third cut are stated but in the water section); 19/26
  // themed as labelled (05, 08 and 15 company -> water; 09, 14 and 17 politics -> water; the undated radio
  // feature 04 set aside as topic-in-passing, hence coverage 16/17). No hard negative gets a theme: the
  // Georgia wells story (20) and the Sorrel Flats co-op's rate rise (24), which name the story once in
  // passing, Vantrel's earnings (18), the 2023 groundbreaking (19), Colorado River cuts, the Michigan
  // bottler's suit, Nevada's data center rules and both plainly off-topic articles; --strict passes.
  // Since: "The second phase, two buildings announced in March, ..." leans back; Karen Ashby's pledge takes the
  // slot (+1 fact).
  'datacenter-water': { factRecall: 0.522, coverage: 0.941, themeAccuracy: 0.769, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: Tobias 'Toby' Renwick, 19, a first-year at the invented Whitlow State University (Greyhaven,
  // in the invented state of Tallis), dies after a Sigma Tau Rho pledge night (8 Feb - 6 Mar 2026): the
  // 0.41 blood alcohol and alcohol poisoning, 11 members charged (four with involuntary manslaughter, the
  // chapter president Lindqvist among them), not-guilty pleas and $50,000 bail, all 28 fraternities and
  // sororities suspended, the chapter's charter revoked, the 2023 and 2025 complaints, the outside review
  // (14 complaints since 2019, none referred to police, 22 recommendations), the president's apology, the
  // vigil of 3,000, the family's $40 million wrongful-death suit, 'Toby's Law' (felony, up to 10 years)
  // and its 7-2 committee vote. themes.json and subject.json committed before the articles, labels before
  // any run, written without reading the summarizer. Measured untuned at 9417e36: 17/24 facts (missed:
  // alcohol poisoning, the 3:51 photo and late 911 call, the revoked charter, Ibsen/Hollins Baird, the
  // parents by name, Nwosu or 'Toby's Law' by name, the 7-2 vote); 24/25 themed as labelled (AP's lawsuit
  // story 11 lands in charges; the Sentinel's twin 12 carries the lawsuit item in family-law); coverage
  // 16/16 (11 cited only on the not-guilty item). No hard negative gets a theme: the two that name the
  // story once in passing (the Fenwick bar manslaughter case 18, Corvane Mutual's earnings 20) and a third
  // (Ardenne's felony law 22),
  // the chapter's own record rush and renovated house in Sept. 2025 (19: Lindqvist, Pruitt, Calder Street),
  // the Navy court-martial, the Brightwater football hazing video, the Port Ellery sorority probation and
  // both plainly off-topic articles; --strict passes.
  // Lowered on purpose: an item opening on "The couple"/"The money"/"The fund"/"The emails" leans on a sentence the
  // reader never saw, and carried a fact; it no longer opens an item (README, Digest quality).
  // Lowered on purpose (0.667 -> 0.625): with "By Priya Tallent, Ledger staff writer | Updated 6:15
  // p.m." read as a byline (it stood as the first sentence of article 02), 02's lede merges with three
  // reports of the death and the suspension and vigil items give way to weaker ones of the same articles.
  'hazing-death': { factRecall: 0.792, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: a charter bus carrying the invented Marlow Springs High School Marching Hawks (Tamarack)
  // overturns on Interstate 58 near Dunmore on the night of April 18, 2026 (four students and a chaperone
  // dead, 41 hurt; the NTSB's recorder, 78 mph, 16 hours 20 minutes on duty, brakes out of adjustment;
  // toxicology; the reckless-homicide charge; Brightway Charter Lines' 19 violations and conditional rating,
  // the FMCSA imminent-hazard order, the wrongful death suits, the $5 million policy, the school board's
  // travel rules, the Marching Hawks Act on seat belts; the vigil, the funerals, the last student home);
  // themes and subject committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned at 0a70ff9 (code as 3ecead3): 11/24 facts (missed: seven critical, the
  // victims by name, Oyelaran's funeral, Achterberg, the data recorder, the 15-hour limit beside 16 hours,
  // three of six brakes, toxicology, the conditional rating, the wrongful death suits in company, the
  // $5 million policy, the board's 10 p.m. rule, the 2016 belt rule); 24/26 themed as labelled (Reuters'
  // lawsuit story 13 lands in crash, 5.68 against company 2.35, and its item goes there; the school board's
  // travel rules 14 in crash, 3.16 against 2.33, with its item); coverage 17/17 (the AP vigil twin 05 and
  // the undated 17 only in alsoIn). No hard negative gets a theme: the casino tour bus 18 and the fog
  // pileup 22 (each naming the story once in passing), the coach maker's earnings 19 (one passing
  // sentence), Brightway's own 2025 garage 20 (topic fit 0.93), the soccer van 21, Corvalia's school-bus
  // belts 23, Glen Orchard's band title 24 and both plainly off-topic articles; --strict passes.
  'bus-crash': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented Corvane Motors recalls 812,400 Tamarack and Halden SUVs over rear brake lines
  // that chafe, corrode and leak (8 Jun - 8 Jul 2026): 23 crashes, NHTSA's February probe and its
  // timeliness query, the engineer's October email, the House hearing and the CEO's 'too slow', dealers
  // out of parts, loaners for any owner who asks, the class action, the 9.4% share fall, the cut forecast
  // and $1.3 billion charge, the new quality chief, the supplier Velmar. themes.json and subject.json
  // committed before the articles, labels before any run, written without reading the summarizer.
  // Measured untuned at 369b8a0: 10/24 facts in section (R6, the don't-drive advice, counts only through
  // 'soft pedal' and 'drivers' in the recall item); 19/26 themed as labelled: seven owners or regulators articles
  // land in recall (04 shares, 06 AP's query, 08/09 the class action pair, 11 the email and hearing call,
  // 14 the supplier, 15 the hearing); coverage 17/17 (03, 07, 09 and 12 only in alsoIn). No hard negative
  // gets a theme (the Sorai airbag recall, Halberd's earnings and the Brennholt buses each name the story
  // once in passing; Corvane's 2025 camera recall; Gallant's NHTSA fine; the e-bike recall; the Port
  // Carrow odometer suit; the truck-braking rule). Two standalone failures, read as first-mention surnames:
  // 'A week after Corvane Motors recalled...' (Corvane from 'Broadbent Corvane') and 'Miriam Castellano
  // also announced that Corvane would provide a free loaner...' (Tamarack from 'Corvane Tamarack');
  // --strict passes.
  // The two standalone failures were the checker's: 'Corvane Motors' and 'a recalled Tamarack' name no person (fixed in standalone-check.ts).
  'car-recall': { factRecall: 0.417, coverage: 1, themeAccuracy: 0.808, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented state of Marren (capital Harlow Springs) shuts down part of its government after
  // Gov. Renata Vance vetoes the Legislature's no-tax budget over her millionaire surcharge (30 June - 16 July
  // 2026): 14,500 workers furloughed, 42 parks and 61 motor vehicle offices closed, the lottery halted, Judge
  // Marsh's ruling on Medicaid, child-care and essential-worker pay, Colbeck's rating review and the postponed
  // $650 million bond sale, the 14-day stopgap failing 18-20, 212 road projects halted, Lake Tessaly's
  // businesses, the three-hour meeting, the deal ($2 million threshold, three years, $900 million in cuts,
  // $400 million of reserves, back pay), the 74-25/27-12 votes and the $310 million cost. themes.json and
  // subject.json committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned with the code of 3ecead3: 10/24 facts (11/24 anywhere: the $310 million cost
  // is a shutdown item); 23/26 themed as labelled (the road contractors 12, Pine Hollow's businesses 14 and the
  // cost-and-reopening story 17 land in shutdown, not economy); coverage 17/17 (04 parks and 13 food bank only
  // in shutdown's alsoIn). No hard negative gets a theme: the two that name the story once in passing (Port
  // Haddon's city budget 18, Granite Ridge's earnings 21), Marren's own on-time 2025 budget (20), the Oregon
  // park wildfire, the Rexford downgrade, the Bellmont furloughs, the Texas tag-office ransomware and both
  // plainly off-topic articles; --strict passes.
  'state-shutdown': { factRecall: 0.583, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg16): a toxic blue-green algae bloom on the invented Lake Ondessa puts microcystin in
  // the tap water of Brenmoor, an invented city in the invented state of Miskota (Aug. 1-19, 2026: the
  // do-not-drink order for 400,000 at 1.8 micrograms per liter, bottled water sold out and the National
  // Guard, hospitals and restaurants, 37 ill, the order lifted after four days; phosphorus runoff and a
  // record-warm July, the state's daily-testing order, Gov. Aldous's $120 million runoff plan and the
  // farm groups' pushback; the canceled waterfront festival, hotels, fishing charters, the residents'
  // suit over a nine-hour delay, the $22 million bill); themes and subject committed before the
  // articles, labels before any run, written without reading the summarizer; measured untuned at
  // f8bea3a (code as 26db536): 11/24 facts; 22/26 themed as labelled (the undated Blue Heron Grill
  // feature 06 lands in water, 1.05 against toll 0.44; the state's testing review 10 in water, 2.08
  // against cause 1.40; the residents' suit 16 in water, 2.86 against toll 0.86, so its nine-hour-delay
  // item sits in the water section); coverage 17/17 (03, 06 and 10 only in alsoIn). One hard negative
  // leaks: the Oregon reservoir advisory 18 (Dorrance Reservoir, whose second-to-last paragraph names
  // Brenmoor's four-day order) gets theme water and is cited as a second source of two items (the
  // order lifted, the governor's plan), hence the one known failure. The other passing mentions (the
  // fertilizer maker's earnings 19, Iowa's nitrate rules 23), the utility's own April pumping station
  // 20, the red tide 21, the Texas boil-water notice 22, the Arizona billing suit 24 and both plainly
  // off-topic articles get no theme.
  // +1 fact since: the charter captain's scene-setting opening makes no item, and the fleet's $700,000 loss takes its place.
  'algae-bloom': {
    factRecall: 0.542, coverage: 1, themeAccuracy: 0.885, leaks: 1, nearDuplicates: 0, strict: false,
    knownFailures: ['2 themed item(s) cite an off-topic article'], standaloneItems: 0, datelines: 0,
  },
  // Held out: Renata Holloway, president of the invented Kessling State University (Bramwell, in the invented
  // state of Ashford), is accused of plagiarism in her 2003 dissertation and papers (6 Jan - 4 Feb 2026): the
  // sleuth Gareth Mullane's 22 passages, the Courier-Dispatch's 31, Miriam Okafor's article, 'imprecise
  // citation', the Pemberton Hale review, the 61-19 faculty no-confidence vote, the 800-student rally and the
  // counter-rally, Marvin Delacroix's paused (then resumed) $30 million gift, 'duplicative language' in 14
  // places, her resignation with a $1.4 million severance, the lawmakers' cap bill, and Provost Samuel
  // Achterberg as interim president. themes.json and subject.json committed before the articles, labels
  // before any run, written without reading the summarizer. Measured untuned with the code of 6624f9e: 12/24
  // facts (13/24 anywhere: the resignation is an allegations item); 23/25 themed as labelled (both reports of
  // the resignation and severance, 14 and 15, land in allegations, not board); coverage 17/17 (01, the
  // sleuth's first report, only in allegations' alsoIn). No hard negative gets a theme: the three that name
  // the story once in passing (Dunmore's no-confidence vote 19, Halvern's retractions 20, Originex's
  // earnings 21), Holloway's 2022 hiring (18), the Corliss State severance audit, the plagiarised novel, the
  // Marlowe strike and the hockey report; --strict passes.
  'president-plagiarism': { factRecall: 0.583, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: an electrical fire in a 1978 power cable fills the Crescent Line tunnel of the invented city of
  // Lorimer, Merrion, at rush hour (20 Oct - 10 Nov 2026): a train stalls between Tanner Street and Harbor
  // Square, about 300 passengers walk out, 40 treated, 14 in hospital, Walter Ostrand dies; the line shut a
  // week (120 shuttle buses, Amber Line crowding); the 2019 flag and three deferrals, Voss at the council,
  // the federal regulator's preliminary report (dead radio, failed fan, 60-day order); $62 million asked,
  // $40 million approved; a wrongful-death suit and a class action. themes.json and subject.json committed
  // before the articles, labels before any run, written without reading the summarizer. Measured untuned
  // with the code of 26db536: 13/24 facts (15/24 anywhere: the class action and the reopening are fire
  // items); 22/26 themed as labelled (the reopening 09, the family's suit 13, the class action 14 and the
  // state money 17 land in fire, not riders); coverage 17/17 (16, the operator's account, only in fire's
  // alsoIn). No hard negative gets a theme: the two that name the story once in passing (Tarrant Bay's
  // trash fire 18, Halvard Cable's earnings 19), the authority's own 2024 fare increase (20), the Eastmoor
  // apartment fire, the Pellston derailment, the Port Keswick brake fire, the Rosskeen escalator suit and
  // both plainly off-topic articles; --strict passes. One standalone failure: 'Ostrand was among about 300
  // passengers...' (04's second paragraph) opens with a surname the section never introduced.
  // Its one standalone failure ('Ostrand was among...') is gone: a full name with an age after it is a person's now.
  'subway-fire': { factRecall: 0.667, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg17): about 6,000 nurses of the Kenwater Nurses Association strike Corwen Health, the
  // four-hospital system of the invented city of Marlbridge, Kenwater, for five days (notice March 5, strike
  // March 16-21, 2026): 1,400 replacement nurses from Bridgeway Clinical Staffing, 650 postponed surgeries, 18
  // babies moved from the NICU, 31 hours of ambulance diversion, the heparin-overdose complaint to the state,
  // Mayor Tran and Sen. Olmsted (SB 412), the mediator Marchbanks, the tentative deal (ratios 4:1 and 2:1, 19%,
  // 450 hires), ratification by 92%, the $60 million cost ($41 million agency, $34 million quarterly loss,
  // $210 million contract) and Castlerock's negative outlook. themes.json and subject.json committed before
  // the articles, labels before any run, written without reading the summarizer. Measured untuned at
  // bcfed60: 11/24 facts (12/24 anywhere: the $19 million of lost revenue is a patients item); 24/25 themed
  // as labelled (the return to work without a deal, 12, lands in talks, not patients); coverage 17/17 (02 and
  // 07 only in alsoIn). No hard negative gets a theme: the two that name the story once in passing
  // (Ferrisburg's strike 18, Allcare's earnings 19), Corwen's own 2025 technicians' contract (20), the flu
  // diversions, the Ossory ratio bill, Castlerock's Sabine downgrade, the Brookvale nursing homes and the
  // hockey game; --strict passes. One standalone failure: 03's lede ('...at Corwen Children's Hospital...')
  // is flagged first-surname 'Hospital (Memorial Hospital)', a hospital name taken for a person.
  // Its one standalone failure was the checker's ('Memorial Hospital' read as a person); fixed there.
  // SAME_STORY 0.44 (twenty-sixth stop): a second same-day telling gives way to a new point.
  'nurses-strike': { factRecall: 0.625, coverage: 1, themeAccuracy: 0.96, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: the invented software company Norvessa cuts about 11,000 jobs (14% of its staff) while
  // spending $18 billion on AI (13 Jan - 9 Feb 2026): shares up 6.2%, Dana Whitcombe's memo, mass-layoff
  // notices for 2,340 jobs in Marlow Bay and 610 in Ashgrove, about 1,300 visa holders on a 60-day clock,
  // a union drive and a 4,800-signature petition, Sen. Pryce's letter on severance and offshoring and the
  // company's reply (1,050 jobs abroad, visa holders paid to May 15), a $1.4 billion restructuring charge,
  // Depot Street restaurants and the Harborview landlord. themes.json and subject.json committed before
  // the articles, labels before any run, written without reading the summarizer. Measured untuned with the
  // code of 963e19d: 12/24 facts (none more anywhere); 23/26 themed as labelled (Pryce's letter in the
  // Ledger 10 and the undated alumni job-hunt group 13 go to cuts, the company's reply 16 to workers);
  // coverage 17/17 (the memo 03 and 13 only in cuts' alsoIn). No hard negative gets a theme: the three that
  // name the story once in passing (Tessellate 18, Granite Mutual 19, Granby's office vacancy 24), the
  // company's own 2023 Ashgrove opening (20), Calderon Cloud's earnings, Delmont's plant notice, the
  // Emberfall union vote and both plainly off-topic articles; --strict passes.
  'tech-layoffs': { factRecall: 0.583, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: after a week of rain (9.3 inches), Lindqvist Ridge collapses at 2:40 a.m. onto the invented
  // mountain town of Marrow Pass (invented state of Tolliver), burying 12 homes and State Route 41 (15 Nov -
  // 12 Dec 2026: eight dead, 340 evacuated, an abandoned Hollis Timber logging road and the transportation
  // department's 2019 highway cut, its own 2024 memo on cracks, the families' suits, FEMA aid and 47 buyouts);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned at 9b1d11c: 11/24 facts (slide 5/8, cause 3/7, recovery 3/9;
  // the shelter fact only through the leaked California item); 19/26 themed as labelled: the closure (11),
  // buyouts (14), businesses (15) and memorial (17) land in slide, the lawsuit (12) in cause; coverage 17/17.
  // Two hard negatives get items in slide: the California burn-scar evacuations (22) and the Oregon debris
  // flow (19, which names Marrow Pass once in passing); 19 gets a second item in cause, and that item carries
  // 'Tillbrook' (a leak marker in the labels' boilerplate), hence the known failure. The other passing
  // mention (Cordell's earnings 21), the 2025 repaving of Route 41 (20) and the other negatives get no theme.
  // One standalone failure: 'The cadaver dog stopped ... near the old Galloway garage' (06's lede) uses the
  // surname before the full name.
  // Its one standalone failure was the checker's ('near the old Galloway garage' read as a first mention); fixed there.
  landslide: {
    factRecall: 0.5, coverage: 1, themeAccuracy: 0.769, leaks: 2, nearDuplicates: 0, strict: false,
    knownFailures: ['1 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0,
  },
  // Held out (prereg18): the invented Nordliga club FC Varnholm sells its 22-year-old forward Mikkel Sandvold to
  // the invented English club Ashcombe United (14 Jul - 4 Aug 2026: the 38 and 46 million pound bids rejected,
  // the transfer request and training alone, the 58 million pound fee with 9 million in add-ons and a 15% sell-on,
  // the medical and the 185,000 a week contract, 96 million euros of debt and the 61 million stadium loan, the
  // auditors' warning, Ashcombe's 212 million summer under the league's spending rules, the fans' protests and
  // march, the farewell letter, the 4.5 million euro replacement Renvall); themes.json and subject.json committed
  // before the articles, labels before any run, written without reading the summarizer. Measured untuned with
  // the code of 64fc1a8: 16/24 facts (deal 7/9, finances 6/9, fans 3/6); 25/25 themed as labelled; coverage
  // 17/17 (the fee story 09 and the coach's undated news conference 04 only in alsoIn). No hard negative gets a
  // theme: the three that name the story once in passing (Redgate's midfielder 19, Kragsund's licence 20,
  // Korvex's earnings 21), Varnholm's own 2023 sale of Kvale (18), the Roncelles sale, the Dunmore sit-in, the
  // Thornbury points deduction and the watch review; --strict passes. One standalone failure: the lead item opens
  // on the AP fee story's second sentence, 'Varnholm will also receive 15% of any profit if Ashcombe sell
  // Sandvold...' (first-surname Sandvold).
  'star-transfer': { factRecall: 0.708, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out: Port Calder Regional Transit (invented port city of 640,000, invented state of Lanford) faces a
  // $180 million gap as federal relief runs out (1-23 Apr 2026: fare $2 to $2.75, 19 of 64 bus routes and
  // trains after 10 p.m. to go, 640 jobs; packed hearings, Calder State's $3 million for Route 9, 2,300
  // paratransit riders outside the zone, downtown night workers; the mayor's $45 million, a $38.2 million
  // overtime audit, the ridership report, the House's $60 million, the council's half-cent ballot measure;
  // the revised plan and the board's 7-2 vote for $2.50, 11 routes, trains to midnight); themes.json and
  // subject.json committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned at aff9091: 11/24 facts (budget 4/9, riders 4/8, politics 3/7); 21/26
  // themed as labelled: the Ledger's proposal (02), the ridership report (10) and the revised plan (13) land
  // in riders, the House committee (11) and the House vote (14) in budget; coverage 17/17 (10 and 14 only
  // in alsoIn). No hard negative gets a theme (PCRT's own 2024 budget, Brannock Valley's cuts, Northgate
  // Coachworks' earnings, the Lakemont school buses, Brennard County's road tax, Skyrun Air's routes, the
  // Ellington strike, and both plainly off-topic articles); --strict passes.
  'transit-cuts': { factRecall: 0.458, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg18): Phase 3 results of talvenemab, the Alzheimer's antibody of the invented drugmaker
  // Varrow Therapeutics of Linwood Crossing, N.J., and what follows (6 Oct - 3 Nov 2026: 27% slower decline
  // over 18 months in 1,796 patients, brain swelling in 21% and 39% of APOE4 homozygotes, two deaths, the
  // conference and journal, the shares' 41% rise and 18% fall, the filing with a priority review voucher,
  // the 186 neurologists' letter and the 48,000-signature petition, the $29,500 list price, Medicare's
  // registry and Crestline's exclusions, the Feb. 26 decision date and Jan. 21 advisory committee, a memory
  // clinic's infusion chairs, a family, patients' costs, the rival Remyra); themes.json and subject.json
  // committed before the articles, labels before any run, written without reading the summarizer.
  // Measured untuned with the code of 64fc1a8: 11/24 facts (results 5/10, approval 4/8, patients 2/6);
  // 24/25 themed as labelled: the outlet-less family feature (15, the Tillotsons) is set aside as
  // unlike-batch and is the one uncited on-topic article (coverage 16/17; 11 only in approval's alsoIn).
  // No hard negative gets a theme: the passing mentions (Stenholm's Parkinson's drug 18, Medicare's
  // weight-loss pilot 19) are set aside as topic-in-passing, Corbel's earnings (21), Brightmoor's pill (22),
  // Quenwell's ALS panel (23) and the caregiver grants (24) as no-topic-terms; Varrow's 2025 plant (20) and
  // the fitness band review get none. The 186 neurologists' letter (09) makes an item in patients.
  // One standalone failure: 'Patients would also need regular MRI scans... Her center already has more
  // than 400 people...' (03; 'Her' is Dr. Ingrid Fallon, named only in sentences the item leaves out).
  // A feature that opens on a scene is not set aside as unlike the batch (prereg27): the family's story 15 is in.
  'alzheimer-trial': { factRecall: 0.5, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg19): Measure H, a ballot measure in the invented city of Harlow Springs, in the invented
  // state of Calverra, capping annual rent increases at 5% on apartments built before 2008 and creating a
  // Rent Stabilization Board (13 Oct - 13 Nov 2026: the council's 5-4 endorsement and the mayor's no, the
  // Tenants Union's canvass, the university rent study, the Carver Court sale and 24% notices, the $7.4
  // million No campaign, eviction filings, the rally, the 1,825-vote win, the landlords' suit, the
  // builders' pause, the rent board); themes.json and subject.json committed before the articles, labels
  // before any run, written without reading the summarizer. Measured untuned at 5004b22 (code as
  // e683f14): 8/24 facts; 21/26 themed as labelled (the study pair 05/06 lands in tenants; the money
  // story 08 in housing-market; the builders' pause 15 in measure; the rally 10 in measure); coverage
  // 17/17 (03 and 07 only in alsoIn). No hard negative gets a theme (the 2024 council vote, the Dorrance
  // freeze, Tamberlane's earnings, the Lakemont study, the Measure J bond, the Vellmar towers, the Marston
  // settlement). --strict passes; no standalone failure, no dateline.
  'rent-control': { factRecall: 0.333, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg19): the federal fraud trial of Celeste Marren, founder of the invented home blood-testing
  // start-up Lumera Diagnostics of Harlow Point, Westmark (2-27 Feb 2026: closing arguments, the jury's split
  // note, the verdict of guilty on four investor counts, acquitted on five including every patient count, a
  // mistrial on the Orvale count; the June 18 sentencing date and $2 million bond, jurors speaking, the SEC's
  // bid to lift the stay on its civil case, a state bill on home-test devices, co-defendant Graham Toller's
  // April 20 trial, the trustee's $31 million estate and $18 million patient fund, a start-up culture and
  // board analysis); themes.json and subject.json committed before the articles, labels before any run,
  // written without reading the summarizer. Measured untuned with the code of e683f14: 8/24 facts (trial 4/9,
  // investors 2/7, patients 2/8; the $18 million patient fund is carried in investors, not patients); 25/26
  // themed as labelled (the patients-await-verdict feature 03 lands in trial); coverage 17/17, no alsoIn.
  // No hard negative gets a theme: the passing mentions (Corlane's earnings 18, Zipwell's founder 19), Lumera's
  // own June 2021 round (20), the Tessaro clinic verdict, the Quillon lab suspension, the venture funding
  // report, the Haulstar SEC suit and both plainly off-topic articles; --strict passes.
  'fraud-verdict': { factRecall: 0.417, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg19): the first moon mission of the invented Selene Dynamics of Harwick, Texas, whose
  // uncrewed Meridian lander carries NASA and university instruments to the lunar south pole under a
  // $118.4 million NASA contract (14 Apr - 8 May 2026: launch from Cape Sorrel, a helium/thruster fault and
  // a skipped burn, lunar orbit, touchdown near Drummond crater tilted 22 degrees, 14 first images, six of
  // eight instruments on, Carrow State's neutron spectrometer finding 0.3-0.6% ice, 40% power and NASA's
  // drill never switched on, silence on 6 May three days early, shares -18%/+56%/-9%, NASA's $16.4 million
  // held back, Pike's praise and Rep. Carraway's questions, rival Perihelion's Talon slipping to September);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned with the code of 1f49e1f: 12/24 facts (mission 4/7, science
  // 4/8, business 4/9); 25/26 themed as labelled: NASA's praise and withheld payment (15) lands in science
  // (its Pike quote on the ice readings makes a science item). The first-images story (08) is only in
  // science's alsoIn (coverage 17/17 with it, 16/17 by citation). No hard negative gets a theme: the
  // passing mentions (asteroid probe Wayfarer 18, Antarctic ice core 19, Castellan Orbital's earnings 21),
  // Selene's own 2025 test-stand fire (20), the lost Pellucid lander (22), Skyhaven-4 (23), the Mars lander
  // Ardent (24) and both plainly off-topic articles get none.
  'lunar-landing': { factRecall: 0.542, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg20): the Marrowfield Insulin Affordability Act (House Bill 1182) of the invented state of
  // Marrowfield, a $35 monthly insulin co-pay cap in state-regulated plans plus a state program to import
  // insulin from Canada (2 Feb - 3 Mar 2026: the Senate's 27-21 final vote, Gov. Castellane's signing, the
  // Alliance for Medicine Innovation and Vantero's suit against the import part, rationing before the cap,
  // insurers' 2.4% premium warning against the actuary's 0.6%, the rebate blame, the import office and its
  // Winnipeg wholesaler, the first-week pharmacy shortages (58 of 212) and recovery, the uninsured left out,
  // the FDA's caution, Judge Marchetti's denial of the injunction, Crestline's 1.9% filing, Tollan's copy
  // bill); themes.json and subject.json committed before the articles, labels before any run, written
  // without reading the summarizer. Measured untuned with the code of 6f69d63: 11/23 facts (law 4/9,
  // patients 2/8, industry 5/6); 26/26 themed as labelled; coverage 17/17 with alsoIn, 12/17 by citation
  // (the signing 03, the uninsured 12, the judge's ruling pair 14/15 and Tollan 17 only in alsoIn). No hard
  // negative gets a theme: the passing mentions (Vellshire's epinephrine cap 18, Vantero's earnings 20), the
  // 2023 Marrowfield bill (19), Carrick's import program (21), the pump recall, the amoxicillin shortage, the
  // diabetes walking study, the vape injunction and the basketball game. --strict passes; no standalone
  // failure, no dateline.
  'insulin-law': { factRecall: 0.522, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg20): the invented port city of Port Verity, in the invented state of Oriel, bids for the
  // 2036 Summer Olympics (28 Sep - 26 Oct 2026: the $7.4 billion plan with 31 venues, 27 existing or temporary,
  // the 68,000-seat Gullhead Point stadium and the Fennick Yards village; Oriel State's study putting the
  // public bill at up to $9.6 billion against the bid's $2.1 billion; the governor's $3 billion backstop and
  // the mayor's guarantee letter; Tidewell Bank's $120 million and $410 million in sponsors; No Games Port
  // Verity's petition, 52,300 signatures, 44,910 valid; Lower Carrow's eviction fears; Valmera's 5.2 billion
  // euro guarantee; the IOC evaluation visit and Solvang-Roux's 'public support must be demonstrated'; the
  // 9-4 council vote for a 9 Feb referendum; the 41-52 poll; the $640 million cut). themes.json and
  // subject.json committed before the articles, labels before any run, written without reading the
  // summarizer. Measured untuned with the code of 6f69d63: 10/23 facts (bid 4/7, costs 4/8, opposition 2/8;
  // 13/23 in any section: Valmera's guarantee is carried in costs, the $640 million cut and the protest
  // march in bid); 24/26 themed as labelled: the budget cut (17) lands in bid, and the undated Lower Carrow
  // feature (09) gets no theme; coverage 16/17 (09 uncited). No hard negative gets a theme: the passing
  // mentions (Ridgefield's stadium bonds 18, Sorrel Bay's Expo evictions 19, Halvard's earnings 21), the
  // council's own 2025 Gullhead Point soccer stadium deal (20), Brunnfeld's Winter Games referendum, Tarrow
  // Bay's overrun, Drenmoor's village and both plainly off-topic articles get none; --strict passes.
  'olympics-bid': { factRecall: 0.478, coverage: 0.941, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg20): 17 authors led by novelist Teodora Vance and the Federated Book Publishers
  // Association sue the invented Larkspur AI, saying its Wren chatbot was trained on 410,000 books from the
  // pirate library ShelfVault (6 Apr - 5 May 2026: the suit, Larkspur's fair use defence, Judge Szabo denying
  // dismissal of the piracy claims and trimming the output claim, Renner's 'legally grey but the data is
  // gold' emails from discovery, 38 more authors joining, licensing deals with Corbel House and Meridian &
  // Finch, the $3.2 billion Halvard round and the Cascadia pension fund's letter, the Bratley-Ferrante
  // disclosure bill, rival Vireo Labs' $310 million settlement, the Writers' Compact letter and rally);
  // themes.json and subject.json committed before the articles, labels before any run, written without
  // reading the summarizer. Measured untuned with the code of 6f69d63: 11/23 facts (lawsuit 5/10, industry
  // 3/7, writers 3/6); 21/25 themed as labelled: Reuters' filing story 02 lands in writers, the authors-join
  // story 09 in lawsuit (its 38/55 item there), the undated pension-fund letter 16 in lawsuit and the Vance
  // interview 17 in industry. Coverage 17/17. No hard negative gets a theme: the passing mentions (Cadenza
  // Audio 18, Prismata 19, Halcyon Media's earnings 21), Wren's 2024 launch (20), Open Stacks (22), the
  // Canadian bill (23), Earshot's narrators (24) and the e-reader review get none; --strict passes.
  // Lowered on purpose: an item opening on "The couple"/"The money"/"The fund"/"The emails" leans on a sentence the
  // reader never saw, and carried a fact; it no longer opens an item (README, Digest quality).
  'ai-copyright': { factRecall: 0.522, coverage: 1, themeAccuracy: 0.88, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg21): the worst mass bleaching on record of the invented Corvina Reef off the invented Pacific
  // island nation of Malvane (2 Feb - 2 Mar 2026: the marine parks authority's aerial survey, 312 of 380 reefs
  // (82%) bleached; 31.4 C and 14 degree heating weeks; divers' 38% dead in the north, 70% at Lantern Shoals;
  // Keel Bay's bookings down 45%; Saltmarch's fishers; nine sites closed; Tessier's M$85 million recovery fund
  // and its departure tax; the institute's heat-tolerant nursery (4,000 fragments, 90% healthy) and Sorelle's
  // shade-cloth trial; the World Natural Heritage Council's June 'in danger' review; the Tidewater study's '30
  // times more likely'; Cyclone Ondine's cooler water). themes.json and subject.json committed before the
  // articles, labels before any run, written without reading the summarizer. Measured untuned with the code of
  // 378a70f: 11/24 facts (bleaching 3/8, science 4/6, economy 4/10; 12/24 in any section: the attribution
  // study's '30 times' is carried in bleaching); 25/26 themed as labelled: the attribution study (14) lands in
  // bleaching. Coverage 17/17 with alsoIn, 14/17 by citation (the divers' mortality survey 04, the undated
  // Saltmarch feature 06 and the dive-boat ferries 16 only in alsoIn). No hard negative gets a theme: the
  // passing mentions (Amaranth Atoll's bleaching 18, ReefForge's funding round 19), the authority's own 2025
  // coral-cover survey (20), Tidemark's earnings (21), the Skarvik salmon heatwave (22), Cyclone Pema (23),
  // the Ardent Plains attribution study (24) and both plainly off-topic articles get none; --strict passes;
  // no standalone failure, no dateline.
  'coral-bleaching': { factRecall: 0.583, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg21): the invented Lumen Media Group (Lumen+) agrees to buy the invented streaming rival
  // Castwave for $38 billion (5 Oct - 2 Nov 2026: $12 cash plus 0.85 share, about $31.50, a 29% premium; 142
  // million subscribers; $3.2 billion of savings; Castwave up 22%, Lumen down 9%; $61 billion of debt and
  // Kestrel's downgrade watch; 2,400 job cuts and the Castwave app shut; the Dec. 17 shareholder vote; the
  // Federal Competition Bureau's second request; Sen. Kolodny's letter, the 31% share and the Nov. 18
  // hearing; the Open Screens Project's call to block; the writers' and actors' unions and the $4 billion
  // programming pledge they want; Vantage TV's $4.99 plan; the APBL's $4.2 billion contract review;
  // 'Saltmarsh' kept and up to 40 series pulled). themes.json and subject.json committed before the
  // articles, labels before any run, written without reading the summarizer. Measured untuned with the
  // code of 378a70f: 15/24 facts (deal 8/10, regulators 3/6, viewers 4/8; none more in another section);
  // 25/26 themed as labelled: the senator's letter (10) lands in deal, though its item sits in regulators;
  // coverage 17/17 (12 and 15 only in alsoIn). No hard negative gets a theme: the passing mentions (the
  // Northway cable deal 18, Tunebarrow's price rise 19, the Fieldpass soccer rights 24), Lumen+'s own
  // January 2026 price rise (20), Pellham's earnings, Norvale's blocked broadcaster merger, the game actors'
  // strike, the banks' shareholder vote and the streaming-stick review get none; --strict passes. One
  // standalone failure: the Vantage TV price-cut item, 'Vantage' taken for a surname the headline ('Rival
  // Vantage TV cuts...') introduced in full.
  'streaming-merger': { factRecall: 0.708, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg22): measured untuned at c4660b5.
  // 10/25 facts, 17/17 covered, every article themed as labelled, no hard negative cited; one standalone failure ('St' of 'How St. Aldric' taken for a surname:
  // the checker's, fixed there).
  'hospital-closure': { factRecall: 0.48, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg22): measured untuned at 15d434c.
  // 11/24 facts, 22/26 themed as labelled (15, 17 in vote, 08 in company; the Brightwater contract 24, a hard negative, cited in fallout: the leak and the boilerplate failure), one standalone failure
  // ('Halvern' of the headline 'After Halvern vote...' taken for a person: the checker's, fixed there).
  'union-drive': { factRecall: 0.667, coverage: 1, themeAccuracy: 0.923, leaks: 1, nearDuplicates: 0, strict: false, knownFailures: ['1 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0 },
  // Held out (prereg22): measured untuned at 9129d2e.
  // 7/24 facts, coverage 17/17, no leak; 22/26 themed as labelled (lawsuit 15 and council apology 14 in failures, lab audit 09 and first-weeks feature 06 in release).
  // Twenty-fourth stop: 9/24 -> 8/24. The photo-lineup fact (F2) was told only by an item whose "his"
  // stood for nobody it named ("...showed her his picture"), and "...a day after she vacated his
  // conviction" went too (pronounWithoutPerson): Manship's petition (F9) came in, the 63-case review's
  // count (F6) went with the detail the other review item now tells.
  exoneration: { factRecall: 0.333, coverage: 1, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg23): measured untuned at 6c9bac3.
  // 12/25 facts, 17/17 covered, no leak; 24/26 themed as labelled (first exempted cargo 17 in markets, exemptions 15 in importers); two standalone failures, both
  // the checker's ('Drought-hit Varenia', 'Unless Varenia' read as people), fixed there. 25/26 with the label's 0.15 background.
  'grain-export-ban': { factRecall: 0.48, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg23): measured untuned at d7380eb.
  // 14/25 facts, 16/17 covered (the court story 12 gets no theme, 'unlike-batch'); 23/26 themed as labelled (the attack pair 01/02 lands in services), no hard negative cited, --strict passes.
  'city-ransomware': { factRecall: 0.64, coverage: 0.941, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg23): measured untuned at 185d323.
  // 10/25 facts, 17/17 covered, no hard negative cited; 25/26 themed as labelled (the Reuters solicitation 11 in project: project 4.84, politics 2.643).
  // SAME_STORY 0.44 (twenty-sixth stop): a second same-day telling gives way to a new point.
  // A neighbour's sentences told in its article's other candidates (thirtieth stop): the cancellation told once, +1 fact.
  'offshore-wind': { factRecall: 0.52, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg24): measured untuned at 81665a9.
  // 15/23 facts, 17/17 covered, no hard negative cited, --strict passes; 24/26 themed as labelled (the court filing 10 in opposition: opposition 7.072, decision 6.434; the marsh 13 in decision: decision 1.87, opposition 1.447).
  'runway-expansion': { factRecall: 0.652, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg24): measured untuned at c611377.
  // 12/25 facts, 17/17 covered, no hard negative cited; 24/26 themed as labelled (the governor's fund 12 in stores, the closures-and-lenders Reuters 05 in filing).
  'pharmacy-bankruptcy': { factRecall: 0.56, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg24): measured untuned at 7757d68.
  // 14/25 facts, 17/17 covered, no hard negative cited; 24/26 themed as labelled (the commission review 05 and ParlayPoint's monitoring 04 in investigation, not industry).
  'betting-scandal': { factRecall: 0.64, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg25): measured untuned at a44d662.
  // 12/25 facts, 17/17 covered, no hard negative cited, --strict passes; 25/26 themed as labelled (Flicktide's Keystile age checks 04 in law: law 2.401, platforms 1.718).
  // Since then, from its review: "The law ..." is read with the sentence before only when that one names a law (12 -> 14).
  'teen-social-ban': { factRecall: 0.6, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg25): measured untuned at 9a29f94.
  // 15/25 facts, 16/17 covered (the plant feature 08 gets no theme: case 0.629, company 0.527), no hard negative cited, --strict passes; 25/26 themed as labelled (08, labelled company, gets none).
  'spy-case': { factRecall: 0.64, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg25): measured untuned at a5025f4.
  // 14/25 facts, 16/17 covered (the school-bus feature 11 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 25/26 themed as labelled (11 unthemed); 1 standalone failure (first-surname 'Corvath said it had not seen the complaint...' in residents).
  // Since then: that one was the checker's ("Neither Corvath nor..." read as a person; fixed there), and the checker
  // now reads "The ordinance, which..." as leaning (accountability); since gig-drivers' top story opened the same way,
  // the summarizer leans it back too (stadium-deal pays two facts): 0.
  // A feature that opens on a scene is not set aside as unlike the batch (prereg27): the school-bus story 11 is in, and its item
  // displaces the second of two items on the one lawsuit, whose '$50 million' carried R3: 14 -> 13 facts, on purpose.
  'tower-cracks': { factRecall: 0.64, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg26): measured untuned at f1f1b4e.
  // 10/25 facts, 16/17 covered (the dairy-farm feature 12 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 25/26 themed as labelled (12, labelled people, gets none).
  'ice-storm': { factRecall: 0.4, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg26): measured untuned at cbbc8ec.
  // 12/24 facts, 17/17 covered, no hard negative cited, --strict passes; 26/26 themed as labelled.
  // Since then, from its review: 'The winery's...' and 'The tasting room...' lean back, and a hyphenated surname
  // no longer hides a feature's scene ('Lucia Ferreira-Banks still unlocks...'): 12 -> 14 facts.
  'wine-fraud': { factRecall: 0.583, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg26): measured untuned at 60c8624.
  // 15/24 facts, 17/17 covered, no hard negative cited, --strict passes; 24/26 themed as labelled (the apps' lawsuit 07 in ordinance: ordinance 3.329, companies 1.52; Zipplet's surcharge 12 in drivers: drivers 3.128, companies 2.473); 1 standalone failure (leading-definite 'The ordinance, passed by the City Council 7-2 on March 3...' in ordinance).
  // Since then: 'The ordinance, ...' leans back, and the top story is another point (facts unchanged): 0 standalone failures.
  'gig-drivers': { factRecall: 0.667, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg27): measured untuned at 4daaab0.
  // 10/24 facts, 16/17 covered (the plant workers' retraining feature 12 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 25/26 themed as labelled (12, labelled fishers, gets none).
  // Since then, from its review: 'The rally, called by the union...' leans back (a participle, not a name), so the rally item is read with the
  // sentence before it: 10 -> 11 facts.
  'cod-fishery': { factRecall: 0.542, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg27): measured untuned at 27439f4.
  // 10/25 facts, 16/17 covered (the special-education feature 11 gets no theme, 'other-cast'), no hard negative cited in an item, 1 listed in an alsoIn (the cellphone ban 22, same cast at the same time, in families': the leak), --strict passes; 22/26 themed as labelled (14, the mayor and council, in decision: decision 4.408, money 3.72; 17, the budget and contract, in decision: decision 3.812, money 2.535; 11 unthemed; 22, a hard negative, in families).
  'school-closures': { factRecall: 0.56, coverage: 0.941, themeAccuracy: 0.885, leaks: 1, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg27): measured untuned at b010d53.
  // 12/25 facts, 16/17 covered (the camp-elder feature 03 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 24/26 themed as labelled (the blockade-cost story 07, labelled project, in protest: protest 4.325, project 3.012; 03, labelled protest, gets none).
  // Since then, from its review: 'The protest, led by...' leans back: 12 -> 14 facts.
  // A feature that opens on a scene is not set aside as unlike the batch (prereg27): the camp elder's story 03 is in.
  'pipeline-protest': { factRecall: 0.6, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg28): measured untuned at 1ef56e4.
  // 12/24 facts, 17/17 covered, no hard negative cited, --strict passes; 25/26 themed as labelled (the Larkmoor Ledger's fine story 14, labelled contractor, in delays: delays 3.59, contractor 2.619).
  'ambulance-delays': { factRecall: 0.625, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg28): measured untuned at 8b7c3f4.
  // 14/24 facts, 17/17 covered, no hard negative cited, --strict passes; 23/26 themed as labelled (13, the Mirabeau wrongful-death suit, labelled inquiry, in night: night 5.782, inquiry 3.238; 15, the Saffrey-Holt funeral, labelled inquiry, in night: night 3.401, inquiry 1.957; 16, the inquiry hearing, labelled inquiry, in night: night 3.788, business 2.578, inquiry 2.57).
  // The seventeenth stop's newsletter-offer furniture ("Sign up for our morning newsletter to get the
  // day's top stories in your inbox.", printed in the text of every page of one outlet) had lifted the
  // batch likeness of that outlet's pages; without it the critical-patients update (05) fits 0.586 and
  // is set aside as unlike the batch: coverage 1 -> 0.941, theme 0.885 -> 0.846.
  'concert-crush': { factRecall: 0.667, coverage: 0.941, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg28): measured untuned at f91290b.
  // 14/24 facts, 16/17 covered (the rural emergency-room feature 14 gets no theme, 'topic-in-passing'), no hard negative cited, --strict passes; 25/26 themed as labelled (14, labelled families, gets none).
  'antibiotic-shortage': { factRecall: 0.625, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg29): measured untuned at defb357.
  // 8/25 facts, 17/17 covered, no hard negative cited, --strict passes; 24/26 themed as labelled (08, the rescinded offers and disciplinary proceedings, labelled university, in families: families 5.48, university 2.635; 12, Varga-Whitlock's resignation and her son's withdrawal, labelled families, in case: case 3.555, families 3.324, university 2.489); one item not standalone (the families item opening 'Mateo, 18', first-surname).
  'admissions-bribery': { factRecall: 0.52, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg29): measured untuned at 94d3d21.
  // 15/24 facts, 16/17 covered (the shelter feature 09 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 25/26 themed as labelled (09, labelled recovery, gets none).
  'tornado-outbreak': { factRecall: 0.708, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg29): measured untuned at ff49bf6.
  // 11/24 facts, 17/17 covered, no hard negative cited, --strict passes; 21/26 themed as labelled (07, the lawsuit filed, labelled lawsuit, in removals: removals 6.244, lawsuit 5.335; 09, the hearing, labelled lawsuit, in removals: removals 5.713, lawsuit 4.706; 10, the injunction, labelled lawsuit, in removals: removals 6.533, lawsuit 4.579; 13, Hasselrath's funding threat, labelled politics, in removals: removals 5.571, politics 4.396; 17, the branch-closure plan, labelled politics, in removals: removals 4.711, politics 2.11).
  // Lowered on purpose 0.458 -> 0.417: 'The list, drawn up by...' and 'The books will be boxed up...' lean back (their readers' review) and now take their antecedent or go, and one fact went with them.
  'library-book-ban': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg29): measured untuned at f41c168.
  // 7/24 facts, 17/17 covered, no hard negative cited, --strict passes; 22/26 themed as labelled (02, the trainers shipping horses out, labelled industry, in deaths: deaths 4.741, industry 4.437; 03, the groom's empty stall, labelled deaths, in industry: industry 2.084, deaths 1.4; 07, the necropsies, labelled inquiry, in deaths: deaths 6.65, inquiry 4.005; 16, the Courier's interim-report story, labelled inquiry, in deaths: deaths 4.929, inquiry 4.568).
  'racetrack-deaths': { factRecall: 0.417, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg29): measured untuned at 9bf5169.
  // 13/25 facts, 17/17 covered, no hard negative cited, --strict passes; 25/26 themed as labelled (the review board's findings 17, labelled response, in company: company 3.353, fire 2.823, response 2.706).
  'refinery-fire': { factRecall: 0.6, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg29): measured untuned at 8760d19.
  // 10/25 facts, 17/17 covered, no hard negative cited in an item, 1 listed in an alsoIn (the Wrenlock whooping-cough outbreak 23, same state department at the same time, in error's: the leak), --strict passes; 20/26 themed as labelled (10, the nurses' staffing story, labelled clinic, in error: error 3.952, clinic 2.183; 12, the board's pay cut, labelled clinic, in error: error 2.101, clinic 1.66; 13, the state's investigation, labelled oversight, in error: error 5.201, oversight 2.639; 14, the parents' lawsuit, labelled oversight, in error: error 3.927, oversight 2.582; 17, the state report and fine, labelled oversight, in error: error 2.944, oversight 2.376; 23, a hard negative, in error).
  'vaccine-mixup': { factRecall: 0.52, coverage: 1, themeAccuracy: 0.846, leaks: 1, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg30): measured untuned at 50b760b.
  // 17/25 facts, 17/17 covered, 1 hard negative cited (the Courant's Cordaval meter-refund story 22, same authority at the same time, gets a utility item: the leak), --strict fails on that citation alone; 22/26 themed as labelled (07, the 2019 report, labelled utility, in outage: outage 2.42, utility 1.137; 09, the AP hearing story, labelled utility, in city: utility 2.164, city 2.15, outage 1.566; 13, the Tully's Lantern Diner feature, labelled city, in outage: outage 3.778, city 1.792; 22, a hard negative, in utility).
  'water-main-break': { factRecall: 0.72, coverage: 1, themeAccuracy: 0.885, leaks: 1, nearDuplicates: 0, strict: false, standaloneItems: 0, datelines: 0 },
  // Held out (prereg30): measured untuned at 9e25425.
  // 12/25 facts, 17/17 covered, no hard negative cited, --strict passes; 25/26 themed as labelled (06, the group's share fall and the chief executive's apology, labelled exchange, in glitch: glitch 3.825, exchange 3.439).
  'exchange-glitch': { factRecall: 0.6, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg30): measured untuned at 6c16036.
  // 14/25 facts, 16/17 covered (the school-exams feature 15 gets no theme, 'topic-late'), no hard negative cited, --strict passes; 22/26 themed as labelled (08, the emergency order, labelled repair, in outage: outage 6.022, repair 2.645; 10, the Kestrin Bay lifting the Merrowline, labelled repair, in cause: cause 2.421, repair 1.633; 15, labelled outage, gets none; 17, the compensation package, labelled repair, in cause: cause 2.078, outage 1.608, repair 1.554); 1 standalone failure (first-surname 'Vesscom' in the Kallenbruck quote item in repair).
  'subsea-cable-cut': { factRecall: 0.64, coverage: 0.941, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg30): measured untuned at 23b01cf.
  // 12/25 facts, 17/17 covered, no hard negative cited, --strict passes; 23/26 themed as labelled (05, Veloxa's layoffs, labelled companies, in ban: ban 3.561, companies 2.943; 15, the Courier's petition story, labelled riders, in ban: ban 3.167, riders 2.405; 16, the judge's ruling, labelled companies, in ban: ban 4.385, companies 3.304).
  'scooter-ban': { factRecall: 0.56, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg30): measured untuned at 62aa91d.
  // 10/25 facts, 17/17 covered, no hard negative cited (the Port Halden bond-election story 22 is set aside, 'other-time'), --strict fails only on '1 item(s) carry page boilerplate', a false hit of the labels' own boilerplate string 'RELATED' on the words 'election-related robocalls' in the commission item (no leak); 25/26 themed as labelled (09, the undated voice-cloning feature, labelled probe, in vote: vote 2.022, probe 0.818, policy 0.758).
  'election-deepfake': { factRecall: 0.48, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: false, knownFailures: ['1 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0 },
  // Held out (prereg30): measured untuned at 3f67bda.
  // 15/25 facts, 16/17 covered (the Fenwardine club feature 17 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 23/26 themed as labelled (10, the parliamentary hearing, labelled reforms, in allegations: allegations 5.535, reforms 3.974; 12, the gymnasts' lawsuit, labelled reforms, in allegations: allegations 3.097, federation 3.078, reforms 1.325; 17, labelled reforms, gets none).
  'coach-abuse': { factRecall: 0.6, coverage: 0.941, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg31): measured untuned at fbdc0f6.
  // 15/25 facts, 17/17 covered, no hard negative cited (the Ostermarsh Parish erasure story 18 and the test-security bill 21 are set aside, 'topic-in-passing'; the Beacon's August 2026 record-gains story 19, 'other-time'), --strict passes; 25/26 themed as labelled (14, the undated teacher-pressure feature, labelled accused, in audit: audit 5.087, accused 4.228).
  'test-cheating': { factRecall: 0.76, coverage: 1, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg31): measured untuned at ef2e4fb.
  // 14/24 facts, 17/17 covered, no hard negative cited, --strict passes; 23/26 themed as labelled (10, the pilot's flight hours, labelled operator, in crash: crash 4.436, operator 3.135; 14, the Herald's preliminary-report story, labelled inquiry, in crash: crash 5.287, inquiry 1.303, operator 1.037; 17, the state hearing, labelled inquiry, in crash: crash 5.393, inquiry 2.87).
  // Lowered on purpose 0.583 -> 0.542: '...SkyBridge's procedures for accepting a flight, she said.' names no person for 'she' (its reader's review) and is no longer an item; the fact went with it.
  'helicopter-crash': { factRecall: 0.542, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg31): measured untuned at a469b9b.
  // 11/24 facts, 17/17 covered, 1 hard negative cited (the Courier-Star's water-tower council story 22, same council and mayor at the same time, gets a regulators item: the leak), --strict fails on that citation alone; 22/26 themed as labelled (02, the Reuters leak report, labelled leak, in company: company 2.811, leak 2.128; 14, the residents' class action, labelled regulators, in company: company 3.582, regulators 2.515, leak 2.245; 17, the safety board's preliminary findings, labelled regulators, in company: company 3.646, leak 3.191, regulators 1.112; 22, a hard negative, in regulators).
  'ammonia-leak': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.846, leaks: 1, nearDuplicates: 0, strict: false, standaloneItems: 0, datelines: 0 },
  // Held out (prereg31): measured untuned at 29a0cb5.
  // 12/25 facts, 17/17 covered, no hard negative cited, --strict passes; 21/26 themed as labelled (05, Policyline's story on Larchfield's freeze on new policies, labelled insurers, in pullout: pullout 4.387, homeowners 1.797, insurers 1.489; 06, the Associated Press version of it, labelled insurers, in pullout: pullout 5.483, insurers 2.268; 08, AP on the commissioner's emergency order, labelled homeowners, in pullout: pullout 4.662, homeowners 3.094; 09, the Capitol Letter on the same order, labelled homeowners, in pullout: pullout 4.465, homeowners 2.707; 13, the notice bill, labelled homeowners, in pullout: pullout 4.471, homeowners 1.997).
  // SAME_STORY 0.44 (twenty-sixth stop): a second same-day telling gives way to a new point.
  'insurer-exit': { factRecall: 0.6, coverage: 1, themeAccuracy: 0.808, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg31): measured untuned at f579579.
  // 13/25 facts, 16/17 covered (the undated Ladder 7 rescue feature 09 gets no theme, 'unlike-batch'), no hard negative cited, --strict passes; 25/26 themed as labelled (09, labelled fire, gets none: fire 5.072, owner 0.025).
  'hotel-fire': { factRecall: 0.56, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg31): measured untuned at b987a32.
  // 13/25 facts, 17/17 covered, no hard negative cited, --strict passes; 22/26 themed as labelled (07, Reuters' lockdown and transfers, labelled system, in riot: riot 5.371, system 0.932; 10, the 16-hour-shifts feature, labelled system, in riot: riot 2.224, inquiries 0.264, system 0.224; 13, the undated families feature, labelled inquiries, in riot: riot 3.438, inquiries 1.579; 17, the families' wrongful-death suit, labelled inquiries, in riot: riot 9.97, inquiries 6.531).
  'prison-riot': { factRecall: 0.52, coverage: 1, themeAccuracy: 0.846, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg32): measured untuned at 08d057e.
  // 11/24 facts, 16/17 covered (the undated cost-sharing feature 05 gets no theme, 'topic-in-passing'), 1 hard negative cited (Reuters' October 2020 parade story 19 is listed in pyongyang's alsoIn on the March launch item: the leak), --strict passes (alsoIn is no themed item); 22/26 themed as labelled (04, the Associated Press Seoul 2+2 story, labelled alliances, in pyongyang: pyongyang 2.727, alliances 1.959; 05, labelled alliances, gets none: alliances 1.782, pyongyang 0.642; 08, Biden's reaction to the launch, labelled review, in pyongyang: pyongyang 2.738, review 1.863; 19, a hard negative, in pyongyang).
  // Several parties acting in a headline (prereg37): theme accuracy 0.846 -> 0.885.
  // The other-time fence at 1.5 spreads (prereg44): the October 2020 parade story 19 is set aside: 0.885 -> 0.923, no leak.
  'korea-spring21': { factRecall: 0.542, coverage: 0.941, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg32): measured untuned at 9064fdd.
  // 7/24 facts, 16/17 covered (the undated Seongju convoy feature 14 gets no theme), 2 hard negatives cited (in also-in, no item: Marketline's steel-import review 20 in review, the Straits Courier's Malaysia expulsion story 24 in pyongyang: the leaks), --strict passes; 22/26 themed as labelled (07, the Korea Morning Post's THAAD-at-Osan feature, labelled alliances, in pyongyang: pyongyang 1.057, alliances 0.555; 14, labelled alliances, gets none: alliances 0.442, pyongyang 0.389; 20, a hard negative, in review; 24, a hard negative, in pyongyang).
  // "review" 3 -> 1.5 in the default themes (every story that retells the review says it): +1 fact.
  // SAME_STORY 0.44 (twenty-sixth stop): a second same-day telling gives way to a new point.
  'korea-2017': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.923, leaks: 2, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg32): measured untuned at ffb840a.
  // 9/25 facts, 16/17 covered (the undated Pyeongtaek troops feature 11 gets no theme, 'no-topic-terms'), 1 hard negative cited (Yonhap's September 2025 KCNA Ulchi-drills statement 19, same agency and place months before the story, gets its own pyongyang item and is cited with the missile item: the leak), --strict fails on that citation alone ('2 themed item(s) cite an off-topic article'); 23/26 themed as labelled (11, labelled alliances, gets none: alliances 1.321, review 0.332; 12, Reuters' Reese-Han summit, labelled alliances, in review: review 3.424, alliances 1.711, pyongyang 0.705; 19, a hard negative, in pyongyang); 1 standalone failure (first-surname 'Vance-Ibsen' in the review-deadline item in review).
  // Its standalone failure ('Vance-Ibsen, the department's director...') went when a hyphenated surname
  // became one speaker ("Vance-Ibsen said"): the item now names Laurel Vance-Ibsen in full.
  // "review" 3 -> 1.5 in the default themes: the Reese-Han summit goes to Alliances, +1 fact.
  // The other-time fence at 1.5 spreads (prereg44): the 2025 Ulchi statement 19 is set aside (192 -> 96 days): theme 0.962, +1 fact, --strict passes.
  'korea-2026': { factRecall: 0.48, coverage: 0.941, themeAccuracy: 0.962, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg33): measured untuned at fa62dc3.
  // 6/20 facts, 12/13 covered (Yonhap's cost-sharing report 000 gets no theme, 'no-topic-terms'), no hard negative cited, --strict passes; 17/20 themed as labelled (000, labelled alliances, gets none: alliances 2.75, review 0.529, pyongyang 0.326; 007, Reuters' unanswered-outreach report, labelled review, in pyongyang: pyongyang 1.836, review 1.628; 008, the outlet-less Biden news-conference story, labelled review, in pyongyang: pyongyang 2.447, review 1.721).
  'korea-scrape-a': { factRecall: 0.3, coverage: 0.923, themeAccuracy: 0.85, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg33): measured untuned at 22461e9.
  // 8/20 facts, 13/13 covered, no hard negative cited (Asia Business Times' China trade review 014 and AP's Blinken-in-Kyiv story 013 are set aside, 'unlike-batch'; the Asiana alliance story 015, 'no-topic-terms'; Yonhap News Agency's December 2020 Biegun story 016, 'other-time'), --strict passes; 16/20 themed as labelled (000, the Annapolis security advisers' meeting, labelled alliances, in review: review 2.473, pyongyang 0.899, alliances 0.727; 005, the Korea Standard's London trilateral, labelled alliances, in review: review 2.685, alliances 1.494, pyongyang 1.012; 007, Yonhap's Moon-Biden summit, labelled alliances, in review: review 3.35, alliances 0.958, pyongyang 0.743; 008, the Seoul Courier's version of it, labelled alliances, in review: review 1.382, pyongyang 1.043, alliances 0.997).
  // Since the headline is found under the masthead by the page's credit line (prereg33's finding: 12 of
  // its 20 titles were the site's name) the headlines left the bodies: 008 now gets alliances (0.85),
  // and the items shift: A6 (the missile guidelines, in an item that leaned on "the appointment") and
  // R3 (the review's 100 days) are lost, 0.4 -> 0.3, lowered on purpose.
  // Several parties acting in a headline (prereg37): theme accuracy 0.85 -> 0.95.
  'korea-scrape-b': { factRecall: 0.35, coverage: 1, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg34): measured untuned at e68c508.
  // 8/20 facts, 13/13 covered, 1 hard negative cited (the Seoul Herald Tribune's June 2020 Kaesong liaison-office story 016, same place and people months before the story, listed in pyongyang's alsoIn, no item: the leak; Levant Wire's Blinken-on-Iran story 013 set aside, 'unlike-batch'; Asia Markets Daily's China tariff review 014, 'topic-in-passing'; the Korea Business Herald's Asiana alliance story 015, 'no-topic-terms'; MarketScope Korea's Daesan earnings 017 gets no theme), --strict passes; 19/20 themed as labelled (016, a hard negative, in pyongyang: pyongyang 2.174, alliances 0.153, review 0.084).
  // Lowered on purpose (0.4 -> 0.35): the item its reader found false ("Biden has said he would meet
  // Kim Yo-jong only if...", where the article's "Kim" is Kim Jong Un) covered R1; a short name another
  // person in the article also bears is no longer expanded, and that item is not made.
  // "review" 3 -> 1.5 in the default themes: +1 fact (0.35 -> 0.4).
  // Lowered on purpose (0.4 -> 0.35): captions closed by "Captured from KCNA" (six on the raw-page sets,
  // one in 012 here) are page furniture now; without that text in the batch the review section takes
  // the White House's own account of the review's launch in place of Psaki's quotation, which held R2's words.
  'korea-scrape-c': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.95, leaks: 1, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg34): measured untuned at cac94a1.
  // 6/19 facts, 13/13 covered, no hard negative cited (AP's Sherman-in-Tianjin story 013 and Reuters' Pentagon posture review 015 are set aside, 'unlike-batch'; the outlet-less Asiana alliance story 014, 'no-topic-terms'; Yonhap News Agency's January 2021 parade story 016, 'other-time'; Hanbit Aerospace's earnings 017 gets no theme), --strict passes; 17/20 themed as labelled (000, Yonhap's Moon-Biden summit, labelled alliances, in review: review 4.178, alliances 1.438, pyongyang 0.677; 001, the Associated Press version of it, labelled alliances, in review: review 0.989, pyongyang 0.593, alliances 0.253; 002, Kyodo News' intelligence chiefs in Tokyo, labelled alliances, in review: review 1.176, pyongyang 0.63, alliances 0.475).
  // Several parties acting in a headline (prereg37): theme accuracy 0.85 -> 1.
  'korea-scrape-d': { factRecall: 0.368, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg35): measured untuned at c9c43da.
  // 9/20 facts, 11/13 covered (CNS English's Xinhua copy of the May 2 statements 008 is set aside, 'unlike-batch'; the undated Annandale grocer feature 011 gets no theme), no hard negative cited (AP's Blinken-Austin NATO story 013 set aside, 'topic-in-passing'; Marketline Asia's chip supply review 014, 'unlike-batch'; Korea Maritime Review's THE Alliance story 015, 'no-topic-terms'; the outlet-less December 2020 leaflet-law story 016 and BusinessLine Korea's Hanmaru earnings 017 get no theme), --strict passes; 17/20 themed as labelled (008, labelled pyongyang, gets none: pyongyang 4.178, review 0.84; 010, Kyodo's G7 and trilateral story, labelled alliances, in review: review 2.688, alliances 1.171, pyongyang 0.498; 011, labelled alliances, gets none: review 0.564, pyongyang 0.34, alliances 0.113).
  // Several parties acting in a headline (prereg37): theme accuracy 0.85 -> 0.9.
  'korea-scrape-e': { factRecall: 0.5, coverage: 0.846, themeAccuracy: 0.9, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg36): measured untuned at 8ed8288.
  // 5/20 facts, 12/13 covered (Asia-Pacific Defense Monitor's troop-cost and base-worker feature 006 is set aside, 'no-topic-terms'), no hard negative cited (the outlet-less Iran envoy story 013 set aside, 'unlike-batch'; NewsHub Daily's Reuters copy of Blinken-Austin at NATO 014, 'topic-late'; Kyodo's Asiana alliance story 015 and Pyeongtaek Today's June 2020 Camp Humphreys story 017, 'no-topic-terms'; Seoul Finance Daily's undated Hanseong earnings 016 gets no theme), --strict passes; 18/20 themed as labelled (006, labelled alliances, gets none: alliances 1.496, pyongyang 0.13, review 0.046; 012, The Hanbit Times' undated summit feature, labelled alliances, in pyongyang: pyongyang 0.838, alliances 0.513, review 0.163); 2 standalone items (NCN's 'Seoul, South Korea (NCN) -' dateline in alliances; 'The new policy, Psaki said' in review).
  // After its reader's review: the caption ("... Captured from KCNA") and the dateline "Seoul, South
  // Korea (NCN) -" are furniture, "The new policy" leans back: +1 fact, no failing item, no dateline.
  'korea-scrape-f': { factRecall: 0.3, coverage: 0.923, themeAccuracy: 0.9, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg37): measured untuned at 59e6330.
  // 10/20 facts, 13/13 covered, no hard negative cited (Reuters' Blinken-Austin NATO story 013 set aside, 'topic-in-passing'; Pacific Policy Forum's China tariff review 014, 'unlike-batch'; the outlet-less Korean Air-Asiana alliance story 015, 'no-topic-terms'; Peninsula Monitor's October 2020 parade story 016, 'other-time'; KoreaBiz Wire's undated Hanul Avionics earnings 017 gets no theme), --strict passes; 19/20 themed as labelled (001, AP's version of the Seoul two-plus-two, labelled alliances, in pyongyang: pyongyang 1.803, alliances 1.428, review 0.395); 2 standalone items (Yonhap's Kim Yo-jong lead in pyongyang, 'first-surname' on 'Washington'; 'Austin, for his part, visited...' in pyongyang, 'unnamed-person').
  // After its reader's review and the parties rule frozen before it (prereg37): AP's Seoul 2+2 story 001
  // listed under Alliances (theme 0.95 -> 1); "Austin, for his part, visited..." leans back and is not
  // made, and the checker no longer reads "Addressing Washington" as a person (standalone 2 -> 0).
  // Lowered on purpose (0.5 -> 0.45): without the Austin item the review section takes another
  // article's item in place of Psaki's January account of the review, which covered R1.
  // Then its three pages with a reader service's "Published Time:" only are dated: the other-time
  // cutoff moves from 1 November to 5 October 2020 and Peninsula Monitor's 10 October parade story 016
  // is cited (theme 1 -> 0.95, 1 leak, --strict fails on it alone); the cascade gives back R1 (0.5).
  // The other-time fence at 1.5 spreads (prereg44): the parade story 016 is set aside: theme 1, --strict passes.
  'korea-scrape-h': { factRecall: 0.5, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg37): measured untuned at 812ceb5.
  // 4/20 facts, 13/13 covered, 1 hard negative cited (Yonhap News Agency's October 2020 parade story 016, same agency and place months before the story, gets its own pyongyang item: the leak; Asia Markets Daily's China tariff review 014 and The Potomac Standard's Blinken-Austin NATO story 013 are set aside, 'unlike-batch'; the Korea Business Herald's Asiana alliance story 015, 'no-topic-terms'; Seoul Finance Daily's Hanul Defense earnings 017 gets no theme), --strict fails on that citation alone ('1 themed item(s) cite an off-topic article'); 18/20 themed as labelled (011, Yonhap's Moon-Biden summit, labelled alliances, in review: review 1.961, alliances 1.264, pyongyang 1.094; 016, a hard negative, in pyongyang: pyongyang 3.475, review 0.137); 2 standalone items (first-surname 'Biden' in the Annapolis advisers' item in alliances; 'The United States, she added,' in review).
  // After its reader's review and the parties rule frozen before it (prereg37): Yonhap's Moon-Biden summit
  // 011 listed under Alliances (theme 0.9 -> 0.95); "The United States, she added," and a feature's
  // opening routine ("Han Ji-seon starts her day at 6 a.m.") make no item (standalone 2 -> 1).
  // Then four pages whose date stands only in a credit row Readability drops are dated, and the other-
  // time check sets Yonhap's October 2020 parade story 016 aside (theme 0.95 -> 1, no leak).
  // "under Biden" (a title word in its plain sense) named in full from the other article the item cites: standalone 1 -> 0.
  'korea-scrape-g': { factRecall: 0.25, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg38): measured untuned at 3af2d77.
  // 6/20 facts, 8/13 covered (the crawler's raw pages 002, 007, 012 and the feed items 003, 008 are rejected, 'malformed': JSON has no "body", "text", "content" or "articleBody" string), no hard negative cited (Beltway Trade Journal's China trade review 013 and the outlet-less Iran envoy story 015 set aside, 'unlike-batch'; Asia Travel Wire's Hanbit Air alliance feed item 014 and KoreaBiz Daily's undated Daemyung earnings page 017 rejected, 'malformed'; Gyeonggi Herald's February 2021 Camp Humphreys story 016 gets no theme), --strict passes; 13/13 read articles themed as labelled (the 7 rejected files are not in the manifest).
  // After its reader's review (prereg38): the crawler's whole-page records and the feed items'
  // content:encoded are read (7 files had been rejected), publish_date dates, an address is no outlet;
  // "The missile was launched..." leans back (+1 fact). Coverage 0.615 -> 0.923. Theme accuracy is now
  // over all 20 articles, not the 13 read (1 -> 0.9, lowered on purpose): the Capital Ledger's drills
  // feature 002 (alliances) goes to pyongyang (2.066 against 0.496), and Pacific Weekly Review's
  // end-of-war feature 008 (review) fits no theme (best 0.639 pyongyang).
  'korea-scrape-i': { factRecall: 0.5, coverage: 0.923, themeAccuracy: 0.9, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg38): measured untuned at 20e224d.
  // 7/19 facts, 12/13 covered (the outlet-less hotline feature 010 gets no theme), no hard negative cited (The Atlantic Dispatch's Blinken-Austin NATO story 013 set aside, 'topic-in-passing'; Pacific Trade Monitor's China trade review 014, 'unlike-batch'; Asia Aviation Weekly's Star Alliance story 015, 'no-topic-terms'; The Korea Desk Briefing's June 2020 Kaesong liaison-office story 016, 'other-time'; MarketPulse Korea's Hanbyeol Aerospace earnings 017 gets no theme), --strict passes; 16/20 themed as labelled (007, Capitol Asia Letter's Moon-Biden summit, labelled alliances, in pyongyang: pyongyang 1.072, review 0.952, alliances 0.705; 010, labelled pyongyang, gets none: pyongyang 0.749, review 0.218, alliances 0.158; 011, Korea Morning Times' undated drills feature, labelled alliances, in review: review 0.784, pyongyang 0.608, alliances 0.53; 012, Peninsula Policy Digest's Tokyo envoys' meeting, labelled review, in pyongyang: pyongyang 1.532, review 1.409, alliances 0.501).
  // After its reader's review (prereg38): hard-wrapped text is joined before any line is read alone
  // (the AP lede's first line, with its dateline, had been dropped and the rest was the top story),
  // link numbers ("[7]Jen Psaki") go, newsletters' names, labels and rules are furniture; titles
  // 0.30 -> 1 and dates 0.72 -> 1: 0.368 -> 0.421, theme accuracy 0.8 -> 0.85.
  'korea-scrape-j': { factRecall: 0.474, coverage: 0.923, themeAccuracy: 0.85, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg39): measured untuned at f936acb.
  // 7/20 facts, 12/13 covered (Pyeongtaek Weekly's two-column PDF of the base workers' cost-sharing feature 009 is set aside, 'topic-in-passing'), no hard negative cited (The Meridian Review's Blinken-Austin NATO story 013 set aside, 'topic-in-passing'; Global Trade Ledger's China tariff review 014, 'unlike-batch'; Asia Aviation Daily's undated SkyTeam alliance story 015, 'no-topic-terms'; The Korea Ledger's October 2020 parade story 016, 'other-time'; the outlet-less Hwaseong Aerotech earnings 017 gets no theme), --strict fails only on '3 item(s) carry page boilerplate', false hits of the labels' own strings 'AM    ' and 'PM    ' (normalized to 'am') on 'Camp Humphreys', 'morning' and 'Kim Jong Un ... statement' (no leak); 19/20 themed as labelled (009, labelled alliances, gets none: alliances 2.672, pyongyang 0.625, review 0.206); 1 standalone item ('Choe also referred to...' in alliances, first-surname 'Choe').
  // After its reader's review (prereg39): a name set off by commas after a role ("the first vice
  // foreign minister, Choe Son Hui,") is a person's, so "Choe also referred..." names her in full
  // (standalone 1 -> 0); running headers and print stamps are furniture (titles 0.8 -> 1).
  // prereg42's leaning openings: Kwon Jong Gun's item gives way to one that names Kim Yo-jong's
  // warning (+P1), a fourth item holding the labels' 'am' (the known failure above): 3 -> 4.
  // Details (an item's next sentence): one more item holds the labels' 'am': 4 -> 5.
  'korea-scrape-k': { factRecall: 0.55, coverage: 0.923, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: false, knownFailures: ['5 item(s) carry page boilerplate'], standaloneItems: 0, datelines: 0 },
  // Held out (prereg39): measured untuned at 84c3e7a.
  // 8/20 facts, 10/13 covered (Yonhap's Next.js 2+2 page 001 set aside, 'topic-in-passing'; the undated Camp Humphreys cost-sharing feature 011, 'no-topic-terms'; the outlet-less Next.js page on Blinken in London 012, 'unlike-batch'), no hard negative cited (Global Affairs Wire's Anchorage China talks 013 gets no theme; Trade Policy Monitor's paywalled China trade review 014 set aside, 'topic-in-passing'; Asia Aviation Report's Saebyeol Air Oneworld story 015, 'no-topic-terms'; Kyodo's October 2020 parade 016, 'unlike-batch'; Korea Market Daily's Daesan Systems earnings 017 gets no theme), --strict passes; 16/20 themed as labelled (001, labelled alliances, gets none: alliances 9.326, review 0, pyongyang 0; 007, the outlet-less Annapolis advisers' meeting, labelled review, in alliances: alliances 3.383, review 1.611, pyongyang 0.705; 011, labelled alliances, gets none: alliances 3.009, review 0.181, pyongyang 0; 012, labelled review, gets none: review 2.44, pyongyang 1.22, alliances 0.361); 1 standalone failure (first-surname: Suh).
  // After its reader's review (prereg39): the two Next.js pages' stories are read from their script
  // data (coverage 0.769 -> 0.923), the visible <h1> wins over the search-engine title (titles 0.8 ->
  // 1), "South Korea's Suh Hoon" is a person ("Suh told..." named in full): 0.4 -> 0.45, theme 0.8 -> 0.95.
  'korea-scrape-l': { factRecall: 0.5, coverage: 0.923, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg40): measured untuned at 4c718d0.
  // 9/20 facts, 13/13 covered, no hard negative cited (the State Department's May 17 briefing 013, 'no-topic-terms'; the Pentagon's Austin-Lorenzana readout 014, 'no-topic-terms'; the Morrison-Ardern joint statement 015 set aside, 'topic-in-passing'; Peninsula Monitor's KCNA tree-planting text 016, 'unlike-batch'; the Foreign Ministry's domestic briefing 017, 'unlike-batch'), --strict fails only on '2 item(s) carry page boilerplate' (a monitoring site's 'Full text | Source: KCNA | Filed under: ...' label and a translated briefing's 'Reporter (Hankook Ilbo): ...' question; no leak); 19/20 themed as labelled (008, the White House statement on the Annapolis advisers' meeting, labelled review, in alliances: alliances 2.214, pyongyang 1.443, review 0.868).
  // After its reader's review (prereg40): a transcript's questions and speakers' turns ("Q Does...",
  // "Reporter (...):", "MR PRICE: ... We are conducting...") and a voice no item names ("Our policy
  // calls for...") make no item; documents titled with their date ("Department Press Briefing - March
  // 15, 2021") keep that title and date; a monitoring site's tag row is furniture (strict passes).
  // The State Department briefing 005, mainly on other countries, now gets no theme once its
  // title is its own (coverage 1 -> 0.923, theme 0.95 -> 0.9).
  'korea-scrape-m': { factRecall: 0.45, coverage: 0.923, themeAccuracy: 0.9, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg40): measured untuned at cf6e92f.
  // 12/20 facts, 11/13 covered (The Daily Ledger's evening briefing led by the Moon-Biden summit 000 gets no theme; Global Affairs Wire's morning digest led by the finished review 005 is set aside, 'topic-in-passing'), no hard negative cited (Global Affairs Wire's afternoon brief with a one-line Moon item 013, Washington Policy Ledger's U.S.-China op-ed 014, Seoul Evening News' 'Squid Game' column 016 and Han River Times' lantern festival gallery 017 get no theme; East Asia Dispatch's Iran missile explainer 015 set aside, 'unlike-batch'), --strict passes; 17/20 themed as labelled (000, labelled alliances, gets none: alliances 1.243, review 0.376, pyongyang 0.319; 001, AP's Moon-Biden summit, labelled alliances, in review: review 1.596, alliances 0.704, pyongyang 0.583; 005, labelled review, gets none: review 2.801, pyongyang 0.34, alliances 0.187).
  // After its reader's review (prereg40): interview questions ("Q: ...") and "Weeks earlier, ..." make
  // no item (A1 and A6 had come from those items); the video page's "VIDEO: ..." headline is read, so its
  // teaser is an item and the plenary-meeting item (P2) gives way: 0.6 -> 0.45.
  'korea-scrape-n': { factRecall: 0.5, coverage: 0.846, themeAccuracy: 0.85, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg41): measured untuned at ccb47aa.
  // 10/20 facts, 13/13 covered, no hard negative cited (Kyodo's two versions of the Fukushima water decision 013 and 014, Han Peninsula Times' comfort-women ruling 017, the KBO opener 018 and the cherry blossom road 019 get no theme; Valley Sentinel's AP copy on Pakistan's Shaheen-1A test 015 and Seoul Daybreak's November 2020 cost-sharing predecessor 016 set aside, 'no-topic-terms'), --strict passes; 20/20 themed as labelled (no miss).
  'korea-scrape-o': { factRecall: 0.55, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg41): measured untuned at 574f437.
  // 6/20 facts, 13/13 covered, 1 hard negative cited (Yonhap's stale September 2020 apology story 016, same agency, country and leader seven months before the story, listed in pyongyang's alsoIn, no item: the leak; Reuters' Japan export-curbs story 013 set aside, 'topic-in-passing'; AP's China-Taiwan flights 014, 'no-topic-terms'; Yonhap's by-election story naming Moon 015, 'unlike-batch'; AP's Asia-Pacific news budget 017 gets no theme), --strict passes; 19/20 themed as labelled (016, a hard negative, in pyongyang: pyongyang 1.452, alliances 0.324, review 0.052). The two JSON feed records (002, 010) were rejected as written (headline/body_text/firstcreated: 'malformed') and re-keyed to schema.org fields before this measurement; restored as written once feed items (ninjs) were read (figures unchanged).
  // After its reader's review (prereg41): feed copy's slugs, routing keys, urgent flashes, version
  // notes and a converter's note are furniture, an NITF item printed as text is read by its fields,
  // "UPDATE 2-" goes from a headline, a wire's summary bullets do not hide its dateline: titles 10 ->
  // 14 of 20, dates 18 -> 19, outlets 15 -> 17 (no figure here moves).
  // The other-time fence at 1.5 spreads (prereg44): the September 2020 apology story 016 is set aside: theme 1, no leak.
  'korea-scrape-p': { factRecall: 0.3, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg42): measured untuned at 34a0ba4.
  // 10/20 facts (A1-A3, R1-R3, R5, R6, P3, P8; the Moon-Biden summit pair 003/004 makes no item, so A4-A6 and R4 go; P6's Kwon item lacks 'blunder'), 13/13 covered, no hard negative cited (Xinhua's Anchorage dialogue 013 and Tokyo Keizai Asia Review's forced-labor ruling 014 set aside, 'no-topic-terms'; KCNA's rice transplanting 016 set aside, 'unlike-batch'; The Seoul Herald's Cabinet reshuffle 015 and TASS's Russia-DPRK trade 017 get no theme), --strict passes; 20/20 themed as labelled (no miss).
  // After its reader's review (prereg42): a site's name beside its address ("Korean Central News Agency
  // of DPRK | www.kcna.example") is no headline, so KCNA's statement 009 is titled as labelled; without
  // the masthead's "Korean" its fit to the batch falls to 0.595 (names 0.525) and it is set aside as
  // unlike the batch (coverage 1 -> 0.923, theme 1 -> 0.95). Left: KCNA's English shares few words.
  'korea-scrape-q': { factRecall: 0.55, coverage: 0.923, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg42): measured untuned at 8281444.
  // 7/20 facts, 13/13 covered, no hard negative cited (TrendPulse's social-media roundup of the Moon-Biden summit 013 set aside, 'no-topic-terms'; Defense Horizon's Agni-P test with a Pentagon tweet 016 set aside, 'unlike-batch'; the 2018-2019 Trump-Kim timeline 014, Jae Solace's Seoul trip 015 and the U.S.-Japan steel talks 017 get no theme), --strict passes; 19/20 themed as labelled (the outlet-less March 15 outreach page 007, labelled review, in pyongyang: pyongyang 1.553, review 0.76, alliances 0.187).
  // After its reader's review (prereg42): "In a statement carried by ... (KCNA), she also denounced..."
  // leans back (P2 had come from it), "Later on Thursday,", "The new approach", "In a separate
  // statement ..." too: 0.35 -> 0.3.
  'korea-scrape-r': { factRecall: 0.55, coverage: 1, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg43): measured untuned at 3599f27.
  // 12/20 facts, 13/13 covered, no hard negative cited (the markets newsletter 013, the typhoon live blog 014, the K-culture roundup 015, the Taiwan-drill live blog 016 and the U.S. politics digest 017 get no theme), --strict passes; 19/20 themed as labelled (Korea Morning Star's news-in-brief roundup on the unanswered U.S. outreach 007, labelled review, in pyongyang: pyongyang 1.462, review 0.604, alliances 0.452).
  'korea-scrape-t': { factRecall: 0.6, coverage: 1, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg43): measured untuned at 3472635.
  // 6/20 facts (A1, A3, R1, R2, P3, P7), 11/13 covered, no hard negative cited (East Sea Review's wartime-labor ruling 016 set aside, 'no-topic-terms'; Marlowe Center's Taiwan commentary 013 set aside, 'topic-in-passing'; the armistice explainer 014, Daeyang Motors' Georgia plant 015 and the State Department's Iran briefing 017 get no theme), --strict passes; 17/20 themed as labelled (the Camp Humphreys feature 003, alliances, set aside 'topic-in-passing'; the White House gaggle transcript 006, review, set aside 'unlike-batch'; the outlet-less outreach analysis 008, review, in pyongyang: pyongyang 1.92, review 0.859, alliances 0.363).
  'korea-scrape-s': { factRecall: 0.3, coverage: 0.846, themeAccuracy: 0.85, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg44): measured untuned at 9fccf2e.
  // 12/20 facts (A1, A2, A4, A5, R3-R7, P1, P2, P4), 13/13 covered (the White House briefing transcript 000 only in review's alsoIn, no item), no hard negative cited (Korea Daybreak's June 2020 liaison-office demolition 013 set aside, 'other-time'; North Asia Monitor's July 2020 Kaesong lockdown 014 set aside, 'topic-in-passing'; Seoul Evening Herald's Suh Wook meals apology 016 set aside, 'no-topic-terms'; Capital Books Review's summit memoir review 017 set aside, 'unlike-batch'; Pacific Rim Observer's Fukushima water story 015, the K League match 018 and the Jagalchi market 019 get no theme), --strict passes; 20/20 themed as labelled (no miss).
  'korea-scrape-u': { factRecall: 0.6, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg44): measured untuned at c3e5a0f.
  // 14/25 facts (P1, P3, P4, P7, P8, O1, O2, O4, C1, C3, C4, C5, C8, C9; the water commission's item sits in opposition, so P5 goes; C5 only by the $315 million item's 'to start building' and 'construction loan'), 17/17 covered, no hard negative cited (AP's Oregon Ferraby Basin mine 18 set aside, 'other-cast'; the Sagebrush Ledger's 2026 Brightcinder geothermal hearing in the same valley 19, 'topic-in-passing'; Reuters' Senate permitting bill 20, High Desert Public Radio's Calloway Flat pumping cuts 22, AP's Mount Orrenhal ski-resort suit 23 and Battery Metals Weekly's lithium price slide 24, 'no-topic-terms'; Tillhaven Markets' Ostravia earnings 21, 'unlike-batch'; the smartwatch review 25 and the baseball final 26 get no theme), --strict passes; 23/26 themed as labelled (the lawsuit 04, permit, in opposition: opposition 5.637, permit 3.184, company 0.654; the water commission's grant 12, permit, in opposition: opposition 3.372, permit 2.226, company 1.031; AP's ruling 13, permit, in opposition: opposition 7.124, permit 3.495, company 1.11).
  'lithium-mine': { factRecall: 0.56, coverage: 1, themeAccuracy: 0.885, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg44): measured untuned at 0af4bba.
  // 10/20 facts (A1, A6, A7, R4, R5, P1-P4, P7; Biden's 'end of that regime' item sits in alliances, so R1 goes; Sullivan's item says 'without any preconditions', so R2 goes; the 1,000 containers (R6) and the two missiles after the NCG meeting (P6) make no item), 12/13 covered (the State Department's February 21 briefing transcript 008 set aside, 'unlike-batch'), no hard negative cited (Pacific Rim Courier's Blinken-Xi Beijing story 013 set aside, 'no-topic-terms'; Korea Morning Post's defense-minister reshuffle 014 and Eastern Front Report's Robotyne breach 015 set aside, 'unlike-batch'; Korea Market Daily's Hanseol Georgia battery plant 016, Tokyo Harbor Times' Fukushima water release 017, the e-bike review 018 and the library reopening 019 get no theme), --strict passes; 18/20 themed as labelled (AP's Camp David story 003, alliances, in pyongyang: pyongyang 1.157, alliances 0.624, review 0.038; the briefing 008, review, set aside 'unlike-batch': pyongyang 0.986, review 0.42, alliances 0.35); 1 standalone failure (unnamed-person: he).
  // After its reader's review: a quotation's '"...," he said' needs a person named before it (the item now
  // opens on 'Biden also warned Pyongyang...'); 'The speech...', '"In return, ..."' lean back.
  // "Leaders of US, Japan and South Korea agree..." opens on the group noun, which the parties rule
  // only read in lower case: Camp David (003) goes to alliances, as labelled (0.90 -> 0.95).
  'korea-scrape-v': { factRecall: 0.5, coverage: 0.923, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg44): measured untuned at 6a37ff7.
  // 10/20 facts (A1, A6, R1, R2, R4, R5, R6, P1, P4, P6), 12/13 covered (Han River Herald's summit story 003 only in alliances' alsoIn, Kyodo's March 25 launch 010 only in pyongyang's alsoIn, no item; the State Department briefing transcript 007 uncovered), no hard negative cited (Pacific Ledger's Quad vaccine summit 013, Korea Daily Bulletin's Suh Wook meals apology 014 and Global Dispatch Wire's Afghanistan withdrawal review 016 set aside, 'no-topic-terms'; the Lantern Review's Pyongyang novel review 015 and Tokai Defense Review's Aegis ships 017 set aside, 'unlike-batch'; the cherry blossom road 018 and the Kyushu rainy season 019 get no theme), --strict passes; 19/20 themed as labelled (the State Department briefing transcript 007, review, set aside 'unlike-batch': review 1.912, alliances 0.274, pyongyang 0.232).
  // After its reader's review: 'Hours before the talks opened, ...' leans back and takes its sentence
  // before; the quote opened by '..., she said' is no item of its own: +1 fact (P3, the March 25 launch).
  'korea-scrape-w': { factRecall: 0.6, coverage: 0.923, themeAccuracy: 0.95, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (small-drop rule, nineteenth stop): measured untuned at b0cc921.
  // 11/24 facts (D1-D5, R1-R4, P2, P6; Sutterlee's $1.2 billion repairs item sits in politics, so D8 goes; the hearing's Pruett-Salas item has no 'bill', so P4 goes; 'The 31-page complaint...' names no Taxpayers League, so P5 goes), 17/17 covered, no hard negative cited (Reuters' Pellowfield Skyway lease 18, Transport Policy Digest's federal lease rules 20, AP's Bryndale stadium suit 22, the Hesmoor Gazette's SwiftTag double-billing 23 and the Plainsfield Herald's Varnell diesel-tax convoy 24 set aside, 'no-topic-terms'; Tallyboard Markets' Talvayne earnings 21 set aside, 'unlike-batch'; Bondline's 2026 Oskenby airport parking deal 19 set aside, 'other-time'; the kettle review 25 and the soccer final 26 get no theme), --strict passes; 26/26 themed as labelled (no miss).
  // Then 12/24: 'The 31-page complaint, filed in...' leans back (a definite described by its size), +1 fact.
  'toll-road-lease': { factRecall: 0.583, coverage: 1, themeAccuracy: 1, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg45): measured untuned at 6bc2471.
  // 6/20 facts (A1, R1, R2, P1, P3, P6), 13/13 covered, no hard negative cited (Global Affairs Wire's Kerry-Xie Shanghai climate statement 013 and Atlantic Policy Review's U.S.-Iran Vienna talks 016 set aside, 'no-topic-terms'; East Pacific Wire's Fukushima water story 014, Korea Capital Journal's Moon reshuffle 015 and Capitol Defense Report's Long March 5B debris 017 get no theme; the K League result 018 and the Jeonju travel guide 019 get no theme), --strict passes; 17/20 themed as labelled (002, AP's Moon-Biden summit, labelled alliances, in review: review 2.812, alliances 2.411, pyongyang 0.636; 008, Pacific Crossroads Review's undated Suga-Biden analysis, labelled alliances, in review: review 1.009, alliances 0.846, pyongyang 0.587; 009, Korea Policy Wire's Annapolis security advisers' meeting, labelled review, in alliances: alliances 3.51, review 1.563, pyongyang 0.785).
  'korea-scrape-x': { factRecall: 0.35, coverage: 1, themeAccuracy: 0.85, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
  // Held out (prereg45): measured untuned at f0dea95.
  // 11/24 facts (P1-P3, P8, S1-S3, S6, R4, R5, R7; the 38% item (13) sits in shelves, so P4 goes; the decree's Kelsall expert item (15) sits in plant, so R8 goes; Veltrane's item says 'emergency supply law', so R1 goes; no item names Lullwing (R2), the reopening plan (P5), the restart date (P7), the limits (S4) or the Family Nutrition waiver (S8)), 17/17 covered (Reuters' recall 02 and the Gazette's cleanup tour 11 only in plant's alsoIn, no item), no hard negative cited (AP's Rushholme recall 18, Capitol Ledger's testing rule 20, the Thornwick Milk Bank 22, Reuters' Febrilin shortage 23 and Pet Trade Journal's Kibblecrest recall 24 set aside, 'no-topic-terms'; Marketline's Ambervale earnings 21 set aside, 'unlike-batch'; the Gazette's 2025 Brannoch dryer hall 19 set aside, 'other-time'; the e-reader review 25 and the hockey result 26 get no theme), --strict passes; 24/26 themed as labelled (Reuters' consent decree 13, response, in plant: plant 5.515, response 4.291, shelves 0.533; AP's consent decree 14, response, in plant: plant 6.035, response 3.944, shelves 1.196).
  // Since (thirty-second stop): "The restart came 10 days after..." leans on the restart (ACT_HEAD); the
  // restart's own lede takes the place, P7 (12/24).
  'formula-shortage': { factRecall: 0.5, coverage: 1, themeAccuracy: 0.923, leaks: 0, nearDuplicates: 0, strict: true, standaloneItems: 0, datelines: 0 },
};
const ready = existsSync(SCORER);
const sets = ready ? labelledSets() : [];

describe.skipIf(!ready)('labelled sets', () => {
  it('has floors pinned for every set it finds (add a row to FLOORS for a new set)', () => {
    expect(sets.map((s) => s.name).filter((n) => !(n in FLOORS))).toEqual([]);
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(['samples', 'chips', 'korea-wide']));
  });
});

for (const set of sets.filter((s) => s.name in FLOORS)) {
  const floor = FLOORS[set.name]!;
  describe(`quality of the ${set.name} set`, () => {
    let q: SetQuality;
    beforeAll(() => {
      q = qualityOf(set);
    }, 120_000);

    it(`keeps fact recall in section >= ${floor.factRecall}, coverage >= ${floor.coverage}, theme accuracy >= ${floor.themeAccuracy}`, () => {
      expect(q.factRecall).toBeGreaterThanOrEqual(floor.factRecall);
      expect(q.coverage).toBeGreaterThanOrEqual(floor.coverage);
      expect(q.themeAccuracy).toBeGreaterThanOrEqual(floor.themeAccuracy);
    });

    it(`leaks at most ${floor.leaks} off-topic article(s) and has at most ${floor.nearDuplicates} near-duplicate pair(s)`, () => {
      expect(q.leaks.length, q.leaks.join('\n')).toBeLessThanOrEqual(floor.leaks);
      expect(q.nearDuplicates).toBeLessThanOrEqual(floor.nearDuplicates);
    });

    it(floor.strict ? 'passes the scorer --strict' : 'fails --strict only through off-topic citations', () => {
      if (floor.strict) expect(q.hardFailures).toEqual([]);
      else expect(q.hardFailures.filter((f) => !/off-topic/.test(f) && !(floor.knownFailures ?? []).includes(f))).toEqual([]);
    });

    // Ranked by score alone, 40 pairs on 36 sets put an elaboration above the lede it leans on.
    it("gives one article's items of a section in the article's order", () => {
      expect(q.outOfArticleOrder).toEqual([]);
    });

    it(`has at most ${floor.standaloneItems} item(s) failing the standalone check and ${floor.datelines} dateline(s)`, () => {
      const rows = q.standalone.map((f) => `[${f.rule}: ${f.detail}] ${f.text}`).join('\n');
      expect(failingItems(q), rows).toBeLessThanOrEqual(floor.standaloneItems);
      expect(q.datelines, rows).toBeLessThanOrEqual(floor.datelines);
    });
  });
}

// The default-theme sets as a new user runs them: cdk.json's config as it ships, without the set's
// own subject.json, so the default topic terms (config/default-topic.json, prereg36) gate them. Off-
// topic leaks at most, measured at their adoption (before it: korea-scrape-e 1 and --strict failed);
// the other-time fence at 1.5 spreads (prereg44) took one off korea-spring21, -2026, -h and -p.
const DEFAULT_CONFIG_LEAKS: Record<string, number> = {
  seeds: 0, samples: 0, 'korea-wide': 0, 'korea-spring21': 0, 'korea-2017': 2, 'korea-2026': 1,
  'korea-scrape-a': 1, 'korea-scrape-b': 0, 'korea-scrape-c': 2, 'korea-scrape-d': 0, 'korea-scrape-e': 0, 'korea-scrape-f': 0,
  // Held out (prereg37): korea-scrape-h's October 2020 parade story (the other-time cutoff falls five
  // days before it) and its Blinken-Austin at NATO naming Seoul twice (the peninsula terms keep it).
  'korea-scrape-g': 0, 'korea-scrape-h': 1,
  // Held out (prereg38), measured untuned.
  'korea-scrape-i': 0, 'korea-scrape-j': 0,
  // Held out (prereg39), measured untuned: korea-scrape-k's Blinken-Austin at NATO (Seoul named twice).
  'korea-scrape-k': 1, 'korea-scrape-l': 0,
  // Held out (prereg40), measured untuned.
  'korea-scrape-m': 0, 'korea-scrape-n': 0,
  // Held out (prereg41), measured untuned: korea-scrape-p's Reuters Japan export-curbs story (cited in
  // alliances) and its stale September 2020 apology story (pyongyang's alsoIn).
  'korea-scrape-o': 0, 'korea-scrape-p': 1,
  // Held out (prereg42), measured untuned.
  'korea-scrape-q': 0, 'korea-scrape-r': 0,
  // Held out (prereg43), measured untuned.
  'korea-scrape-t': 0,
  // Held out (prereg43), measured untuned: korea-scrape-s's Marlowe Center China-Taiwan commentary
  // (review's alsoIn).
  'korea-scrape-s': 1,
  // Held out (prereg44), measured untuned.
  'korea-scrape-u': 0,
  // Held out (prereg44), measured untuned.
  'korea-scrape-v': 0,
  'korea-scrape-w': 0,
  // Held out (prereg45), measured untuned.
  'korea-scrape-x': 0,
};

describe.skipIf(!ready)('the default-theme sets with the shipped config (no topic terms of their own)', () => {
  const defaults = sets.filter((s) => !s.themes);
  it('has a row for every default-theme set', () => {
    expect(defaults.map((s) => s.name).filter((n) => !(n in DEFAULT_CONFIG_LEAKS))).toEqual([]);
  });
  it.each(defaults.filter((s) => s.name in DEFAULT_CONFIG_LEAKS).map((s) => [s.name, s] as const))('%s leaks no more than pinned', (name, set) => {
    const { subject: _own, ...shipped } = set;
    const q = qualityOf(shipped);
    expect(q.leaks.length, q.leaks.join('\n')).toBeLessThanOrEqual(DEFAULT_CONFIG_LEAKS[name]!);
    expect(q.coverage).toBeGreaterThanOrEqual(FLOORS[name]!.coverage);
  }, 120_000);
});

describe('the report’s own measures', () => {
  const article = (key: string, text: string): Article => ({
    id: key, key, format: 'txt', title: key, source: null, author: null, publishedAt: null, url: null,
    paragraphs: [text], sentences: [], furniture: [], bytes: text.length,
  });
  const articles = [
    article('in/a.txt', 'Under Secretary David Okafor said the rules were aimed at AI chips. Okafor said allies were briefed.'),
    article('in/b.txt', 'Arden broke ground on a fab.'),
    article('in/c.txt', 'A third on-topic article.'),
    article('in/off1.txt', 'Potato chips cost more.'),
    article('in/off2.txt', 'Poker chips ran short.'),
    article('in/off3.txt', 'A football club renewed its shirt deal.'),
  ];
  const labels = {
    articles: [
      { file: 'a.txt', on_topic: true }, { file: 'b.txt', on_topic: true }, { file: 'c.txt', on_topic: true },
      { file: 'off1.txt', on_topic: false }, { file: 'off2.txt', on_topic: false }, { file: 'off3.txt', on_topic: false },
    ],
  };
  const entry = (key: string, theme: string | null) => ({ key, id: key, title: key, source: null, publishedAt: null, url: null, theme, themeScores: {} });
  const manifest = {
    id: 'x', createdAt: '2026-01-01T00:00:00.000Z', rejected: [],
    articles: [entry('in/a.txt', 'controls'), entry('in/b.txt', 'fabs'), entry('in/c.txt', 'fabs'), entry('in/off1.txt', null), entry('in/off2.txt', 'fabs'), entry('in/off3.txt', null)],
    sections: [
      { theme: 'controls', title: 'Export controls', items: [{ text: 'Okafor said allies were briefed.', sources: ['in/a.txt'] }] },
      // alsoIn: the optional list of on-topic articles that got no item; an off-topic one there is a leak.
      { theme: 'fabs', title: 'Fabs', items: [{ text: 'SEOUL (Yonhap) -- Arden broke ground on a fab.', sources: ['in/b.txt'] }], alsoIn: ['in/c.txt', 'in/off1.txt'] },
    ],
  } as unknown as DigestManifest;
  const scorer = { factRecallInSection: 0.5, articleThemeAccuracy: 0.8, nearDuplicatePairs: 1, hardFailures: ['1 near-duplicate item pair(s)'] };
  const q = measure('t', { articles, manifest }, scorer, labels);

  it('counts an on-topic article listed only in alsoIn as covered', () => {
    expect(q.coverage).toBe(1);
    const without = measure('t', { articles, manifest: { ...manifest, sections: manifest.sections.map((s) => ({ ...s, alsoIn: undefined })) } }, scorer, labels);
    expect(without.coverage).toBe(0.667);
  });

  it('counts an off-topic article in alsoIn, in an item or with a theme as a leak', () => {
    expect(q.leaks).toEqual(['off1.txt: listed in fabs alsoIn', 'off2.txt: theme fabs']);
  });

  it('checks every item against its own source article and counts datelines', () => {
    expect(q.standalone.map((f) => `${f.rule} ${f.detail}`)).toEqual(['first-surname Okafor (David Okafor)', 'dateline SEOUL (Yonhap) --']);
    expect(q.datelines).toBe(1);
    expect(failingItems(q)).toBe(2);
  });

  it('takes recall, theme accuracy, near-duplicates and strict from the scorer', () => {
    expect([q.factRecall, q.themeAccuracy, q.nearDuplicates, q.strict]).toEqual([0.5, 0.8, 1, false]);
  });

  it("finds one article's items given against the article's order, however its opening was expanded", () => {
    const text = 'Harlow Bay agreed on Monday to sell its port to a private operator for the next decade. Under the 30-year lease, Ostmark Ports will pay $140 million up front.';
    const lede = { text: 'Harlow Bay agreed on Monday to sell its port to a private operator for the next decade.', sources: ['in/a.txt'] };
    const detail = { text: 'Under the 30-year lease, the port operator Ostmark Ports will pay $140 million up front.', sources: ['in/a.txt'] };
    const other = { text: 'Dock workers said nobody had asked them about the lease of the port.', sources: ['in/b.txt'] };
    const textOf = new Map([['in/a.txt', text], ['in/b.txt', 'Dock workers said nobody had asked them about the lease of the port.']]);
    expect(outOfArticleOrder([{ items: [lede, other, detail] }], textOf)).toEqual([]);
    expect(outOfArticleOrder([{ items: [detail, other, lede] }], textOf)).toHaveLength(1);
    // Each section alone: the same article in two sections is two stories' points.
    expect(outOfArticleOrder([{ items: [detail] }, { items: [lede] }], textOf)).toEqual([]);
  });
});
