/**
 * Warm server renders over HTTP: the production build (`next start`) on
 * Kubernetes 1.36 and on the generated cluster, both running at once and
 * measured interleaved, one request at a time. Every page of the server
 * build renders per request (the root layout is force-dynamic; setup checks
 * each answer says `no-store` and was not served from a cache), so a sample
 * is a real render plus HTTP, not cached HTML. Baseline: `/api`, the
 * smallest page (the shell: header, sidebar, breadcrumbs) on 1.36.
 */
import { generateCrds } from '../../../test-support/cluster/crds';
import { generatedScale, K8S_SCALE, openApiBytes, type Scale } from '../support/clusters';
import { ensureServerBuild, startServer } from '../support/next-server';
import type { BenchCase, BenchFact, BenchSuite } from '../types';
import type { LiveSite } from '../../../e2e/support/live-site';

interface Page {
  figure: string;
  path: string;
  status?: number;
  baseline?: boolean;
}

/** The figures the budgets table reads. */
export const RENDER_FIGURES = {
  pod: 'Pod page',
  deployment: 'Deployment page',
  compare: 'compare summary page',
  resourceCompare: 'resource compare: Deployment',
} as const;

function pagesOf(scale: Scale, other: string, largestCrd?: string): Page[] {
  const primary = scale.name;
  return [
    { figure: 'HTTP floor: /icon.svg (no render)', path: '/icon.svg' },
    { figure: 'shell: /api', path: '/api', baseline: scale === K8S_SCALE },
    { figure: 'home page (every group)', path: '/' },
    { figure: RENDER_FIGURES.pod, path: '/api/v1/pods' },
    { figure: RENDER_FIGURES.deployment, path: '/apis/apps/v1/deployments' },
    { figure: 'definition: PodSpec', path: '/definitions/io.k8s.api.core.v1.PodSpec' },
    { figure: RENDER_FIGURES.compare, path: `/compare/${other}...${primary}` },
    { figure: RENDER_FIGURES.resourceCompare, path: `/compare/${other}...${primary}/apis/apps/v1/deployments` },
    { figure: 'not-found page with suggestions', path: '/apis/apps/v1/deploymentz', status: 404 },
    { figure: 'search index (/search-index.json, built once)', path: '/search-index.json' },
    ...(largestCrd ? [{ figure: 'largest CRD page', path: largestCrd }] : []),
  ];
}

/** The page of the generated CRD with the largest schema (its newest served version). */
function largestCrdPage(crds: number, seed: number): string {
  let best = { size: -1, path: '' };
  for (const crd of generateCrds({ crds, seed }).crds) {
    const version = crd.spec.versions.find((v) => v.served);
    const size = JSON.stringify(version?.schema ?? {}).length;
    if (version && size > best.size) best = { size, path: `/apis/${crd.spec.group}/${version.name}/${crd.spec.names.plural}` };
  }
  return best.path;
}

async function fetchText(url: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const servers: LiveSite[] = [];

const suite: BenchSuite = {
  name: 'render',
  order: 40,
  description: 'warm renders of the production server over HTTP (1.36 and the generated cluster, interleaved)',
  async setup(context) {
    await ensureServerBuild(context.skipBuild);
    const generated = await generatedScale(context.crds, context.seed);
    const cases: BenchCase[] = [];
    const facts: BenchFact[] = [];
    const plans: Array<[Scale, Page[]]> = [
      [K8S_SCALE, pagesOf(K8S_SCALE, 'kubernetes-1.28')],
      [generated, pagesOf(generated, 'kubernetes-1.36', largestCrdPage(context.crds, context.seed))],
    ];
    try {
      for (const [scale, pages] of plans) {
        const apiBytes = await openApiBytes(scale);
        const started = performance.now();
        const site = await startServer(scale.directory);
        servers.push(site);
        // The first page loads the source (decode, model): reported, then every page is checked once.
        await fetchText(`${site.url}/api`);
        facts.push({ name: `server start → first page [${scale.label}]`, value: Math.round(performance.now() - started), unit: 'ms' });
        for (const page of pages) {
          const url = `${site.url}${page.path}`;
          const { status, text, headers } = await fetchText(url);
          if (status !== (page.status ?? 200)) throw new Error(`${url}: HTTP ${status}, expected ${page.status ?? 200}`);
          const rendered = page.path !== '/icon.svg' && page.path !== '/search-index.json';
          if (rendered && (!/no-store/.test(headers.get('cache-control') ?? '') || headers.get('x-nextjs-cache'))) {
            throw new Error(
              `${url} looks cached (cache-control: ${headers.get('cache-control')}, x-nextjs-cache: ${headers.get('x-nextjs-cache')}): not a render`,
            );
          }
          facts.push({ name: `${page.figure} HTML [${scale.label}]`, value: text.length, unit: 'bytes' });
          cases.push({
            name: `${page.figure} [${scale.label}]`,
            ...(page.baseline ? { baseline: true } : {}),
            growth: { figure: page.figure, scale: scale.label, size: text.length, sizeUnit: 'bytes of the answer', apiBytes },
            run: async () => {
              const response = await fetch(url);
              await response.arrayBuffer();
            },
          });
        }
      }
    } catch (error) {
      await stopAll();
      throw error;
    }
    // A pause after each request lets the server collect that page's garbage before the next case is
    // timed, and collecting this process's garbage first keeps its collector (it built the generated
    // cluster and read 2 MB answers) off the other core during a sample.
    return { cases, facts, teardown: stopAll, pauseMs: 40, gc: true };
  },
};

async function stopAll(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
}

export default suite;
