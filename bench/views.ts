// Digest views for the render benchmark: the real assembly (summarize, manifest, view) over
// synthetic articles, so sizes and section counts are what the pipeline would produce.
import { parseAppConfig, toRuntimeConfig } from '../config/schema';
import { assembleDigest } from '../functions/core/digest';
import { readArticle } from '../functions/core/ingest';
import type { DigestView } from '../functions/core/model';
import { ArticleSynthesizer } from './synthetic';

export const BENCH_CONFIG = toRuntimeConfig(
  parseAppConfig({ digestName: 'Korea Peninsula Briefing', sender: 'digest@example.com', recipients: ['reader@example.com'] }),
);

/**
 * The view the pipeline would build for `articles` synthetic files. With maxSourcesPerItem, each
 * item keeps only its first sources (what a cap in the summarizer or the view would give).
 */
export function digestViewOf(articles: number, maxSourcesPerItem?: number): DigestView {
  const synth = new ArticleSynthesizer();
  const list = Array.from({ length: articles }, (_, i) => readArticle(synth.file(i), { maxBytes: BENCH_CONFIG.maxArticleBytes }));
  const { view } = assembleDigest({ articles: list, rejected: [], rejectionIds: [], settings: BENCH_CONFIG, now: new Date('2026-11-23T07:00:00Z') });
  if (maxSourcesPerItem === undefined) return view;
  return {
    ...view,
    sections: view.sections.map((s) => ({ ...s, items: s.items.map((it) => ({ ...it, sources: it.sources.slice(0, maxSourcesPerItem) })) })),
  };
}
