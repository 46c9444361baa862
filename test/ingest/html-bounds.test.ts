// Any HTML input up to maxArticleBytes is read or rejected in bounded time.
// Deep nesting made Readability's work explode (2,000 nested divs took 44 s; 100,000 levels hung).
// "Under 2 s" is a behaviour bound (a hostile file must not hang the function), not a performance benchmark.
import { describe, expect, it } from 'vitest';
import { extractHtml, HTML_LIMITS, htmlShape, READABILITY_LIMITS } from '../../functions/core/ingest/formats';
import { ArticleRejectedError } from '../../functions/core/model';
import { MAX, read } from './helpers';

const BOUND_MS = 2000;
const sentence = (i: number) => `Minister number ${i} met officials on Monday and agreed to hold regular talks on security matters. `;
const prose = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)}${sentence(i + 50)}</p>`).join('');
const page = (body: string) => `<!DOCTYPE html><html><head><title>Talks</title></head><body>${body}</body></html>`;
const nested = (levels: number, open: string, close: string, inner = prose) => page(open.repeat(levels) + inner + close.repeat(levels));
/** As many copies of `unit` as fit in maxArticleBytes. */
const fill = (unit: string, head = prose) => page(head + unit.repeat(Math.floor((MAX - head.length - 200) / unit.length)));

/** Reads the input and says how it ended and how long it took. */
function outcome(html: string): { ms: number; result: string; reason?: string } {
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MAX);
  const start = performance.now();
  try {
    const a = read('incoming/page.html', html);
    return { ms: performance.now() - start, result: `read:${a.sentences.length}` };
  } catch (e) {
    if (!(e instanceof ArticleRejectedError)) throw e;
    return { ms: performance.now() - start, result: e.code, reason: e.reason };
  }
}

const CASES: Record<string, () => string> = {
  'divs nested 2,000 deep': () => nested(2000, '<div>', '</div>'),
  'divs nested 2,500 deep': () => nested(2500, '<div>', '</div>'),
  'divs nested 100,000 deep': () => nested(100_000, '<div>', '</div>'),
  'divs nested to fill 2 MiB': () => nested(Math.floor((MAX - 2000) / 11), '<div>', '</div>'),
  'spans nested to fill 2 MiB': () => nested(Math.floor((MAX - 2000) / 13), '<span>', '</span>'),
  'tables nested 2,000 deep': () => nested(2000, '<table><tr><td>', '</td></tr></table>'),
  'unclosed divs to fill 2 MiB': () => page(prose + '<div>'.repeat(Math.floor((MAX - 2000) / 5))),
  'wide: empty bold elements to fill 2 MiB': () => fill('<b></b>'),
  'wide: one paragraph per div to fill 2 MiB': () => fill(`<div><p>${sentence(1)}</p></div>`),
  // Text the tag scanner and the parser must not go quadratic on.
  "2 MiB of '<'": () => '<'.repeat(MAX - 100),
  "unclosed tags '<a <a <a' to fill 2 MiB": () => '<a '.repeat(Math.floor((MAX - 100) / 3)),
  'unclosed quoted attributes to fill 2 MiB': () => '<a x="'.repeat(Math.floor((MAX - 100) / 6)),
  'an unclosed quote, then unclosed tags': () => `<a x="${'<b y '.repeat(Math.floor((MAX - 100) / 5))}`,
  'empty scripts to fill 2 MiB': () => page('<script></script>'.repeat(Math.floor((MAX - 200) / 17))),
  'unclosed comments to fill 2 MiB': () => '<!--'.repeat(Math.floor((MAX - 100) / 4)),
  'one tag with 500,000 attributes': () => `<p ${'a=b '.repeat(Math.floor((MAX - 100) / 4))}>x</p>`,
  "stray '<' just under the limit, with elements just under Readability's budget": () =>
    page(`<p>${'a < b, '.repeat(HTML_LIMITS.maxStrayLessThan - 10)}</p>${'<b>x</b>'.repeat(READABILITY_LIMITS.maxElements - 100)}`),
  'at the parse limits: depth and element count just inside': () =>
    nested(HTML_LIMITS.maxDepth - 4, '<div>', '</div>', prose + '<p><b>w</b> <i>x</i></p>'.repeat(Math.floor((HTML_LIMITS.maxElements - HTML_LIMITS.maxDepth - 40) / 3))),
  'at the parse limits: many chains just under the depth limit': () =>
    page(prose + (`${'<div>'.repeat(HTML_LIMITS.maxDepth - 4)}x${'</div>'.repeat(HTML_LIMITS.maxDepth - 4)}`).repeat(Math.floor((HTML_LIMITS.maxElements - 40) / HTML_LIMITS.maxDepth))),
  ...readabilityEdge(),
};

