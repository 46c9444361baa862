// Local entry points read the same cdk.json context as `cdk synth`, validated by the same schema.
// `--themes FILE` swaps in a themes file of one's own (the shape of config/default-themes.json, or
// `{ "digestName": "...", "topicTerms": [...], "themes": [...] }`), so a user can try their terms on
// their articles without editing cdk.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { ConfigError, parseAppConfig, toRuntimeConfig, type RuntimeConfig } from '../../config/schema';
import { UsageError } from './options';

/** What a themes file may hold: the keys that describe the topic, not the delivery. */
const TOPIC_KEYS = ['themes', 'topicTerms', 'digestName'];

export function loadLocalConfig(cdkJsonPath = 'cdk.json', themesPath?: string): RuntimeConfig {
  if (!existsSync(cdkJsonPath)) throw new UsageError(`--config: no such file: ${cdkJsonPath}`);
  let raw: { context?: { digest?: unknown } };
  try {
    raw = JSON.parse(readFileSync(cdkJsonPath, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the configuration in ${cdkJsonPath}: ${(error as Error).message}`);
  }
  const digest = raw?.context?.digest;
  if (themesPath === undefined) return toRuntimeConfig(parseAppConfig(digest, 'digest'));
  const file = readThemes(themesPath);
  // A themes file is a list of themes, or an object holding them and, optionally, the topic terms
  // and the digest's name.
  const listed = Array.isArray(file) || file === null || typeof file !== 'object';
  const fromFile = listed ? { themes: file } : (file as Record<string, unknown>);
  const unknown = Object.keys(fromFile).filter((k) => !TOPIC_KEYS.includes(k));
  if (unknown.length) throw new ConfigError(`--themes ${themesPath}: unknown key "${unknown[0]}" (the file holds "themes" and, optionally, "topicTerms" and "digestName")`);
  // The file describes the topic, cdk.json the delivery: none of cdk.json's topic keys is kept, so a
  // plain list of wildfire themes gives a "News digest" (the schema's default name), not cdk.json's
  // "Korea Peninsula Briefing", and is not gated by the topic terms of cdk.json's story.
  const base = digest && typeof digest === 'object' ? Object.fromEntries(Object.entries(digest).filter(([k]) => !TOPIC_KEYS.includes(k))) : {};
  try {
    return toRuntimeConfig(parseAppConfig({ ...base, ...fromFile }, 'digest'));
  } catch (error) {
    // Problems in the themes file are named by the file, not by a cdk.json key it never had.
    if (error instanceof ConfigError) {
      throw new ConfigError(listed ? error.message.replaceAll('digest.themes', `--themes ${themesPath}`) : error.message.replace(/digest\.(themes|topicTerms|digestName)/g, `--themes ${themesPath}: $1`));
    }
    throw error;
  }
}

function readThemes(path: string): unknown {
  if (!existsSync(path) || statSync(path).isDirectory()) throw new UsageError(`--themes: no such file: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the themes in ${path}: ${(error as Error).message}`);
  }
}
