// Local entry points read the same cdk.json context as `cdk synth`, validated by the same schema.
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, parseAppConfig, toRuntimeConfig, type RuntimeConfig } from '../../config/schema';
import { UsageError } from './options';

export function loadLocalConfig(cdkJsonPath = 'cdk.json'): RuntimeConfig {
  if (!existsSync(cdkJsonPath)) throw new UsageError(`--config: no such file: ${cdkJsonPath}`);
  let raw: { context?: { digest?: unknown } };
  try {
    raw = JSON.parse(readFileSync(cdkJsonPath, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the configuration in ${cdkJsonPath}: ${(error as Error).message}`);
  }
  return toRuntimeConfig(parseAppConfig(raw?.context?.digest, 'digest'));
}
