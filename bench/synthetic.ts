// Synthetic article files for the benchmark, made at run time from samples/ (and ../shared/seeds
// when present: read here, never copied into the repository). Each file keeps the structure of a
// real one (headers, furniture, HTML page, JSON fields) while its body is a new mix of paragraphs
// with shuffled sentences and perturbed words and numbers, so every file has its own content id.
// Deterministic: the same index always gives the same bytes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SEEDS_DIR = resolve(REPO, '../shared/seeds');

export interface SyntheticFile {
  readonly key: string;
  readonly bytes: Uint8Array;
}

type Format = 'txt' | 'md' | 'html' | 'json';

interface Template {
  readonly name: string;
  readonly format: Format;
  readonly text: string;
}

/** Paragraphs long enough to be prose (shorter lines are headers, captions and furniture). */
const PROSE_MIN = 120;
const TARGET_BYTES = 3300;

/** mulberry32: small, fast and good enough to vary test inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', mdash: '\u2014', ndash: '\u2013', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201C', rdquo: '\u201D', nbsp: ' ', hellip: '\u2026' };
const decodeEntities = (s: string) => s.replace(/&(#\d+|[a-z]+);/g, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m)));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function formatOfName(name: string): Format | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'txt' ? 'txt' : ext === 'md' ? 'md' : ext === 'json' ? 'json' : ext === 'html' || ext === 'htm' ? 'html' : null;
}

function loadTemplates(): { templates: Template[]; seeds: number } {
  const templates: Template[] = [];
  const add = (dir: string) => {
    let n = 0;
    for (const name of readdirSync(dir).sort()) {
      const format = formatOfName(name);
      if (format) {
        templates.push({ name, format, text: readFileSync(join(dir, name), 'utf8') });
        n++;
      }
    }
    return n;
  };
  add(join(REPO, 'samples'));
  const seeds = existsSync(SEEDS_DIR) ? add(SEEDS_DIR) : 0;
  return { templates, seeds };
}

/** The prose paragraphs of a template, as plain text. */
function proseOf(t: Template): string[] {
  if (t.format === 'html') {
    return [...t.text.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => decodeEntities(m[1]!).trim()).filter((p) => p.length >= PROSE_MIN);
  }
  const body = t.format === 'json' ? String((JSON.parse(t.text) as { body?: string }).body ?? '') : t.text;
  return body
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length >= PROSE_MIN && !p.startsWith('#') && !p.startsWith('---'));
}

const SENTENCE_BREAK = /(?<=[.!?]["\u201D\u2019]?)\s+(?=["\u201C\u2018]?[A-Z])/;

export class ArticleSynthesizer {
  readonly templates: readonly Template[];
  readonly seedCount: number;
  private readonly pool: string[];
  private readonly vocabulary: string[];
  private readonly byFormat: Record<Format, Template[]>;

  constructor() {
    const { templates, seeds } = loadTemplates();
    this.templates = templates;
    this.seedCount = seeds;
    this.pool = templates.flatMap(proseOf);
    const words = new Set<string>();
    for (const p of this.pool) for (const w of p.match(/\b[a-z]{4,}\b/g) ?? []) words.add(w);
    this.vocabulary = [...words].sort();
    this.byFormat = { txt: [], md: [], html: [], json: [] };
    for (const t of templates) this.byFormat[t.format].push(t);
  }

