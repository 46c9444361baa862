// The real handlers against s3rver and aws-ses-v2-local: files dropped in incoming/ end in ONE
// digest per recipient, with every section in both the HTML and the text part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, RECIPIENTS, startHarness, testConfig, type Harness } from './harness';

const visibleText = (html: string) => (parseHTML(html).document.body?.textContent ?? '').replace(/\s+/g, ' ');
const samplesDir = join(import.meta.dirname, '../../samples');

describe('pipeline on local S3 and local SES', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('turns several drops within the quiet period into one digest per recipient', async () => {
    const samples = readdirSync(samplesDir).filter((n) => !n.startsWith('.'));
    expect(samples.length).toBeGreaterThanOrEqual(3);
    for (const name of samples) await h.pipeline.upload(name, readFileSync(join(samplesDir, name)));
    await h.pipeline.upload('blank page.txt', '  \n\n ');
    await h.pipeline.idle();

    const mails = await h.mails();
    expect(mails).toHaveLength(RECIPIENTS.length);
    // One message per recipient: nobody sees anybody else.
    expect(mails.map((m) => m.destination.to).sort()).toEqual(RECIPIENTS.map((r) => [r]));
    for (const m of mails) expect(m.destination.cc.concat(m.destination.bcc)).toEqual([]);

    const manifest = await h.firstManifest();
    expect(manifest.articles.map((a) => a.key.replace('incoming/', '')).sort()).toEqual(samples.sort());
    expect(manifest.rejected).toEqual([expect.objectContaining({ key: 'incoming/blank page.txt', code: 'empty' })]);
    expect(manifest.sections.length).toBeGreaterThanOrEqual(2);

    for (const m of mails) {
      // "<name> — <date>: <the top story's headline>"
      const lead = manifest.lead!;
      const leadKey = manifest.sections.find((s) => s.theme === lead.theme)!.items[lead.index]!.sources[0];
      const headline = manifest.articles.find((a) => a.key === leadKey)!.title;
      // The headline may be cut at a word boundary with an ellipsis.
      const shown = m.subject.slice(m.subject.indexOf(': ') + 2).replace(/…$/, '');
      expect(shown.length).toBeGreaterThan(10);
      expect(headline.startsWith(shown)).toBe(true);
      // The samples are news of April 2022, so the date is their span, not the day the digest was sent.
      expect(m.subject).toMatch(new RegExp(`^${testConfig.digestName} — 11–15 April 2022: `));
      expect(m.body.html).toBeTruthy();
      expect(m.body.text).toBeTruthy();
      for (const [s, section] of manifest.sections.entries()) {
        // A section whose one item is the top story has no heading of its own (the top story stands
        // above the sections, under "Top story").
        const onlyTheLead = section.items.length === 1 && lead.theme === section.theme && !(section.alsoIn?.length);
        if (!onlyTheLead) {
          expect(m.body.text, `section ${s}`).toContain(section.title);
          expect(visibleText(m.body.html!)).toContain(section.title);
        }
        // Each item's first words appear in both parts.
        for (const item of section.items) expect(m.body.text!.replace(/\s+/g, ' ')).toContain(item.text.split(' ').slice(0, 6).join(' '));
      }
      expect(m.body.text).toContain('blank page.txt');
      expect(visibleText(m.body.html!)).toContain('blank page.txt');
    }
    // Nothing is left pending, and what was sent is archived.
    expect(await h.keys('pending/articles/')).toEqual([]);
    expect(await h.keys('outbox/')).toEqual([]);
    expect((await h.keys('articles/')).length).toBe(samples.length);
  });

  it('does not send already-digested content again, and sends nothing when nothing is new', async () => {
    await h.clearMails();
    const first = readdirSync(samplesDir).filter((n) => !n.startsWith('.'))[0] ?? 'no sample file';
    await h.pipeline.upload(`copy of ${first}`, readFileSync(join(samplesDir, first)));
    await h.pipeline.idle();
    expect(await h.mails()).toEqual([]);
    expect(h.log.lines).toContainEqual(expect.objectContaining({ event: 'article.duplicate', why: 'already-sent' }));
  });

  it('unsubscribes a recipient with the one-click link from their own email', async () => {
    await h.clearMails();
    await h.pipeline.upload('fresh.txt', article(101, 'review'));
    await h.pipeline.idle();
    const ben = (await h.mails()).find((m) => m.destination.to[0] === 'ben@example.com');
    const link = ben?.body.text?.match(/http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=[\w.-]+/)?.[0];
    expect(link).toBeTruthy();

    // GET only confirms (mail scanners follow links); POST unsubscribes (RFC 8058).
    const page = await fetch(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form[^>]+method="post"/i);
    expect(await h.pipeline.store.isSuppressed('ben@example.com')).toBe(false);
    const post = await fetch(link!, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(post.status).toBe(200);
    expect(await h.pipeline.store.isSuppressed('ben@example.com')).toBe(true);

    await h.clearMails();
    await h.pipeline.upload('later.txt', article(102, 'pyongyang'));
    await h.pipeline.idle();
    expect((await h.mails()).map((m) => m.destination.to[0]).sort()).toEqual(['ana@example.com', 'chloe@example.com']);
  });

  it('rejects a tampered unsubscribe link', async () => {
    const res = await fetch(`${h.pipeline.unsubscribeUrl}?token=bWFsbG9yeUBleGFtcGxlLmNvbQ.forged`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(400);
    expect(await h.pipeline.store.isSuppressed('mallory@example.com')).toBe(false);
  });
});
