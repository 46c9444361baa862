// The repo's first five sample articles, read by the real reader: the input of the delivery tests
// that need a realistic digest without the local servers.
import { readdirSync, readFileSync } from 'node:fs';
import { readArticle } from '../../functions/core/ingest';
import type { Article } from '../../functions/core/model';

const SAMPLES = new URL('../../samples/', import.meta.url);

export const sampleArticles = (): Article[] =>
  readdirSync(SAMPLES)
    .filter((f) => /^0[1-5]-/.test(f))
    .sort()
    .map((f) => readArticle({ key: `incoming/${f}`, bytes: readFileSync(new URL(f, SAMPLES)) }, { maxBytes: 2 * 1024 * 1024 }));
