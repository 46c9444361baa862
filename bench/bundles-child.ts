// Lambda packages: synthesizes the real stack with bundling (the assets `cdk deploy` would upload),
// then measures each function's minified bundle and how long a fresh node takes to require it.
// Also bundles the previous settings (AWS SDK inside, full cheerio) for comparison, and renders two
// digests through a bundle made with the house settings to check the HTML is byte-identical.
//   tsx bench/bundles-child.ts [coldRuns]   -> one JSON line on stdout
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { App, type CfnResource } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { parseAppConfig } from '../config/schema';
import { DEFAULT_EXTERNAL_MODULES } from '../lib/constructs/digest-function';
import { houseOptions } from './house-build';
import { DigestPipelineStack } from '../lib/digest-pipeline-stack';
import { acknowledgeNagFindings } from '../lib/nag-acknowledgements';
import { loadTemplates } from '../functions/adapters/templates';
import { renderDigest } from '../functions/email/render';
import { REPO } from './synthetic';
import { digestViewOf } from './views';

const coldRuns = Number(process.argv[2] ?? 5);
const work = mkdtempSync(join(tmpdir(), 'digest-bench-bundles-'));
// Lambda puts /var/runtime/node_modules (the runtime's AWS SDK v3) on NODE_PATH; the project's
// node_modules stands in for it here, so externals resolve as they would in the runtime.
const RUNTIME_NODE_PATH = join(REPO, 'node_modules');
const TEMPLATES_DIR = join(REPO, 'templates');

const FUNCTIONS = {
  ingestArticle: 'functions/handlers/ingest-article.ts',
  sendDigest: 'functions/handlers/send-digest.ts',
  unsubscribe: 'functions/handlers/unsubscribe.ts',
} as const;
type FunctionName = keyof typeof FUNCTIONS;

/** Bytes in the bundle by package (node_modules/<pkg>), from an esbuild metafile. */
function byPackage(meta: NonNullable<Awaited<ReturnType<typeof build>>['metafile']>): Record<string, number> {
  const out = Object.values(meta.outputs).find((o) => o.entryPoint)!;
  const sizes: Record<string, number> = {};
  for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const pkg = m ? m[1]! : 'project code';
    sizes[pkg] = (sizes[pkg] ?? 0) + bytesInOutput;
  }
  return Object.fromEntries(
    Object.entries(sizes)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => [k, Math.round(v / 1000)]),
  );
}

/** Milliseconds to require index.js in a fresh node, from a folder without package.json (as /var/task). */
function coldRequire(dir: string, sourceMaps: boolean): { medianMs: number; minMs: number; runs: number[] } {
  const runs: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    const r = spawnSync(
      process.execPath,
      [...(sourceMaps ? ['--enable-source-maps'] : []), '-e', "const t=performance.now();require('./index.js');process.stdout.write(String(performance.now()-t))"],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NODE_PATH: RUNTIME_NODE_PATH, TEMPLATES_DIR } },
    );
    if (r.status !== 0) throw new Error(`require failed in ${dir}: ${r.stderr}`);
    runs.push(Number(r.stdout));
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]!, runs };
}

function sourcesOf(dir: string): string[] {
  return (JSON.parse(readFileSync(join(dir, 'index.js.map'), 'utf8')) as { sources: string[] }).sources;
}

