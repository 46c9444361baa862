// The whole pipeline on this machine: s3rver as the bucket, aws-ses-v2-local as SES, an HTTP
// server as the unsubscribe function URL, and the REAL handlers (createIngestHandler,
// createDigestHandler, createUnsubscribeHandler) wired to them. Used by `npm start` and by the
// integration tests.
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import S3rver from 's3rver';
import { INCOMING_PREFIX } from '../../config/layout';
import type { RuntimeConfig } from '../../config/schema';
import { S3ArchiveReader } from '../adapters/s3-archive';
import { S3PipelineStore } from '../adapters/s3-store';
import { SesMailer } from '../adapters/ses-mailer';
import { handleArchiveRequest } from '../email/archive';
import { createDigestHandler } from '../handlers/send-digest';
import { createIngestHandler } from '../handlers/ingest-article';
import { createUnsubscribeHandler } from '../handlers/unsubscribe';
import type { DigestTrigger, Logger, Mailer } from '../pipeline/ports';
import { localS3Client, localSesClient } from './local-clients';
import { startConditionalS3Proxy } from './conditional-s3-proxy';
import { LocalDigestTrigger } from './local-trigger';
import { loadRepoTemplates } from './repo-templates';
import { localUnsubscribeUrl } from './local-ports';

export interface LocalPipelineOptions {
  readonly config: RuntimeConfig;
  /** Folder for s3rver's files and the local unsubscribe secret; wiped at start unless keepData. */
  readonly dataDir: string;
  readonly keepData?: boolean;
  readonly quietMs: number;
  readonly log: Logger;
  /** 0 picks a free port. */
  readonly s3Port?: number;
  readonly sesPort?: number;
  readonly unsubscribePort?: number;
  readonly archivePort?: number;
  readonly bucket?: string;
  /** Tests wrap the SES mailer to inject faults (a crash mid-run, throttling...). */
  readonly wrapMailer?: (mailer: Mailer) => Mailer;
  /** How the digest run waits between throttling retries. @default a real timer */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Tests wrap the digest trigger the ingest handler sees, to inject a failing Scheduler call. */
  readonly wrapIngestTrigger?: (trigger: DigestTrigger) => DigestTrigger;
}

