// SNS (the SES configuration set's event destination) -> handleSesFeedback. Thin: decode the event, call the flow.
import { S3Client } from '@aws-sdk/client-s3';
import type { SNSEvent } from 'aws-lambda';
import { S3PipelineStore } from '../adapters/s3-store';
import { handleSesFeedback, type FeedbackDeps, type FeedbackOutcome } from '../pipeline/ses-feedback';
import { sesFeedbackEnv } from '../../config/env';
import { once } from '../runtime/env';
import { jsonLogger } from '../runtime/log';

export function createSesFeedbackHandler(deps: FeedbackDeps) {
  return async (event: Partial<SNSEvent>): Promise<FeedbackOutcome[]> => {
    const outcomes: FeedbackOutcome[] = [];
    // A storage fault throws: Lambda retries the event (a suppression is idempotent), then the DLQ keeps it.
    for (const record of event.Records ?? []) outcomes.push(await handleSesFeedback(record.Sns?.Message ?? '', deps));
    return outcomes;
  };
}

const fromEnv = once(() =>
  createSesFeedbackHandler({ store: new S3PipelineStore(new S3Client({}), sesFeedbackEnv().bucketName), log: jsonLogger() }),
);

export const handler = async (event: SNSEvent) => fromEnv()(event);
