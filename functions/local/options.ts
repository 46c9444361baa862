// The command-line options of `npm start` and the digest CLI: one small typed parser for both.
// Every mistake a user can make on the command line becomes a UsageError: the entry point prints
// its message as one line (no stack trace) and exits with EXIT.usage.
//
// Not node:util parseArgs: it throws stack-traced errors, and it refuses `--quiet -5` as
// "ambiguous" instead of letting us say what a valid value is.
import { accessSync, constants, existsSync, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Exit codes of both commands (documented in the README). */
export const EXIT = {
  ok: 0,
  /** The configuration is invalid, or the work itself failed. */
  failed: 1,
  /** A bad command line: unknown option, bad value, missing or unusable path. */
  usage: 2,
} as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** Syntax mistakes point at --help; a bad path or value says all there is to say. */
  constructor(
    message: string,
    readonly pointAtHelp = false,
  ) {
    super(message);
  }
}

export type OptionSpec = { readonly type: 'string'; readonly default?: string } | { readonly type: 'boolean' };
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValues<S extends OptionSpecs> = {
  -readonly [K in keyof S]: S[K] extends { type: 'boolean' } ? boolean : S[K] extends { default: string } ? string : string | undefined;
};

export interface ParsedArgs<S extends OptionSpecs> {
  readonly values: OptionValues<S>;
  readonly positionals: string[];
  readonly help: boolean;
}

/**
 * `--name value`, `--name=value`, `--flag`, `-h`/`--help`, and `--` to end the options. A string
 * option takes the next argument as its value even when it starts with "-", so a bad value is
 * reported by its validator ("--quiet must be ... got -5") rather than as a puzzling syntax error.
 */
export function parseOptions<S extends OptionSpecs>(argv: readonly string[], specs: S, opts: { positionals: boolean }): ParsedArgs<S> {
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.type === 'boolean' ? false : spec.default;
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (!opts.positionals) throw new UsageError(`unexpected argument "${arg}" (options start with --)`, true);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq < 0 ? undefined : eq) : '';
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(`unknown option ${eq < 0 ? arg : arg.slice(0, eq)}`, true);
    if (spec.type === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`, true);
      values[name] = true;
      continue;
    }
    if (eq >= 0) values[name] = arg.slice(eq + 1);
    else if (i + 1 < argv.length) values[name] = argv[++i];
    else throw new UsageError(`--${name} needs a value`, true);
  }
  return { values: values as OptionValues<S>, positionals, help };
}

/** A TCP port, 1-65535. */
export function portOption(name: string, raw: string): number {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new UsageError(`--${name} must be a port number from 1 to 65535, got "${raw}"`);
  }
  return Number(raw);
}

/** A number of seconds, 0 or more, at most `max`. */
export function secondsOption(name: string, raw: string, max: number): number {
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 0 && value <= max)) throw new UsageError(`--${name} must be a number of seconds from 0 to ${max}, got "${raw}"`);
  return value;
}

/** A calendar date YYYY-MM-DD, as midnight UTC. Rejects 2026-02-30 (Date would roll it over). */
export function dateOption(name: string, raw: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCFullYear() !== Number(m[1]) || date.getUTCMonth() + 1 !== Number(m[2]) || date.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${raw}"`);
  }
  return date;
}

/** Input paths must exist and be readable: checked before any work starts. */
export function checkInputPaths(paths: readonly string[]): void {
  for (const p of paths) {
    if (!existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
    try {
      accessSync(p, constants.R_OK);
    } catch {
      throw new UsageError(`cannot read ${p}: permission denied`);
    }
  }
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Makes sure the output folder exists and takes files, BEFORE any work, and returns its absolute
 * path. Missing folders are created one level at a time: mkdirSync({ recursive: true }) on a path
 * the kernel refuses without saying why (/proc/nope answers ENOENT for a parent that exists) spins
 * at 100% CPU in Node 20 and cannot be interrupted. A probe file proves the folder is writable
 * (permissions alone say nothing on read-only mounts, or for root).
 */
export function prepareOutputFolder(name: string, raw: string): string {
  const out = resolve(raw);
  const missing: string[] = [];
  let existing = out;
  while (!existsSync(existing)) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (!statSync(existing).isDirectory()) {
    throw new UsageError(existing === out ? `--${name} ${raw} is a file, not a folder` : `--${name} ${raw}: ${existing} is a file, not a folder`);
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      throw new UsageError(`--${name} ${raw}: cannot create folder ${dir} (${reason(error)})`);
    }
  }
  const probe = join(out, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    throw new UsageError(`--${name} ${raw}: folder is not writable (${reason(error)})`);
  }
  return out;
}

/** The one line a command prints for an error; a stack trace only for what is plainly a bug. */
export function errorLine(command: string, error: unknown): { line: string; code: number } {
  if (error instanceof UsageError) return { line: `${command}: ${error.message}${error.pointAtHelp ? ' (--help shows the usage)' : ''}`, code: EXIT.usage };
  const e = error as NodeJS.ErrnoException & { name?: string };
  if (e?.name === 'ConfigError') return { line: `${command}: ${e.message}`, code: EXIT.failed };
  if (e?.code === 'EADDRINUSE') {
    return { line: `${command}: a port is already in use (${e.message.replace(/^listen /, '')}); is another npm start running? Choose other ports with --s3-port, --ses-port, --unsubscribe-port, --archive-port`, code: EXIT.failed };
  }
  return { line: `${command} failed: ${e?.stack ?? String(error)}`, code: EXIT.failed };
}
