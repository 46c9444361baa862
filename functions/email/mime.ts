// Builds the raw MIME message for SES SendRawEmail: multipart/alternative (text + HTML), UTF-8,
// with RFC 8058 one-click unsubscribe headers (SendEmail cannot set those).
import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';

export interface ListUnsubscribe {
  /** The reader's HTTPS unsubscribe URL (it receives the one-click POST). */
  readonly url: string;
  /** An address (or mailto: URI) that unsubscribes by email, or null. */
  readonly mailto: string | null;
}

export interface ComposeInput {
  readonly from: string;
  /** Exactly one recipient: one message per reader, so each carries its own unsubscribe link. */
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly listUnsubscribe: ListUnsubscribe | null;
  readonly messageId?: string;
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

function singleAddress(field: string, value: string): string {
  const cleaned = headerValue(value);
  const parsed = addressparser(cleaned, { flatten: true });
  if (parsed.length !== 1 || !/^[^@\s]+@[^@\s]+$/.test(parsed[0]!.address)) {
    throw new InvalidMessageError(`${field} must be exactly one email address, got "${cleaned}"`);
  }
  return cleaned;
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
export function listUnsubscribeHeader(list: ListUnsubscribe): string {
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
  if (list.mailto) {
    const raw = headerValue(list.mailto);
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

/** Composes one message for one recipient. */
export async function composeMessage(input: ComposeInput): Promise<Buffer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name] = headerValue(value);
  if (input.listUnsubscribe) {
    headers['List-Unsubscribe'] = listUnsubscribeHeader(input.listUnsubscribe);
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const composer = new MailComposer({
    from: singleAddress('from', input.from),
    to: singleAddress('to', input.to),
    subject: headerValue(input.subject),
    text: input.text,
    html: input.html,
    headers,
    ...(input.messageId ? { messageId: headerValue(input.messageId) } : {}),
    ...(input.date ? { date: input.date } : {}),
    textEncoding: 'quoted-printable',
    // The parts are strings we rendered; never let a value be read as a file path or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  });
  return composer.compile().build();
}
