// The one-shot CLI, run as a user runs it, on the project's samples and (when present) the seeds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const root = resolve(import.meta.dirname, '../..');
const seeds = resolve(root, '../shared/seeds');

// Through the launcher `npm run digest` uses: the prebuilt bundle, rebuilt here if a source is newer.
function runCli(args: string[]) {
  const res = spawnSync(process.execPath, ['scripts/local.mjs', 'cli', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, stderr: res.stderr };
}

function checkManifest(out: string, inputs: string[]) {
  for (const f of ['digest.html', 'digest.txt', 'digest.json', 'digest.eml']) expect(existsSync(join(out, f))).toBe(true);
  const m = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
  expect(typeof m.id).toBe('string');
  for (const a of m.articles) {
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['key', 'title', 'source', 'publishedAt', 'url', 'theme']));
    if (a.publishedAt) expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
  for (const s of m.sections) {
    expect(typeof s.theme).toBe('string');
    expect(typeof s.title).toBe('string');
    for (const it of s.items) expect(it.sources.length).toBeGreaterThan(0);
  }
  // Every input is either digested or rejected.
  const accounted = new Set([...m.articles.map((a: { key: string }) => a.key), ...m.rejected.map((r: { key: string }) => r.key)]);
  for (const f of inputs) expect(accounted.has(f)).toBe(true);
  return m;
}

