#!/usr/bin/env node
/**
 * npm run bench:openapi [-- --runs 7] [--dir out] [--page /apis/apps/v1/deployments/]
 *
 * Measures the OpenAPI tab in headless Chromium on the static export (run
 * `npm run export` first): the page's JavaScript and CSS before the tab opens
 * and what opening it adds (raw and gzip, from the files), the median time
 * from the click until Swagger UI shows the operations (cold: a fresh
 * context each run, so the chunk and the slice load every time), and the
 * sizes of a few slices and of the full document.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../e2e/support/static-server.ts';
import { median } from './measure.ts';
import { exportFiles, kb } from './support/export-files.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    dir: { type: 'string', default: 'out' },
    page: { type: 'string', default: '/apis/apps/v1/deployments/' },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const dir = path.resolve(root, values.dir);
const runs = Number(values.runs);

const server = await startStaticServer(dir);
const site = server.url;
const { sizeOf, sum } = exportFiles(dir);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const times = [];
let before = { js: [], css: [] };
let added = { js: [], css: [], json: [] };
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded = [];
    page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
    await page.goto(`${site}${values.page}`, { waitUntil: 'networkidle' });
    const initial = loaded.length;
    const start = Date.now();
    await page.click('#tab-openapi');
    await page.locator('#panel-openapi .opblock').first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    if (run === 0) {
      const pick = (list, ext) => [...new Set(list.filter((p) => p.endsWith(ext)))];
      before = { js: pick(loaded.slice(0, initial), '.js'), css: pick(loaded.slice(0, initial), '.css') };
      const later = loaded.slice(initial);
      added = { js: pick(later, '.js'), css: pick(later, '.css'), json: pick(later, '.json') };
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const [jsBefore, cssBefore, jsAdded, cssAdded] = await Promise.all([sum(before.js), sum(before.css), sum(added.js), sum(added.css)]);
console.log(`OpenAPI tab bench on ${values.page} (${runs} runs, static export in ${path.relative(root, dir)})`);
console.log(
  `  JS before the tab opens: ${before.js.length} files, ${kb(jsBefore.raw)} raw / ${kb(jsBefore.gzip)} gzip; CSS ${kb(cssBefore.raw)} raw / ${kb(cssBefore.gzip)} gzip`,
);
console.log(
  `  opening the tab adds JS: ${added.js.length} files, ${kb(jsAdded.raw)} raw / ${kb(jsAdded.gzip)} gzip; CSS ${added.css.length} files, ${kb(cssAdded.raw)} raw / ${kb(cssAdded.gzip)} gzip; data ${added.json.join(', ')}`,
);
console.log(`  JS with the tab open: ${kb(jsBefore.raw + jsAdded.raw)} raw / ${kb(jsBefore.gzip + jsAdded.gzip)} gzip`);
console.log(`  click → operations shown, cold: median ${median(times)} ms (min ${Math.min(...times)}, max ${Math.max(...times)})`);
for (const slice of [
  '/openapi/v2/apis/apps/v1.json',
  '/openapi/v2/api/v1.json',
  '/openapi/v2/apis/apiextensions.k8s.io/v1.json',
  '/openapi/v2.json',
]) {
  const size = await sizeOf(slice);
  console.log(`  ${slice}: ${kb(size.raw)} raw / ${kb(size.gzip)} gzip`);
}
