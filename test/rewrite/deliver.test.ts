
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { parseAppConfig, toRuntimeConfig, type RuntimeConfig } from '../../config/schema';
import { BedrockItemRewriter } from '../../functions/adapters/bedrock-rewriter';
import { assembleDigest } from '../../functions/core/digest';
import type { Article, DigestManifest } from '../../functions/core/model';
import type { ItemRewriter } from '../../functions/core/rewrite';
import { deliverSettingsOf } from '../../config/schema';
import { rewriterOf } from '../../functions/handlers/send-digest';
import { runDigest, type DeliverDeps } from '../../functions/pipeline/deliver-digest';
import { memoryLogger } from '../../functions/runtime/log';
import { memoryStore } from '../support/memory-store';
import { sampleArticles } from '../support/sample-articles';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const NOW = new Date('2026-03-04T07:00:00Z');
const articles: Article[] = sampleArticles();

const config = (summarizer?: unknown): RuntimeConfig =>
  toRuntimeConfig(parseAppConfig({ sender: 'digest@example.com', recipients: ['reader@example.com'], ...(summarizer ? { summarizer } : {}) }));

async function run(rewriter?: ItemRewriter) {
  const { store, files } = memoryStore(articles, NOW);
  const log = memoryLogger();
  const mails: string[] = [];
  const deps: DeliverDeps = {
    store,
    templates,
    mailer: { sendRaw: async (raw) => (mails.push(raw.toString('utf8')), { messageId: `m-${mails.length}` }) },
    trigger: { requestDigest: async () => undefined },
    log,
    now: () => NOW,
    sleep: async () => undefined,
    unsubscribe: null,
    rewriter,
  };
  const outcome = await runDigest(deliverSettingsOf(config()), deps);
  const digestId = (outcome as { digestId: string }).digestId;
  const manifest = JSON.parse(files.get(`${digestId}/digest.json`)!) as DigestManifest;
  return { outcome, manifest, text: files.get(`${digestId}/digest.txt`)!, log, mails };
}

/** Rewrites every item as "Point N of <section>." */
const numbering: ItemRewriter = {
  rewrite: async (section) => section.items.map((_, i) => `Point ${i + 1} of ${section.title}.`),
};

describe('runDigest in abstractive mode', () => {
  it('without a rewriter, produces exactly assembleDigest\'s manifest (extractive mode unchanged)', async () => {
    const { manifest } = await run();
    const expected = assembleDigest({ articles, rejected: [], rejectionIds: [], settings: deliverSettingsOf(config()), now: NOW }).manifest;
    expect(manifest).toEqual(expected);
    expect(manifest.sections.length).toBeGreaterThan(0);
  });

  it('with a rewriter, sends the rewritten items with the extractive sources, under the same digest id', async () => {
    const extractive = await run();
    const abstractive = await run(numbering);
    expect(abstractive.outcome).toMatchObject({ status: 'sent', sent: 1, digestId: extractive.manifest.id });
    expect(abstractive.manifest.sections.map((s) => s.items.map((it) => it.text))).toEqual(
      extractive.manifest.sections.map((s) => s.items.map((_, i) => `Point ${i + 1} of ${s.title}.`)),
    );
    expect(abstractive.manifest.sections.map((s) => s.items.map((it) => it.sources))).toEqual(
      extractive.manifest.sections.map((s) => s.items.map((it) => it.sources)),
    );
    expect(abstractive.manifest.articles).toEqual(extractive.manifest.articles);
    expect(abstractive.text).toContain(`Point 1 of ${extractive.manifest.sections[0]!.title}.`);
  });

  it('keeps the extractive digest and logs a warning when the rewriter fails', async () => {
    const extractive = await run();
    const failing: ItemRewriter = { rewrite: async () => Promise.reject(Object.assign(new Error('no access'), { name: 'AccessDeniedException' })) };
    const { outcome, manifest, log } = await run(failing);
    expect(outcome).toMatchObject({ status: 'sent', sent: 1 });
    expect(manifest).toEqual(extractive.manifest);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', event: 'digest.rewrite-failed', name: 'AccessDeniedException', message: 'no access' }));
  });

  it('logs each item that keeps its extractive text', async () => {
    const tooLong: ItemRewriter = { rewrite: async (s) => s.items.map(() => 'word '.repeat(200)) };
    const extractive = await run();
    const { manifest, log } = await run(tooLong);
    expect(manifest).toEqual(extractive.manifest);
    const warnings = log.lines.filter((l) => l.event === 'digest.rewrite-fallback');
    expect(warnings).toHaveLength(extractive.manifest.sections.reduce((n, s) => n + s.items.length, 0));
    expect(warnings[0]).toMatchObject({ level: 'warn', item: 0, reason: '200 words, more than 80' });
  });
});

describe('send-digest handler: rewriterOf', () => {
  const sleep = async () => undefined;
  const client = () => new BedrockRuntimeClient({ region: 'eu-west-1' });

  it('creates no rewriter in extractive mode, explicit or by default', () => {
    expect(rewriterOf(config(), sleep, memoryLogger(), client)).toBeUndefined();
    expect(rewriterOf(config({ mode: 'extractive', modelId: 'amazon.nova-micro-v1:0' }), sleep, memoryLogger(), client)).toBeUndefined();
  });

  it('creates a Bedrock rewriter in bedrock mode', () => {
    expect(rewriterOf(config({ mode: 'bedrock', modelId: 'amazon.nova-micro-v1:0' }), sleep, memoryLogger(), client)).toBeInstanceOf(BedrockItemRewriter);
  });
});

describe('digest.summarizer config', () => {
  it('defaults to extractive, passes through to the runtime config, and needs a model id for bedrock', () => {
    expect(config().summarizer).toBeUndefined();
    expect(config({}).summarizer).toEqual({ mode: 'extractive' });
    expect(config({ mode: 'bedrock', modelId: 'amazon.nova-micro-v1:0' }).summarizer).toEqual({ mode: 'bedrock', modelId: 'amazon.nova-micro-v1:0' });
    expect(() => config({ mode: 'bedrock' })).toThrow('digest.summarizer.modelId: is required when digest.summarizer.mode is "bedrock"');
    expect(() => config({ mode: 'bedrock', modelId: 'arn:aws:bedrock:eu-west-1::foundation-model/x' })).toThrow(/digest\.summarizer\.modelId: must be a Bedrock model id/);
    expect(() => config({ mode: 'abstractive' })).toThrow(/digest\.summarizer\.mode/);
  });
});
