/**
 * Root layout of the static export (`npm run export`): every page is
 * pre-rendered from generateStaticParams. See layout.server.tsx for the server.
 */
import { RootLayout, rootMetadata } from '@/components/layout/RootLayout';

export const dynamic = 'error';
export const generateMetadata = rootMetadata;
export default RootLayout;
