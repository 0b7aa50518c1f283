import { fullSpecOf } from '@/app/_routes/openapi-json';
import { exportedClusters, placeholderClusterAnswer } from '@/app/_routes/cluster';
import { param } from '@/app/_routes/params';

// Static export: the the OpenAPI document of every other snapshot cluster, under /c/NAME/.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string }> }): Promise<Response> {
  const cluster = param((await params).cluster);
  return placeholderClusterAnswer(cluster) ?? fullSpecOf(cluster);
}

export const generateStaticParams = exportedClusters;
