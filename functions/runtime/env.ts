// Environment variables, read and validated once per container (at the first invocation).
import { ConfigError, parseRuntimeConfig, type RuntimeConfig } from '../../config/schema';

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new ConfigError(`environment variable ${name} is not set`);
  return value;
}

export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return parseRuntimeConfig(env.DIGEST_CONFIG, 'DIGEST_CONFIG');
}

/** Builds a value on first use and keeps it for the container's life (cold-start work, done once). */
export function once<T>(build: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: build() }).v;
}
