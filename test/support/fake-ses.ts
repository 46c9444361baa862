// A fake SES v1 endpoint that answers SendRawEmail the way SES does on the wire: the success XML,
// or SES's error XML (HTTP 400, <ErrorResponse><Error><Type/><Code/><Message/>) per recipient, so
// the real SDK client and SesMailer classify real responses. It counts every HTTP attempt.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeSesAnswer = 'ok' | { readonly code: string; readonly message: string; readonly type?: 'Sender' | 'Receiver' };

export const THROTTLING: FakeSesAnswer = { code: 'Throttling', message: 'Maximum sending rate exceeded.' };
export const REJECTED: FakeSesAnswer = { code: 'MessageRejected', message: 'Email address is not verified. The following identities failed the check in region EU-WEST-1: chloe@example.com' };

export async function startFakeSes(answer: (recipient: string, attempt: number) => FakeSesAnswer) {
  /** Every HTTP request, in order: the recipient and what was answered. */
  const attempts: { recipient: string; answer: string }[] = [];
  /** Recipients whose message was accepted. */
  const delivered: string[] = [];
  let n = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const recipient = form.get('Destinations.member.1') ?? '';
    const requestId = `fake-${++n}`;
    const a = form.get('Action') === 'SendRawEmail' ? answer(recipient, attempts.filter((x) => x.recipient === recipient).length + 1) : 'ok';
    attempts.push({ recipient, answer: a === 'ok' ? 'ok' : a.code });
    res.setHeader('content-type', 'text/xml');
    if (a === 'ok') {
      delivered.push(recipient);
      res.end(
        `<SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendRawEmailResult><MessageId>${requestId}-msg</MessageId></SendRawEmailResult>` +
          `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></SendRawEmailResponse>`,
      );
      return;
    }
    res.statusCode = 400;
    res.end(
      `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${a.type ?? 'Sender'}</Type><Code>${a.code}</Code>` +
        `<Message>${a.message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts,
    delivered,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
