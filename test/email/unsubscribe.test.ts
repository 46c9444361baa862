import { createHmac } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import {
  handleUnsubscribeRequest,
  signUnsubscribeToken,
  unsubscribeLink,
  verifyUnsubscribeToken,
} from '../../functions/email/unsubscribe';

const SECRET = 'test-secret-0123456789abcdef';
const OTHER_SECRET = 'another-secret-0123456789abcdef';

describe('unsubscribe tokens', () => {
  it('round-trips to the lower-cased email', () => {
    const token = signUnsubscribeToken('Ann.Lee@Reader.Example', SECRET);
    expect(verifyUnsubscribeToken(token, SECRET)).toBe('ann.lee@reader.example');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('does not depend on the case of the email', () => {
    expect(signUnsubscribeToken('ANN@READER.EXAMPLE', SECRET)).toBe(signUnsubscribeToken('ann@reader.example', SECRET));
  });

  it('is opaque: neither the token nor any decoding of it shows the address, and its length hides the address length', () => {
    const email = 'ann.lee@reader.example';
    const token = signUnsubscribeToken(email, SECRET);
    const decodings = [token, ...token.split(/[._-]/)].flatMap((part) => [
      part,
      Buffer.from(part, 'base64url').toString('latin1'),
      Buffer.from(part, 'base64').toString('latin1'),
    ]);
    for (const text of decodings) {
      expect(text.toLowerCase()).not.toContain('ann.lee');
      expect(text.toLowerCase()).not.toContain('reader.example');
    }
    expect(token).not.toContain(Buffer.from(email).toString('base64url').slice(0, 12));
    expect(signUnsubscribeToken('a@b.example', SECRET).length).toBe(signUnsubscribeToken('ann.lee@reader.example', SECRET).length);
  });

  it('rejects tampered, truncated and foreign-secret tokens', () => {
    const token = signUnsubscribeToken('ann@reader.example', SECRET);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    // Every single changed character, anywhere in the token, is refused.
    for (let i = 0; i < token.length; i++) expect(verifyUnsubscribeToken(flip(token, i), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token.slice(0, -1), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}A`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token, OTHER_SECRET)).toBeNull();
    // Another reader's token cannot be spliced in part by part.
    const other = signUnsubscribeToken('bob@reader.example', SECRET);
    expect(verifyUnsubscribeToken(token.slice(0, 20) + other.slice(20), SECRET)).toBeNull();
  });

  it('still accepts the legacy v1 links of emails already delivered, and rejects them tampered', () => {
    const hmac = (email: string) => createHmac('sha256', SECRET).update(`digest-unsubscribe:v1:${email}`, 'utf8').digest('base64url');
    const v1 = (email: string) => `${Buffer.from(email).toString('base64url')}.${hmac(email)}`;
    expect(verifyUnsubscribeToken(v1('ann@reader.example'), SECRET)).toBe('ann@reader.example');
    const [emailPart, sig] = v1('ann@reader.example').split('.') as [string, string];
    const otherEmail = Buffer.from('bob@reader.example').toString('base64url');
    expect(verifyUnsubscribeToken(`${otherEmail}.${sig}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(emailPart, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(v1('ann@reader.example'), OTHER_SECRET)).toBeNull();
    // A token for the upper-case spelling is not canonical: it was never issued.
    const upper = Buffer.from('ANN@READER.EXAMPLE').toString('base64url');
    expect(verifyUnsubscribeToken(`${upper}.${sig}`, SECRET)).toBeNull();
  });

  it('rejects garbage', () => {
    for (const garbage of ['', '.', 'abc', '..', '.abc', 'a.b.c', '%%%.%%%', 'x'.repeat(5000), '🙂.🙂']) {
      expect(verifyUnsubscribeToken(garbage, SECRET)).toBeNull();
    }
  });

  it('refuses a short secret', () => {
    expect(() => signUnsubscribeToken('ann@reader.example', '')).toThrow(/secret/);
    expect(() => verifyUnsubscribeToken('x.y', 'short')).toThrow(/secret/);
  });

  it('builds the link with the token as a query parameter', () => {
    const link = new URL(unsubscribeLink('https://u.example/unsubscribe', 'Ann@Reader.Example', SECRET));
    expect(link.origin + link.pathname).toBe('https://u.example/unsubscribe');
    expect(verifyUnsubscribeToken(link.searchParams.get('token')!, SECRET)).toBe('ann@reader.example');
  });
});

describe('handleUnsubscribeRequest', () => {
  const token = signUnsubscribeToken('ann@reader.example', SECRET);
  const deps = (suppress = vi.fn(async (_email: string) => {})) => ({ secret: SECRET, suppress, digestName: 'Harbour <Desk> Brief' });

  it('GET with a valid token shows a form that posts back, and suppresses nothing', async () => {
    const d = deps();
    const res = await handleUnsubscribeRequest({ method: 'GET', query: { token }, body: null }, d);

    expect(res.statusCode).toBe(200);
    expect(res.headers['Content-Type']).toMatch(/^text\/html; charset=utf-8/);
    expect(d.suppress).not.toHaveBeenCalled();
    const { document } = parseHTML(res.body);
    const form = document.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(new URLSearchParams(form?.getAttribute('action')?.slice(1)).get('token')).toBe(token);
    expect(document.querySelector('input[name="List-Unsubscribe"]')?.getAttribute('value')).toBe('One-Click');
    expect(document.body.textContent).toContain('ann@reader.example');
    expect(document.body.textContent).toContain('Harbour <Desk> Brief'); // escaped, shown as text
    expect(document.querySelector('desk')).toBeNull();
  });

  it('POST one-click suppresses the address and confirms', async () => {
    const d = deps();
    const res = await handleUnsubscribeRequest({ method: 'POST', query: { token }, body: 'List-Unsubscribe=One-Click' }, d);
    expect(d.suppress).toHaveBeenCalledExactlyOnceWith('ann@reader.example');
    expect(res.statusCode).toBe(200);
    expect(parseHTML(res.body).document.body.textContent).toContain('will no longer receive');
  });

  it('POST with the token in the form body works too', async () => {
    const d = deps();
    const res = await handleUnsubscribeRequest({ method: 'post', query: {}, body: `token=${encodeURIComponent(token)}` }, d);
    expect(res.statusCode).toBe(200);
    expect(d.suppress).toHaveBeenCalledWith('ann@reader.example');
  });

  it('answers 400 with a clear page for a missing or bad token, and suppresses nothing', async () => {
    const d = deps();
    for (const req of [
      { method: 'GET', query: {}, body: null },
      { method: 'GET', query: { token: `${token}x` }, body: null },
      { method: 'POST', query: { token: 'garbage' }, body: 'List-Unsubscribe=One-Click' },
    ]) {
      const res = await handleUnsubscribeRequest(req, d);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('This unsubscribe link is not valid');
    }
    expect(d.suppress).not.toHaveBeenCalled();
  });

  it('answers 405 to other methods', async () => {
    const d = deps();
    const res = await handleUnsubscribeRequest({ method: 'DELETE', query: { token }, body: null }, d);
    expect(res.statusCode).toBe(405);
    expect(res.headers.Allow).toBe('GET, POST');
    expect(d.suppress).not.toHaveBeenCalled();
  });

  it('lets a failing suppression reach the caller', async () => {
    const d = deps(vi.fn(async () => { throw new Error('table unavailable'); }));
    await expect(
      handleUnsubscribeRequest({ method: 'POST', query: { token }, body: 'List-Unsubscribe=One-Click' }, d),
    ).rejects.toThrow('table unavailable');
  });
});
