// The run lock: a run that finds it held sends nothing and asks for another run later, so a run
// that died holding the lock cannot leave pending articles waiting for the next upload.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES } from '../../config/schema';
import { articleFromText } from '../summarize/helpers';
import { runDigest } from '../../functions/pipeline/deliver-digest';
import { memoryLogger } from '../../functions/runtime/log';
import { memoryStore } from '../support/memory-store';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const NOW = new Date('2026-03-04T07:00:00Z');
const settings = {
  digestName: 'Brief',
  sender: 'digest@example.com',
  recipients: ['a@example.com'],
  themes: DEFAULT_THEMES,
  maxItemsPerSection: 5,
  maxWordsPerItem: 80,
  otherNews: false,
  sendWhenEmpty: false,
};

async function runWith(lockHeld: boolean) {
  const article = articleFromText('incoming/a.txt', 'Allies meet\n\nThe two allies held two-plus-two security talks on Monday and agreed to expand trilateral drills.');
  const { store } = memoryStore([article], NOW, { lockHeld });
  const requests: Date[] = [];
  const sent: string[] = [];
  const log = memoryLogger();
  const outcome = await runDigest(settings, {
    store,
    templates,
    mailer: { sendRaw: async (_raw, to) => (sent.push(to), { messageId: 'm' }) },
    trigger: { requestDigest: async (now) => void requests.push(now) },
    log,
    now: () => NOW,
    sleep: async () => undefined,
    unsubscribe: null,
  });
  return { outcome, requests, sent, log, pending: await store.listPending() };
}

describe('the digest run lock', () => {
  it('when held, sends nothing, keeps everything pending, asks for another run and says so as a warning', async () => {
    const { outcome, requests, sent, pending, log } = await runWith(true);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', event: 'digest.busy' }));
    expect(outcome).toEqual({ status: 'busy' });
    expect(sent).toEqual([]);
    expect(pending).toHaveLength(1);
    expect(requests).toEqual([NOW]);
  });

  it('when free, sends and asks for nothing more once nothing is pending', async () => {
    const { outcome, requests, sent, pending } = await runWith(false);
    expect(outcome).toMatchObject({ status: 'sent', sent: 1 });
    expect(sent).toEqual(['a@example.com']);
    expect(pending).toEqual([]);
    expect(requests).toEqual([]);
  });
});
