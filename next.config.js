// @ts-check
/**
 * One app, two outputs: `next build` for the server (pages render per
 * request from the configured source) and `npm run export` (ATLAS_EXPORT=1)
 * for a static site in out/, optionally under a base path (ATLAS_BASE_PATH).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const staticExport = process.env.ATLAS_EXPORT === '1';
// One id per build, known to the server code (proxy.server.ts: page ETags of immutable sources).
const buildId = process.env.ATLAS_BUILD_ID || randomUUID();
const basePath = (process.env.ATLAS_BASE_PATH ?? '').replace(/\/+$/, '');
const cssTextLoader = fileURLToPath(new URL('./scripts/css-text-loader.cjs', import.meta.url));
// Turbopack caches a loader's output by its input and options, not by the loader's code: the code's hash as an option
// makes a changed loader rebuild the stylesheets.
const cssTextLoaderVersion = createHash('sha256').update(readFileSync(cssTextLoader)).digest('hex').slice(0, 16);

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // app/layout.server.tsx or app/layout.export.tsx: the two builds differ only
  // in the root layout's segment config (force-dynamic vs pre-rendered), which
  // Next.js requires to be a literal, so the build picks the file.
  pageExtensions: staticExport ? ['export.tsx', 'export.ts', 'tsx', 'ts'] : ['server.tsx', 'server.ts', 'tsx', 'ts'],
  poweredByHeader: false,
  // The site's own stylesheets are inlined into every page as text (components/layout/SiteStyles.tsx):
  // a separate stylesheet would block the first paint on one more request.
  turbopack: {
    rules: {
      '*.inline-css': { loaders: [{ loader: cssTextLoader, options: { version: cssTextLoaderVersion } }], as: '*.js' },
    },
  },
  // From node_modules at run time. client-node: loaded only for live sources, it has optional
  // native/websocket dependencies that bundling gains nothing from. prom-client: its registry is
  // per process state (/metrics, lib/observability/metrics.ts).
  serverExternalPackages: ['@kubernetes/client-node', 'prom-client'],
  ...(basePath ? { basePath } : {}),
  generateBuildId: () => buildId,
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_TRAILING_SLASH: staticExport ? '1' : '', ATLAS_BUILD_ID: buildId },
  ...(staticExport
    ? {
        output: 'export',
        // dir/index.html for every page, so any static file server can serve it.
        trailingSlash: true,
        // Next.js 16 writes the exported site into distDir itself
        // (scripts/export.mjs sets ATLAS_EXPORT_DIR for --out).
        distDir: process.env.ATLAS_EXPORT_DIR || 'out',
        images: { unoptimized: true },
      }
    : {
        // Not .next: a static export builds in a temporary .next (Next.js uses
        // distDir as its output folder then), which would clobber this build.
        distDir: '.next-server',
        // .next-server/standalone/: server.js and only the node_modules it needs, what the container image runs
        // (Dockerfile). `next start` keeps working on the same build (Next.js only warns).
        output: 'standalone',
      }),
};

export default nextConfig;
