// `npm start`: the pipeline on this machine, no AWS account and no Docker.
// Uploads samples/ into incoming/, then uploads every file copied into .local/inbox/.
// Each drop ends in a digest, shown in the local SES web view. Ctrl-C stops everything.
import { existsSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SUPPORTED_SUFFIXES } from '../../config/layout';
import type { Logger } from '../pipeline/ports';
import { loadLocalConfig } from './load-config';
import { EXIT, checkInputPaths, errorLine, parseOptions, portOption, prepareOutputFolder, secondsOption } from './options';
import { LOCAL_PORTS } from './local-ports';

const say = (s: string) => console.log(s);

/** Human-readable progress instead of JSON lines; errors and rejections stand out. */
function consoleLogger(verbose: boolean): Logger {
  const show: Record<string, (f: Record<string, unknown>) => string> = {
    'article.ingested': (f) => `  + ${f.key}: "${f.title}" (${f.sentences} sentences, ${f.furniture} furniture lines dropped)`,
    'article.rejected': (f) => `  x ${f.key}: rejected, ${f.reason}`,
    'article.duplicate': (f) => `  = ${f.key}: already seen (${f.why})`,
    'digest.requested': (f) => `    digest scheduled after the quiet period (about ${String(f.at).slice(11, 19)} UTC; each new file pushes it back)`,
    'digest.assembled': (f) => `  > digest ${f.digestId}: ${f.articles} article(s), ${f.rejected} rejected, sections ${(f.sections as string[]).join(' ')}`,
    'digest.sent': (f) => `    sent to recipient ${f.recipientHash}`,
    'digest.skip-unsubscribed': (f) => `    skipped recipient ${f.recipientHash} (unsubscribed)`,
    'digest.recipient-failed': (f) => `  ! recipient ${f.recipientHash}: given up for this digest after ${f.attempts} refusals (${f.awsName})`,
    'digest.nothing-new': () => `    nothing new to send`,
  };
  let waiting = false; // say "digest scheduled" once per batch, not once per file
  const line = (level: string) => (event: string, fields: Record<string, unknown> = {}) => {
    if (event === 'digest.requested') {
      if (waiting) return;
      waiting = true;
    }
    if (event === 'digest.assembled' || event === 'digest.nothing-new') waiting = false;
    const fmt = show[event];
    if (fmt) say(fmt(fields));
    else if (level !== 'info' || verbose) say(`  [${level}] ${event} ${JSON.stringify(fields)}`);
  };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}

const USAGE = `usage: npm start -- [options]

Runs the whole pipeline on this machine (local S3, local SES, the real handlers), uploads the
samples, then watches the inbox folder for more article files. Ctrl-C (or SIGTERM) stops it.

  --quiet N                seconds of quiet before a digest is sent (default 5; 0-86400)
  --keep                   keep the local bucket between runs (default: start empty)
  --verbose                show every log line
  --samples DIR            folder uploaded at start (default samples/, skipped if absent)
  --inbox DIR              folder watched for new files (default .local/inbox)
  --config FILE            the cdk.json holding the digest configuration (default cdk.json)
  --themes FILE            themes of your own instead of the configuration's (config/default-themes.json's
                           shape, or { "digestName", "topicTerms", "themes" })
  --data DIR               where the local bucket and the unsubscribe secret live (default .local/data)
  --s3-port N              local S3 (default ${LOCAL_PORTS.s3})
  --ses-port N             local SES and its web view (default ${LOCAL_PORTS.ses})
  --unsubscribe-port N     local unsubscribe endpoint (default ${LOCAL_PORTS.unsubscribe})
  --archive-port N         local web archive of past digests (default ${LOCAL_PORTS.archive})
  -h, --help               this text

Exit codes: 0 stopped normally, 1 invalid configuration or a failure (a port in use), 2 bad command line.`;

