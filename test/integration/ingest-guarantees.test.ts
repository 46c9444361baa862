// Ingest guarantees on the real code path (s3rver + aws-ses-v2-local + the real ingest handler):
// every object under incoming/ ends as an article or a rejection with its reason, in bounded time,
// and every stored article is asked a digest for (faults injected around the digest trigger).
import { afterEach, describe, expect, it } from 'vitest';
import type { DigestTrigger } from '../../functions/pipeline/ports';
import { article, RECIPIENTS, recipientsOf, s3Event, startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('ingest faults', () => {
  it('a Scheduler call that fails after the article is stored is made again by the retry of the same event', async () => {
    let calls = 0;
    const failFirst = (inner: DigestTrigger): DigestTrigger => ({
      async requestDigest(now) {
        calls++;
        if (calls === 1) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
        return inner.requestDigest(now);
      },
    });
    h = await startHarness({ wrapIngestTrigger: failFirst });
    await h.pipeline.upload('story.txt', article(41));
    await h.pipeline.settle();
    // The first invocation failed after storing the article: nothing is scheduled yet.
    expect(h.log.lines.some((e) => e.event === 'article.failed')).toBe(true);
    expect(await h.keys('pending/articles/')).toHaveLength(1);
    const index = await h.pipeline.store.getKeyIndex('incoming/story.txt');
    expect(index?.sequencer).toBeTruthy();
    // Lambda retries the same event (same key and sequencer).
    await h.pipeline.deliverEvent(s3Event('incoming/story.txt', index!.sequencer!));
    await h.pipeline.idle();
    expect(calls).toBe(2);
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
    const manifest = await h.firstManifest();
    expect(manifest.articles.map((a) => a.key)).toEqual(['incoming/story.txt']);
  });

  it('a hostile 100,000-level nested HTML upload ends quickly as a malformed-html rejection with its reason', async () => {
    h = await startHarness({ quietMs: 60_000 });
    const deep = `<html><body>${'<div>'.repeat(100_000)}<p>${article(42)}</p>${'</div>'.repeat(100_000)}</body></html>`;
    await h.pipeline.upload('deep.html', deep);
    await h.pipeline.settle();
    expect(await h.keys('rejections/')).toHaveLength(1);
    // The upload's own event is handled; deliver it again and time the handler alone.
    const start = performance.now();
    await h.pipeline.deliverEvent(s3Event('incoming/deep.html', 'FFFFFFFFFFFFF1'));
    expect(performance.now() - start).toBeLessThan(2000);
    const [pending] = await h.pipeline.store.listPendingRejections();
    expect(pending?.rejection).toMatchObject({ key: 'incoming/deep.html', code: 'malformed-html' });
    expect(pending?.rejection.reason).toContain('100,003 levels deep');
  });
});

describe('shared text', () => {
  it('overwriting a.txt keeps the article b.txt shares with it, and both keys are in the manifest', async () => {
    h = await startHarness({ quietMs: 60_000 });
    await h.pipeline.upload('a.txt', article(51));
    await h.pipeline.upload('b.txt', article(51)); // same text under another key: one article
    await h.pipeline.settle();
    await h.pipeline.upload('a.txt', article(52, 'review')); // a.txt gets new text
    await h.pipeline.settle();
    await h.pipeline.runDigestNow();
    const manifest = await h.firstManifest();
    const byKey = Object.fromEntries(manifest.articles.map((a) => [a.key, a]));
    expect(Object.keys(byKey).sort()).toEqual(['incoming/a.txt', 'incoming/b.txt']);
    expect(byKey['incoming/b.txt']?.title).toBe('Headline number 51 on alliances');
    expect(byKey['incoming/a.txt']?.title).toBe('Headline number 52 on review');
    expect(await recipientsOf(h)).toEqual(RECIPIENTS);
    const text = (await h.mails())[0]!.body.text!;
    expect(text).toContain('Headline number 51 on alliances');
    expect(await h.keys('pending/')).toEqual([]);
  });

  it('overwriting an article with a file that cannot be read retires the old text and records the rejection', async () => {
    h = await startHarness({ quietMs: 60_000 });
    await h.pipeline.upload('c.txt', article(55));
    await h.pipeline.settle();
    await h.pipeline.upload('c.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    await h.pipeline.settle();
    expect(await h.keys('pending/articles/')).toEqual([]);
    await h.pipeline.runDigestNow();
    const manifest = await h.firstManifest();
    expect(manifest.articles).toEqual([]);
    expect(manifest.rejected.map((r) => [r.key, r.code])).toEqual([['incoming/c.txt', 'binary']]);
  });

  it('the same text under two keys is one article and the second key is listed with duplicateOf', async () => {
    h = await startHarness({ quietMs: 60_000 });
    await h.pipeline.upload('first.txt', article(53));
    await h.pipeline.settle();
    await h.pipeline.upload('second.txt', article(53));
    await h.pipeline.settle();
    await h.pipeline.runDigestNow();
    const manifest = await h.firstManifest();
    expect(manifest.articles).toHaveLength(2);
    const second = manifest.articles.find((a) => a.key === 'incoming/second.txt');
    expect(second?.duplicateOf).toBe('incoming/first.txt');
    expect(manifest.articles.find((a) => a.key === 'incoming/first.txt')?.duplicateOf).toBeUndefined();
    // The email lists the article once.
    const view = JSON.parse((await h.pipeline.store.getDigestFile(manifest.id, 'view.json'))!);
    expect(view.articleCount).toBe(1);
    expect(view.articles).toHaveLength(1);
    expect(await h.keys('pending/')).toEqual([]);
    // Overwriting either key later starts from a clean slate.
    await h.pipeline.upload('second.txt', article(54, 'review'));
    await h.pipeline.settle();
    expect(await h.keys('pending/articles/')).toHaveLength(1);
  });
});

describe('every upload under incoming/ is accounted for', () => {
  it('.pdf and .zip end as unsupported-type rejections, .TXT is read as text, a folder marker is ignored', async () => {
    h = await startHarness({ quietMs: 60_000 });
    await h.pipeline.upload('report.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
    await h.pipeline.upload('bundle.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    await h.pipeline.upload('LOUD.TXT', article(61));
    await h.pipeline.upload('sub/', '');
    await h.pipeline.settle();
    await h.pipeline.runDigestNow();
    const manifest = await h.firstManifest();
    expect(manifest.articles.map((a) => a.key)).toEqual(['incoming/LOUD.TXT']);
    expect(manifest.rejected.map((r) => [r.key, r.code])).toEqual([
      ['incoming/bundle.zip', 'unsupported-type'],
      ['incoming/report.pdf', 'unsupported-type'],
    ]);
    expect(manifest.rejected[0]!.reason).toContain('.txt, .md, .html, .htm, .json');
    expect(h.log.lines.some((l) => l.event === 'object.ignored' && l.key === 'incoming/sub/')).toBe(true);
  });
});
