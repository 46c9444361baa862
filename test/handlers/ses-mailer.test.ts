// SES errors are handled by name: the mailer classifies them, the flow reacts to each kind.
import { SendRawEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { mailerSesClient, SesMailer } from '../../functions/adapters/ses-mailer';
import { MailSendError } from '../../functions/pipeline/ports';

const ses = mockClient(SESClient);
beforeEach(() => ses.reset());

const sesError = (name: string) => Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: 400 } });

describe('SesMailer', () => {
  it('sends the raw MIME message to exactly one recipient from the configured sender', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: 'm-1' });
    const raw = Buffer.from('Subject: hi\r\n\r\nbody');
    await expect(new SesMailer(new SESClient({ region: 'eu-west-1' })).sendRaw(raw, 'a@example.com', 'news@example.com')).resolves.toEqual({ messageId: 'm-1' });
    expect(ses).toHaveReceivedCommandWith(SendRawEmailCommand, { Source: 'news@example.com', Destinations: ['a@example.com'], RawMessage: { Data: raw } });
  });

  it.each([
    ['Throttling', 'throttled'],
    ['MessageRejected', 'rejected'],
    ['MailFromDomainNotVerifiedException', 'rejected'],
    ['InvalidParameterValue', 'rejected'],
    ['AccountSendingPausedException', 'paused'],
    ['ConfigurationSetSendingPausedException', 'paused'],
    ['SendingPausedException', 'paused'],
    ['AccountSuspendedException', 'suspended'],
    ['InternalFailure', 'failed'],
  ])('classifies %s as %s', async (name, kind) => {
    ses.on(SendRawEmailCommand).rejects(sesError(name));
    const error = await new SesMailer(new SESClient({ region: 'eu-west-1' })).sendRaw(Buffer.from('x'), 'a@example.com', 'n@example.com').catch((e) => e);
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ kind, awsName: name });
  });

  it('runs on an SES client that makes one HTTP attempt per call: the flow owns the only retry policy', async () => {
    const client = mailerSesClient({ region: 'eu-west-1', maxAttempts: 5 });
    expect(await client.config.maxAttempts()).toBe(1);
  });
});
