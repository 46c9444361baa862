// One-click unsubscribe: opaque tokens and the HTTP logic, as pure functions (node:crypto only).
// The handler adapts a Lambda Function URL event to `handleUnsubscribeRequest` and back.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { escapeHtml } from './escape';

/** Versioned purpose string: a token signed for anything else never verifies here. */
const TOKEN_PURPOSE = 'digest-unsubscribe:v1:';
const MIN_SECRET_LENGTH = 16;
const MAX_EMAIL_LENGTH = 254;

/**
 * Current tokens: base64url(version 0x02 | 12-byte nonce | AES-256-GCM ciphertext | 16-byte tag).
 * The address is encrypted (the link reveals nothing about it) and the GCM tag authenticates it, so
 * a changed token never verifies. Keys are derived from the unsubscribe secret with HKDF. The nonce
 * is an HMAC of the address (a synthetic IV): the same address always gives the same token, so the
 * CLI's output stays byte-identical, and a nonce repeats only for the very same plaintext.
 * The plaintext is padded to a multiple of PAD_TO bytes so the token length hides the address length.
 */
const TOKEN_VERSION = 0x02;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const PAD_TO = 32;

function checkSecret(secret: string): void {
  // An empty or short secret makes tokens forgeable; fail at the first use, not silently.
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
    throw new TypeError(`the unsubscribe secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const isPlausibleEmail = (email: string) =>
  email !== '' && email.length <= MAX_EMAIL_LENGTH && !/[\s<>\0]/.test(email) && email.includes('@') && email === normalizeEmail(email);

const keyCache = new Map<string, { enc: Buffer; nonce: Buffer }>();
function keysOf(secret: string): { enc: Buffer; nonce: Buffer } {
  let keys = keyCache.get(secret);
  if (!keys) {
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'digest-unsubscribe', info, 32));
    keys = { enc: derive('v2:encryption'), nonce: derive('v2:nonce') };
    if (keyCache.size > 8) keyCache.clear();
    keyCache.set(secret, keys);
  }
  return keys;
}

/** The legacy (v1) signature: links in emails sent before v2 carried `base64url(email).HMAC`. */
function signature(email: string, secret: string): string {
  return createHmac('sha256', secret).update(TOKEN_PURPOSE + email, 'utf8').digest('base64url');
}

/** An opaque token for the address (lower-cased first, so case does not matter). */
export function signUnsubscribeToken(email: string, secret: string): string {
  checkSecret(secret);
  const normalized = normalizeEmail(email);
  if (!isPlausibleEmail(normalized)) {
    throw new TypeError('cannot sign an unsubscribe token for an invalid email address');
  }
  const { enc, nonce: nonceKey } = keysOf(secret);
  const nonce = createHmac('sha256', nonceKey).update(normalized, 'utf8').digest().subarray(0, NONCE_BYTES);
  const plain = Buffer.from(normalized, 'utf8');
  const padded = Buffer.alloc(Math.ceil(plain.length / PAD_TO) * PAD_TO);
  plain.copy(padded);
  const cipher = createCipheriv('aes-256-gcm', enc, nonce);
  cipher.setAAD(Buffer.of(TOKEN_VERSION));
  const body = Buffer.concat([cipher.update(padded), cipher.final()]);
  return Buffer.concat([Buffer.of(TOKEN_VERSION), nonce, body, cipher.getAuthTag()]).toString('base64url');
}

function verifyV2(token: string, secret: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  // base64url decoding is lenient: accept only the canonical spelling of the bytes.
  if (bytes.toString('base64url') !== token) return null;
  if (bytes.length < 1 + NONCE_BYTES + PAD_TO + TAG_BYTES || bytes[0] !== TOKEN_VERSION) return null;
  const nonce = bytes.subarray(1, 1 + NONCE_BYTES);
  const body = bytes.subarray(1 + NONCE_BYTES, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  let padded: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keysOf(secret).enc, nonce);
    decipher.setAAD(Buffer.of(TOKEN_VERSION));
    decipher.setAuthTag(tag);
    padded = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null; // wrong key or changed bytes: the tag does not match
  }
  const end = padded.indexOf(0);
  const email = padded.subarray(0, end === -1 ? padded.length : end).toString('utf8');
  if (!isPlausibleEmail(email)) return null;
  const expected = createHmac('sha256', keysOf(secret).nonce).update(email, 'utf8').digest().subarray(0, NONCE_BYTES);
  return timingSafeEqual(nonce, expected) ? email : null;
}

function verifyV1(token: string, secret: string): string | null {
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  const email = Buffer.from(token.slice(0, dot), 'base64url').toString('utf8');
  if (!isPlausibleEmail(email)) return null;
  // Compare the whole canonical token: base64url decoding is lenient, so decoded bytes alone could
  // accept a token whose text was changed.
  const expected = Buffer.from(`${Buffer.from(email, 'utf8').toString('base64url')}.${signature(email, secret)}`);
  const given = Buffer.from(token);
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? email : null;
}

/**
 * The lower-cased email the token stands for, or null for anything tampered, truncated or foreign.
 * Legacy v1 tokens (readable address + HMAC) still verify, so links in emails already delivered keep
 * working; only v2 tokens are issued.
 */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  checkSecret(secret);
  if (typeof token !== 'string' || token.length > 1024) return null;
  return token.includes('.') ? verifyV1(token, secret) : verifyV2(token, secret);
}

/** The reader's link: `baseUrl?token=...` (or `&token=` when baseUrl already has a query). */
export function unsubscribeLink(baseUrl: string, email: string, secret: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set('token', signUnsubscribeToken(email, secret));
  return url.href;
}

export interface UnsubscribeRequest {
  readonly method: string;
  readonly query: Readonly<Record<string, string | undefined>>;
  /** The decoded request body (form-encoded for POSTs), or null. */
  readonly body: string | null;
}

export interface UnsubscribeDeps {
  readonly secret: string;
  /** Adds the address to the suppression list. Errors propagate: the caller answers 500 and logs. */
  readonly suppress: (email: string) => Promise<void>;
  readonly digestName: string;
}

export interface UnsubscribeResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  // The token is in the URL: keep it out of Referer headers and search engines.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

function page(statusCode: number, title: string, bodyHtml: string, extraHeaders: Record<string, string> = {}): UnsubscribeResponse {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 0; background: #eef1f5; color: #1f2933; font: 16px/1.6 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 480px; margin: 48px auto; padding: 28px; background: #fff; border-radius: 6px; }
h1 { margin: 0 0 12px; color: #13294b; font: 700 24px/1.3 Georgia, 'Times New Roman', serif; }
button { padding: 10px 20px; border: 0; border-radius: 4px; background: #13294b; color: #fff; font: inherit; cursor: pointer; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>
`;
  return { statusCode, headers: { ...PAGE_HEADERS, ...extraHeaders }, body: html };
}

function tokenFrom(req: UnsubscribeRequest): string | null {
  const fromQuery = req.query.token;
  if (fromQuery) return fromQuery;
  if (req.method.toUpperCase() === 'POST' && req.body) return new URLSearchParams(req.body).get('token');
  return null;
}

/**
 * GET shows a confirmation form and changes nothing (mail scanners follow links); POST (the RFC 8058
 * one-click body `List-Unsubscribe=One-Click`, or the form) suppresses the address.
 */
export async function handleUnsubscribeRequest(req: UnsubscribeRequest, deps: UnsubscribeDeps): Promise<UnsubscribeResponse> {
  const method = req.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return page(405, 'Method not allowed', '<p>Use the link in your email.</p>', { Allow: 'GET, POST' });
  }
  const token = tokenFrom(req);
  const email = token ? verifyUnsubscribeToken(token, deps.secret) : null;
  const name = escapeHtml(deps.digestName);
  if (!email) {
    return page(
      400,
      'This unsubscribe link is not valid',
      `<p>The link is incomplete or has been changed. Open the unsubscribe link from the latest ${name} email again, or reply to that email and ask to be removed.</p>`,
    );
  }
  const who = escapeHtml(email);
  if (method === 'POST') {
    await deps.suppress(email);
    return page(200, 'You are unsubscribed', `<p><strong>${who}</strong> will no longer receive ${name}.</p>`);
  }
  // The form posts back to this same URL (token included) with the one-click body.
  const action = `?token=${encodeURIComponent(token as string)}`;
  return page(
    200,
    `Unsubscribe from ${deps.digestName}?`,
    `<p><strong>${who}</strong> will stop receiving ${name}.</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>`,
  );
}
