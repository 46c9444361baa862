// Render cost of one digest size, in a fresh process so the first render is really cold:
//   tsx bench/render-child.ts <articles> [warmRuns]   -> one JSON line on stdout
// mjml is imported on its own first, so its import time is reported apart from the first render.
import { performance } from 'node:perf_hooks';

const n = Number(process.argv[2]);
const warmRuns = Number(process.argv[3] ?? 20);
if (!Number.isInteger(n) || n < 1) throw new Error('usage: render-child.ts <articles> [warmRuns]');

const t0 = performance.now();
await import('mjml');
const mjmlImportMs = performance.now() - t0;
const t1 = performance.now();
const { renderDigest } = await import('../functions/email/render');
const renderImportMs = performance.now() - t1;

const templates = await (await import('../functions/local/repo-templates')).loadRepoTemplates();
const { digestViewOf } = await import('./views');
const { composeMessage, mailbox } = await import('../functions/email/mime');
const { unsubscribeLink } = await import('../functions/email/unsubscribe');
const unsubscribeUrl = unsubscribeLink('https://abcdefghij.lambda-url.us-east-1.on.aws/', 'reader@example.com', 'x'.repeat(64));

// With a cap (third argument), each item keeps only its first sources: the parent asks for that
// in a fresh process when the assembled view cannot be rendered at all.
const cap = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const assembled = digestViewOf(n);
const maxSources = Math.max(0, ...assembled.sections.flatMap((s) => s.items.map((i) => i.sources.length)));
const view = cap === undefined ? assembled : digestViewOf(n, cap);
const report = (fields: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ articles: n, sourcesCappedAt: cap ?? null, maxSourcesPerItem: maxSources, mjmlImportMs, renderImportMs, ...fields })}\n`);

const c = performance.now();
let html: string;
let text: string;
try {
  ({ html, text } = await renderDigest(view, { templates, unsubscribeUrl }));
} catch (error) {
  if ((error as Error).name !== 'DigestTooLargeError') throw error;
  report({ renderError: `${(error as Error).name}: ${(error as Error).message}` });
  process.exit(0);
}
const coldMs = performance.now() - c;
const warm: number[] = [];
for (let i = 0; i < warmRuns; i++) {
  const w = performance.now();
  ({ html, text } = await renderDigest(view, { templates, unsubscribeUrl }));
  warm.push(performance.now() - w);
}
warm.sort((a, b) => a - b);
const m = performance.now();
const mime = await composeMessage({
  from: mailbox(view.digestName, 'digest@example.com'),
  to: 'reader@example.com',
  subject: view.subject,
  html,
  text,
  listUnsubscribe: { url: unsubscribeUrl, mailto: null },
  messageKey: '0123456789abcdef.reader',
  date: new Date('2026-11-23T07:00:00Z'),
});
const mimeMs = performance.now() - m;

report({
    renderError: null,
    sections: view.sections.length,
    items: view.sections.reduce((s, x) => s + x.items.length, 0),
    coldRenderMs: coldMs,
    warmMedianMs: warm[Math.floor(warm.length / 2)] ?? null,
    warmMinMs: warm[0] ?? null,
    mimeComposeMs: mimeMs,
    htmlBytes: Buffer.byteLength(html),
    textBytes: Buffer.byteLength(text),
    mimeBytes: mime.length,
    articleListShortened: /and \d+ more/.exec(html)?.[0] ?? null,
});
