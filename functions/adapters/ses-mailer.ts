// Sends one raw MIME message per recipient with SES v1 SendRawEmail (the only v1 call that can
// carry List-Unsubscribe headers), and classifies SES errors by name for the delivery flow.
import { SendRawEmailCommand, SESClient, type SESClientConfig } from '@aws-sdk/client-ses';
import { MailSendError, type MailFailureKind, type Mailer } from '../pipeline/ports';

const KIND_BY_NAME: Record<string, MailFailureKind> = {
  Throttling: 'throttled',
  ThrottlingException: 'throttled',
  TooManyRequestsException: 'throttled',
  MessageRejected: 'rejected',
  // SES refuses this message outright (e.g. a malformed address): retrying the same call cannot help.
  InvalidParameterValue: 'rejected',
  MailFromDomainNotVerifiedException: 'rejected',
  ConfigurationSetDoesNotExistException: 'rejected',
  AccountSendingPausedException: 'paused',
  ConfigurationSetSendingPausedException: 'paused',
  SendingPausedException: 'paused',
  AccountSuspendedException: 'suspended',
};

export function classifySesError(error: unknown): MailSendError {
  const e = error as { name?: string; message?: string };
  const name = e?.name ?? 'Error';
  return new MailSendError(KIND_BY_NAME[name] ?? 'failed', name, e?.message ?? String(error));
}

/**
 * The SES client the mailer is meant to run on: ONE HTTP attempt per call. The delivery flow owns
 * the only retry policy (backoff and a run-wide budget, config/limits.ts); the SDK's own retries
 * (3 attempts by default) would multiply with it: 3 x 6 = 18 HTTP attempts per throttled recipient.
 */
export function mailerSesClient(config: SESClientConfig = {}): SESClient {
  return new SESClient({ ...config, maxAttempts: 1 });
}

export class SesMailer implements Mailer {
  constructor(private readonly ses: SESClient) {}

  async sendRaw(message: Buffer, recipient: string, sender: string): Promise<{ messageId: string }> {
    try {
      const res = await this.ses.send(
        new SendRawEmailCommand({ RawMessage: { Data: message }, Source: sender, Destinations: [recipient] }),
      );
      return { messageId: res.MessageId ?? '' };
    } catch (error) {
      throw classifySesError(error);
    }
  }
}
