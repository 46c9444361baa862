// One-shot digest of local files, in-process, no AWS and no servers:
//   npm run --silent digest -- --out DIR FILE_OR_DIR...
// Writes DIR/digest.html, digest.txt, digest.json (the manifest) and digest.eml (the exact MIME
// message the pipeline would send to the first recipient).
import { loadLocalConfig } from './load-config';
import { EXIT, UsageError, checkInputPaths, dateOption, errorLine, parseOptions, prepareOutputFolder } from './options';

const USAGE = `usage: npm run --silent digest -- --out DIR [--config cdk.json] [--themes FILE] [--date YYYY-MM-DD] FILE_OR_DIR...

Builds one digest from local files (folders are read recursively) and writes
DIR/digest.html, digest.txt, digest.json and digest.eml. Progress goes to stderr.

  --out DIR          output folder (created if missing; existing digest files are replaced)
  --config FILE      the cdk.json to read the digest configuration from (default cdk.json)
  --themes FILE      themes of your own instead of the configuration's: a JSON list like
                     config/default-themes.json, [{ "id", "title", "terms": { "term": weight } }],
                     or { "digestName", "topicTerms": [...], "themes": [...] } to name the story too
  --date YYYY-MM-DD  the digest's date; the same input and date give byte-identical output
  -h, --help         this text

Exit codes: 0 done, 1 invalid configuration or a failure, 2 bad command line or path.`;

const OPTIONS = {
  out: { type: 'string' },
  config: { type: 'string', default: 'cdk.json' },
  themes: { type: 'string' },
  date: { type: 'string' },
} as const;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals, help } = parseOptions(argv, OPTIONS, { positionals: true });
  if (help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (argv.length === 0) {
    console.error(USAGE);
    return EXIT.usage;
  }
  if (values.out === undefined) throw new UsageError('--out DIR is required', true);
  if (positionals.length === 0) throw new UsageError('name at least one input file or folder', true);
  // Everything the command line names is checked before the work starts.
  const now = values.date !== undefined ? dateOption('date', values.date) : new Date();
  checkInputPaths(positionals);
  const config = loadLocalConfig(values.config, values.themes);
  const out = prepareOutputFolder('out', values.out);

  const { digestFiles } = await import('./digest-files');
  await digestFiles({ inputs: positionals, config, now, out });
  return EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    const { line, code } = errorLine('digest', error);
    console.error(line);
    process.exit(code);
  },
);
