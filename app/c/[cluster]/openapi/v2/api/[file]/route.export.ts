import { clusterSliceParams, placeholderClusterAnswer } from '@/app/_routes/cluster';
import { groupVersionSpec } from '@/app/_routes/openapi-json';
import { param } from '@/app/_routes/params';

// Static export: /c/NAME/openapi/v2/api/v1.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string; file: string }> }): Promise<Response> {
  const { cluster, file } = await params;
  return placeholderClusterAnswer(param(cluster)) ?? groupVersionSpec('', file, param(cluster));
}

export async function generateStaticParams(): Promise<Array<{ cluster: string; file: string }>> {
  return (await clusterSliceParams(true)).map(({ cluster, file }) => ({ cluster, file }));
}
