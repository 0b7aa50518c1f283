import { groupVersionSpec, sliceParams } from '@/app/_routes/openapi-json';
import { staticParams } from '@/app/_routes/params';

// Static export: out/openapi/v2/api/v1.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return groupVersionSpec('', (await params).file);
}

export function generateStaticParams(): Promise<Array<{ file: string }>> {
  return staticParams((model) => sliceParams(model, true).map(({ file }) => ({ file })));
}
