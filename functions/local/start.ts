// `npm start`: the pipeline on this machine, no AWS account and no Docker.
// Uploads samples/ into incoming/, then uploads every file copied into .local/inbox/.
// Each drop ends in a digest, shown in the local SES web view. Ctrl-C stops everything.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/schema';
import type { Logger } from '../pipeline/ports';
import { loadLocalConfig } from './load-config';
import { startLocalPipeline, startsPipeline } from './local-pipeline';

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      config: { type: 'string', default: 'cdk.json' },
      samples: { type: 'string', default: 'samples' },
      inbox: { type: 'string', default: '.local/inbox' },
      quiet: { type: 'string', default: '5' },
      'ses-port': { type: 'string', default: '8005' },
      's3-port': { type: 'string', default: '4569' },
      'unsubscribe-port': { type: 'string', default: '3025' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const config = loadLocalConfig(values.config);
  const quietSeconds = Number(values.quiet);
  const log = consoleLogger(values.verbose);
  const pipeline = await startLocalPipeline({
    config,
    dataDir: resolve('.local/data'),
    keepData: values.keep,
    quietMs: quietSeconds * 1000,
    log,
    s3Port: Number(values['s3-port']),
    sesPort: Number(values['ses-port']),
    unsubscribePort: Number(values['unsubscribe-port']),
  });
  say(`Local pipeline running (no AWS account needed):`);
  say(`  S3 (s3rver)        ${pipeline.s3Endpoint}  bucket ${pipeline.bucket}`);
  say(`  SES web view       ${pipeline.sesEndpoint}/   <- open this to read the digests`);
  say(`  Unsubscribe URL    ${pipeline.unsubscribeUrl}`);
  say(`  Quiet period       ${quietSeconds} s (cdk.json says ${config.quietPeriodSeconds} s on AWS; --quiet N to change)`);

  const samples = resolve(values.samples);
  if (existsSync(samples)) {
    const files = readdirSync(samples).filter((n) => !n.startsWith('.')).sort();
    say(`\nUploading ${files.length} sample(s) from ${values.samples}/ into incoming/ ...`);
    for (const name of files) await pipeline.upload(name, readFileSync(join(samples, name)));
  }

  const inbox = resolve(values.inbox);
  mkdirSync(inbox, { recursive: true });
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
          say(`  ! ${name}: not uploaded, unsupported file type (use .txt .md .html .htm .json)`);
          return;
        }
        uploaded.set(name, mtime);
        say(`  ^ ${basename(path)} dropped in the inbox: uploading`);
        await pipeline.upload(name, readFileSync(path)).catch((e) => say(`  ! upload of ${name} failed: ${e}`));
      }, 300),
    );
  });
  say(`\nWatching ${values.inbox}/ : copy article files (.txt .md .html .htm .json) there for another digest. Ctrl-C stops.\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('\nStopping ...');
    watcher.close();
    for (const t of timers.values()) clearTimeout(t);
    await pipeline.close();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `npm start failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
