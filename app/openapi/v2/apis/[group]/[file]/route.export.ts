import { groupVersionSpec, sliceParams } from '@/app/_routes/openapi-json';
import { staticParams } from '@/app/_routes/params';

// Static export: out/openapi/v2/apis/GROUP/VERSION.json for every group-version.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ group: string; file: string }> }): Promise<Response> {
  const { group, file } = await params;
  return groupVersionSpec(group, file);
}

export function generateStaticParams(): Promise<Array<{ group: string; file: string }>> {
  return staticParams((model) => sliceParams(model, false));
}
