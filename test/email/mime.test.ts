import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { InvalidMessageError, composeMessage, headerValue, mailbox, type ComposeInput } from '../../functions/email/mime';

const UNSUBSCRIBE_URL = 'https://abc123.lambda-url.eu-west-1.on.aws/?token=YW5uQHJlYWRlci5leGFtcGxl.q3cJ9Hxq4kU8m3Jk2pV0m7n9sYc0vW1bF6dQ0tQ0aBc';

function input(overrides: Partial<ComposeInput> = {}): ComposeInput {
  return {
    from: 'Harbour Desk <desk@news.example>',
    to: 'ann@reader.example',
    subject: 'Harbour Desk Brief — 3–7 März 2025 ✓',
    html: '<p>Grüße aus dem Hafen — <strong>HTML</strong></p>',
    text: 'Grüße aus dem Hafen — text',
    listUnsubscribe: { url: UNSUBSCRIBE_URL, mailto: 'unsubscribe@news.example' },
    messageId: '<digest-1@news.example>',
    date: new Date('2025-03-07T08:00:00Z'),
    ...overrides,
  };
}

describe('composeMessage', () => {
  it('builds multipart/alternative UTF-8 with both parts and a non-ASCII subject', async () => {
    const raw = await composeMessage(input());
    const mail = await simpleParser(raw);

    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.subject).toBe('Harbour Desk Brief — 3–7 März 2025 ✓');
    expect(mail.text?.trim()).toBe('Grüße aus dem Hafen — text');
    expect(mail.html).toContain('<p>Grüße aus dem Hafen — <strong>HTML</strong></p>');
    expect(mail.from?.value).toEqual([{ name: 'Harbour Desk', address: 'desk@news.example' }]);
    expect(mail.messageId).toBe('<digest-1@news.example>');
    expect(mail.date?.toISOString()).toBe('2025-03-07T08:00:00.000Z');
    // Only ASCII on the wire.
    expect(/[^\x00-\x7f]/.test(raw.toString('latin1'))).toBe(false);
  });

  it('adds RFC 8058 one-click unsubscribe headers', async () => {
    const mail = await simpleParser(await composeMessage(input()));
    // mailparser turns List-* headers into { unsubscribe: { url, mail } }; read the raw lines too.
    const lines = mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
    expect(lines).toContain(`List-Unsubscribe: <${UNSUBSCRIBE_URL}>, <mailto:unsubscribe@news.example>`);
    expect(lines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('leaves the unsubscribe headers out when there is no list', async () => {
    const mail = await simpleParser(await composeMessage(input({ listUnsubscribe: null })));
    expect(mail.headers.has('list-unsubscribe-post')).toBe(false);
    expect(mail.headerLines.some((h) => /^list-unsubscribe/i.test(h.key))).toBe(false);
  });

  it('strips CR and LF from every header value, so nothing can add a header', async () => {
    const raw = await composeMessage(
      input({
        subject: 'Hello\r\nBcc: victim@evil.example',
        from: 'Desk\r\nX-Injected: 1 <desk@news.example>',
        to: 'ann@reader.example\r\nCc: other@evil.example',
        listUnsubscribe: { url: `${UNSUBSCRIBE_URL}\r\nX-Evil: 2`, mailto: 'u@news.example\nX-Evil: 3' },
      }),
    );
    const mail = await simpleParser(raw);
    const keys = mail.headerLines.map((h) => h.key);
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('cc');
    expect(keys).not.toContain('x-injected');
    expect(keys).not.toContain('x-evil');
    expect(mail.subject).toBe('Hello Bcc: victim@evil.example');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toHaveLength(1);
  });

  it('keeps a display name with a comma, quotes and non-ASCII intact (mailbox)', async () => {
    const name = 'Harbour Desk, "Morning" Brief — Süd';
    const mail = await simpleParser(await composeMessage(input({ from: mailbox(name, 'desk@news.example') })));
    expect(mail.from?.value).toEqual([{ name, address: 'desk@news.example' }]);
  });

  it('headerValue removes line breaks itself (nodemailer also folds them; we do not rely on it)', () => {
    expect(headerValue(' a\r\nBcc: b\rc\nd ')).toBe('a Bcc: b c d');
  });

  it('takes exactly one recipient and an https unsubscribe URL', async () => {
    await expect(composeMessage(input({ to: 'a@x.example, b@y.example' }))).rejects.toThrow(InvalidMessageError);
    await expect(composeMessage(input({ to: 'not an address' }))).rejects.toThrow(InvalidMessageError);
    await expect(
      composeMessage(input({ listUnsubscribe: { url: 'http://digest.example/u', mailto: null } })),
    ).rejects.toThrow(/https/);
    const local = await composeMessage(input({ listUnsubscribe: { url: 'http://127.0.0.1:3000/u?token=t', mailto: null } }));
    expect(local.toString()).toContain('List-Unsubscribe: <http://127.0.0.1:3000/u?token=t>');
  });
});
