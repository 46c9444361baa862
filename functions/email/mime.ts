// Builds the raw MIME message for SES SendRawEmail: multipart/alternative (text + HTML), UTF-8,
// with List-Id (RFC 2919), List-Unsubscribe (RFC 2369: https and mailto) and RFC 8058 one-click
// unsubscribe headers (SendEmail cannot set those), and a Message-ID on the sender's domain.
import { createHash } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { encodeWord, isPlainText } from 'nodemailer/lib/mime-funcs';

export interface ListUnsubscribe {
  /** The reader's HTTPS unsubscribe URL (it receives the one-click POST). */
  readonly url: string;
  /**
   * An address (or mailto: URI) that unsubscribes by email. Absent: the sender's own address with the
   * subject "unsubscribe" (RFC 2369 lets clients without one-click support offer it); null: no mailto entry.
   */
  readonly mailto?: string | null;
}

export interface ComposeInput {
  readonly from: string;
  /** Exactly one recipient: one message per reader, so each carries its own unsubscribe link. */
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly listUnsubscribe: ListUnsubscribe | null;
  /**
   * Unique per message (digest id and recipient): the Message-ID is `<messageKey@sender-domain>`.
   * Absent: nodemailer makes a random one, also on the sender's domain. SES replaces it on AWS.
   */
  readonly messageKey?: string;
  readonly date?: Date;
  /** More headers (e.g. Feedback-ID, X-SES-CONFIGURATION-SET); values are kept to one line. */
  readonly headers?: Readonly<Record<string, string>>;
}

export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

/** Header values never carry CR or LF: that is how a subject turns into a Bcc header. */
export function headerValue(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

function parseSingle(field: string, value: string): { cleaned: string; name: string; address: string } {
  const cleaned = headerValue(value);
  const parsed = addressparser(cleaned, { flatten: true });
  if (parsed.length !== 1 || !/^[^@\s]+@[^@\s]+$/.test(parsed[0]!.address)) {
    throw new InvalidMessageError(`${field} must be exactly one email address, got "${cleaned}"`);
  }
  return { cleaned, name: parsed[0]!.name, address: parsed[0]!.address };
}

function singleAddress(field: string, value: string): string {
  return parseSingle(field, value).cleaned;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * RFC 2919 List-Id: `"Digest Name" <digest-name.sender-domain>`. The id is derived from the list's
 * name and the sender's domain, so it stays the same from digest to digest and filters keep working.
 */
export function listIdHeader(name: string, senderAddress: string): string {
  const label =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'digest';
  const id = `${label}.${domainOf(senderAddress)}`;
  const display = headerValue(name);
  if (display === '') return `<${id}>`;
  // A non-ASCII name travels as an encoded word (never inside quotes); an ASCII one as a quoted string.
  const phrase = isPlainText(display) ? `"${display.replace(/["\\]/g, '\\$&')}"` : encodeWord(display, 'Q', 52);
  return `${phrase} <${id}>`;
}

/** `<key@sender-domain>`; the key keeps only characters a Message-ID's left part may hold. */
export function messageIdFor(key: string, senderAddress: string): string {
  const local = headerValue(key).replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, '-').replace(/^\.+|\.+$/g, '').replace(/\.{2,}/g, '.');
  if (local === '') throw new InvalidMessageError(`messageKey gives an empty Message-ID: "${key}"`);
  return `<${local}@${domainOf(senderAddress)}>`;
}

/**
 * `"Display Name" <address>` with the name quoted and escaped, so a digest name with quotes,
 * commas or colons reaches the reader as written (unquoted, the parser drops the quotes).
 */
export function mailbox(name: string, address: string): string {
  const display = headerValue(name).replace(/["\\]/g, '\\$&');
  return display === '' ? headerValue(address) : `"${display}" <${headerValue(address)}>`;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

// Inside <...> of a List-* header a URL must not contain what ends it or separates entries.
const listUrl = (url: URL) => url.href.replace(/,/g, '%2C').replace(/</g, '%3C').replace(/>/g, '%3E');

/** `<https://...>, <mailto:...>`; RFC 8058 wants HTTPS (plain http is allowed for local runs only). */
export function listUnsubscribeHeader(list: ListUnsubscribe, senderAddress?: string): string {
  let url: URL;
  try {
    url = new URL(headerValue(list.url));
  } catch {
    throw new InvalidMessageError(`listUnsubscribe.url is not a URL: "${headerValue(list.url)}"`);
  }
  const localHttp = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !localHttp) {
    throw new InvalidMessageError('listUnsubscribe.url must be https (RFC 8058)');
  }
  const entries = [`<${listUrl(url)}>`];
  const mailtoTarget = list.mailto === undefined && senderAddress ? `mailto:${senderAddress}?subject=unsubscribe` : list.mailto;
  if (mailtoTarget) {
    const raw = headerValue(mailtoTarget);
    let mailto: URL;
    try {
      mailto = new URL(/^mailto:/i.test(raw) ? raw : `mailto:${raw}`);
    } catch {
      throw new InvalidMessageError(`listUnsubscribe.mailto is not an address: "${raw}"`);
    }
    if (!/^[^@\s]+@[^@\s?]+/.test(mailto.pathname)) {
      throw new InvalidMessageError(`listUnsubscribe.mailto is not an address: "${raw}"`);
    }
    entries.push(`<${listUrl(mailto)}>`);
  }
  return entries.join(', ');
}

/** 16 hex digits of a hash of everything the message says. */
function boundaryOf(input: ComposeInput): string {
  return createHash('sha256')
    .update(JSON.stringify([input.from, input.to, input.messageKey ?? null, input.subject, input.text, input.html, input.headers ?? {}, input.listUnsubscribe ?? null]))
    .digest('hex')
    .slice(0, 16);
}

/** Composes one message for one recipient. */
export async function composeMessage(input: ComposeInput): Promise<Buffer> {
  const from = parseSingle('from', input.from);
  // Every digest goes to a list of readers: List-Id lets their filters and clients recognise it.
  // Prepared: nodemailer would otherwise encode the whole value, <id> included, as one encoded word.
  // foldLines (a MailComposer option its types leave out) keeps a long digest name within line limits.
  const listId = { prepared: true, foldLines: true, value: listIdHeader(from.name || domainOf(from.address), from.address) };
  const headers: Record<string, string | { prepared: boolean; value: string }> = { 'List-Id': listId };
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name] = headerValue(value);
  if (input.listUnsubscribe) {
    headers['List-Unsubscribe'] = listUnsubscribeHeader(input.listUnsubscribe, from.address);
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const composer = new MailComposer({
    from: from.cleaned,
    to: singleAddress('to', input.to),
    subject: headerValue(input.subject),
    text: input.text,
    html: input.html,
    headers,
    ...(input.messageKey !== undefined ? { messageId: messageIdFor(input.messageKey, from.address) } : {}),
    ...(input.date ? { date: input.date } : {}),
    // The multipart boundary from the content instead of random bytes: the same digest composes to
    // the same bytes (the CLI's promise), and a boundary still never occurs in the parts it separates.
    baseBoundary: boundaryOf(input),
    textEncoding: 'quoted-printable',
    // The parts are strings we rendered; never let a value be read as a file path or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  });
  return composer.compile().build();
}
