import { stylesheetParams, stylesheetResponse } from '@/app/_routes/styles';

// Static export: out/styles/site.css and out/styles/clusters.css.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return stylesheetResponse((await params).file);
}

export function generateStaticParams(): Array<{ file: string }> {
  return stylesheetParams();
}