// 1. The real assets, from the stack (same feature flags as cdk.json).
const t0 = performance.now();
const cdkJson = JSON.parse(readFileSync(join(REPO, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
const { digest: _digest, ...featureFlags } = cdkJson.context;
const outdir = join(work, 'cdk.out');
const app = new App({ outdir, context: featureFlags });
const stack = new DigestPipelineStack(app, 'DigestPipeline', {
  config: parseAppConfig({ sender: 'digest@example.com', recipients: ['reader@example.com'] }),
  env: { account: '123456789012', region: 'us-east-1' },
});
acknowledgeNagFindings(stack);
const assembly = app.synth();
const synthSeconds = (performance.now() - t0) / 1000;
const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, { Properties: { Code: { S3Key: string } } }> };

const functions = {} as Record<FunctionName, unknown>;
for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
  const logicalId = stack.resolve((stack[name].node.defaultChild as CfnResource).logicalId) as string;
  const dir = join(outdir, `asset.${template.Resources[logicalId]!.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
  const js = readFileSync(join(dir, 'index.js'));
  const sources = sourcesOf(dir);
  // The esbuild build with the same settings gives the per-package breakdown (CDK keeps no metafile).
  const adopted = await build({ ...houseOptions(DEFAULT_EXTERNAL_MODULES, true), entryPoints: [join(REPO, FUNCTIONS[name])], outfile: join(work, 'adopted', name, 'index.js') });
  // The settings before issue 7: the AWS SDK bundled, full cheerio (twice: mjml-core's and juice's).
  const beforeDir = join(work, 'before', name);
  const before = await build({ ...houseOptions(['typescript'], false), entryPoints: [join(REPO, FUNCTIONS[name])], outfile: join(beforeDir, 'index.js') });
  functions[name] = {
    entry: FUNCTIONS[name],
    bundleBytes: js.length,
    gzipBytes: gzipSync(js).length,
    sourceMapBytes: statSync(join(dir, 'index.js.map')).size,
    files: readdirSync(dir).sort(),
    containsMjml: sources.some((s) => /node_modules\/(mjml|juice)/.test(s)),
    containsAwsSdk: sources.some((s) => /node_modules\/@aws-sdk\//.test(s)),
    // The same settings through the esbuild API: should match the CDK asset to the byte.
    esbuildApiBytes: statSync(join(work, 'adopted', name, 'index.js')).size,
    topPackagesKB: byPackage(adopted.metafile!),
    coldRequire: coldRequire(dir, false),
    coldRequireWithSourceMaps: coldRequire(dir, true),
    before: {
      bundleBytes: statSync(join(beforeDir, 'index.js')).size,
      topPackagesKB: byPackage(before.metafile!),
      coldRequire: coldRequire(beforeDir, false),
    },
  };
}

// 2. Byte-identical HTML: the render probe bundled with the house settings vs the unbundled render.
const probeDir = join(work, 'probe');
await build({ ...houseOptions(DEFAULT_EXTERNAL_MODULES, true), entryPoints: [join(REPO, 'bench/render-probe.ts')], outfile: join(probeDir, 'index.js') });
const unsubscribeUrl = 'https://abcdefghij.lambda-url.us-east-1.on.aws/?token=aGFyYm91cg.c2lnbmF0dXJl';
const identical: Record<string, { html: boolean; text: boolean; htmlBytes: number }> = {};
for (const [label, view] of [
  ['5 articles', digestViewOf(5)],
  ['500 articles (5 sources per item)', digestViewOf(500, 5)],
] as const) {
  const viewFile = join(work, 'view.json');
  const outFile = join(work, 'rendered.json');
  writeFileSync(viewFile, JSON.stringify(view));
  const r = spawnSync(process.execPath, ['index.js', viewFile, outFile], { cwd: probeDir, encoding: 'utf8', env: { PATH: process.env.PATH, NODE_PATH: RUNTIME_NODE_PATH, TEMPLATES_DIR } });
  if (r.status !== 0) throw new Error(`render probe failed: ${r.stderr}`);
  const bundled = JSON.parse(readFileSync(outFile, 'utf8')) as { html: string; text: string };
  const source = await renderDigest(view, { templates: await loadTemplates(TEMPLATES_DIR), unsubscribeUrl });
  identical[label] = { html: bundled.html === source.html, text: bundled.text === source.text, htmlBytes: Buffer.byteLength(source.html) };
}

rmSync(work, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ synthSeconds, runtimeNodePath: 'project node_modules (stands in for /var/runtime/node_modules)', functions, byteIdentical: identical })}\n`);