const OPTIONS = {
  config: { type: 'string', default: 'cdk.json' },
  themes: { type: 'string' },
  samples: { type: 'string' },
  inbox: { type: 'string', default: '.local/inbox' },
  data: { type: 'string', default: '.local/data' },
  quiet: { type: 'string', default: '5' },
  'ses-port': { type: 'string', default: String(LOCAL_PORTS.ses) },
  's3-port': { type: 'string', default: String(LOCAL_PORTS.s3) },
  'unsubscribe-port': { type: 'string', default: String(LOCAL_PORTS.unsubscribe) },
  'archive-port': { type: 'string', default: String(LOCAL_PORTS.archive) },
  keep: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const;

/** Longest a clean stop may take before the process exits anyway (the ports go with it). */
const STOP_DEADLINE_MS = 3_000;

async function main(): Promise<number | null> {
  const { values, help } = parseOptions(process.argv.slice(2), OPTIONS, { positionals: false });
  if (help) {
    say(USAGE);
    return EXIT.ok;
  }
  // Every option is checked before anything starts.
  const quietSeconds = secondsOption('quiet', values.quiet, 86_400);
  const s3Port = portOption('s3-port', values['s3-port']);
  const sesPort = portOption('ses-port', values['ses-port']);
  const unsubscribePort = portOption('unsubscribe-port', values['unsubscribe-port']);
  const archivePort = portOption('archive-port', values['archive-port']);
  if (values.samples !== undefined) checkInputPaths([values.samples]);
  const samplesDir = values.samples ?? 'samples';
  const inbox = prepareOutputFolder('inbox', values.inbox);
  const dataDir = prepareOutputFolder('data', values.data);
  const config = loadLocalConfig(values.config, values.themes);
  const log = consoleLogger(values.verbose);

  // Stop on Ctrl-C, SIGTERM (`kill <pid>`, a service manager) and SIGHUP (the terminal closed),
  // whether the signal comes straight to this process or through npm (package.json execs node,
  // so npm's forwarded signal reaches us and not an intermediate shell).
  let stopping = false;
  let close: () => Promise<void> = async () => undefined;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('\nStopping ...');
    // Exiting frees every port even if a server will not close (a browser holding a connection).
    setTimeout(() => process.exit(EXIT.ok), STOP_DEADLINE_MS).unref();
    await close().catch(() => undefined);
    say('Stopped.');
    process.exit(EXIT.ok);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

  // Loaded only now: a bad option is answered without loading the AWS SDK, s3rver and MJML.
  const { startLocalPipeline, startsPipeline } = await import('./local-pipeline');
  const pipeline = await startLocalPipeline({
    config,
    dataDir,
    keepData: values.keep,
    quietMs: quietSeconds * 1000,
    log,
    s3Port,
    sesPort,
    unsubscribePort,
    archivePort,
  });
  close = () => pipeline.close();
  say(`Local pipeline running (no AWS account needed):`);
  say(`  S3 (s3rver)        ${pipeline.s3Endpoint}  bucket ${pipeline.bucket}`);
  say(`  SES web view       ${pipeline.sesEndpoint}/   <- open this to read the digests`);
  say(`  Unsubscribe URL    ${pipeline.unsubscribeUrl}`);
  say(`  Web archive        ${pipeline.archiveUrl}   (past digests; ${pipeline.archiveUrl}feed.xml is the Atom feed)`);
  say(`  Quiet period       ${quietSeconds} s (cdk.json says ${config.quietPeriodSeconds} s on AWS; --quiet N to change)`);

  const samples = resolve(samplesDir);
  if (existsSync(samples) && statSync(samples).isDirectory()) {
    const files = readdirSync(samples).filter((n) => !n.startsWith('.')).sort();
    say(`\nUploading ${files.length} sample(s) from ${samplesDir}/ into incoming/ ...`);
    for (const name of files) await pipeline.upload(name, readFileSync(join(samples, name)));
  }

  const uploaded = new Map<string, number>();
  const timers = new Map<string, NodeJS.Timeout>();
  const watcher = watch(inbox, (_kind, name) => {
    if (!name || name.startsWith('.')) return;
    // Wait until the file stops changing (a copy in progress fires many events).
    clearTimeout(timers.get(name));
    timers.set(
      name,
      setTimeout(async () => {
        timers.delete(name);
        const path = join(inbox, name);
        if (!existsSync(path) || !statSync(path).isFile()) return;
        const mtime = statSync(path).mtimeMs;
        if (uploaded.get(name) === mtime) return;
        if (!startsPipeline(`incoming/${name}`)) {
          say(`  ! ${name}: not uploaded, unsupported file type (use ${SUPPORTED_SUFFIXES.join(' ')})`);
          return;
        }
        uploaded.set(name, mtime);
        say(`  ^ ${basename(path)} dropped in the inbox: uploading`);
        await pipeline.upload(name, readFileSync(path)).catch((e) => say(`  ! upload of ${name} failed: ${e}`));
      }, 300),
    );
  });
  close = async () => {
    watcher.close();
    for (const t of timers.values()) clearTimeout(t);
    await pipeline.close();
  };
  say(`\nWatching ${values.inbox}/ : copy article files (${SUPPORTED_SUFFIXES.join(' ')}) there for another digest. Ctrl-C stops.\n`);
  return null; // runs until a signal stops it
}

main().then(
  (code) => {
    if (code !== null) process.exit(code);
  },
  (error) => {
    const { line, code } = errorLine('npm start', error);
    console.error(line);
    process.exit(code);
  },
);
