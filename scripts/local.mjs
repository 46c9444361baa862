// Runs a local entry point from a prebuilt bundle: `node scripts/local.mjs cli|start [args]`.
// `npm run digest` and `npm start` come through here instead of tsx, which compiled the
// TypeScript on every run (about 3 s before the CLI read its first file).
//
// The bundles live in dist/local/ and are built by `npm ci` / `npm install` (the root package's
// `prepare` script, which npm 11 still runs while it blocks dependencies' install scripts), and
// rebuilt here whenever a source is newer than the bundle (after a pull or an edit), so a stale
// bundle never runs. `node scripts/local.mjs --build` builds both now.
//
// dist/local/ sits two levels below the root, like functions/local/, so code that finds the
// templates relative to its own file (functions/email/render.ts) finds them from the bundle too.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The CLI's bundle options: the send-digest bundle's settings (lib/constructs/digest-function.ts
// HOUSE_BUNDLING): CJS, cheerio's slim build, no typescript, import.meta.url made real.
const CLI_BUNDLE = {
  format: 'cjs',
  minify: true,
  external: ['typescript'],
  alias: { cheerio: 'cheerio/slim' },
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "'use strict';const __bundleFileUrl=require('url').pathToFileURL(__filename).href;" },
};

// cli.ts checks the command line, then imports ./digest-files for the work. In the bundle that
// import stays a separate file, so a bad option is answered without loading the reader and MJML.
const digestFilesApart = {
  name: 'digest-files-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/digest-files$/ }, () => ({ path: './digest-files.cjs', external: true }));
  },
};

const ENTRIES = {
  cli: {
    source: 'functions/local/cli.ts',
    out: 'dist/local/cli.cjs',
    // A require, not import(): import() of a CommonJS file makes Node scan all 2.5 MB of it for
    // named exports (about 0.5 s of cjs-module-lexer).
    options: { ...CLI_BUNDLE, plugins: [digestFilesApart], supported: { 'dynamic-import': false } },
    // Built with it: everything the work needs, in one minified file (loading one file beats
    // resolving hundreds of node_modules files).
    with: 'digestFiles',
  },
  digestFiles: {
    source: 'functions/local/digest-files.ts',
    out: 'dist/local/digest-files.cjs',
    options: CLI_BUNDLE,
  },
  // npm start: only our code is compiled; s3rver, aws-ses-v2-local and the rest load from
  // node_modules as they are (they serve files from their own package folders). CJS, so that
  // esbuild's interop reads CommonJS packages' `default` exports as tsx did.
  start: {
    source: 'functions/local/start.ts',
    out: 'dist/local/start.cjs',
    options: {
      format: 'cjs',
      packages: 'external',
      define: { 'import.meta.url': '__bundleFileUrl' },
      banner: { js: "'use strict';const __bundleFileUrl=require('url').pathToFileURL(__filename).href;" },
    },
  },
};

const distDir = join(root, 'dist', 'local');

/**
 * V8's code cache for the bundles (what Node 22's module.enableCompileCache does, for Node 20):
 * compiling the 2.5 MB work bundle took about 0.3 s of every CLI run. The cache is written after
 * the first run, keyed by the bundle's size and time, and removed on every rebuild.
 */
function useCodeCache() {
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(distDir)) return compile.call(this, content, filename);
    // Keyed by the bundle's size and time (hashing 2.5 MB cost 30 ms); every rebuild removes caches.
    const { size, mtimeMs } = statSync(filename);
    const key = `${size}-${Math.round(mtimeMs)}`;
    const cacheFile = `${filename}.${key}.v8cache`;
    const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (!cachedData || script.cachedDataRejected) {
      // After the run, so the functions it compiled lazily are in the cache too.
      process.once('exit', () => {
        try {
          const temp = `${cacheFile}.${process.pid}.tmp`;
          writeFileSync(temp, script.createCachedData());
          renameSync(temp, cacheFile);
        } catch {
          // A cache is an optimisation: a read-only checkout just runs without one.
        }
      });
    }
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    require.cache = Module._cache;
    require.main = process.mainModule;
    return script.runInThisContext()(this.exports, require, this, filename, dirname(filename));
  };
}

/** Newest modification time among the files a bundle is built from. */
function newestSource() {
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs;
  newest = Math.max(newest, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'functions'));
  walk(join(root, 'config'));
  return newest;
}

async function build(names) {
  const esbuild = await import('esbuild');
  await Promise.all(
    names.map(async (name) => {
      const outfile = join(root, ENTRIES[name].out);
      const result = await esbuild.build({
        entryPoints: [join(root, ENTRIES[name].source)],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        logLevel: 'warning',
        write: false,
        ...ENTRIES[name].options,
      });
      // Written aside, then renamed: two commands building at once never load a half-written file.
      mkdirSync(dirname(outfile), { recursive: true });
      for (const f of existsSync(distDir) ? readdirSync(distDir) : []) {
        if (f.endsWith('.v8cache')) rmSync(join(distDir, f), { force: true });
      }
      const temp = `${outfile}.${process.pid}.tmp`;
      writeFileSync(temp, result.outputFiles[0].contents);
      renameSync(temp, outfile);
    }),
  );
}

export async function ensureBuilt(name) {
  const names = [name, ...(ENTRIES[name].with ? [ENTRIES[name].with] : [])];
  const outs = names.map((n) => join(root, ENTRIES[n].out));
  const newest = newestSource();
  if (outs.some((out) => !existsSync(out) || statSync(out).mtimeMs < newest)) {
    // The part loaded later is written first, so the entry point never finds an old one.
    await build(names.slice(1));
    await build(names.slice(0, 1));
  }
  return outs[0];
}

const [command, ...args] = process.argv.slice(2);
if (command === '--build') {
  // Run by `prepare` on every npm install: an install without dev dependencies has no esbuild,
  // and must not fail for it (the commands then build on first use, or say what is missing).
  const ok = await import('esbuild').then(() => true, () => false);
  if (ok) await build(Object.keys(ENTRIES));
  else console.error('scripts/local.mjs: esbuild is not installed; the local commands are built on first use');
} else if (command === 'cli' || command === 'start') {
  const out = await ensureBuilt(command);
  // The entry point reads its arguments from process.argv.slice(2), as when run directly.
  process.argv = [process.argv[0], out, ...args];
  // The CLI only: npm start's bundle keeps import() (of aws-ses-v2-local), which a vm.Script
  // without an import callback cannot run; its start-up time matters less.
  if (command === 'cli') useCodeCache();
  // require, not import(): Node would first scan the CommonJS bundle for named exports.
  createRequire(import.meta.url)(out);
} else {
  console.error(`usage: node scripts/local.mjs --build | cli [args] | start [args]`);
  process.exit(2);
}
