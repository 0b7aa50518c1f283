import { clusterSliceParams, placeholderClusterAnswer } from '@/app/_routes/cluster';
import { groupVersionSpec } from '@/app/_routes/openapi-json';
import { param } from '@/app/_routes/params';

// Static export: /c/NAME/openapi/v2/apis/GROUP/VERSION.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string; group: string; file: string }> }): Promise<Response> {
  const { cluster, group, file } = await params;
  return placeholderClusterAnswer(param(cluster)) ?? groupVersionSpec(group, file, param(cluster));
}

export function generateStaticParams(): Promise<Array<{ cluster: string; group: string; file: string }>> {
  return clusterSliceParams(false);
}
