// Everything that turns untrusted article strings into something safe for an email.
// MJML copies text into the HTML as it is, so escaping is ours to do, once, here.

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0/C1 control characters other than tab and newline: invisible in mail clients, and some
// (NUL, form feed) break parsers downstream.
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes control characters and collapses runs of whitespace to one space. */
export function cleanText(value: string): string {
  return value.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

/** Escapes a string for HTML text and for a double- or single-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to link to, normalized, or null when it must not become a link: anything that is not an
 * absolute http(s) or mailto URL (`javascript:`, `data:`, relative paths, garbage).
 * The result still needs `escapeHtml` before it goes into an attribute.
 */
export function safeLinkUrl(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const trimmed = raw.trim();
  // A URL with whitespace or control characters inside is not something a publisher wrote on purpose.
  if (trimmed === '' || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}
