#!/usr/bin/env node
/**
 * npm run export [-- --snapshot DIR] [--crds DIR] [--base-path /docs/k8s] [--out DIR]
 *
 * Builds the static site: every group, version, resource and definition page
 * pre-rendered from a snapshot directory (default: the embedded Kubernetes
 * 1.36 snapshot) into out/ (or --out), servable by any static file server.
 * With --crds, the CRD manifests under DIR are installed on that snapshot
 * (an operator's own CRDs next to the built-in kinds; lib/sources/crd-source.ts).
 * Options may also come from ATLAS_SNAPSHOT, ATLAS_CRDS and ATLAS_BASE_PATH. The output
 * folder must be absent, empty or an earlier export (it is replaced); other
 * folders are refused, and out/ is only written when it is the output.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDirFor, publishExport, refusalToReplace } from './export-target.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    snapshot: { type: 'string' },
    crds: { type: 'string' },
    'base-path': { type: 'string' },
    out: { type: 'string' },
  },
});

const snapshot = path.resolve(values.snapshot ?? process.env.ATLAS_SNAPSHOT ?? path.join(root, 'snapshots/kubernetes-1.36'));
if (!existsSync(path.join(snapshot, 'manifest.json'))) {
  console.error(`export: ${snapshot} is not a snapshot directory (no manifest.json)`);
  process.exit(2);
}
const crdsOption = values.crds ?? process.env.ATLAS_CRDS;
const crds = crdsOption ? path.resolve(crdsOption) : undefined;
if (crds && !(await stat(crds).catch(() => undefined))?.isDirectory()) {
  console.error(`export: --crds ${crdsOption} is not a directory`);
  process.exit(2);
}
const basePath = values['base-path'] ?? process.env.ATLAS_BASE_PATH ?? '';
if (basePath && !/^\/[A-Za-z0-9._~\-/]*[^/]$/.test(basePath)) {
  console.error(`export: --base-path must look like /docs/k8s (got ${JSON.stringify(basePath)})`);
  process.exit(2);
}

/** Every file of the export outside Next.js's own `_next/`: the pages, their RSC payloads, the JSON answers. */
async function* siteFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_next') yield* siteFiles(full);
    } else {
      yield { full, name: entry.name };
    }
  }
}

/**
 * The site links with plain <a> (no client-side navigation), so the per-page
 * RSC payload files Next.js writes for its router are never requested.
 * Removing them halves out/.
 */
const isRscPayload = (name) => name.endsWith('.txt') && (name === 'index.txt' || name.startsWith('__next.'));

const { deferScriptsInHtml } = createRequire(import.meta.url)('./deferred-hydration.cjs');

/**
 * One pass over the pages: RSC payloads removed (above), and Next.js's chunk
 * scripts loading after the first screen on every page, as the server sends
 * them (scripts/deferred-hydration.cjs).
 */
async function finishPages(dir) {
  for await (const { full, name } of siteFiles(dir)) {
    if (isRscPayload(name)) await rm(full);
    else if (name.endsWith('.html')) await writeFile(full, deferScriptsInHtml(await readFile(full, 'utf8')));
  }
}

async function walk(dir) {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await walk(full);
      files += sub.files;
      bytes += sub.bytes;
      pages += sub.pages;
    } else {
      files += 1;
      bytes += (await stat(full)).size;
      if (entry.name.endsWith('.html')) pages += 1;
    }
  }
  return { files, bytes, pages };
}

// Never delete a folder the export did not make (scripts/export-target.mjs):
// check the requested folder before building, build into a folder of our own.
const outDir = path.resolve(values.out ?? path.join(root, 'out'));
const refusal = await refusalToReplace(outDir);
if (refusal) {
  console.error(`export: ${refusal}`);
  process.exit(2);
}
const buildDir = buildDirFor(root);

// Pages that cannot be files (a group named `..`, a field path over 200 bytes) are skipped by
// app/_routes/params.ts, which appends each to this file; they are listed at the end.
const skippedFile = path.join(tmpdir(), `atlas-export-skipped-${process.pid}.txt`);
await rm(skippedFile, { force: true });

const started = performance.now();
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      ATLAS_EXPORT: '1',
      ATLAS_SNAPSHOT: snapshot,
      ATLAS_CRDS: crds ?? '',
      // An operator's CRD reference: their CRDs on the built-in kinds, and the bare snapshot as the one other
      // cluster, so /compare/SNAPSHOT...CRDS lists what the CRDs add (not every embedded snapshot, each
      // exported in full; and an export needs one other cluster for its /c/NAME routes). ATLAS_SOURCES overrides.
      ...(crds && process.env.ATLAS_SOURCES === undefined ? { ATLAS_SOURCES: `${path.basename(snapshot)}=snapshot:${snapshot}` } : {}),
      ATLAS_BASE_PATH: basePath,
      ATLAS_EXPORT_DIR: path.relative(root, buildDir),
      ATLAS_EXPORT_SKIPPED: skippedFile,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  child.on('exit', (status) => resolve(status ?? 1));
});
if (code !== 0) {
  await rm(buildDir, { recursive: true, force: true });
  await rm(skippedFile, { force: true });
  process.exit(code);
}

await finishPages(buildDir);
// An export with a single source lists one placeholder cluster under /c/ (NO_CLUSTER in app/_routes/cluster.ts:
// Next.js refuses a dynamic route without pages); its not-found pages are not part of the site.
await rm(path.join(buildDir, 'c', '-'), { recursive: true, force: true });
await rmdir(path.join(buildDir, 'c')).catch(() => {}); // only when empty
await mkdir(path.dirname(outDir), { recursive: true });
await publishExport(buildDir, outDir);
const seconds = (performance.now() - started) / 1000;
const { files, bytes, pages } = await walk(outDir);
console.log(
  `export: ${pages} pages, ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${path.relative(process.cwd(), outDir) || '.'} ` +
    `from ${path.relative(process.cwd(), snapshot)}${crds ? ` with the CRDs in ${path.relative(process.cwd(), crds) || '.'}` : ''}` +
    `${basePath ? ` under ${basePath}` : ''} in ${seconds.toFixed(1)} s`,
);
// generateStaticParams may run in several build workers: each skipped page once.
const skipped = [...new Set((existsSync(skippedFile) ? await readFile(skippedFile, 'utf8') : '').split('\n').filter(Boolean))];
await rm(skippedFile, { force: true });
if (skipped.length > 0) {
  console.log(`export: skipped ${skipped.length} page${skipped.length === 1 ? '' : 's'} that cannot be written as files:`);
  for (const line of skipped) console.log(`  ${line}`);
}
