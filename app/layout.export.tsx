/**
 * Root layout of the static export (`npm run export`): every page is
 * pre-rendered from generateStaticParams. See layout.server.tsx for the server.
 */
import RootLayoutRoute, { rootMetadata } from './_routes/layout';

export const dynamic = 'error';
export const generateMetadata = rootMetadata;
export default RootLayoutRoute;
