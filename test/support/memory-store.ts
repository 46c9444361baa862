// Just enough of the pipeline store for digest runs, in memory (unit tests of the flows; the
// integration tests use the real S3 store against s3rver).
import type { Article } from '../../functions/core/model';
import type { OutboxEntry, PendingArticle, PipelineStore, SendFailure, StoredRejection } from '../../functions/pipeline/ports';

/** Just enough of the S3 store for one digest run, in memory. */
export function memoryStore(pending: readonly Article[], now: Date, options: { lockHeld?: boolean } = {}) {
  const files = new Map<string, string>();
  const pend = new Map(pending.map((a) => [a.id, { article: a, receivedAt: now.toISOString(), sequencer: null } as PendingArticle]));
  const outbox = new Map<string, OutboxEntry>();
  const sent = new Set<string>();
  const failures = new Map<string, SendFailure>();
  const store: PipelineStore = {
    headIncoming: async () => null,
    readIncoming: async () => new Uint8Array(),
    isArchived: async () => false,
    isPending: async (id) => pend.has(id),
    putPending: async (p) => void pend.set(p.article.id, p),
    listPending: async () => [...pend.values()],
    deletePending: async (id) => void pend.delete(id),
    getKeyIndex: async () => null,
    putKeyIndex: async () => undefined,
    deleteKeyIndex: async () => undefined,
    getPending: async (id) => pend.get(id) ?? null,
    addKeyRef: async () => undefined,
    deleteKeyRef: async () => undefined,
    keysOf: async () => [],
    listSharedKeys: async () => new Map(),
    retireKeyRefs: async () => [],
    archive: async (id) => pend.has(id),
    hasPendingWork: async (except = new Set<string>()) => [...pend.keys()].some((id) => !except.has(id)),
    putRejection: async () => undefined,
    listPendingRejections: async (): Promise<StoredRejection[]> => [],
    deletePendingRejection: async () => undefined,
    putDigestFile: async (id, name, body) => void files.set(`${id}/${name}`, body),
    getDigestFile: async (id, name) => files.get(`${id}/${name}`) ?? null,
    listOutbox: async () => [...outbox.values()],
    putOutbox: async (e) => void outbox.set(e.digestId, e),
    deleteOutbox: async (id) => void outbox.delete(id),
    wasSent: async (id, r) => sent.has(`${id}/${r}`),
    markSent: async (id, r) => void sent.add(`${id}/${r}`),
    getSendFailure: async (id, r) => failures.get(`${id}/${r}`) ?? null,
    putSendFailure: async (id, r, f) => void failures.set(`${id}/${r}`, f),
    isSuppressed: async () => false,
    suppress: async () => undefined,
    acquireLock: async () => (options.lockHeld ? { acquired: false, heldUntil: null } : { acquired: true }),
    releaseLock: async () => undefined,
  };
  return { store, files, outbox, failures };
}

