// The functions' esbuild settings (HOUSE_BUNDLING in lib/constructs/digest-function.ts) as esbuild
// API options, for the benchmark and the bundled-render golden test.
import type { BuildOptions } from 'esbuild';
import { HOUSE_BUNDLING } from '../lib/constructs/digest-function';
import { REPO } from './synthetic';

export /** The house settings (lib/constructs/digest-function.ts) as esbuild API options. */
function houseOptions(externals: readonly string[], alias: boolean): BuildOptions {
  const { '--alias': aliases, ...rest } = HOUSE_BUNDLING.esbuildArgs;
  if (Object.keys(rest).length) throw new Error(`bench: translate these esbuildArgs too: ${Object.keys(rest).join(', ')}`);
  return {
    bundle: true,
    platform: 'node',
    target: HOUSE_BUNDLING.target,
    format: HOUSE_BUNDLING.format === 'cjs' ? 'cjs' : 'esm',
    minify: HOUSE_BUNDLING.minify,
    sourcemap: HOUSE_BUNDLING.sourceMap,
    sourcesContent: HOUSE_BUNDLING.sourcesContent,
    define: { ...HOUSE_BUNDLING.define },
    banner: { js: HOUSE_BUNDLING.banner },
    external: [...externals],
    alias: alias ? Object.fromEntries(aliases.map((a) => a.split('=') as [string, string])) : {},
    absWorkingDir: REPO,
    logLevel: 'error',
    metafile: true,
  };
}

