import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_HTML_BYTES, DigestTooLargeError, renderDigest } from '../../functions/email/render';
import { generatedDigestView, smallDigestView } from './fixtures';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const GMAIL_CLIP_SAFE = 100_000;
const listRows = (html: string) => parseHTML(html).document.querySelectorAll('.list-row').length;

describe('HTML size', () => {
  it('keeps a 500-article digest under the Gmail clip and says how many are not listed', async () => {
    const view = generatedDigestView(500);
    const { html, text } = await renderDigest(view, { templates, unsubscribeUrl: 'https://u.example/?token=x' });

    expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_SAFE);
    // ...and uses the budget: one more row (about 300 bytes) would not have fitted.
    expect(Buffer.byteLength(html)).toBeGreaterThan(DEFAULT_MAX_HTML_BYTES - 600);
    const listed = listRows(html);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(500);
    expect(html).toContain(`and ${500 - listed} more`);
    // The text part lists the same articles.
    expect(text).toContain(`\n${listed}. Generated article number ${listed} `);
    expect(text).not.toContain(`\n${listed + 1}. `);
    expect(text).toContain(`and ${500 - listed} more`);
    // All sections are still there.
    expect(parseHTML(html).document.querySelectorAll('.section-title')).toHaveLength(view.sections.length);
  });

  it('lists as many articles as fit a smaller budget, and no more', async () => {
    const view = generatedDigestView(60);
    const full = await renderDigest(view, { templates, unsubscribeUrl: null });
    expect(listRows(full.html)).toBe(60);
    const budget = Buffer.byteLength(full.html) - 5_000;

    const { html } = await renderDigest(view, { templates, unsubscribeUrl: null, maxHtmlBytes: budget });

    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(budget);
    const listed = listRows(html);
    expect(listed).toBeLessThan(60);
    // One more row (about 300 bytes) would not have fitted in the ~5 KB cut plus the "more" line.
    expect(Buffer.byteLength(html) + 600).toBeGreaterThan(budget);
    expect(html).toContain(`and ${60 - listed} more`);
  });

  it('fails loudly when even the sections do not fit', async () => {
    await expect(renderDigest(smallDigestView(), { templates, unsubscribeUrl: null, maxHtmlBytes: 10_000 })).rejects.toThrow(
      DigestTooLargeError,
    );
  });
});
