// The digest quality report over every labelled set: the seeds (when
// ../shared is there), the samples, and each test/fixtures/sets/<name>/ with a labels.json (its
// themes.json when present, else the default themes). One row per set, then each item that fails
// the standalone check, with its rule.
//   npx tsx test/summarize/quality.ts [--json] [--show]
// --show also prints every item of every set; --json prints the full report as JSON.
import { digestOfSet, failingItems, labelledSets, qualityOf, type SetQuality } from './score-set';

const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(3));

function table(rows: readonly SetQuality[]): string {
  const head = ['set', 'articles', 'items', 'fact recall', 'coverage', 'theme acc.', 'leaks', 'near-dup', 'strict', 'standalone', 'datelines'];
  const body = rows.map((q) => [
    q.name,
    String(q.articles),
    String(q.items),
    fmt(q.factRecall),
    fmt(q.coverage),
    fmt(q.themeAccuracy),
    String(q.leaks.length),
    String(q.nearDuplicates),
    q.strict ? 'pass' : 'FAIL',
    String(failingItems(q)),
    String(q.datelines),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const sets = labelledSets();
  const report = sets.map((s) => qualityOf(s));
  if (argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  console.log(table(report));
  // Not in the table (the issue's columns): the labelled facts two or more items tell.
  console.log(`\nfacts told by two or more items: ${report.reduce((n, q) => n + q.factsTwice, 0)} (per set in --json, factsTwice)`);
  console.log(`items above an earlier point of their own article: ${report.reduce((n, q) => n + q.outOfArticleOrder.length, 0)} (per set in --json, outOfArticleOrder)`);
  for (const q of report) {
    if (q.hardFailures.length) console.log(`\n${q.name}: strict fails: ${q.hardFailures.join('; ')}`);
    if (q.leaks.length) console.log(`\n${q.name}: off-topic leaks:\n${q.leaks.map((l) => `  ${l}`).join('\n')}`);
    if (q.standalone.length) {
      console.log(`\n${q.name}: items failing the standalone check:`);
      for (const f of q.standalone) console.log(`  [${f.rule}: ${f.detail}] (${f.section}) ${f.text}`);
    }
  }
  if (argv.includes('--show')) {
    for (const s of sets) {
      console.log(`\n# ${s.name}`);
      for (const sec of digestOfSet(s).manifest.sections) {
        console.log(`## ${sec.title}`);
        for (const it of sec.items) console.log(`- ${it.text}  <${it.sources.map((k) => k.split('/').pop()!.slice(0, 3)).join(',')}>`);
      }
    }
  }
  if (!sets.some((s) => s.name === 'seeds')) console.log('\n(seeds skipped: ../shared/seeds or ../shared/eval/seed-labels.json is absent)');
  return 0;
}

process.exit(await main(process.argv.slice(2)));
