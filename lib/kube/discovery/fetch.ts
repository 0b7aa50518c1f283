import { AtlasError, describeError } from '../../errors';
import { parseJson } from '../json-reader';
import { ACCEPT_DISCOVERY, ACCEPT_JSON, discoveryFormatOf } from '../media-type';
import type { SourceProblem } from '../problems';
import { describeFailure } from '../status';
import { bodyText, contentTypeOf, type Transport, type TransportResponse } from '../transport';
import { parseAggregatedDiscovery } from './aggregated';
import { parseApiGroupList, parseApiResourceList, parseApiVersions } from './legacy';
import type { DiscoveredGroup, DiscoveredVersion, Discovery, DiscoveryFormat } from './types';

export interface DiscoveryResult {
  discovery: Discovery;
  problems: SourceProblem[];
}

async function getOk(transport: Transport, path: string, accept: string): Promise<TransportResponse> {
  const response = await transport.get(path, { accept });
  if (response.status !== 200) {
    throw new AtlasError(response.source, `GET ${path} failed: ${describeFailure(response)}`);
  }
  return response;
}

/**
 * Reads one discovery root (`/api` or `/apis`), asking for aggregated
 * discovery first and following the legacy documents when the server answers
 * with plain JSON. A legacy group-version that fails becomes a problem on that
 * version; the others still load.
 */
async function discoverRoot(
  transport: Transport,
  root: '/api' | '/apis',
): Promise<{ format: DiscoveryFormat; groups: DiscoveredGroup[]; problems: SourceProblem[] }> {
  const response = await getOk(transport, root, ACCEPT_DISCOVERY);
  const contentType = contentTypeOf(response);
  const format = discoveryFormatOf(contentType);
  if (format === 'unknown') {
    throw new AtlasError(response.source, `GET ${root} answered with content type "${contentType}", which is not a discovery document`);
  }
  const json = parseJson(bodyText(response), response.source);
  if (format === 'aggregated-v2' || format === 'aggregated-v2beta1') {
    return { format, groups: parseAggregatedDiscovery(json, response.source, format).groups, problems: [] };
  }
  const legacyGroups =
    root === '/api'
      ? [{ name: '', versions: parseApiVersions(json, response.source), preferredVersion: '' }]
      : parseApiGroupList(json, response.source);
  const problems: SourceProblem[] = [];
  const groups = await Promise.all(
    legacyGroups.map(async (group): Promise<DiscoveredGroup> => {
      const versions = await Promise.all(
        group.versions.map(async (version): Promise<DiscoveredVersion> => {
          const path = group.name === '' ? `/api/${version}` : `/apis/${group.name}/${version}`;
          try {
            const answer = await getOk(transport, path, ACCEPT_JSON);
            return parseApiResourceList(parseJson(bodyText(answer), answer.source), answer.source, group.name, version);
          } catch (error) {
            const message = describeError(error);
            problems.push({ severity: 'error', source: path, message, group: group.name, version });
            return { version, freshness: 'Current', resources: [], error: message };
          }
        }),
      );
      return { name: group.name, versions, preferredVersion: group.preferredVersion || versions[0]?.version || '' };
    }),
  );
  return { format: 'legacy', groups, problems };
}

/**
 * Discovers every group, version and resource the server serves: the core
 * group from `/api` first, then the named groups from `/apis`, in server order.
 */
export async function fetchDiscovery(transport: Transport): Promise<DiscoveryResult> {
  const [core, named] = await Promise.all([discoverRoot(transport, '/api'), discoverRoot(transport, '/apis')]);
  const problems = [...core.problems, ...named.problems];
  for (const group of [...core.groups, ...named.groups]) {
    for (const version of group.versions) {
      if (version.freshness === 'Stale') {
        const gv = group.name ? `${group.name}/${version.version}` : version.version;
        problems.push({
          severity: 'warning',
          source: group.name ? '/apis' : '/api',
          message: `${gv} is marked Stale in aggregated discovery: the server that provides it did not answer the latest refresh, so its resources may be out of date`,
          group: group.name,
          version: version.version,
        });
      }
    }
  }
  // The core group is only served at /api; ignore a stray "" group under /apis.
  const groups = [...core.groups.filter((g) => g.name === ''), ...named.groups.filter((g) => g.name !== '')];
  return { discovery: { format: named.format, groups }, problems };
}
