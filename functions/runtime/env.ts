// Cold-start helpers. The environment itself is read through config/env.ts (names and typed readers
// shared with lib/, which sets the variables).

/** Builds a value on first use and keeps it for the container's life (cold-start work, done once). */
export function once<T>(build: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: build() }).v;
}