/** Shapes just inside Readability's budget (elements x depth), where it still runs. */
function readabilityEdge(): Record<string, () => string> {
  const out: Record<string, () => string> = {};
  for (const depth of [8, 20, 40, 80, 120]) {
    const elements = Math.min(READABILITY_LIMITS.maxElements, Math.floor(READABILITY_LIMITS.maxWork / (depth + 4))) - 40;
    out[`inside Readability's budget: ${elements} elements under ${depth} levels`] = () =>
      nested(depth, '<div>', '</div>', prose + '<p><b>w</b> <i>x</i></p>'.repeat(Math.floor(elements / 3)));
    out[`inside Readability's budget: chains ${depth} deep, ${elements} elements`] = () =>
      page(prose + (`${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`).repeat(Math.floor(elements / depth)));
  }
  return out;
}

describe('HTML is read or rejected in bounded time', () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(`${name}: ends in under 2 s, read or rejected with a reason`, () => {
      const { ms, result, reason } = outcome(build());
      expect(['malformed-html', 'no-content'].includes(result) || result.startsWith('read:'), result).toBe(true);
      if (result === 'malformed-html') expect(reason).toMatch(/levels deep|HTML elements|open no HTML tag/);
      expect(ms).toBeLessThan(BOUND_MS);
    });
  }

  it('2,500 levels with real text is rejected as malformed-html saying how deep, not as no-content', () => {
    const { result, reason } = outcome(nested(2500, '<div>', '</div>'));
    expect(result).toBe('malformed-html');
    expect(reason).toContain('2,503 levels deep');
    expect(reason).toContain(`limit is ${HTML_LIMITS.maxDepth}`);
  });

  it('an ordinary page nested a few dozen levels is still read', () => {
    const { result } = outcome(nested(40, '<div class="wrap">', '</div>'));
    expect(result).toBe('read:16');
  });

  it('a JSON article whose body is deeply nested HTML is rejected the same way', () => {
    const body = `${'<div>'.repeat(5000)}<p>${sentence(1)}</p>${'</div>'.repeat(5000)}`;
    const start = performance.now();
    let code = '';
    try {
      read('incoming/feed.json', JSON.stringify({ title: 'Talks', body }));
    } catch (e) {
      code = (e as ArticleRejectedError).code;
    }
    expect(code).toBe('malformed-html');
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  });
});

describe('htmlShape', () => {
  it('counts elements and depth the way the parser nests them', () => {
    expect(htmlShape('<div><p>a<p>b<p>c</div>')).toMatchObject({ elements: 4, depth: 2 }); // <p> closes the open <p>
    expect(htmlShape('<ul><li>a<li>b<li><ul><li>c</ul></ul>')).toMatchObject({ elements: 6, depth: 4 });
    expect(htmlShape('<table><tr><td>a<td>b</tr><tr><td>c</table>')).toMatchObject({ elements: 6, depth: 3 });
    expect(htmlShape('<p>a<br><img src="x"><hr/>b</p>')).toMatchObject({ elements: 4, depth: 1 });
  });

  it('does not count markup inside scripts, styles or comments', () => {
    expect(htmlShape(`<div><script>var s = "${'<div>'.repeat(500)}";</script><!-- ${'<div>'.repeat(500)} --></div>`)).toEqual({ elements: 2, depth: 1, stray: 0 });
  });

  it("counts '<' that opens no tag", () => {
    expect(htmlShape('<p>a < b and c <= d</p>')).toMatchObject({ elements: 1, stray: 2 });
  });

  it('is not fooled by ">" inside attribute values', () => {
    expect(htmlShape('<div title="a > b"><span data-x=\'<i>\'>x</span></div>')).toEqual({ elements: 2, depth: 2, stray: 0 });
  });

  it('extractHtml names the file in the rejection', () => {
    try {
      extractHtml('<div>'.repeat(500), 'incoming/deep.html');
      expect.unreachable();
    } catch (e) {
      expect((e as ArticleRejectedError).key).toBe('incoming/deep.html');
      expect((e as ArticleRejectedError).code).toBe('malformed-html');
    }
  });
});

describe('Markdown is read or rejected in bounded time', () => {
  const md: Record<string, string> = {
    "2 MiB of '['": '['.repeat(MAX - 100),
    "2 MiB of '!['": '!['.repeat(Math.floor((MAX - 100) / 2)),
    "2 MiB of '<a'": '<a'.repeat(Math.floor((MAX - 100) / 2)),
    "2 MiB of '<https:'": '<https:'.repeat(Math.floor((MAX - 100) / 7)),
    "2 MiB of '_'": '_'.repeat(MAX - 100),
    "2 MiB of '*a'": '*a'.repeat(Math.floor((MAX - 100) / 2)),
    'a heading of 2 MiB of spaces': `# ${' '.repeat(MAX - 100)}x`,
    "2 MiB of '[a]('": '[a]('.repeat(Math.floor((MAX - 100) / 4)),
  };
  for (const [name, text] of Object.entries(md)) {
    it(`${name}: ends in under 2 s`, () => {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX);
      const start = performance.now();
      try {
        read('incoming/page.md', text);
      } catch (e) {
        expect(e).toBeInstanceOf(ArticleRejectedError);
      }
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
    });
  }

  it('an ATX heading keeps a trailing # that is part of a word, and drops closing hashes', () => {
    const a = read('incoming/h.md', '# Why C# matters ##\n\nThe language team met on Monday and agreed on a new release plan for next year.\n');
    expect(a.title).toBe('Why C# matters');
  });
});
