// How the adapters read many small S3 objects: a bounded number at once, results in input order.

/**
 * S3 GETs in flight at once when an adapter reads a prefix's objects. Enough to hide each GET's
 * round trip (tens of ms), well under the SDK's default of 50 sockets per client, so one listing
 * never starves the other calls of the same invocation.
 */
export const S3_PARALLEL_READS = 16;

/** Runs at most `limit` promises at once, keeping the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
