// The web archive in local mode: the same routing, pages and S3 reader as the archive function,
// served next to the local pipeline. A real digest run stores the browser copy and its entry; the
// test fetches the index, the Atom feed and the digest's page, and follows the email's links.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, RECIPIENTS, startHarness, testConfig, type Harness } from './harness';

const links = (html: string) => [...parseHTML(html).document.querySelectorAll('a')].map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href') }));

describe('web archive in local mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('answers an empty index and feed before any digest', async () => {
    const index = await fetch(h.pipeline.archiveUrl);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('No digest has been sent yet.');
    const feed = await fetch(`${h.pipeline.archiveUrl}feed.xml`);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(await feed.text()).not.toContain('<entry>');
  });

  it("serves each digest's page, lists it in the index and the feed, and the email links to it", async () => {
    await h.pipeline.upload('a.txt', article(1, 'alliances'));
    await h.pipeline.upload('b.txt', article(2, 'review'));
    await h.pipeline.idle();
    const mails = await h.mails();
    expect(mails).toHaveLength(RECIPIENTS.length);
    const manifest = await h.firstManifest();
    const digestUrl = `${h.pipeline.archiveUrl}digests/${manifest!.id}`;

    // The email: "View in browser" to this digest, "Past digests" to the index, in both parts.
    for (const mail of mails) {
      expect(links(mail.body.html!)).toEqual(
        expect.arrayContaining([
          { text: 'View in browser', href: digestUrl },
          { text: 'Past digests', href: h.pipeline.archiveUrl },
        ]),
      );
      expect(mail.body.text).toContain(`View in your browser: ${digestUrl}`);
      expect(mail.body.text).toContain(`Past digests: ${h.pipeline.archiveUrl}`);
    }

    // The digest's page: the email's content, without anybody's unsubscribe link.
    const page = await fetch(digestUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const text = parseHTML(html).document.body.textContent ?? '';
    // Every section the email shows: a section whose one item is the top story has no heading of
    // its own (the top story stands above the sections, under "Top story").
    const lead = manifest!.lead;
    for (const section of manifest!.sections) {
      const shown = section.items.filter((_, k) => !(lead && lead.theme === section.theme && lead.index === k));
      if (shown.length > 0 || (section.alsoIn?.length ?? 0) > 0) expect(text).toContain(section.title);
    }
    expect(text).toContain('Top story');
    expect(html).not.toMatch(/unsubscribe\?token=|unsubscribe\.invalid/);
    expect(links(html)).toContainEqual({ text: 'Past digests', href: h.pipeline.archiveUrl });
    expect(links(html).map((l) => l.text)).not.toContain('View in browser');

    // The index links the digest by its subject.
    const index = await (await fetch(h.pipeline.archiveUrl)).text();
    expect(links(index)).toContainEqual({ text: mails[0]!.subject, href: digestUrl });

    // The feed: one entry, pointing at the page.
    const feed = await (await fetch(`${h.pipeline.archiveUrl}feed.xml`)).text();
    const xml = parseHTML(feed).document; // linkedom parses the tags; enough to read the entries
    const entries = [...xml.querySelectorAll('entry')];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.querySelector('title')?.textContent).toBe(mails[0]!.subject);
    expect(entries[0]!.querySelector('link')?.getAttribute('href')).toBe(digestUrl);
    expect(entries[0]!.querySelector('updated')?.textContent).toBe(manifest!.createdAt);
    expect(feed).toContain(`<title>${testConfig.digestName}</title>`);
  });

  it('lists a second digest first, and refuses what it does not serve', async () => {
    await h.clearMails();
    await h.pipeline.upload('c.txt', article(3, 'pyongyang'));
    await h.pipeline.idle();
    const ids = (await h.manifests()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).map((m) => m.id);
    expect(ids).toHaveLength(2);
    const index = await (await fetch(h.pipeline.archiveUrl)).text();
    const hrefs = links(index).map((l) => l.href).filter((href) => href?.includes('/digests/'));
    expect(hrefs).toEqual(ids.map((id) => `${h.pipeline.archiveUrl}digests/${id}`));

    expect((await fetch(`${h.pipeline.archiveUrl}digests/0123456789abcdef`)).status).toBe(404);
    expect((await fetch(`${h.pipeline.archiveUrl}digests/..%2Fsuppressions`)).status).toBe(404);
    expect((await fetch(`${h.pipeline.archiveUrl}nothing-here`)).status).toBe(404);
    expect((await fetch(h.pipeline.archiveUrl, { method: 'POST' })).status).toBe(405);
  });
});
