import type { Metadata } from 'next';

export { KindsIndexRoute as default } from '@/components/routes/kind';

export const metadata: Metadata = { title: 'Kinds' };
