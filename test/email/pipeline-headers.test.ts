
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { parseAppConfig, toRuntimeConfig } from '../../config/schema';
import { ID_HEX_LENGTH, recipientTag } from '../../functions/core/ids';
import type { Article } from '../../functions/core/model';
import { deliverSettingsOf } from '../../config/schema';
import { runDigest, type DeliverDeps } from '../../functions/pipeline/deliver-digest';
import { memoryLogger } from '../../functions/runtime/log';
import { memoryStore } from '../support/memory-store';
import { sampleArticles } from '../support/sample-articles';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const NOW = new Date('2026-03-04T07:00:00Z');
const articles: Article[] = sampleArticles();

async function sentMails(extra: Record<string, unknown> = {}): Promise<ParsedMail[]> {
  const config = toRuntimeConfig(
    parseAppConfig({ digestName: 'Harbour Desk Brief', sender: 'desk@news.example', recipients: ['ann@reader.example', 'bob@reader.example'], ...extra }),
  );
  const { store } = memoryStore(articles, NOW);
  const raws: Buffer[] = [];
  const deps: DeliverDeps = {
    store,
    templates,
    mailer: { sendRaw: async (raw) => (raws.push(raw), { messageId: `m-${raws.length}` }) },
    trigger: { requestDigest: async () => undefined },
    log: memoryLogger(),
    now: () => NOW,
    sleep: async () => undefined,
    // As the send-digest handler wires it: the configured mailto, absent by default.
    unsubscribe: { baseUrl: 'https://u.example/unsubscribe', secret: 'a-test-secret-of-32-characters!!', mailto: config.unsubscribeMailto },
  };
  await runDigest(deliverSettingsOf(config), deps);
  return Promise.all(raws.map((r) => simpleParser(r)));
}

type ListHeaders = { id?: { id?: string }; unsubscribe?: { url?: string; mail?: string }; 'unsubscribe-post'?: { name?: string } };
const listOf = (mail: ParsedMail) => mail.headers.get('list') as ListHeaders;

describe('the messages a digest run sends', () => {
  it('name one list, carry their own Message-ID on the sender domain and both unsubscribe entries', async () => {
    const mails = await sentMails();
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(listOf(mail).id?.id).toBe('harbour-desk-brief.news.example');
      expect(mail.messageId).toMatch(/^<[^@\s]+@news\.example>$/);
      expect(listOf(mail).unsubscribe?.url).toMatch(/^https:\/\/u\.example\/unsubscribe\?/);
      expect(listOf(mail).unsubscribe?.mail).toBe('desk@news.example?subject=unsubscribe');
      expect(listOf(mail)['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    }
    // One Message-ID per reader, never shared.
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(2);
  });

  it('name the reader in the Message-ID by the same SHA-256 tag the logs use, never a weaker hash', async () => {
    const mails = await sentMails();
    const tags = ['ann@reader.example', 'bob@reader.example'].map(recipientTag);
    for (const mail of mails) {
      const local = /^<([^@]+)@/.exec(mail.messageId ?? '')?.[1] ?? '';
      expect(local).toMatch(new RegExp(`^[0-9a-f]{${ID_HEX_LENGTH.digest}}\\.[0-9a-f]{${ID_HEX_LENGTH.recipientTag}}$`));
      expect(tags).toContain(local.split('.')[1]);
    }
  });

  it('use the configured unsubscribeMailto instead of the sender', async () => {
    const mails = await sentMails({ unsubscribeMailto: 'leave@news.example' });
    for (const mail of mails) expect(listOf(mail).unsubscribe?.mail).toBe('leave@news.example');
  });

  it('refuse a malformed unsubscribeMailto at config time, naming the key', () => {
    expect(() => parseAppConfig({ sender: 'desk@news.example', recipients: ['a@b.example'], unsubscribeMailto: 'nope' })).toThrow(
      'digest.unsubscribeMailto: must be an email address',
    );
  });
});
