// Local entry points read the same cdk.json context as `cdk synth`, validated by the same schema.
import { readFileSync } from 'node:fs';
import { parseAppConfig, toRuntimeConfig, type RuntimeConfig } from '../../config/schema';

export function loadLocalConfig(cdkJsonPath = 'cdk.json'): RuntimeConfig {
  let raw: { context?: { digest?: unknown } };
  try {
    raw = JSON.parse(readFileSync(cdkJsonPath, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the configuration in ${cdkJsonPath}: ${(error as Error).message}`);
  }
  return toRuntimeConfig(parseAppConfig(raw.context?.digest, 'digest'));
}