describe('npm run digest', () => {
  it('digests samples/ plus a bad file and a duplicate, writing the four files', async () => {
    const out = tempDir('cli-');
    const extra = tempDir('cli-in-');
    writeFileSync(join(extra, 'empty.txt'), '');
    writeFileSync(join(extra, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const first = readdirSync(join(root, 'samples')).sort()[0] ?? 'no sample file';
    writeFileSync(join(extra, 'copy.txt'), readFileSync(join(root, 'samples', first)));
    const { code, stderr } = runCli(['--out', out, 'samples', extra]);
    expect(stderr).toMatch(/digest \w+: \d+ file\(s\)/);
    expect(code).toBe(0);
    const inputs = [...readdirSync(join(root, 'samples')).map((n) => join('samples', n)), ...['copy.txt', 'empty.txt', 'photo.png'].map((n) => join(extra, n))];
    const m = checkManifest(out, inputs);
    const codes = Object.fromEntries(m.rejected.map((r: { key: string; code: string }) => [r.key.split('/').pop(), r.code]));
    expect(codes).toMatchObject({ 'empty.txt': 'empty', 'photo.png': 'unsupported-type' });
    expect(['duplicate', undefined]).toContain(codes['copy.txt']);

    const mail = await simpleParser(readFileSync(join(out, 'digest.eml')));
    expect(mail.text).toBe(readFileSync(join(out, 'digest.txt'), 'utf8'));
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/127\.0\.0\.1:3025\/unsubscribe\?token=/);
  });

  it('is deterministic: the same input and date give the same digest', () => {
    const a = tempDir('cli-a-');
    const b = tempDir('cli-b-');
    expect(runCli(['--out', a, '--date', '2022-04-15', 'samples']).code).toBe(0);
    expect(runCli(['--out', b, '--date', '2022-04-15', 'samples']).code).toBe(0);
    // Every file, the MIME message included (its boundary comes from the content, not random bytes).
    for (const f of ['digest.json', 'digest.html', 'digest.txt', 'digest.eml']) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f)))).toBe(true);
  });

  it('explains its usage and a bad config', () => {
    expect(runCli([]).stderr).toContain('usage: npm run --silent digest -- --out DIR');
    const cfg = join(tempDir('cfg-'), 'cdk.json');
    writeFileSync(cfg, JSON.stringify({ context: { digest: { sender: 'x', recipients: ['a@example.com'] } } }));
    const res = runCli(['--out', tmpdir(), '--config', cfg, 'samples']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('digest.sender: must be an email address');
  });

  it("takes a user's own themes with --themes, and names the file when they are wrong", () => {
    // The chips set's themes on its own articles: its sections, not the default Korea ones.
    const out = tempDir('cli-themes-');
    const themesFile = join(root, 'test/fixtures/sets/chips/themes.json');
    const res = runCli(['--out', out, '--date', '2026-03-01', '--themes', themesFile, 'test/fixtures/sets/chips/articles']);
    expect(res.code, res.stderr).toBe(0);
    const titles = JSON.parse(readFileSync(themesFile, 'utf8')).map((t: { title: string }) => t.title);
    const m = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
    expect(m.sections.map((s: { title: string }) => s.title)).toEqual(titles);

    const bad = join(tempDir('themes-bad-'), 'themes.json');
    writeFileSync(bad, JSON.stringify([{ id: 'a', title: 'A', terms: {} }]));
    const wrong = runCli(['--out', tempDir('cli-themes-bad-'), '--themes', bad, 'samples']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`--themes ${bad}`);
    expect(wrong.stderr).not.toContain('digest.themes');
    writeFileSync(bad, '[{ "id": ');
    const broken = runCli(['--out', tempDir('cli-themes-broken-'), '--themes', bad, 'samples']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`cannot read the themes in ${bad}`);
  });

  it('takes topic terms beside the themes in a --themes object, and names a wrong key in one line', () => {
    // The cloud-outage set's own themes, with and without the names of the outage: a bank's own app
    // outage shares the words and leaks in by words alone, and names none of the terms.
    const set = join(root, 'test/fixtures/sets/cloud-outage');
    const themes = JSON.parse(readFileSync(join(set, 'themes.json'), 'utf8'));
    const dir = tempDir('cli-topic-');
    const file = join(dir, 'themes.json');
    const bank = (terms?: string[]) => {
      writeFileSync(file, JSON.stringify(terms ? { topicTerms: terms, themes } : { themes }));
      const out = tempDir('cli-topic-out-');
      const res = runCli(['--out', out, '--date', '2026-11-20', '--themes', file, join(set, 'articles')]);
      expect(res.code, res.stderr).toBe(0);
      const m = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8'));
      return m.articles.find((a: { key: string }) => a.key.endsWith('19-harbourline-bank-app-update.html'));
    };
    expect(bank().theme).not.toBeNull();
    const gated = bank(['nimbus', 'us-central-2']);
    expect(gated.theme).toBeNull();
    expect(gated.topicMentions).toBe(0);
    expect(gated.setAside).toBe('no-topic-terms');

    // stderr says what the themes did: what each took, what fit none, what was set aside and why,
    // each count read back from the manifest it describes.
    const out = tempDir('cli-topic-report-');
    const res = runCli(['--out', out, '--date', '2026-11-20', '--themes', file, join(set, 'articles')]);
    const m = JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8')) as { articles: { title: string; theme: string | null; setAside?: string }[] };
    const lines = res.stderr.trim().split('\n');
    const took = themes.map((t: { id: string; title: string }) => `${t.title} ${m.articles.filter((a) => a.theme === t.id).length}`).join(', ');
    const none = m.articles.filter((a) => a.theme === null && !a.setAside).length;
    expect(lines).toContain(`themes: ${took} article(s); ${none} fit no theme (every theme score under 0.6)`);
    const aside = m.articles.filter((a) => a.setAside);
    expect(aside.length).toBeGreaterThan(0);
    expect(lines).toContain(`set aside as another story: ${aside.length} (its terms gave it a theme; digest.json "setAside" says which check)`);
    const bankTitle = m.articles.find((a) => a.setAside && a.title.includes('Harbourline'))!.title;
    expect(lines.some((l) => l.startsWith(`  "${bankTitle}" (`) && l.endsWith('): names none of the topic terms'))).toBe(true);

    // The file may name the digest too: the subject and header are the user's, not cdk.json's.
    writeFileSync(file, JSON.stringify({ digestName: 'Cloud Outage Watch', themes }));
    const named = tempDir('cli-topic-named-');
    expect(runCli(['--out', named, '--date', '2026-11-20', '--themes', file, join(set, 'articles')]).code).toBe(0);
    expect(readFileSync(join(named, 'digest.txt'), 'utf8').split('\n')[0]).toContain('Cloud Outage Watch');
    for (const f of ['digest.html', 'digest.txt', 'digest.eml']) expect(readFileSync(join(named, f), 'utf8')).not.toContain('Korea Peninsula Briefing');

    // Without a name the file still describes the topic alone: cdk.json's name goes with cdk.json's
    // themes, so the digest takes the neutral default instead of another story's name.
    writeFileSync(file, JSON.stringify(themes));
    const unnamed = tempDir('cli-topic-unnamed-');
    expect(runCli(['--out', unnamed, '--date', '2026-11-20', '--themes', file, join(set, 'articles')]).code).toBe(0);
    expect(readFileSync(join(unnamed, 'digest.txt'), 'utf8').split('\n')[0]).toBe('News digest');
    for (const f of ['digest.html', 'digest.txt', 'digest.eml']) expect(readFileSync(join(unnamed, f), 'utf8')).not.toContain('Korea Peninsula Briefing');

    // Topic terms that no article names empty the digest: said in one line, not left to guess.
    writeFileSync(file, JSON.stringify({ topicTerms: ['zzq-no-such-story'], themes }));
    const nothing = runCli(['--out', tempDir('cli-topic-none-'), '--date', '2026-11-20', '--themes', file, join(set, 'articles')]);
    expect(nothing.code).toBe(0);
    expect(nothing.stderr.trim().split('\n').at(-1)).toBe('warning: no article names any of the topic terms ("zzq-no-such-story"), so every article the themes fit was set aside: check topicTerms');

    writeFileSync(file, JSON.stringify({ topic: ['nimbus'], themes }));
    const wrong = runCli(['--out', tempDir('cli-topic-bad-'), '--themes', file, 'samples']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toEqual([`digest: --themes ${file}: unknown key "topic" (the file holds "themes" and, optionally, "topicTerms" and "digestName")`]);
    writeFileSync(file, JSON.stringify({ topicTerms: ['nimbus', ' '], themes }));
    const blank = runCli(['--out', tempDir('cli-topic-blank-'), '--themes', file, 'samples']);
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain(`--themes ${file}: topicTerms.1: must not be empty`);
  });

  it.skipIf(!existsSync(seeds))('digests ../shared/seeds into a manifest of the contracted form', () => {
    const out = tempDir('cli-seeds-');
    expect(runCli(['--out', out, seeds]).code).toBe(0);
    const m = checkManifest(out, readdirSync(seeds).map((n) => join(seeds, n)));
    expect(m.articles).toHaveLength(5);
    expect(m.sections.map((s: { title: string }) => s.title)).toEqual(['Alliances', 'The North Korea review', "Pyongyang's responses"]);
  });
});
