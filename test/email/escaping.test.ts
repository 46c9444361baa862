import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DigestView } from '../../functions/core/model';
import { escapeHtml, safeLinkUrl } from '../../functions/email/escape';
import { renderDigest } from '../../functions/email/render';
import { Markup, TemplateError, fill } from '../../functions/email/template';
import { smallDigestView } from './fixtures';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const HOSTILE = [
  '<script>alert("x")</script>',
  '<mj-raw><img src=x onerror=alert(1)></mj-raw>',
  '</mj-text></mj-column></mj-section><mj-section><mj-column><mj-text>injected',
  '{{subject}} {{{sections}}} $& $1',
  'Tom & Jerry say "hi" and \'bye\'',
  '<mj-include path="../package.json" />',
];
const HOSTILE_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(2)', 'data:text/html,<script>alert(3)</script>', 'vbscript:x', '/relative/path'];

function hostileView(): DigestView {
  const base = smallDigestView();
  return {
    ...base,
    digestName: `Digest ${HOSTILE[0]}`,
    subject: `Subject ${HOSTILE[3]}`,
    preheader: `Preheader ${HOSTILE[1]}`,
    sections: [
      {
        id: 'hostile',
        title: `Section ${HOSTILE[2]}`,
        items: HOSTILE.map((text, i) => ({
          text: `Item ${text}`,
          sources: [{ name: `Source ${HOSTILE[i]}`, url: HOSTILE_URLS[i % HOSTILE_URLS.length]! }],
        })),
      },
    ],
    articles: HOSTILE_URLS.map((url, i) => ({ title: `Title ${HOSTILE[i]}`, source: HOSTILE[4]!, publishedAt: null, url })),
    rejected: [{ name: `file ${HOSTILE[0]}.txt`, reason: `reason ${HOSTILE[2]}` }],
    footer: { reason: `Reason ${HOSTILE[5]}`, sender: `Sender ${HOSTILE[4]}` },
  };
}

describe('escaping', () => {
  it('renders hostile strings as inert text in the HTML', async () => {
    const { html } = await renderDigest(hostileView(), { templates, unsubscribeUrl: 'https://u.example/?token=a' });
    const { document } = parseHTML(html);
    const text = document.body.textContent ?? '';

    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name),
    );
    expect(handlers).toEqual([]);
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?|mailto):/);
    // The structure was not broken: one themed section, its title intact.
    expect([...document.querySelectorAll('.section-title')].map((e) => e.textContent?.trim())).toEqual([`Section ${HOSTILE[2]}`]);
    // Every hostile string is visible as literal text.
    for (const s of HOSTILE) expect(text).toContain(s);
    expect(document.querySelector('title')?.textContent).toBe(`Subject ${HOSTILE[3]}`);
    // Titles and sources with unsafe URLs are shown as text, without a link.
    const linkTexts = [...document.querySelectorAll('a')].map((a) => a.textContent);
    HOSTILE_URLS.forEach((_url, i) => {
      expect(text).toContain(`Title ${HOSTILE[i]}`);
      expect(linkTexts).not.toContain(`Title ${HOSTILE[i]}`);
    });
    expect(linkTexts).not.toContain(`Source ${HOSTILE[0]}`);
  });

  it('keeps hostile strings literal in the plain-text part, without unsafe URLs', async () => {
    const { text } = await renderDigest(hostileView(), { templates, unsubscribeUrl: 'https://u.example/?token=a' });
    const flat = text.replace(/\n\s*/g, ' ');
    for (const s of HOSTILE) expect(flat).toContain(s);
    expect(text).not.toMatch(/javascript:|vbscript:|data:text/i);
  });

  it('escapes text and attribute contexts', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('links only absolute http(s) and mailto URLs', () => {
    expect(safeLinkUrl('https://example.com/a?b=1&c="2"')).toBe('https://example.com/a?b=1&c=%222%22');
    expect(safeLinkUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    for (const bad of [...HOSTILE_URLS, 'https://exa mple.com', 'http://', 'https://a.example/\nx', '', null]) {
      expect(safeLinkUrl(bad)).toBeNull();
    }
  });
});

describe('fill', () => {
  it('substitutes in one pass: values are never scanned again', () => {
    const out = fill('<p>{{a}}</p>{{{b}}}', { a: '{{b}} $&', b: new Markup('<i>{{a}}</i>') });
    expect(out.value).toBe('<p>{{b}} $&amp;</p><i>{{a}}</i>');
  });

  it('refuses missing values and text given for markup (and back)', () => {
    expect(() => fill('{{a}}', {})).toThrow(TemplateError);
    expect(() => fill('{{{a}}}', { a: '<b>' })).toThrow(/needs markup/);
    expect(() => fill('{{a}}', { a: new Markup('<b>') })).toThrow(/is text/);
  });
});
