// functions/core and functions/email are pure: no AWS, no CDK, no file reads, no environment, no
// import.meta (the Lambda bundles are CommonJS). The caller loads what they need and passes it in
// (for the renderer: the templates, functions/adapters/templates.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](node:)?fs(\/promises)?['"]/, 'a file-system import'],
  [/from ['"]@aws-sdk\//, 'an AWS SDK import'],
  [/from ['"]aws-cdk-lib/, 'a CDK import'],
  [/process\.env/, 'an environment read'],
  [/import\.meta/, 'import.meta'],
];

describe('the pure folders', () => {
  const files = ['functions/core', 'functions/email'].flatMap((d) => sources(path.join(root, d)));

  it('hold no AWS, file-system, environment or import.meta use', () => {
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([re]) => re.test(text)).map(([, what]) => `${path.relative(root, file)}: ${what}`);
    });
    expect(found).toEqual([]);
  });
});
