// Structured JSON log lines (one object a line), so CloudWatch Logs Insights can filter by event.
import type { Logger } from '../pipeline/ports';

function line(level: string, event: string, fields: Record<string, unknown> | undefined, sink: (s: string) => void): void {
  sink(JSON.stringify({ level, event, time: new Date().toISOString(), ...fields }));
}

export function jsonLogger(sink: (s: string) => void = (s) => console.log(s)): Logger {
  return {
    info: (event, fields) => line('info', event, fields, sink),
    warn: (event, fields) => line('warn', event, fields, sink),
    error: (event, fields) => line('error', event, fields, sink),
  };
}

/** A logger that keeps the lines, for tests and for the CLI's quiet mode. */
export function memoryLogger(): Logger & { readonly lines: Array<{ level: string; event: string } & Record<string, unknown>> } {
  const lines: Array<{ level: string; event: string } & Record<string, unknown>> = [];
  const push = (level: string) => (event: string, fields?: Record<string, unknown>) => lines.push({ level, event, ...fields });
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
