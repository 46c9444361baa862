// A deliberately tiny template language, so templates hold no logic:
//   {{name}}    text, HTML-escaped on the way in
//   {{{name}}}  markup, only accepted as a `Markup` value (the output of another `fill`)
// Substitution is one pass over the template: a value is never scanned again, so an article
// that contains "{{subject}}" stays those nine characters.
import { escapeHtml } from './escape';

/** Markup produced by `fill` (or `joinMarkup`): the only thing a {{{triple}}} placeholder accepts. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type TemplateValues = Readonly<Record<string, string | number | Markup>>;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

const PLACEHOLDER = /\{\{\{\s*([A-Za-z][\w-]*)\s*\}\}\}|\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/** Fills a template. Throws on a missing value or on text given where markup is expected (and back). */
export function fill(template: string, values: TemplateValues, templateName = 'template'): Markup {
  const out = template.replace(PLACEHOLDER, (_match, markupName: string | undefined, textName: string | undefined) => {
    const name = (markupName ?? textName) as string;
    const value = values[name];
    if (value === undefined) throw new TemplateError(`${templateName}: no value for {{${name}}}`);
    if (markupName !== undefined) {
      if (!(value instanceof Markup)) throw new TemplateError(`${templateName}: {{{${name}}}} needs markup, got text`);
      return value.value;
    }
    if (value instanceof Markup) throw new TemplateError(`${templateName}: {{${name}}} is text, got markup (use {{{${name}}}})`);
    return escapeHtml(String(value));
  });
  return new Markup(out);
}

export function joinMarkup(parts: readonly Markup[], separator = ''): Markup {
  return new Markup(parts.map((p) => p.value).join(separator));
}

export const EMPTY_MARKUP = new Markup('');
