// Local end to end: 20 files dropped into the local pipeline (s3rver + aws-ses-v2-local + the real
// handlers), timed until the digest is in the local SES store, minus the quiet period. Also counts
// the S3 requests each phase makes (for the cost model).
//   NODE_OPTIONS=--openssl-legacy-provider tsx bench/e2e-child.ts [files] [quietMs]
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { INCOMING_PREFIX } from '../config/layout';
import { localS3Client } from '../functions/local/local-clients';
import { startLocalPipeline } from '../functions/local/local-pipeline';
import { memoryLogger } from '../functions/runtime/log';
import { ArticleSynthesizer } from './synthetic';
import { BENCH_CONFIG } from './views';

const files = Number(process.argv[2] ?? 20);
const quietMs = Number(process.argv[3] ?? 1000);
const dataDir = mkdtempSync(join(tmpdir(), 'digest-bench-e2e-'));
const log = memoryLogger();

const s0 = performance.now();
const pipeline = await startLocalPipeline({ config: BENCH_CONFIG, dataDir, quietMs, log });
const startupMs = performance.now() - s0;
await fetch(`${pipeline.sesEndpoint}/clear-store`, { method: 'POST' });

// Every request the pipeline's own S3 client sends, by command (the store keeps its client private).
const counts: Record<string, number> = {};
const pipelineS3 = (pipeline.store as unknown as { s3: S3Client }).s3;
pipelineS3.middlewareStack.add(
  (next, context) => async (args) => {
    const name = context.commandName ?? 'unknown';
    counts[name] = (counts[name] ?? 0) + 1;
    return next(args);
  },
  { step: 'initialize', name: 'benchRequestCounter' },
);
const snapshot = () => ({ ...counts });
const minus = (a: Record<string, number>, b: Record<string, number>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)]).filter(([, v]) => (v as number) > 0));

const synth = new ArticleSynthesizer();
const inputs = Array.from({ length: files }, (_, i) => synth.file(50_000 + i));
// The uploader is someone else's client: its PUTs are not the pipeline's requests.
const uploader = localS3Client(pipeline.s3Endpoint);

const t0 = performance.now();
await Promise.all(
  inputs.map((f) => uploader.send(new PutObjectCommand({ Bucket: pipeline.bucket, Key: f.key.replace(/^incoming\//, INCOMING_PREFIX), Body: f.bytes }))),
);
const uploadedMs = performance.now() - t0;
await pipeline.settle();
const ingestedMs = performance.now() - t0;
const ingestCounts = snapshot();

let emails = 0;
while (emails === 0) {
  await new Promise((r) => setTimeout(r, 20));
  const res = await fetch(`${pipeline.sesEndpoint}/store`);
  emails = ((await res.json()) as { emails: unknown[] }).emails.length;
  if (performance.now() - t0 > 120_000) throw new Error('no email after 120 s');
}
const emailMs = performance.now() - t0;
await pipeline.idle();
const digestCounts = minus(snapshot(), ingestCounts);
await pipeline.close();
uploader.destroy();
rmSync(dataDir, { recursive: true, force: true });

const events = (name: string) => log.lines.filter((l) => l.event === name).length;
process.stdout.write(
  `${JSON.stringify({
    files,
    quietMs,
    recipients: BENCH_CONFIG.recipients.length,
    startupMs,
    uploadedMs,
    ingestedMs,
    emailMs,
    endToEndMinusQuietMs: emailMs - quietMs,
    // The quiet timer starts when the last ingest asks for a digest, about when settle() returns.
    digestRunMs: emailMs - ingestedMs - quietMs,
    ingested: events('article.ingested'),
    rejected: events('article.rejected'),
    digests: events('digest.done'),
    s3Requests: { ingest: ingestCounts, digest: digestCounts },
  })}\n`,
);
