/**
 * The `/openapi/v2` definitions and paths apiextensions-apiserver publishes
 * for a CRD's served versions (its controller/openapi/builder): the kind
 * and its List, and list / create / deletecollection / read / replace /
 * delete / patch operations, plus status and scale when enabled. Watch
 * paths are not published for custom resources. Parameters are written
 * inline; kube-apiserver later dedupes them into `#/parameters/...` when it
 * merges specs, which does not change what an operation means.
 */
import { crdSchemaToOpenApiV2, KIND_PROPERTY, API_VERSION_PROPERTY, LIST_META_REF, LIST_METADATA_DESCRIPTION, sortKeys } from './schema-v2';
import type { CustomResourceDefinition, GroupVersionKind, JsonSchema } from './types';

type Operation = Record<string, unknown>;
type PathItem = Record<string, unknown>;

/** `cert-manager.io/v1/Certificate` → `io.cert-manager.v1.Certificate` (kube-openapi's ToRESTFriendlyName). */
export function crdDefinitionName(gvk: GroupVersionKind): string {
  const group = gvk.group.includes('.') ? gvk.group.split('.').reverse().join('.') : gvk.group;
  return `${group}.${gvk.version}.${gvk.kind}`;
}

/** kube-openapi's ToValidOperationID: drops separators, capitalising the letter after each. */
function operationIdPart(text: string, capitalizeFirst: boolean): string {
  let out = '';
  let upper = capitalizeFirst;
  for (const char of text) {
    if (/[A-Za-z0-9]/.test(char)) {
      out += upper ? char.toUpperCase() : char;
      upper = false;
    } else {
      upper = true;
    }
  }
  return out;
}

const query = (name: string, type: string, description: string) => ({ description, in: 'query', name, type, uniqueItems: true });
const LIST_PARAMS = [
  query(
    'allowWatchBookmarks',
    'boolean',
    'allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag.',
  ),
  query('continue', 'string', 'The continue option should be set when retrieving more results from the server.'),
  query('fieldSelector', 'string', 'A selector to restrict the list of returned objects by their fields. Defaults to everything.'),
  query('labelSelector', 'string', 'A selector to restrict the list of returned objects by their labels. Defaults to everything.'),
  query('limit', 'integer', 'limit is a maximum number of responses to return for a list call.'),
  query('resourceVersion', 'string', 'resourceVersion sets a constraint on what resource versions a request may be served from.'),
  query('resourceVersionMatch', 'string', 'resourceVersionMatch determines how resourceVersion is applied to list calls.'),
  query('sendInitialEvents', 'boolean', '`sendInitialEvents=true` may be set together with `watch=true`.'),
  query('timeoutSeconds', 'integer', 'Timeout for the list/watch call.'),
  query('watch', 'boolean', 'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.'),
];
const DRY_RUN = query(
  'dryRun',
  'string',
  'When present, indicates that modifications should not be persisted. Valid values are: - All: all dry run stages will be processed',
);
const FIELD_MANAGER = query('fieldManager', 'string', 'fieldManager is a name associated with the actor or entity that is making these changes.');
const FIELD_VALIDATION = query(
  'fieldValidation',
  'string',
  'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.',
);
const WRITE_PARAMS = [DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION];
const DELETE_PARAMS = [
  DRY_RUN,
  query('gracePeriodSeconds', 'integer', 'The duration in seconds before the object should be deleted.'),
  query(
    'ignoreStoreReadErrorWithClusterBreakingPotential',
    'boolean',
    'if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error.',
  ),
  query('orphanDependents', 'boolean', 'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7.'),
  query(
    'propagationPolicy',
    'string',
    "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'.",
  ),
];
const PRETTY = query(
  'pretty',
  'string',
  "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).",
);
const NAMESPACE = {
  description: 'object name and auth scope, such as for teams and projects',
  in: 'path',
  name: 'namespace',
  required: true,
  type: 'string',
  uniqueItems: true,
};
const ref = (definition: string) => ({ $ref: `#/definitions/${definition}` });
const STATUS = 'io.k8s.apimachinery.pkg.apis.meta.v1.Status';
const PATCH = 'io.k8s.apimachinery.pkg.apis.meta.v1.Patch';
const DELETE_OPTIONS = 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions';
const SCALE = 'io.k8s.api.autoscaling.v1.Scale';

