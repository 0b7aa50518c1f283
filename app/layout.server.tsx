/**
 * Root layout of the server build (`next build` / `next start`). Pages render
 * per request from the configured source, so a live cluster's changes show
 * without a rebuild. next.config.js picks this file or layout.export.tsx by
 * `pageExtensions`, because segment config must be a literal per file.
 */
import RootLayoutRoute, { rootMetadata } from './_routes/layout';

export const dynamic = 'force-dynamic';
export const generateMetadata = rootMetadata;
export default RootLayoutRoute;
