// `kill <pid of npm>` (a service manager, a terminal multiplexer) and Ctrl-C stop `npm start` and
// free its ports. npm 11 forwards SIGTERM and SIGINT to its child; the start script execs node,
// so the child is the pipeline itself and not a shell that would die and leave it running.
import { type ChildProcess, spawn } from 'node:child_process';

import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const root = resolve(import.meta.dirname, '../..');

/** True when nothing listens on the port (we can bind it ourselves). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/**
 * Four free ports below Linux's ephemeral range (32768-60999). A port taken with listen(0) and
 * released again comes from that range, where other test files' servers (also listen(0)) can grab
 * it in the second before npm start binds it: that race once failed CI with EADDRINUSE.
 */
async function freePorts(n: number): Promise<number[]> {
  const ports: number[] = [];
  while (ports.length < n) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!ports.includes(port) && (await portIsFree(port))) ports.push(port);
  }
  return ports;
}

interface Started {
  readonly npm: ChildProcess;
  readonly ports: number[];
  readonly output: () => string;
  readonly exited: Promise<void>;
}

/** `npm start` on four free ports, resolved once it is watching; a port lost to a race is retried. */
async function startOnFreePorts(attempts = 3): Promise<Started> {
  for (let attempt = 1; ; attempt++) {
    const ports = await freePorts(4);
    const [s3, ses, unsubscribe, archive] = ports as [number, number, number, number];
    const tmp = tempDir('npm-start-');
    const npm = spawn(
      'npm',
      ['start', '--', '--s3-port', `${s3}`, '--ses-port', `${ses}`, '--unsubscribe-port', `${unsubscribe}`, '--archive-port', `${archive}`,
        '--samples', tempDir('samples-', tmp), '--inbox', join(tmp, 'inbox'), '--data', join(tmp, 'data')],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    npm.stdout.on('data', (d) => (output += d));
    npm.stderr.on('data', (d) => (output += d));
    const exited = new Promise<void>((done) => npm.once('exit', () => done()));
    const ready = await new Promise<boolean>((done) => {
      npm.stdout.on('data', () => output.includes('Watching') && done(true));
      npm.once('exit', () => done(false));
    });
    if (ready) return { npm, ports, output: () => output, exited };
    if (!output.includes('EADDRINUSE') || attempt >= attempts) throw new Error(`npm start ended before it was ready:\n${output}`);
  }
}

async function startAndStop(signal: 'SIGTERM' | 'SIGINT') {
  const { npm, ports, output, exited } = await startOnFreePorts();
  try {
    for (const port of ports) expect(await portIsFree(port), `port ${port} should be in use`).toBe(false);

    npm.kill(signal); // the npm process itself, as `kill <pid>` does
    const deadline = Date.now() + 5_000;
    const free = async () => (await Promise.all(ports.map(portIsFree))).every(Boolean);
    while (!(await free()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await free(), `ports ${ports.join(', ')} still in use 5 s after ${signal}:\n${output()}`).toBe(true);
    await exited;
    expect(output()).toContain('Stopped.');
  } finally {
    npm.kill('SIGKILL');
  }
}

describe('npm start stops on a signal to the npm process', () => {
  it('SIGTERM frees the S3, SES, unsubscribe and archive ports within 5 s', () => startAndStop('SIGTERM'), 120_000);
  it('SIGINT frees the S3, SES, unsubscribe and archive ports within 5 s', () => startAndStop('SIGINT'), 120_000);
});
