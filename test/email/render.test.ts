import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { renderDigest, renderDigestMjml } from '../../functions/email/render';
import { smallDigestView } from './fixtures';
import { loadTemplates } from '../../functions/adapters/templates';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const TEMPLATES = fileURLToPath(new URL('../../templates', import.meta.url));
const UNSUBSCRIBE = 'https://unsubscribe.example/u?token=abc.def';

const documentOf = (html: string) => parseHTML(html).document;

describe('renderDigest: the HTML part', () => {
  it('is valid MJML under strict validation', async () => {
    // Prepare
    const mjml = await renderDigestMjml(smallDigestView(), { templates, unsubscribeUrl: UNSUBSCRIBE });
    // Act
    const result = await mjml2html(mjml, {
      validationLevel: 'strict',
      fonts: {},
      ignoreIncludes: false,
      filePath: path.join(TEMPLATES, 'digest.mjml'),
    });
    // Assess
    expect(result.errors).toEqual([]);
    expect(result.html).not.toMatch(/<mj-|\{\{/);
  });

  it('shows the header, every section with its sources, the article list, the rejected note and the footer', async () => {
    const view = smallDigestView();
    const { html } = await renderDigest(view, { templates, unsubscribeUrl: UNSUBSCRIBE });
    const doc = documentOf(html);
    const body = doc.body.textContent ?? '';

    expect(doc.querySelector('title')?.textContent).toBe(view.subject);
    expect(body).toContain(view.preheader);
    expect(body).toContain(view.digestName);
    expect(body).toContain('3–7 March 2025');
    expect(body).toContain('5 articles · 3 topics');
    const titles = [...doc.querySelectorAll('.section-title')].map((e) => e.textContent?.trim());
    expect(titles).toEqual(view.sections.map((s) => s.title));
    for (const item of view.sections.flatMap((s) => s.items)) expect(body).toContain(item.text);
    // The first item: its own source linked, the others "also reported by", Bay Radio (no url) unlinked.
    expect(body).toContain('Coastal Herald · also reported by Northern Wire and Bay Radio');
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['Coastal Herald', 'https://coastal-herald.example/news/port-expansion']);
    expect(links.some(([text]) => text === 'Bay Radio')).toBe(false);
    expect(body).toContain('Articles in this digest');
    expect(doc.querySelectorAll('.list-row')).toHaveLength(view.articles.length);
    expect(links).toContainEqual(['Storm season outlook', 'https://weather.example/bulletins/2025-spring']);
    expect(body).toContain('Budget gap forces hearings');
    expect(body).toContain('Met Office Bulletin · 6 Mar 2025');
    expect(body).toContain('One file was not included:');
    expect(body).toContain(`scan-0042.pdf: ${view.rejected[0]!.reason}`);
    expect(body).toContain(view.footer.reason);
    expect(body).toContain(view.footer.sender);
    expect(links).toContainEqual(['Unsubscribe', UNSUBSCRIBE]);
    expect(body).not.toContain('and 0 more');
  });

  it('applies the theme from the included partial (mj-include is enabled) and links no web font', async () => {
    const { html } = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: UNSUBSCRIBE });
    expect(html).toContain('#13294b'); // the masthead colour from partials/theme.mjml
    expect(html).not.toContain('fonts.googleapis.com');
  });

  it('refuses an mj-include that leaves the templates folder', async () => {
    // Prepare: a copy of the templates whose theme include points at a file next to the folder.
    const root = await mkdtemp(path.join(tmpdir(), 'digest-templates-'));
    const dir = path.join(root, 'templates');
    await cp(TEMPLATES, dir, { recursive: true });
    await writeFile(
      path.join(root, 'outside.mjml'),
      '<mjml><mj-body><mj-section><mj-column><mj-text>OUTSIDE-SECRET</mj-text></mj-column></mj-section></mj-body></mjml>',
    );
    await writeFile(
      path.join(dir, 'partials', 'inside.mjml'),
      '<mj-section><mj-column><mj-text>INSIDE-OK</mj-text></mj-column></mj-section>',
    );
    const layout = await readFile(path.join(dir, 'digest.mjml'), 'utf8');
    const includes = '<mj-include path="./partials/inside.mjml" /><mj-include path="../outside.mjml" />';
    await writeFile(path.join(dir, 'digest.mjml'), layout.replace('{{{footer}}}', `{{{footer}}}${includes}`));
    // Act
    const { html } = await renderDigest(smallDigestView(), { templates: await loadTemplates(dir), unsubscribeUrl: UNSUBSCRIBE });
    // Assess: the include inside the folder works, the one outside is dropped.
    expect(html).toContain('INSIDE-OK');
    expect(html).not.toContain('OUTSIDE-SECRET');
    await rm(root, { recursive: true, force: true });
  });

  it('offers a reply instead of a link when there is no unsubscribe URL', async () => {
    const { html, text } = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: null });
    const doc = documentOf(html);
    expect([...doc.querySelectorAll('a')].some((a) => a.textContent === 'Unsubscribe')).toBe(false);
    expect(doc.body.textContent).toContain('To stop receiving Harbour Desk Brief, reply to this email');
    expect(text).toContain('To stop receiving Harbour Desk Brief, reply to this email');
  });

  it('rejects an unsubscribe URL that is not http(s)', async () => {
    await expect(renderDigest(smallDigestView(), { templates, unsubscribeUrl: 'javascript:alert(1)' })).rejects.toThrow(/http/);
  });

  it('leaves out empty sections and the list when there are no articles', async () => {
    const view = { ...smallDigestView(), articles: [], rejected: [] };
    const withEmpty = { ...view, sections: [...view.sections, { id: 'empty', title: 'Nothing here', items: [] }] };
    const { html, text } = await renderDigest(withEmpty, { templates, unsubscribeUrl: UNSUBSCRIBE });
    expect(html).not.toContain('Nothing here');
    expect(html).not.toContain('Articles in this digest');
    expect(html).not.toContain('not included');
    expect(text).not.toContain('Nothing here');
    expect(text).not.toContain('Articles in this digest');
  });

  it('hides the preheader without a colour (no HTML_FONT_LOW_CONTRAST) and pads it away from the header text', async () => {
    const view = smallDigestView();
    const { html } = await renderDigest(view, { templates, unsubscribeUrl: UNSUBSCRIBE });
    const doc = documentOf(html);
    const pre = doc.querySelector('.preheader');
    expect(pre).not.toBeNull();
    const style = pre!.getAttribute('style') ?? '';
    expect(style).toMatch(/display:\s*none/);
    expect(style).not.toMatch(/(^|;)\s*color\s*:/);
    // The preview text first, then invisible padding, so the inbox preview stops there.
    const textContent = pre!.textContent ?? '';
    expect(textContent.startsWith(view.preheader)).toBe(true);
    expect((textContent.slice(view.preheader.length).match(/\u200c\u00a0/g) ?? []).length).toBeGreaterThanOrEqual(50);
    expect(textContent.slice(view.preheader.length).replace(/[\u200c\u00a0]/g, '')).toBe('');
    // It is the first thing in the body, before the masthead, and MJML's white preview is gone.
    const firstText = [...doc.body.querySelectorAll('div')].find((d) => (d.textContent ?? '').trim() !== '');
    expect(firstText?.querySelector('.preheader') ?? firstText).toBe(pre);
    expect(html).not.toMatch(/color:#ffffff;line-height:1px/);
  });

  it('hangs no style on the <body> class (Gmail drops it) and declares light and dark support', async () => {
    const { html } = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: UNSUBSCRIBE });
    const doc = documentOf(html);
    const bodyClasses = (doc.body.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    for (const cls of bodyClasses) expect(css).not.toContain(`.${cls}`);
    // The list's spacing and the links' colour travel inline, on the elements themselves.
    for (const row of doc.querySelectorAll('.list-row')) expect(row.getAttribute('style')).toMatch(/padding/);
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('style')).toMatch(/color:#[0-9a-f]{6}/);
    expect(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    expect(doc.querySelector('meta[name="supported-color-schemes"]')?.getAttribute('content')).toBe('light dark');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });
});

