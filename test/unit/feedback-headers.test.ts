// Each digest message names the SES configuration set (so SES publishes its bounces and
// complaints to ses-feedback) and carries a Feedback-ID for mailbox providers' feedback loops.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES } from '../../config/schema';
import { runDigest } from '../../functions/pipeline/deliver-digest';
import { memoryLogger } from '../../functions/runtime/log';
import { articleFromText } from '../summarize/helpers';
import { memoryStore } from '../support/memory-store';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const NOW = new Date('2026-03-04T07:00:00Z');
const settings = {
  digestName: 'Brief',
  sender: 'digest@News.Example.org',
  recipients: ['a@example.com', 'b@example.com'],
  themes: DEFAULT_THEMES,
  maxItemsPerSection: 5,
  maxWordsPerItem: 80,
  otherNews: false,
  sendWhenEmpty: false,
};

async function sendOnce(configurationSet: string | null) {
  const article = articleFromText('incoming/a.txt', 'Allies meet\n\nThe two allies held two-plus-two security talks on Monday and agreed to expand trilateral drills.');
  const { store } = memoryStore([article], NOW);
  const raws: Buffer[] = [];
  const outcome = await runDigest(settings, {
    store,
    templates,
    mailer: { sendRaw: async (raw) => (raws.push(raw), { messageId: `m${raws.length}` }) },
    trigger: { requestDigest: async () => undefined },
    log: memoryLogger(),
    now: () => NOW,
    sleep: async () => undefined,
    unsubscribe: null,
    configurationSet,
  });
  const mails = await Promise.all(raws.map((r) => simpleParser(r)));
  return { outcome, mails };
}

describe('feedback headers', () => {
  it('every message carries X-SES-CONFIGURATION-SET and a Feedback-ID of digest id, kind and sender domain', async () => {
    const { outcome, mails } = await sendOnce('DigestPipeline-ConfigurationSet-ABC');
    expect(outcome).toMatchObject({ status: 'sent', sent: 2 });
    expect(mails).toHaveLength(2);
    const digestId = (outcome as { digestId: string }).digestId;
    for (const mail of mails) {
      expect(mail.headers.get('x-ses-configuration-set')).toBe('DigestPipeline-ConfigurationSet-ABC');
      expect(mail.headers.get('feedback-id')).toBe(`${digestId}:digest:news.example.org`);
    }
  });

  it('without a configuration set (local mode) there is no X-SES-CONFIGURATION-SET, but still a Feedback-ID', async () => {
    const { mails } = await sendOnce(null);
    expect(mails[0]!.headers.has('x-ses-configuration-set')).toBe(false);
    expect(mails[0]!.headers.get('feedback-id')).toMatch(/^[0-9a-f]+:digest:news\.example\.org$/);
  });
});
