/**
 * Page weight of the heaviest pages: raw HTML bytes, the part of it that is
 * the inlined RSC payload (`self.__next_f.push` scripts), and how often a
 * long Pod field description occurs in the page (1 when the schema tree is
 * shipped once). Pod and Deployment from the embedded 1.36 snapshot; the
 * biggest real CRDs of test-data (Argo Rollouts, Argo CD, prometheus-operator)
 * published by the kube-apiserver double, through a live server.
 *
 *   npx tsx scripts/bench/page-sizes.ts   (needs a server build: npm run build)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCrdYaml } from '../../lib/crd/parse';
import { documentsFromSnapshot, startApiServer } from '../../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { startLiveSite } from '../../e2e/support/live-site';

export const PAGE_SIZE_PAGES = [
  '/api/v1/pods',
  '/apis/apps/v1/deployments',
  '/apis/argoproj.io/v1alpha1/rollouts',
  '/apis/argoproj.io/v1alpha1/applications',
  '/apis/monitoring.coreos.com/v1/servicemonitors',
];

const CRD_FILES = [
  'argo-rollouts/rollouts.argoproj.io.yaml',
  'argo-cd/applications.argoproj.io.yaml',
  'prometheus-operator/servicemonitors.monitoring.coreos.com.yaml',
];

/** A Pod field's description, long enough to be unique: how often the page carries it. */
export const POD_PROBE_TEXT = 'List of initialization containers belonging to the pod.';

export interface PageSize {
  page: string;
  bytes: number;
  rscBytes: number;
  probeCount: number;
}

/** The bytes of the inlined RSC payload scripts in a page. */
export function rscPayloadBytes(html: string): number {
  let total = 0;
  for (const match of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) total += Buffer.byteLength(match[1]!);
  return total;
}

export function measurePage(page: string, html: string): PageSize {
  return { page, bytes: Buffer.byteLength(html), rscBytes: rscPayloadBytes(html), probeCount: html.split(POD_PROBE_TEXT).length - 1 };
}

/** Starts the double with the CRDs and a live site on it, fetches each page once warm. */
export async function measurePageSizes(): Promise<PageSize[]> {
  const api = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
  api.installCrds(CRD_FILES.flatMap((file) => parseCrdYaml(readFileSync(path.join(CRDS, file), 'utf8'), file)));
  const site = await startLiveSite({ ATLAS_SERVER_URL: api.url });
  try {
    const sizes: PageSize[] = [];
    for (const page of PAGE_SIZE_PAGES) {
      const response = await fetch(`${site.url}${page}`);
      if (!response.ok) throw new Error(`${page}: HTTP ${response.status}`);
      sizes.push(measurePage(page, await response.text()));
    }
    return sizes;
  } finally {
    await site.stop();
    await api.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of await measurePageSizes())
    console.log(
      `${size.page.padEnd(50)} ${(size.bytes / 1024).toFixed(1).padStart(7)} KB  RSC payload ${(size.rscBytes / 1024).toFixed(1).padStart(6)} KB  probe×${size.probeCount}`,
    );
}
