import type { Metadata } from 'next';

export { KindsIndexRoute as default } from '@/app/_routes/kind';

export const metadata: Metadata = { title: 'Kinds' };
