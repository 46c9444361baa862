// Entry bundled by `npm run bench` with the functions' own esbuild settings: renders a view read
// from a JSON file with the bundled mjml, so the benchmark can compare it byte for byte with the
// unbundled render. Usage (on the bundle): node index.js <view.json> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';
import type { DigestView } from '../functions/core/model';
import { loadTemplates } from '../functions/adapters/templates';
import { renderDigest } from '../functions/email/render';

const [viewFile, outFile] = process.argv.slice(2);
const view = JSON.parse(readFileSync(viewFile!, 'utf8')) as DigestView;
const unsubscribeUrl = 'https://abcdefghij.lambda-url.us-east-1.on.aws/?token=aGFyYm91cg.c2lnbmF0dXJl';
// The probe runs where a Lambda bundle would, with the templates beside it (TEMPLATES_DIR), as send-digest does.
void loadTemplates(process.env.TEMPLATES_DIR!)
  .then((templates) => renderDigest(view, { templates, unsubscribeUrl }))
  .then((r) => writeFileSync(outFile!, JSON.stringify(r)));