  /** A new paragraph: sentences of a pool paragraph shuffled (lead kept), words and numbers perturbed. */
  private paragraph(r: () => number, source: string, tag: number): string {
    const sentences = source.split(SENTENCE_BREAK);
    for (let i = sentences.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(r() * i);
      [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
    }
    return sentences
      .join(' ')
      .replace(/\b\d+\b/g, (d) => (r() < 0.5 ? d : String(Math.floor(r() * 10 ** d.length)).padStart(d.length, '1')))
      .replace(/\b[a-z]{4,}\b/g, (w) => (r() < 0.06 ? this.vocabulary[Math.floor(r() * this.vocabulary.length)]! : w))
      .replace(/([.!?]["\u201D\u2019]?)$/, (end) => (r() < 0.5 ? ` (ref. ${tag})${end}` : end));
  }

  /** Body paragraphs of about TARGET_BYTES in all: some of the template's own, the rest from the pool. */
  private body(r: () => number, template: Template, i: number): string[] {
    const own = proseOf(template);
    const out: string[] = [];
    let bytes = 0;
    let k = 0;
    while (bytes < TARGET_BYTES - 300) {
      const fromOwn = k < own.length && r() < 0.6;
      const source = fromOwn ? own[k]! : this.pool[Math.floor(r() * this.pool.length)]!;
      if (fromOwn) k++;
      const p = this.paragraph(r, source, i);
      out.push(p);
      bytes += Buffer.byteLength(p) + 2;
    }
    return out;
  }

  /** File number i: a format (txt 40%, html 25%, json 20%, md 15%), a template of it, a new body. */
  file(i: number): SyntheticFile {
    const r = rng(i * 2654435761 + 1);
    const roll = r();
    const format: Format = roll < 0.4 ? 'txt' : roll < 0.65 ? 'html' : roll < 0.85 ? 'json' : 'md';
    const choices = this.byFormat[format].length ? this.byFormat[format] : this.templates;
    const template = choices[Math.floor(r() * choices.length)]!;
    const paragraphs = this.body(r, template, i);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const slug = template.name.replace(/\.[^.]+$/, '').replace(/^\d+[-_]/, '').slice(0, 40);
    // Keys vary the way uploads do: dated folders, a space now and then, upper-case and .htm suffixes.
    const name = `${slug}${i % 7 === 3 ? ' copy' : ''}-${i}`;
    const ext = template.format === 'html' ? (i % 5 === 0 ? 'htm' : 'html') : template.format;
    const key = `incoming/2026-11-${day}/${name}.${i % 11 === 5 ? ext.toUpperCase() : ext}`;
    return { key, bytes: new TextEncoder().encode(this.render(template, paragraphs, i)) };
  }

  private render(t: Template, paragraphs: string[], i: number): string {
    switch (t.format) {
      case 'json': {
        const data = JSON.parse(t.text) as Record<string, unknown>;
        const body = String(data.body ?? '');
        const head = body.split(/\n\s*\n/).filter((p) => p.trim().length < PROSE_MIN);
        data.body = [...head.slice(0, 2), ...paragraphs, ...head.slice(2)].join('\n\n');
        if (typeof data.title === 'string') data.title = `${data.title} (${i})`;
        return JSON.stringify(data, null, 2);
      }
      case 'html': {
        const html = paragraphs.map((p) => `    <p>${escapeHtml(p)}</p>\n`).join('\n');
        // Replace the template's own prose paragraphs with the new body, keeping the page around them.
        let placed = false;
        const out = t.text.replace(/[ \t]*<p>[^<]{120,}<\/p>\n?/g, () => (placed ? '' : ((placed = true), html)));
        return (placed ? out : out.replace('</body>', `${html}</body>`)).replace(/<h1>([^<]*)<\/h1>/, `<h1>$1 (${i})</h1>`);
      }
      default: {
        const lines = t.text.split('\n');
        const isProse = (l: string) => l.trim().length >= PROSE_MIN && !l.startsWith('#');
        const first = lines.findIndex(isProse);
        const last = lines.length - 1 - [...lines].reverse().findIndex(isProse);
        if (first < 0) return `${t.text}\n\n${paragraphs.join('\n\n')}\n`;
        return [...lines.slice(0, first), paragraphs.join('\n\n'), ...lines.slice(last + 1)].join('\n');
      }
    }
  }
}

/** The list of keys `writeSyntheticFiles` leaves in its folder, in file order. */
export const KEYS_FILE = 'keys.txt';

/**
 * Writes files 0..n-1 under `dir`, each at its own key (`dir/incoming/...`), and their keys in order
 * to `dir/keys.txt`. The core benchmark then reads them one at a time, as the functions read S3,
 * and the CLI and `ots` comparison runs on the very same files. Returns the total input bytes.
 */
export function writeSyntheticFiles(dir: string, n: number, synth = new ArticleSynthesizer()): number {
  const keys: string[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const f = synth.file(i);
    const path = join(dir, f.key);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.bytes);
    keys.push(f.key);
    bytes += f.bytes.length;
  }
  writeFileSync(join(dir, KEYS_FILE), `${keys.join('\n')}\n`);
  return bytes;
}
