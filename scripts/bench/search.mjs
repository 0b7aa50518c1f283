#!/usr/bin/env node
/**
 * npm run bench:search [-- --runs 15] [--dir out] [--json]
 *
 * Measures search in headless Chromium on the static export (run
 * `npm run export` first): the median time from pressing `/` on a fresh page
 * (cold: nothing cached) until the first results for `hpa` are shown, which
 * includes loading the engine chunk and the index and building it; the
 * median time for the results of a further query once loaded; the page's
 * initial JavaScript and what search adds when first used; the index size.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../e2e/support/static-server.ts';
import { median } from './measure.ts';
import { exportFiles, kb } from './support/export-files.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    dir: { type: 'string', default: 'out' },
    page: { type: 'string', default: '/api/v1/pods/' },
    json: { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const dir = path.resolve(root, values.dir);
const runs = Number(values.runs);

const server = await startStaticServer(dir);
const site = server.url;
const { sizeOf, sum } = exportFiles(dir);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const cold = [];
const warm = [];
let initialJs = new Set();
let searchJs = new Set();
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    await page.goto(`${site}${values.page}`, { waitUntil: 'networkidle' });
    await page.locator('.search-input[data-ready]').waitFor();
    const before = new Set(scripts);
    // Start the clock at the keydown of `/`, stop it when the first result is in the DOM.
    const measure = (query) =>
      page.evaluate(
        (q) =>
          new Promise((resolve) => {
            const input = document.querySelector('.search-input');
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('#search-results [role="option"]')) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            window.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        query,
      );
    cold.push(await measure('hpa'));
    await page.evaluate(() => {
      const input = document.querySelector('.search-input');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    warm.push(await measure('tolerations'));
    if (run === 0) {
      initialJs = before;
      searchJs = new Set(scripts.filter((s) => !before.has(s)));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const initial = await sum(initialJs);
const added = await sum(searchJs);
const index = await sizeOf('/search-index.json');
const box = [];
for (const p of initialJs) {
  const text = await readFile(path.join(dir, p), 'utf8');
  if (text.includes('search-index.json')) box.push(p);
}
const boxChunk = await sum(box);
if (values.json) {
  // One line for the export suite of npm run bench (scripts/bench/suites/export.ts).
  console.log(
    JSON.stringify({
      coldMs: median(cold),
      warmMs: median(warm),
      indexBytes: index.raw,
      indexGzipBytes: index.gzip,
      initialJsGzip: initial.gzip,
      searchJsGzip: added.gzip,
    }),
  );
  process.exit(0);
}
console.log(`search bench on ${values.page} (${runs} runs, static export in ${path.relative(root, dir)})`);
console.log(
  `  time to first results, cold (press /, type "hpa"; loads engine + index): median ${median(cold).toFixed(1)} ms (min ${Math.min(...cold).toFixed(1)}, max ${Math.max(...cold).toFixed(1)})`,
);
console.log(`  time to results once loaded ("tolerations"): median ${median(warm).toFixed(1)} ms`);
console.log(
  `  page JS before search: ${initialJs.size} files, ${kb(initial.raw)} raw / ${kb(initial.gzip)} gzip; the chunk with the search box: ${kb(boxChunk.raw)} raw / ${kb(boxChunk.gzip)} gzip (shared with other client components)`,
);
console.log(
  `  loaded on first use: ${searchJs.size} JS files, ${kb(added.raw)} raw / ${kb(added.gzip)} gzip = ${((100 * added.gzip) / (initial.gzip + added.gzip)).toFixed(1)}% of the page's JS once search is used (gzip)`,
);
console.log(`  index: ${kb(index.raw)} raw / ${kb(index.gzip)} gzip`);
