// @ts-check
/**
 * One app, two outputs: `next build` for the server (pages render per
 * request from the configured source) and `npm run export` (ATLAS_EXPORT=1)
 * for a static site in out/, optionally under a base path (ATLAS_BASE_PATH).
 */
const staticExport = process.env.ATLAS_EXPORT === '1';
const basePath = (process.env.ATLAS_BASE_PATH ?? '').replace(/\/+$/, '');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // app/layout.server.tsx or app/layout.export.tsx: the two builds differ only
  // in the root layout's segment config (force-dynamic vs pre-rendered), which
  // Next.js requires to be a literal, so the build picks the file.
  pageExtensions: staticExport ? ['export.tsx', 'export.ts', 'tsx', 'ts'] : ['server.tsx', 'server.ts', 'tsx', 'ts'],
  poweredByHeader: false,
  // Loaded only for live sources, from node_modules at run time: it has
  // optional native/websocket dependencies that bundling gains nothing from.
  serverExternalPackages: ['@kubernetes/client-node'],
  ...(basePath ? { basePath } : {}),
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_TRAILING_SLASH: staticExport ? '1' : '' },
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
      }),
};

export default nextConfig;
