// Issue 11, finding 2: any HTML input up to maxArticleBytes is read or rejected in bounded time.
// Deep nesting made Readability's work explode (2,000 nested divs took 44 s; 100,000 levels hung).
// "Under 2 s" is the behaviour bound the issue asks for, not a performance benchmark.
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
  'at the parse limits: depth and element count just inside': () =>
    nested(HTML_LIMITS.maxDepth - 4, '<div>', '</div>', prose + '<p><b>w</b> <i>x</i></p>'.repeat(Math.floor((HTML_LIMITS.maxElements - HTML_LIMITS.maxDepth - 40) / 3))),
  'at the parse limits: many chains just under the depth limit': () =>
    page(prose + ('<div>'.repeat(HTML_LIMITS.maxDepth - 4) + 'x' + '</div>'.repeat(HTML_LIMITS.maxDepth - 4)).repeat(Math.floor((HTML_LIMITS.maxElements - 40) / HTML_LIMITS.maxDepth))),
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
      page(prose + ('<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth)).repeat(Math.floor(elements / depth)));
  }
  return out;
}

describe('HTML is read or rejected in bounded time', () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(`${name}: ends in under 2 s, read or rejected as malformed-html`, () => {
      const { ms, result, reason } = outcome(build());
      expect(result === 'malformed-html' || result.startsWith('read:')).toBe(true);
      if (reason) expect(reason).toMatch(/levels deep|HTML elements/);
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
    expect(htmlShape('<div><p>a<p>b<p>c</div>')).toEqual({ elements: 4, depth: 2 }); // <p> closes the open <p>
    expect(htmlShape('<ul><li>a<li>b<li><ul><li>c</ul></ul>')).toEqual({ elements: 6, depth: 4 });
    expect(htmlShape('<table><tr><td>a<td>b</tr><tr><td>c</table>')).toEqual({ elements: 6, depth: 3 });
    expect(htmlShape('<p>a<br><img src="x"><hr/>b</p>')).toEqual({ elements: 4, depth: 1 });
  });

  it('does not count markup inside scripts, styles or comments', () => {
    expect(htmlShape(`<div><script>var s = "${'<div>'.repeat(500)}";</script><!-- ${'<div>'.repeat(500)} --></div>`)).toEqual({ elements: 2, depth: 1 });
  });

  it('is not fooled by ">" inside attribute values', () => {
    expect(htmlShape('<div title="a > b"><span data-x=\'<i>\'>x</span></div>')).toEqual({ elements: 2, depth: 2 });
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
