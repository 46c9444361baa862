// The unsubscribe HMAC key, read once per container from Secrets Manager.
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

const cache = new Map<string, Promise<string>>();

export function loadSecret(client: SecretsManagerClient, secretId: string): Promise<string> {
  let value = cache.get(secretId);
  if (!value) {
    value = client.send(new GetSecretValueCommand({ SecretId: secretId })).then((res) => {
      if (!res.SecretString) throw new Error(`secret ${secretId} has no string value`);
      return res.SecretString;
    });
    value.catch(() => cache.delete(secretId)); // a failed read is retried next time
    cache.set(secretId, value);
  }
  return value;
}
