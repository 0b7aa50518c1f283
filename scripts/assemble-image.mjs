#!/usr/bin/env node
/**
 * Lays out what the container image holds, from a server build
 * (`next build` with output: 'standalone'): Next.js's standalone server and
 * the node_modules it needs, the hashed static files, the embedded
 * snapshots and the HTTP guard the start command preloads. The Dockerfile
 * runs this; so does the e2e smoke test (e2e/image.test.ts), which then
 * starts the server exactly as the image's CMD does.
 *
 *   node scripts/assemble-image.mjs DIR
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const distDir = '.next-server';
const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/assemble-image.mjs DIR');
  process.exit(2);
}
const out = path.resolve(target);
const standalone = path.join(root, distDir, 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error(`assemble-image: ${standalone}/server.js not found: run \`npm run build\` first`);
  process.exit(1);
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await cp(standalone, out, { recursive: true });
// Next.js leaves the hashed assets out of standalone/ (a CDN may serve them); the image serves them itself.
await cp(path.join(root, distDir, 'static'), path.join(out, distDir, 'static'), { recursive: true });
// Read at run time (ATLAS_SNAPSHOT, the comparison sources), so not traced into standalone/.
await cp(path.join(root, 'snapshots'), path.join(out, 'snapshots'), { recursive: true });
await mkdir(path.join(out, 'scripts'), { recursive: true });
for (const file of ['http-guard.cjs', 'log-format.cjs', 'page-cache.cjs', 'render-gate.cjs', 'page-rewrite.cjs', 'deferred-hydration.cjs'])
  await cp(path.join(root, 'scripts', file), path.join(out, 'scripts', file));
console.log(`assemble-image: ${out}`);
