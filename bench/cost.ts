// What a month costs on AWS at list prices (us-east-1), from the benchmark's measured times and
// the request counts of the code. Every assumption is a named field so the README can state it.

export const PRICES = {
  lambdaGbSecondArm: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  s3PutPer1000: 0.005, // PUT, COPY, POST, LIST
  s3GetPer1000: 0.0004, // GET, HEAD and all other requests (DELETE is free)
  s3GbMonth: 0.023,
  sesPer1000Emails: 0.1,
  schedulerPerMillionAfterFree: 1.0,
  schedulerFreeInvocations: 14_000_000,
  secretPerMonth: 0.4,
} as const;

export interface CostInputs {
  readonly articlesPerMonth: number;
  readonly digestsPerMonth: number;
  readonly recipients: number;
  /** Memory sizes of the functions (lib/digest-pipeline-stack.ts). */
  readonly ingestMemoryMb: number;
  readonly digestMemoryMb: number;
  /** Measured here, on one core of this machine. */
  readonly readArticleMs: number;
  readonly summarizeMsPerArticle: number;
  readonly renderColdMs: number;
  readonly mimeComposeMs: number;
  readonly ingestInitMs: number;
  readonly digestInitMs: number;
  /** Assumptions. */
  readonly s3LatencyMs: number;
  readonly schedulerCallMs: number;
  readonly sesSendMs: number;
  readonly storedBytesPerArticle: number;
  readonly digestFileBytes: number;
  readonly retentionMonths: number;
}

/** Lambda gives a function CPU in proportion to its memory: one full vCPU at 1,769 MB. */
export const cpuScale = (memoryMb: number) => Math.max(1, 1769 / memoryMb);

/**
 * S3 requests, counted from functions/pipeline (and checked against the local run's counters):
 * - ingest-object.ts, a new article: HEAD incoming, GET key index (404), GET incoming, HEAD
 *   archived, HEAD pending, PUT pending, PUT key index: 3 HEAD + 2 GET + 2 PUT. Plus the uploader's PUT.
 * - deliver-digest.ts, a digest of A articles to R recipients: PUT lock; LIST outbox; LIST + GET
 *   pending (A); HEAD archived (A); LIST rejections; PUT digest.json, view.json, digest.html,
 *   digest.txt, outbox; GET the 3 rendered files; per recipient HEAD suppression, HEAD ledger, GET
 *   failure record (404), PUT ledger; finalize: LIST + GET pending (A), PUT archive (A), GET key
 *   index (A), DELETEs (free); LIST outbox, pending and rejections again; GET lock.
 *   GET-class 4A + 3R + 4, PUT-class A + R + 6 + 7 LIST.
 */
export function s3Requests(articlesPerDigest: number, recipients: number) {
  const A = articlesPerDigest;
  const listPages = Math.max(1, Math.ceil(A / 1000));
  return {
    ingestPerArticle: { get: 5, put: 2, uploaderPut: 1 },
    perDigest: { get: 4 * A + 3 * recipients + 4, put: A + recipients + 6 + 3 * listPages + 4 },
  };
}

export function monthlyCost(x: CostInputs) {
  const A = x.articlesPerMonth / x.digestsPerMonth;
  const req = s3Requests(A, x.recipients);

  // ingest-article: CPU work scaled to the function's share of a vCPU, then 7 sequential S3 calls
  // and one Scheduler call (the quiet-period reschedule). One cold start (INIT is billed) per digest batch.
  const ingestMs =
    x.readArticleMs * cpuScale(x.ingestMemoryMb) + (req.ingestPerArticle.get + req.ingestPerArticle.put) * x.s3LatencyMs + x.schedulerCallMs;
  const ingestGbS = ((ingestMs * x.articlesPerMonth + x.ingestInitMs * cpuScale(x.ingestMemoryMb) * x.digestsPerMonth) / 1000) * (x.ingestMemoryMb / 1024);

  // send-digest: summarize + a cold render + one MIME message per recipient, scaled; S3 calls
  // sequential except the listings' GETs (16 at a time); one SES call per recipient; always cold.
  const digestCpuMs = (x.summarizeMsPerArticle * A + x.renderColdMs + x.mimeComposeMs * x.recipients) * cpuScale(x.digestMemoryMb);
  const parallelGets = 2 * A; // listPending twice: GETs 16 at a time
  const digestIoMs = ((req.perDigest.get - parallelGets) + req.perDigest.put) * x.s3LatencyMs + (parallelGets / 16) * x.s3LatencyMs + x.recipients * x.sesSendMs;
  const digestMs = digestCpuMs + digestIoMs + x.digestInitMs * cpuScale(x.digestMemoryMb);
  const digestGbS = ((digestMs * x.digestsPerMonth) / 1000) * (x.digestMemoryMb / 1024);

  const lambdaRequests = x.articlesPerMonth + x.digestsPerMonth;
  const lambda = (ingestGbS + digestGbS) * PRICES.lambdaGbSecondArm + (lambdaRequests / 1e6) * PRICES.lambdaPerMillionRequests;

  const s3Get = x.articlesPerMonth * req.ingestPerArticle.get + x.digestsPerMonth * req.perDigest.get;
  const s3Put = x.articlesPerMonth * (req.ingestPerArticle.put + req.ingestPerArticle.uploaderPut) + x.digestsPerMonth * req.perDigest.put;
  const storedGb = ((x.articlesPerMonth * x.storedBytesPerArticle + x.digestsPerMonth * x.digestFileBytes) * x.retentionMonths) / 1e9;
  const s3 = (s3Get / 1000) * PRICES.s3GetPer1000 + (s3Put / 1000) * PRICES.s3PutPer1000 + storedGb * PRICES.s3GbMonth;

  const emails = x.digestsPerMonth * x.recipients;
  const ses = (emails / 1000) * PRICES.sesPer1000Emails;
  const schedulerInvocations = x.digestsPerMonth;
  const scheduler = (Math.max(0, schedulerInvocations - PRICES.schedulerFreeInvocations) / 1e6) * PRICES.schedulerPerMillionAfterFree;
  const secrets = PRICES.secretPerMonth;

  const round = (v: number, d = 4) => Number(v.toFixed(d));
  return {
    assumptions: x,
    articlesPerDigest: Math.round(A),
    ingest: { billedMsPerArticle: round(ingestMs, 1), gbSeconds: round(ingestGbS, 1) },
    digest: { billedMsPerDigest: round(digestMs, 0), gbSeconds: round(digestGbS, 1) },
    s3Requests: { get: s3Get, putListPost: s3Put, storedGbSteadyState: round(storedGb, 3) },
    usd: {
      lambda: round(lambda),
      s3: round(s3),
      ses: round(ses),
      scheduler: round(scheduler),
      secretsManager: round(secrets),
      total: round(lambda + s3 + ses + scheduler + secrets),
    },
    notes: [
      'List prices, us-east-1, before any free tier (the Lambda free tier alone covers all of the compute).',
      `Lambda CPU scales with memory: work measured on one core here is multiplied by ${cpuScale(1024).toFixed(2)} at 1024 MB.`,
      'INIT is billed (since August 2025): one cold start per digest batch for each function.',
      'EventBridge Scheduler: one invocation per digest; rescheduling calls from ingest are API calls, not invocations.',
      'Excluded: CloudWatch Logs, SQS (dead-letter queues stay empty), data transfer, Secrets Manager API calls ($0.05 per 10,000).',
    ],
  };
}
