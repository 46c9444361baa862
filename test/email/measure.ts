// Render cost and HTML size, for the README and the lead: `npx tsx test/email/measure.ts`.
// Not a test: timings vary by machine, so nothing here asserts on them.
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { renderDigest } = await import('../../functions/email/render');
const { generatedDigestView, smallDigestView } = await import('./fixtures');
const templates = await (await import('../../functions/local/repo-templates')).loadRepoTemplates();
const importMs = performance.now() - t0;

const unsubscribeUrl = 'https://unsubscribe.example/u?token=aGFyYm91cg.c2lnbmF0dXJl';
const time = async (label: string, view: Parameters<typeof renderDigest>[0], runs: number) => {
  const ms: number[] = [];
  let html = '';
  let text = '';
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    ({ html, text } = await renderDigest(view, { templates, unsubscribeUrl }));
    ms.push(performance.now() - start);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    label,
    firstMs: Math.round(ms[0]!),
    medianWarmMs: runs > 1 ? Math.round(sorted[Math.floor(sorted.length / 2)]!) : null,
    htmlBytes: Buffer.byteLength(html),
    textBytes: Buffer.byteLength(text),
    more: /and (\d+) more/.exec(html)?.[0] ?? null,
  };
};

const rows = [
  await time('small fixture (5 articles, 3 sections)', smallDigestView(), 30),
  await time('generated, 5 articles', generatedDigestView(5, 3, 2), 30),
  await time('generated, 500 articles (6 sections x 5 items)', generatedDigestView(500), 10),
];
console.log(`import render.ts (mjml): ${Math.round(importMs)} ms`);
console.table(rows);
