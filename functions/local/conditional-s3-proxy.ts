// s3rver stores every PutObject and DeleteObject, ignoring If-None-Match and If-Match; real S3
// honours both (conditional writes and deletes) and answers 412 PreconditionFailed when they do not
// hold. The run lock and the send ledger depend on that, so local mode and the integration tests
// put this proxy in front of s3rver: it checks the condition against the stored object and answers
// as S3 does, else passes the request through untouched (the SDK's signature covers the Host
// header, which is kept). Writes and deletes of one key go through one at a time, so a check and
// the write after it cannot interleave with another write of that key.
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConditionalS3Proxy {
  readonly port: number;
  close(): Promise<void>;
}

const unquote = (etag: string) => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');

function s3Error(status: number, code: string, message: string, condition?: string): { status: number; body: string } {
  return {
    status,
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
      `${condition ? `<Condition>${condition}</Condition>` : ''}<RequestId>local-conditional-proxy</RequestId></Error>`,
  };
}

/** What S3 answers to a conditional write or delete, given the stored object's ETag (null: missing). */
export function checkCondition(
  method: string,
  headers: Pick<IncomingHttpHeaders, 'if-none-match' | 'if-match'>,
  storedEtag: string | null,
): { status: number; body: string } | null {
  const ifNoneMatch = headers['if-none-match'];
  const ifMatch = headers['if-match'];
  if (method === 'PUT' && ifNoneMatch !== undefined && ifNoneMatch.trim() === '*' && storedEtag !== null) {
    return s3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 'If-None-Match');
  }
  if (ifMatch !== undefined) {
    if (storedEtag === null) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    if (ifMatch.trim() !== '*' && unquote(ifMatch) !== unquote(storedEtag)) {
      return s3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 'If-Match');
    }
  }
  return null;
}

function forward(
  target: { host: string; port: number },
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer | null,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: target.host, port: target.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

export async function startConditionalS3Proxy(target: { host: string; port: number }, port = 0): Promise<ConditionalS3Proxy> {
  // Per key, the tail of the chain of writes and deletes in progress.
  const queues = new Map<string, Promise<unknown>>();
  const serially = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = chunks.length ? Buffer.concat(chunks) : null;
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      const objectPath = path.split('?')[0] ?? path;
      const isObjectWrite = (method === 'PUT' || method === 'DELETE') && objectPath.split('/').filter(Boolean).length >= 2;
      const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-match'] !== undefined;
      const answer = isObjectWrite
        ? await serially(objectPath, async () => {
            if (conditional) {
              // An unsigned HEAD of the same object: s3rver accepts anonymous requests.
              const head = await forward(target, 'HEAD', objectPath, { host: req.headers.host }, null);
              const etag = head.status === 200 ? String(head.headers.etag ?? '') : null;
              const refusal = checkCondition(method, req.headers, etag);
              if (refusal) return { status: refusal.status, headers: { 'content-type': 'application/xml' }, body: Buffer.from(refusal.body) };
            }
            return forward(target, method, path, req.headers, body);
          })
        : await forward(target, method, path, req.headers, body);
      res.writeHead(answer.status, answer.headers);
      res.end(method === 'HEAD' ? undefined : answer.body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`conditional S3 proxy: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
