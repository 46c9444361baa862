import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { InvalidMessageError, composeMessage, headerValue, listIdHeader, mailbox, type ComposeInput } from '../../functions/email/mime';

const UNSUBSCRIBE_URL = 'https://abc123.lambda-url.eu-west-1.on.aws/?token=YW5uQHJlYWRlci5leGFtcGxl.q3cJ9Hxq4kU8m3Jk2pV0m7n9sYc0vW1bF6dQ0tQ0aBc';

function input(overrides: Partial<ComposeInput> = {}): ComposeInput {
  return {
    from: 'Harbour Desk <desk@news.example>',
    to: 'ann@reader.example',
    subject: 'Harbour Desk Brief — 3–7 März 2025 ✓',
    html: '<p>Grüße aus dem Hafen — <strong>HTML</strong></p>',
    text: 'Grüße aus dem Hafen — text',
    listUnsubscribe: { url: UNSUBSCRIBE_URL, mailto: 'unsubscribe@news.example' },
    messageKey: 'digest-1',
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

  it('composes the same message to the same bytes, and another message with another boundary', async () => {
    const first = await composeMessage(input());
    expect((await composeMessage(input())).equals(first)).toBe(true);
    const boundary = (raw: Buffer): string => /boundary="([^"]+)"/.exec(raw.toString('utf8'))![1]!;
    const other = await composeMessage(input({ to: 'bo@reader.example' }));
    expect(boundary(other)).not.toBe(boundary(first));
    // Only where MIME puts it: the header, before each of the two parts, and at the end.
    expect(first.toString('utf8').split(boundary(first)).length - 1).toBe(4);
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

  it('names the list in a List-Id built from the digest name and the sender domain (RFC 2919)', async () => {
    const mail = await simpleParser(await composeMessage(input({ from: mailbox('Harbour Desk Brief', 'Desk@News.Example') })));
    const lines = mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
    // nodemailer spells the name List-ID; header names are case-insensitive.
    expect(lines.filter((l) => /^list-id:/i.test(l)).map((l) => l.slice('List-Id: '.length))).toEqual(['"Harbour Desk Brief" <harbour-desk-brief.news.example>']);
    // The same list for every reader and every digest: only the name and the sender's domain count.
    const other = await simpleParser(await composeMessage(input({ from: mailbox('Harbour Desk Brief', 'desk@news.example'), to: 'bob@reader.example', messageKey: 'digest-2' })));
    expect(other.headers.get('list-id')).toEqual(mail.headers.get('list-id'));
    // Present even without an unsubscribe link.
    const noList = await simpleParser(await composeMessage(input({ listUnsubscribe: null })));
    expect(noList.headerLines.some((h) => h.key === 'list-id')).toBe(true);
  });

  it('keeps List-Id a valid dot-atom for any digest name', () => {
    expect(listIdHeader('Korea Peninsula Briefing', 'digest@example.com')).toBe('"Korea Peninsula Briefing" <korea-peninsula-briefing.example.com>');
    expect(listIdHeader('Harbour "Morning" Brief', 'a@b.example')).toBe('"Harbour \\"Morning\\" Brief" <harbour-morning-brief.b.example>');
    expect(listIdHeader('Café Süd — Morgen!', 'a@b.example')).toMatch(/^=\?UTF-8\?Q\?[^\s"]+\?= <cafe-sud-morgen\.b\.example>$/);
    expect(listIdHeader('———', 'a@b.example')).toMatch(/^=\?UTF-8\?Q\?\S+\?= <digest\.b\.example>$/);
    expect(listIdHeader('x'.repeat(200), 'a@b.example')).toMatch(/^"x+" <x{60}\.b\.example>$/);
  });

  it('folds a long non-ASCII List-Id and mailparser reads the name back', async () => {
    const name = 'Пресс-обзор Корейского полуострова — ежедневная сводка для редакции';
    const raw = (await composeMessage(input({ from: mailbox(name, 'desk@news.example') }))).toString('latin1');
    const listIdLines = /^List-ID:.*\r\n(?:[ \t].*\r\n)*/m.exec(raw)![0].trimEnd().split('\r\n');
    expect(listIdLines.length).toBeGreaterThan(1);
    expect(listIdLines.every((line) => line.length <= 78)).toBe(true);
    const mail = await simpleParser(raw);
    expect((mail.headers.get('list') as { id?: { id?: string } }).id?.id).toBe('digest.news.example');
  });

  it('puts the Message-ID on the sender domain, from the message key', async () => {
    const mail = await simpleParser(await composeMessage(input({ from: 'desk@Mail.News.Example', messageKey: '9f3a.k2x' })));
    expect(mail.messageId).toBe('<9f3a.k2x@mail.news.example>');
    // A key with characters a Message-ID cannot hold is cleaned, never copied into the header as is.
    const odd = await simpleParser(await composeMessage(input({ messageKey: 'a b@c>\r\nX-Evil: 1' })));
    expect(odd.messageId).toMatch(/^<[^\s<>@]+@news\.example>$/);
    expect(odd.headerLines.map((h) => h.key)).not.toContain('x-evil');
    // Without a key nodemailer picks a random one, still on the sender's domain.
    const { messageKey: _drop, ...rest } = input();
    const random = await simpleParser(await composeMessage(rest));
    expect(random.messageId).toMatch(/@news\.example>$/);
  });

  it('offers a mailto: unsubscribe next to the https one by default: the sender, subject "unsubscribe"', async () => {
    const mail = await simpleParser(await composeMessage(input({ listUnsubscribe: { url: UNSUBSCRIBE_URL } })));
    const lines = mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
    expect(lines).toContain(`List-Unsubscribe: <${UNSUBSCRIBE_URL}>, <mailto:desk@news.example?subject=unsubscribe>`);
    expect((mail.headers.get('list') as { unsubscribe?: unknown }).unsubscribe).toMatchObject({ url: UNSUBSCRIBE_URL, mail: 'desk@news.example?subject=unsubscribe' });
    // A configured address replaces it; null leaves the https entry alone.
    const none = await simpleParser(await composeMessage(input({ listUnsubscribe: { url: UNSUBSCRIBE_URL, mailto: null } })));
    expect(none.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '))).toContain(`List-Unsubscribe: <${UNSUBSCRIBE_URL}>`);
  });
});
