import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDateRange, seriesSeparator, unthemedNote } from '../../functions/email/format';
import { renderDigest } from '../../functions/email/render';
import { TEXT_WIDTH, wrap, wrapParts } from '../../functions/email/text';
import { smallDigestView } from './fixtures';
import { loadRepoTemplates } from '../../functions/local/repo-templates';

const templates = await loadRepoTemplates();

const GOLDEN = fileURLToPath(new URL('./golden/digest.txt', import.meta.url));

describe('plain-text part', () => {
  it('matches the reviewed golden file', async () => {
    const { text } = await renderDigest(smallDigestView(), {
      templates,
      unsubscribeUrl: 'https://unsubscribe.example/u?token=aGFyYm91cg.c2lnbmF0dXJl',
    });
    // UPDATE_GOLDEN=1 rewrites the file; review the diff before committing it.
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(GOLDEN, text);
    expect(text).toBe(await readFile(GOLDEN, 'utf8'));
  });

  it('breaks the header line between its parts, never inside "3 min read"', () => {
    const parts = ['1–19 August 2026', '18 articles (1 without a date)', '3 topics', '3 min read'];
    expect(wrapParts(parts)).toEqual(['1–19 August 2026 · 18 articles (1 without a date) · 3 topics', '3 min read']);
    expect(wrapParts(['5 articles', '2 topics', '1 min read'])).toEqual(['5 articles · 2 topics · 1 min read']);
    expect(wrapParts([`a ${'x'.repeat(80)} b`, 'c'], 20)).toEqual(['a', 'x'.repeat(80), 'b · c']);
  });

  it('wraps at 72 columns except for words longer than a line', async () => {
    const { text } = await renderDigest(smallDigestView(), { templates, unsubscribeUrl: null });
    for (const line of text.split('\n')) {
      if (line.length > TEXT_WIDTH) expect(line.trim()).not.toContain(' ');
    }
    const long = `see ${'x'.repeat(100)} here`;
    expect(wrap(long, 20, '* ', '  ')).toEqual(['* see', `  ${'x'.repeat(100)}`, '  here']);
    expect(wrap('a b c d', 5, '- ', '  ')).toEqual(['- a b', '  c d']);
  });
});

describe('"also reported by"', () => {
  it('reads as a list: "A", "A and B", "A, B and C", "A, B, C and 2 more", in the text and the HTML part alike', async () => {
    const base = smallDigestView();
    const names = ['Coastal Herald', 'Northern Wire', 'Bay Radio', 'Harbour Times', '2 more'];
    const view = {
      ...base,
      sections: [{ ...base.sections[0]!, items: [{ ...base.sections[0]!.items[0]!, sources: names.map((name) => ({ name, url: null })) }] }],
    };
    const { text, html } = await renderDigest(view, { templates, unsubscribeUrl: null });
    expect(text.replace(/\s+/g, ' ')).toContain('Coastal Herald · also reported by Northern Wire, Bay Radio, Harbour Times and 2 more');
    expect(html.replace(/\s+/g, ' ')).toContain('Coastal Herald · also reported by Northern Wire, Bay Radio, Harbour Times and 2 more');
    expect([1, 2, 3].map((n) => Array.from({ length: n }, (_, k) => seriesSeparator(k, n) + 'x').join(''))).toEqual(['x', 'x and x', 'x, x and x']);
  });
});

describe('the note on articles left out', () => {
  const note = (unthemedCount: number, otherStories = 0, earlier = 0) => unthemedNote({ ...smallDigestView(), unthemedCount, setAsideCounts: { otherStories, earlier } });

  it('says what happened to them: fitting no section, set aside as another story, or as older news', () => {
    expect(note(0)).toBeNull();
    expect(note(1)).toBe("1 more article was left out: it fits none of this digest's sections.");
    expect(note(3)).toBe("3 more articles were left out: they fit none of this digest's sections.");
    expect(note(1, 1)).toBe('1 more article was left out: it was set aside as another story.');
    expect(note(2, 0, 2)).toBe('2 more articles were left out: they were set aside as older news, from before this story.');
    expect(note(9, 3, 1)).toBe("9 more articles were left out: 5 fit none of this digest's sections, 3 were set aside as other stories and 1 as older news, from before this story.");
    expect(note(4, 1, 0)).toBe("4 more articles were left out: 3 fit none of this digest's sections and 1 was set aside as another story.");
  });

  it("counts the topic check's verdicts from the manifest (tech-layoffs: a rival's job cuts, the company's news of 2023)", async () => {
    const { toView } = await import('../../functions/core/digest');
    const { digestOfSet, labelledSets } = await import('../summarize/score-set');
    const { manifest } = digestOfSet(labelledSets().find((s) => s.name === 'tech-layoffs')!);
    const view = toView(manifest, { digestName: 'Brief', sender: 'n@example.com' });
    const left = manifest.articles.filter((a) => a.theme === null && !a.duplicateOf);
    expect(view.unthemedCount).toBe(left.length);
    // Read from the set's digest by hand: a hockey game and a headphones review fit no theme; two
    // rivals' job cuts named late, one named in passing and three naming no topic term are other
    // stories; the company's office news of 2023 is older news.
    expect(left).toHaveLength(9);
    expect(view.setAsideCounts).toEqual({ otherStories: 6, earlier: 1 });
  });
});

describe('formatDateRange', () => {
  it.each([
    [{ from: '2025-03-03', to: '2025-03-03T23:00:00Z' }, '3 March 2025'],
    [{ from: '2025-03-03', to: '2025-03-07' }, '3–7 March 2025'],
    [{ from: '2025-02-28', to: '2025-03-03' }, '28 Feb – 3 Mar 2025'],
    [{ from: '2024-12-30', to: '2025-01-02' }, '30 Dec 2024 – 2 Jan 2025'],
    [{ from: null, to: '2025-01-02' }, '2 Jan 2025'],
    [{ from: null, to: null }, null],
  ])('%j -> %s', (range, expected) => {
    expect(formatDateRange(range)).toBe(expected);
  });
});
