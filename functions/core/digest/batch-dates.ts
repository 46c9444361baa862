// A wire's dateline gives the day without the year ("SEOUL, March 18 (Yonhap) --"), and plain text
// copied from a wire page often carries nothing else. Ingest reads one file at a time and keeps that
// day (Article.datelineDay); the batch says the year: the one that puts the day nearest the middle
// of the batch's dated articles, when that date falls within the batch's dates or MARGIN_DAYS of
// them. Pure.
import type { Article } from '../model';

/** Dated articles a batch needs before its middle says which year an undated day belongs to. */
export const MIN_DATED = 3;
/** A day dated further than this before the batch's first date or after its last stays undated. */
export const MARGIN_DAYS = 90;
const DAY_MS = 86_400_000;

/** The articles, each undated one with a dateline's day dated in the batch's year for it (same order; others as they are). */
export function datedByBatch(articles: readonly Article[]): readonly Article[] {
  if (!articles.some((a) => a.publishedAt === null && a.datelineDay)) return articles;
  const times = articles
    .map((a) => (a.publishedAt ? Date.parse(a.publishedAt.slice(0, 10)) : Number.NaN))
    .filter(Number.isFinite)
    .sort((x, y) => x - y);
  if (times.length < MIN_DATED) return articles;
  const middle = times[(times.length - 1) >> 1]!;
  const from = times[0]! - MARGIN_DAYS * DAY_MS;
  const to = times.at(-1)! + MARGIN_DAYS * DAY_MS;
  const year = new Date(middle).getUTCFullYear();
  return articles.map((a) => {
    if (a.publishedAt !== null || !a.datelineDay) return a;
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const y of [year - 1, year, year + 1]) {
      const iso = `${y}-${a.datelineDay}`;
      const t = Date.parse(iso);
      // 02-29 in a year without one parses to another day or NaN: not a date of that year.
      if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== iso) continue;
      const distance = Math.abs(t - middle);
      if (distance < bestDistance) [best, bestDistance] = [iso, distance];
    }
    const at = best === null ? Number.NaN : Date.parse(best);
    return best !== null && at >= from && at <= to ? { ...a, publishedAt: best } : a;
  });
}
