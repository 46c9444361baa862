// Lambda Function URL -> one-click unsubscribe (RFC 8058 POST) and its confirmation page (GET).
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { S3PipelineStore } from '../adapters/s3-store';
import { addressHash } from '../core/ids';
import { loadSecret } from '../adapters/secrets';
import { handleUnsubscribeRequest } from '../email/unsubscribe';
import type { Logger, PipelineStore } from '../pipeline/ports';
import { unsubscribeEnv } from '../../config/env';
import { once } from '../runtime/env';
import { jsonLogger } from '../runtime/log';

export function createUnsubscribeHandler(deps: {
  store: Pick<PipelineStore, 'suppress'>;
  secret: () => Promise<string>;
  digestName: string;
  log?: Logger;
}) {
  const log = deps.log ?? jsonLogger();
  return async (event: LambdaFunctionURLEvent): Promise<LambdaFunctionURLResult> => {
    const body = event.body == null ? null : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    const res = await handleUnsubscribeRequest(
      { method: event.requestContext.http.method, query: event.queryStringParameters ?? {}, body },
      {
        secret: await deps.secret(),
        digestName: deps.digestName,
        suppress: async (email) => {
          await deps.store.suppress(email);
          log.info('recipient.unsubscribed', { recipientHash: addressHash(email) });
        },
      },
    );
    return res;
  };
}

const fromEnv = once(() => {
  const env = unsubscribeEnv();
  const secrets = new SecretsManagerClient({});
  return createUnsubscribeHandler({
    store: new S3PipelineStore(new S3Client({}), env.bucketName),
    secret: () => loadSecret(secrets, env.unsubscribeSecretArn),
    digestName: env.config.digestName,
  });
});

export const handler = async (event: LambdaFunctionURLEvent) => fromEnv()(event);