/** Definitions (kind and list kind) and paths for one served version of a CRD. */
export function crdOpenApiV2(
  crd: CustomResourceDefinition,
  version: string,
): { definitions: Record<string, JsonSchema>; paths: Record<string, PathItem> } {
  const { group, names, scope } = crd.spec;
  const served = crd.spec.versions.find((v) => v.name === version && v.served);
  if (!served) return { definitions: {}, paths: {} };
  const kind = names.kind;
  const listKind = names.listKind ?? `${kind}List`;
  const gvk = { group, version, kind };
  const kindDef = crdDefinitionName(gvk);
  const listDef = crdDefinitionName({ group, version, kind: listKind });
  const definitions: Record<string, JsonSchema> = {
    [kindDef]: {
      ...crdSchemaToOpenApiV2(served.schema?.openAPIV3Schema, { preserveUnknownFields: crd.spec.preserveUnknownFields === true }),
      'x-kubernetes-group-version-kind': [gvk],
    },
    [listDef]: {
      description: `${listKind} is a list of ${kind}`,
      properties: {
        apiVersion: API_VERSION_PROPERTY,
        items: {
          description: `List of ${names.plural}. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md`,
          items: ref(kindDef),
          type: 'array',
        },
        kind: KIND_PROPERTY,
        metadata: { $ref: LIST_META_REF, description: LIST_METADATA_DESCRIPTION },
      },
      required: ['items'],
      type: 'object',
      'x-kubernetes-group-version-kind': [{ group, version, kind: listKind }],
    },
  };

  const groupPart = operationIdPart(group.replace(/\.k8s\.io$/, ''), true);
  const versionPart = operationIdPart(version, true);
  const tag = `${operationIdPart(group.replace(/\.k8s\.io$/, ''), false)}_${operationIdPart(version, false)}`;
  const namespaced = scope === 'Namespaced';
  const ns = namespaced ? 'Namespaced' : '';
  const operation = (
    verb: string,
    rest: string,
    action: string,
    description: string,
    responses: Record<string, unknown>,
    parameters: unknown[],
    patch = false,
  ): Operation => ({
    consumes: patch
      ? ['application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml']
      : ['application/json', 'application/yaml'],
    description,
    operationId: `${verb}${groupPart}${versionPart}${rest}`,
    ...(parameters.length ? { parameters } : {}),
    produces: ['application/json', 'application/yaml'],
    responses: { ...responses, '401': { description: 'Unauthorized' } },
    schemes: ['https'],
    tags: [tag],
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
  });
  const ok = (definition: string, ...codes: Array<[string, string]>) =>
    Object.fromEntries([
      ['200', { description: 'OK', schema: ref(definition) }],
      ...codes.map(([code, text]) => [code, { description: text, schema: ref(definition) }]),
    ]);
  const article = /^[AEIOU]/.test(kind) ? 'an' : 'a';
  const body = (definition: string, required = true) => ({ in: 'body', name: 'body', required, schema: ref(definition) });
  const nameParam = (of: string) => ({
    description: `name of the ${of}`,
    in: 'path',
    name: 'name',
    required: true,
    type: 'string',
    uniqueItems: true,
  });

  const root = namespaced ? `/apis/${group}/${version}/namespaces/{namespace}/${names.plural}` : `/apis/${group}/${version}/${names.plural}`;
  const scopeParams = namespaced ? [NAMESPACE, PRETTY] : [PRETTY];
  const paths: Record<string, PathItem> = {};
  if (namespaced) {
    paths[`/apis/${group}/${version}/${names.plural}`] = {
      get: operation('list', `${kind}ForAllNamespaces`, 'list', `list objects of kind ${kind}`, ok(listDef), LIST_PARAMS),
      parameters: [PRETTY],
    };
  }
  paths[root] = {
    delete: operation('delete', `Collection${ns}${kind}`, 'deletecollection', `delete collection of ${kind}`, ok(STATUS), LIST_PARAMS),
    get: operation('list', `${ns}${kind}`, 'list', `list objects of kind ${kind}`, ok(listDef), LIST_PARAMS),
    parameters: scopeParams,
    post: operation('create', `${ns}${kind}`, 'post', `create ${article} ${kind}`, ok(kindDef, ['201', 'Created'], ['202', 'Accepted']), [
      body(kindDef),
      ...WRITE_PARAMS,
    ]),
  };
  paths[`${root}/{name}`] = {
    delete: operation('delete', `${ns}${kind}`, 'delete', `delete ${article} ${kind}`, ok(STATUS, ['202', 'Accepted']), [
      body(DELETE_OPTIONS, false),
      ...DELETE_PARAMS,
    ]),
    get: operation('read', `${ns}${kind}`, 'get', `read the specified ${kind}`, ok(kindDef), []),
    parameters: [nameParam(kind), ...scopeParams],
    patch: operation(
      'patch',
      `${ns}${kind}`,
      'patch',
      `partially update the specified ${kind}`,
      ok(kindDef),
      [body(PATCH), ...WRITE_PARAMS, query('force', 'boolean', 'Force is going to "force" Apply requests.')],
      true,
    ),
    put: operation('replace', `${ns}${kind}`, 'put', `replace the specified ${kind}`, ok(kindDef, ['201', 'Created']), [
      body(kindDef),
      ...WRITE_PARAMS,
    ]),
  };
  const subresource = (name: 'status' | 'scale', definition: string) => {
    const Sub = name === 'status' ? 'Status' : 'Scale';
    paths[`${root}/{name}/${name}`] = {
      get: operation('read', `${ns}${kind}${Sub}`, 'get', `read ${name} of the specified ${kind}`, ok(definition), []),
      parameters: [nameParam(kind), ...scopeParams],
      patch: operation(
        'patch',
        `${ns}${kind}${Sub}`,
        'patch',
        `partially update ${name} of the specified ${kind}`,
        ok(definition),
        [body(PATCH), ...WRITE_PARAMS, query('force', 'boolean', 'Force is going to "force" Apply requests.')],
        true,
      ),
      put: operation('replace', `${ns}${kind}${Sub}`, 'put', `replace ${name} of the specified ${kind}`, ok(definition, ['201', 'Created']), [
        body(definition),
        ...WRITE_PARAMS,
      ]),
    };
  };
  if (served.subresources?.status) subresource('status', kindDef);
  if (served.subresources?.scale) subresource('scale', SCALE);
  return { definitions: sortKeys(definitions), paths: sortKeys(paths) };
}
