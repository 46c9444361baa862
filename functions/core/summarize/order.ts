// The order of a section's items: one day's news most important first; a story over weeks in order
// of its days, a person named in full before an item that gives the surname alone; one article's
// items in the order the article tells them.
import { DATED_ITEMS_AFTER_DAYS, daysBetween } from '../dates';
import type { Analysis } from './analyze';

/** The themed articles' dates span more than DATED_ITEMS_AFTER_DAYS (the email then dates each item). */
export function spansWeeks(analysis: Analysis): boolean {
  const days = analysis.articles.filter((info) => info.theme >= 0 && info.article.publishedAt).map((info) => info.article.publishedAt!.slice(0, 10)).sort();
  return days.length > 1 && daysBetween(days[0]!, days.at(-1)!) > DATED_ITEMS_AFTER_DAYS;
}

/**
 * The day an item of article `art` sorts by in a story over weeks: its article's; for an undated
 * article, the earliest dated article that reports its point (`reports`: a profile's "is in a Virginia
 * jail, accused..." sits with the arrest, not after the guilty plea as if newest); with none, "~",
 * after every dated one.
 */
export function storyDay(analysis: Analysis, art: number, reports: readonly number[]): string {
  const own = analysis.articles[art]!.article.publishedAt?.slice(0, 10);
  if (own) return own;
  return reports.map((r) => analysis.articles[r]!.article.publishedAt?.slice(0, 10) ?? '~').sort()[0] ?? '~';
}

/**
 * Moves an item that names a person in full ("Chief Executive Douglas Whitcombe apologized...") above
 * an item of its section that calls that person by the surname alone ("Martin Kowal said Whitcombe
 * was preparing...") and came first by date: the surname leans on the full name, which its own
 * article may not give. `namedByItself`: the item needs nobody above for that surname (it names the
 * person in full, or expand() will, or the top story does); `namesInFull`: the item names in full a
 * person of that surname (by its article's names, so "Hurricane Corliss" or "FC Varnholm" is nobody).
 * An item above that names the person already introduces them. In place; at most a list's length
 * of moves.
 */
export function introducedFirst<T>(
  list: T[],
  textOf: (item: T) => string,
  namedByItself: (item: T, surname: string) => boolean,
  namesInFull: (item: T, surname: string) => boolean,
): void {
  // Each item moves up once at most: two items that each name the other's person in full keep their order.
  const movedUp = new Set<T>();
  for (let pass = 0; pass < list.length; pass++) {
    let moved = false;
    for (let x = 0; x < list.length && !moved; x++) {
      for (const surname of bareNames(textOf(list[x]!))) {
        if (namedByItself(list[x]!, surname) || list.slice(0, x).some((above) => namesInFull(above, surname))) continue;
        const y = list.findIndex((item, k) => k > x && !movedUp.has(item) && namesInFull(item, surname));
        if (y < 0) continue;
        movedUp.add(list[y]!);
        list.splice(x, 0, ...list.splice(y, 1));
        moved = true;
        break;
      }
    }
    if (!moved) return;
  }
}

const CAPITALIZED_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu;
/** Capitalized words standing alone, as a surname does ("said Whitcombe"): not inside a longer name, not after "the". */
function bareNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAPITALIZED_WORD)) {
    const word = m[1]!;
    const before = text.slice(0, m.index).trimEnd().split(/\s+/).pop() ?? '';
    const after = text.slice(m.index + word.length).match(/^\s+(\S+)/)?.[1] ?? '';
    // A quoted nickname before it is part of the name too ('Tobias "Toby" Renwick').
    if ((/^["“(]?\p{Lu}/u.test(before) && !/[.!?]["”’]?$/u.test(before)) || /^\p{Lu}/u.test(after) || /^the$/i.test(before)) continue;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * A section's items from one article keep the places they were given, but fill them in the order the
 * article tells them: its lede ("Ostravia Motors has agreed to buy lithium ... for the next decade")
 * before its elaboration ("Under the 10-year agreement, Ostravia will buy up to 12,000 tonnes"), which
 * leans on it. Ranked by score alone, the elaboration came first in 40 of 202 such pairs (36 sets) on the
 * labelled sets. `fixed` (the top story, shown first) keeps its place. In place.
 */
export function inArticleOrder<T>(list: T[], articleOf: (item: T) => number, positionOf: (item: T) => number, fixed: T | null = null): void {
  const places = new Map<number, number[]>();
  list.forEach((item, k) => {
    if (item === fixed) return;
    const art = articleOf(item);
    const at = places.get(art);
    if (at) at.push(k);
    else places.set(art, [k]);
  });
  for (const at of places.values()) {
    if (at.length < 2) continue;
    const items = at.map((k) => list[k]!).sort((x, y) => positionOf(x) - positionOf(y));
    at.forEach((k, n) => {
      list[k] = items[n]!;
    });
  }
}
