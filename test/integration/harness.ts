// Starts the local pipeline (s3rver + aws-ses-v2-local + the real handlers) for a test file,
// and reads what arrived at the local SES endpoint.
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { rmSync } from 'node:fs';
import { DEFAULT_THEMES, type RuntimeConfig } from '../../config/schema';
import type { DigestManifest } from '../../functions/core/model';
import { localS3Client } from '../../functions/local/local-clients';
import { startLocalPipeline, type LocalPipeline, type LocalPipelineOptions } from '../../functions/local/local-pipeline';
import { memoryLogger } from '../../functions/runtime/log';
import { tempDir } from '../support/temp-dir';

export const RECIPIENTS = ['ana@example.com', 'ben@example.com', 'chloe@example.com'];

export const testConfig: RuntimeConfig = {
  digestName: 'Test Briefing',
  sender: 'digest@example.com',
  recipients: RECIPIENTS,
  quietPeriodSeconds: 60,
  sendWhenEmpty: false,
  themes: DEFAULT_THEMES,
  maxItemsPerSection: 5,
  maxWordsPerItem: 80,
  maxArticleBytes: 2 * 1024 * 1024,
  otherNews: false,
};

export interface SesMail {
  subject: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  body: { text?: string; html?: string };
}

export async function startHarness(overrides: Partial<LocalPipelineOptions> = {}) {
  const log = memoryLogger();
  // A data folder of our own is removed on close; one passed in belongs to the caller.
  const ownDir = overrides.dataDir ? null : tempDir('digest-it-');
  const pipeline: LocalPipeline = await startLocalPipeline({
    config: testConfig,
    dataDir: ownDir ?? overrides.dataDir!,
    quietMs: 300,
    log,
    ...overrides,
  });
  const s3 = localS3Client(pipeline.s3Endpoint);
  // aws-ses-v2-local keeps one store per process, shared by every server it starts.
  await fetch(`${pipeline.sesEndpoint}/clear-store`, { method: 'POST' });
  return {
    pipeline,
    log,
    async mails(): Promise<SesMail[]> {
      const res = await fetch(`${pipeline.sesEndpoint}/store`);
      return ((await res.json()) as { emails: SesMail[] }).emails;
    },
    async clearMails() {
      await fetch(`${pipeline.sesEndpoint}/clear-store`, { method: 'POST' });
    },
    async keys(prefix: string): Promise<string[]> {
      const res = await s3.send(new ListObjectsV2Command({ Bucket: pipeline.bucket, Prefix: prefix }));
      return (res.Contents ?? []).map((o) => o.Key!).sort();
    },
    /** The first digest's manifest; fails the test when no digest was written. */
    async firstManifest(): Promise<DigestManifest> {
      const [first] = await this.manifests();
      if (!first) throw new Error('no digest manifest was written');
      return first;
    },
    async manifests(): Promise<DigestManifest[]> {
      const keys = (await this.keys('digests/')).filter((k) => k.endsWith('/digest.json'));
      return Promise.all(
        keys.map(async (Key) => {
          const res = await s3.send(new GetObjectCommand({ Bucket: pipeline.bucket, Key }));
          return JSON.parse(await res.Body!.transformToString()) as DigestManifest;
        }),
      );
    },
    async close() {
      s3.destroy();
      await pipeline.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** A short news article of our own, on a theme, distinct per `n` so content ids differ. */
export function article(n: number, topic: 'alliances' | 'review' | 'pyongyang' | 'sports' = 'alliances'): string {
  const body = {
    alliances: `Foreign and defense ministers of the two allies met in a two-plus-two session on day ${n}, pledging deeper security cooperation and a stronger alliance. The partners agreed to expand trilateral exercises with a third ally next year.`,
    review: `The administration said its policy review on North Korea, now in week ${n}, weighs pressure, sanctions relief and diplomacy. Officials said the new approach would favour calibrated engagement over grand bargains.`,
    pyongyang: `Pyongyang's foreign ministry said in a statement carried by KCNA on day ${n} that it would ignore Washington's overtures until the hostile policy ends. The statement warned of consequences for the joint drills.`,
    sports: `The home side won the cup final ${n}-0 on Saturday after a late penalty. Fans filled the square to celebrate the club's first trophy in a decade.`,
  }[topic];
  return `Headline number ${n} on ${topic}\n\n${body}\n\nAnalysts said the move, number ${n} this season, was widely expected by observers in the region.\n`;
}

/** An S3 ObjectCreated event for one key, as S3 delivers it (the sequencer orders events per key). */
export function s3Event(key: string, sequencer: string): S3Event {
  return {
    Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'digest-local' }, object: { key, sequencer, size: 1 } } }],
  } as unknown as S3Event;
}

/** Who got a message, sorted. */
export const recipientsOf = async (harness: Harness) => (await harness.mails()).map((m) => m.destination.to[0]).sort();