export interface LocalPipeline {
  readonly bucket: string;
  readonly s3Endpoint: string;
  readonly sesEndpoint: string;
  readonly unsubscribeUrl: string;
  /** The web archive (index, feed, digest pages), served like the archive Function URL. */
  readonly archiveUrl: string;
  readonly store: S3PipelineStore;
  /** Uploads into incoming/ (the S3 event then runs the ingest handler). */
  upload(name: string, body: Uint8Array | string): Promise<void>;
  /** Hands an S3 event to the ingest handler, as a (re)delivery from S3 would. */
  deliverEvent(event: S3Event): Promise<unknown>;
  /** Invokes the digest handler now, as a fired schedule would. */
  runDigestNow(): Promise<unknown>;
  /** Resolves when every S3 event so far is handled (a scheduled digest may still be waiting). */
  settle(): Promise<void>;
  /** Resolves when every S3 event is handled and no digest is pending or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The bucket notification's filter: every object under incoming/, as on AWS (one prefix-only rule). */
export function startsPipeline(key: string): boolean {
  return key.startsWith(INCOMING_PREFIX);
}

/** Real S3 URL-encodes event keys (space as '+', '+' as %2B); s3rver does not, so we do. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s, 0);
  await new Promise((r) => s.close(r));
  return port;
}

export async function startLocalPipeline(options: LocalPipelineOptions): Promise<LocalPipeline> {
  const { config, log } = options;
  const bucket = options.bucket ?? 'digest-local';
  if (!options.keepData) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });

  // The unsubscribe secret is kept with the data, so links in earlier local emails keep working.
  const secretFile = join(options.dataDir, 'unsubscribe-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  const secret = readFileSync(secretFile, 'utf8').trim();

  // s3rver listens on a private port; clients talk to it through the proxy that enforces S3's
  // conditional writes (If-None-Match / If-Match), on the port the user asked for.
  const s3rverPort = await freePort();
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: s3rverPort,
    silent: true,
    directory: join(options.dataDir, 's3'),
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  await s3rver.run();
  const proxy = await startConditionalS3Proxy({ host: '127.0.0.1', port: s3rverPort }, options.s3Port || 0);
  const s3Endpoint = `http://127.0.0.1:${proxy.port}`;

  const sesPort = options.sesPort || (await freePort());
  const ses = await import('aws-ses-v2-local');
  // A CommonJS module with __esModule: tsx hands over its `default`; plain Node (the prebuilt
  // dist/local bundle) hands over module.exports, whose `default` is one level down.
  const startSes = (ses.default as unknown as { default?: typeof ses.default }).default ?? ses.default;
  const sesServer = await startSes({ host: '127.0.0.1', port: sesPort });
  const sesEndpoint = `http://127.0.0.1:${sesPort}`;

  const s3 = localS3Client(s3Endpoint);
  await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch(() => undefined); // configured above already
  const store = new S3PipelineStore(s3, bucket);

  // The unsubscribe function URL.
  const unsubscribe = createUnsubscribeHandler({ store, secret: async () => secret, digestName: config.digestName, log });
  const http = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const out = await unsubscribe({
      requestContext: { http: { method: req.method ?? 'GET' } },
      queryStringParameters: Object.fromEntries(url.searchParams),
      body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
      isBase64Encoded: false,
    } as never);
    const result = typeof out === 'string' ? { statusCode: 200, body: out, headers: {} } : out;
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    res.end(result.body ?? '');
  });
  const unsubscribePort = await listen(http, options.unsubscribePort ?? 0);
  const unsubscribeUrl = localUnsubscribeUrl(unsubscribePort);

  // The web archive's function URL: the same pure routing and pages over the same S3 reader.
  const archiveReader = new S3ArchiveReader(s3, bucket);
  let archiveUrl = '';
  const archiveHttp = createServer(async (req, res) => {
    try {
      const out = await handleArchiveRequest(
        { method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://localhost').pathname },
        { digestName: config.digestName, baseUrl: archiveUrl, listEntries: () => archiveReader.listEntries(), getPage: (id) => archiveReader.getPage(id) },
      );
      res.writeHead(out.statusCode, out.headers);
      res.end(req.method === 'HEAD' ? '' : out.body);
    } catch (error) {
      log.error('archive.failed', { url: req.url, error: String(error) });
      res.writeHead(500).end();
    }
  });
  const archivePort = await listen(archiveHttp, options.archivePort ?? 0);
  archiveUrl = `http://127.0.0.1:${archivePort}/`;

  const trigger = new LocalDigestTrigger(options.quietMs, log);
  const ingestTrigger = options.wrapIngestTrigger ? options.wrapIngestTrigger(trigger) : trigger;
  const ingest = createIngestHandler({ store, trigger: ingestTrigger, log, now: () => new Date() }, config);
  const digest = createDigestHandler(config, async () => ({
    store,
    mailer: (options.wrapMailer ?? ((m) => m))(new SesMailer(localSesClient(sesEndpoint))),
    trigger,
    log,
    now: () => new Date(),
    sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
    unsubscribe: { baseUrl: unsubscribeUrl, secret, mailto: config.unsubscribeMailto },
    templates: await loadRepoTemplates(),
    archiveUrl,
  }));
  trigger.onFire(digest);

  // s3rver emits S3-shaped records but delivers them nowhere: this is the bucket notification.
  const inFlight = new Set<Promise<unknown>>();
  // Same filter as the bucket notification on AWS: everything under incoming/.
  (s3rver as unknown as NodeJS.EventEmitter).on('event', (event: S3Event) => {
    const record = event.Records?.[0];
    if (!record?.eventName.startsWith('ObjectCreated') || !startsPipeline(record.s3.object.key)) return;
    const encoded: S3Event = {
      Records: [{ ...record, s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3EventKey(record.s3.object.key) } } }],
    };
    const p = ingest(encoded)
      .catch((error) => log.error('article.failed', { key: record.s3.object.key, error: String(error) }))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  });

  return {
    bucket,
    s3Endpoint,
    sesEndpoint,
    unsubscribeUrl,
    archiveUrl,
    store,
    deliverEvent: (event) => ingest(event),
    runDigestNow: () => digest(),
    async upload(name, body) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${INCOMING_PREFIX}${name}`, Body: body }));
    },
    async settle() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
    async idle() {
      // Events may still be arriving: settle them, then wait for the digest, until both are quiet.
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        if (inFlight.size) {
          await Promise.all([...inFlight]);
          continue;
        }
        await trigger.idle();
        if (!inFlight.size) return;
      }
    },
    async close() {
      trigger.close();
      await Promise.all([...inFlight]);
      // close() waits for open connections (a browser's keep-alive): end them too.
      await Promise.all([http, archiveHttp, sesServer].map((server) => new Promise((r) => {
        server.close(r);
        (server as Partial<Server>).closeAllConnections?.();
      })));
      await proxy.close();
      await s3rver.close();
      s3.destroy();
    },
  };
}
