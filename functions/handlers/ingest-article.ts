// S3 ObjectCreated (incoming/) -> ingestObject. Thin: decode the event, call the flow.
import { S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { S3PipelineStore } from '../adapters/s3-store';
import { ingestObject, type IngestDeps, type IngestOutcome } from '../pipeline/ingest-object';
import { ingestArticleEnv } from '../../config/env';
import { awsDigestTrigger } from '../runtime/aws-trigger';
import { once } from '../runtime/env';
import { jsonLogger } from '../runtime/log';

/** S3 event keys are URL-encoded, with '+' for a space. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

export function createIngestHandler(deps: IngestDeps, settings: { maxArticleBytes: number }) {
  return async (event: Partial<S3Event> & { Event?: string }): Promise<IngestOutcome[]> => {
    const records = event.Records ?? [];
    if (records.length === 0) {
      deps.log.info('event.ignored', { why: event.Event === 's3:TestEvent' ? 'S3 test event' : 'no records' });
      return [];
    }
    const outcomes: IngestOutcome[] = [];
    const failures: unknown[] = [];
    for (const record of records) {
      const key = decodeS3Key(record.s3.object.key);
      try {
        outcomes.push(await ingestObject({ key, sequencer: record.s3.object.sequencer ?? null }, settings, deps));
      } catch (error) {
        deps.log.error('article.failed', { key, error: String(error) });
        failures.push(error);
      }
    }
    // Every record is idempotent, so a retry of the whole event is safe; the DLQ keeps it if retries fail.
    if (failures.length) throw new AggregateError(failures, `${failures.length} of ${records.length} record(s) failed`);
    return outcomes;
  };
}

const fromEnv = once(() => {
  const env = ingestArticleEnv();
  const { config } = env;
  const log = jsonLogger();
  const trigger = awsDigestTrigger(env.digestRequest, config, log);
  const store = new S3PipelineStore(new S3Client({}), env.bucketName);
  return createIngestHandler({ store, trigger, log, now: () => new Date() }, config);
});

export const handler = async (event: S3Event) => fromEnv()(event);
