/**
 * The CRD details of a live cluster: its `customresourcedefinitions` list
 * (apiextensions.k8s.io/v1, cluster-scoped), which says what discovery and
 * OpenAPI do not (every version, storage version, printer columns,
 * conversion). Reading it needs `list` on that resource, which a site given
 * only discovery and OpenAPI (deploy/'s ClusterRole) lacks: a 403 is said
 * plainly, once, not treated as a failure of the source.
 */
import { crdDetailsByResource, type CrdDetailsState } from '../crd/details';
import { validateCrd } from '../crd/parse';
import type { CustomResourceDefinition } from '../crd/types';
import { describeError, TransportError } from '../errors';
import { ACCEPT_JSON } from './media-type';
import { describeFailure } from './status';
import { bodyText, type Transport } from './transport';

export const CRD_LIST_PATH = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
export const CRD_LIST_ORIGIN = "the cluster's customresourcedefinitions list";

/**
 * Reads the CRD list. `forbidden` on 401/403; undefined when the list
 * cannot be read otherwise (a snapshot without it, a failure: the pages
 * then show no details, as for any source that does not know them).
 */
export async function fetchCrdDetails(
  transport: Transport,
  log: (line: string) => void = (line) => console.warn(line),
): Promise<CrdDetailsState | undefined> {
  let response;
  try {
    response = await transport.get(CRD_LIST_PATH, { accept: ACCEPT_JSON });
  } catch (error) {
    // The HTTP transport rejects 401/403 (naming the user and URL, never a credential).
    if (error instanceof TransportError && (error.status === 401 || error.status === 403))
      return { state: 'forbidden', message: describeError(error) };
    log(`crds: ${transport.description}: cannot read ${CRD_LIST_PATH}: ${describeError(error)}`);
    return undefined;
  }
  if (response.status === 401 || response.status === 403) return { state: 'forbidden', message: describeFailure(response) };
  if (response.status !== 200) return undefined;
  let items: unknown[];
  try {
    const list = JSON.parse(bodyText(response)) as { items?: unknown };
    items = Array.isArray(list.items) ? list.items : [];
  } catch (error) {
    log(`crds: ${response.source}: the CRD list is not JSON: ${describeError(error)}`);
    return undefined;
  }
  const crds: CustomResourceDefinition[] = [];
  let invalid = 0;
  for (const [i, item] of items.entries()) {
    try {
      crds.push(validateCrd(item, `${CRD_LIST_PATH} items[${i}]`));
    } catch (error) {
      // One odd object costs its own details only.
      invalid += 1;
      log(`crds: ${describeError(error)}`);
    }
  }
  return {
    state: 'known',
    byResource: crdDetailsByResource(crds.map((crd) => ({ crd, origin: CRD_LIST_ORIGIN }))),
    summary: `${crds.length} CRD${crds.length === 1 ? '' : 's'} from ${CRD_LIST_ORIGIN}${invalid > 0 ? ` (${invalid} not readable)` : ''}`,
  };
}
