/**
 * kubectl and curl commands for a resource, as the examples and the schema
 * tree show them: scope-correct (namespaced resources get `-n default` and
 * `/namespaces/default/`), and pinned to the version when it is not the one
 * kubectl would pick by itself. Every argument that comes from the cluster
 * is quoted for POSIX shells (`shellQuote`): they are copied and pasted.
 */
import { groupVersionName, groupVersionPath } from './paths';
import { shellQuote } from './shell-quote';
import type { ApiModel, ApiResource } from './types';

/** Where `kubectl proxy` listens by default. */
export const PROXY_URL = 'http://127.0.0.1:8001';
export const EXAMPLE_NAMESPACE = 'default';

type ResourceRef = Pick<ApiResource, 'group' | 'version' | 'name' | 'singular' | 'kind' | 'scope'>;

/**
 * True when kubectl resolves the bare resource name to this group-version:
 * it is the group's preferred version and no group before it in discovery
 * order (core first) serves the same resource name.
 */
export function isDefaultForName(model: Pick<ApiModel, 'groups'>, resource: ResourceRef): boolean {
  for (const group of model.groups) {
    const preferred = group.versions.find((v) => v.preferred);
    if (group.name === resource.group) return preferred?.version === resource.version;
    if (group.versions.some((v) => v.resources.some((r) => r.name === resource.name))) return false;
  }
  return false;
}

/** `deployments`, `deployments.apps` for a named group, `horizontalpodautoscalers.v1.autoscaling` for a non-default version. */
export function kubectlResourceArg(model: Pick<ApiModel, 'groups'>, resource: ResourceRef): string {
  if (resource.group === '') return resource.name;
  return isDefaultForName(model, resource) ? `${resource.name}.${resource.group}` : `${resource.name}.${resource.version}.${resource.group}`;
}

/** What `kubectl explain deployment.spec.replicas [--api-version=…]` needs besides the field path (plain data: client components get it). */
export interface ExplainParts {
  /** The resource as kubectl explain names it: `deployment`. */
  resource: string;
  /** The arguments after it, quoted: ` --api-version=autoscaling/v1` or empty. */
  suffix: string;
}

export function explainCommand(model: Pick<ApiModel, 'groups'>, resource: ResourceRef): ExplainParts {
  const name = resource.singular || resource.name;
  const suffix = isDefaultForName(model, resource) ? '' : ` ${shellQuote(`--api-version=${groupVersionName(resource.group, resource.version)}`)}`;
  return { resource: name, suffix };
}

/** `kubectl explain deployment.spec.replicas`, the resource and field path as one quoted argument. */
export function explainFor(parts: ExplainParts, path: string): string {
  return `kubectl explain ${shellQuote(path ? `${parts.resource}.${path}` : parts.resource)}${parts.suffix}`;
}

/** The collection URL through kubectl proxy: `http://127.0.0.1:8001/apis/apps/v1/namespaces/default/deployments`. */
export function proxyCollectionUrl(resource: ResourceRef): string {
  const namespace = resource.scope === 'Namespaced' ? `/namespaces/${EXAMPLE_NAMESPACE}` : '';
  return `${PROXY_URL}${groupVersionPath(resource.group, resource.version)}${namespace}/${resource.name}`;
}

export interface VerbExample {
  verb: string;
  kubectl: string;
  curl: string;
}

/** An example object name: `my-deployment`. */
export function exampleName(resource: ResourceRef): string {
  return `my-${(resource.singular || resource.kind || resource.name).toLowerCase()}`;
}

const MERGE_PATCH = `'{"metadata":{"labels":{"example":"true"}}}'`;

/** For each verb the resource supports, the kubectl command and the curl request through kubectl proxy. */
export function verbExamples(model: Pick<ApiModel, 'groups'>, resource: ResourceRef & { verbs: readonly string[] }): VerbExample[] {
  const arg = shellQuote(kubectlResourceArg(model, resource));
  const ns = resource.scope === 'Namespaced' ? ` -n ${shellQuote(EXAMPLE_NAMESPACE)}` : '';
  const plainName = exampleName(resource);
  const name = shellQuote(plainName);
  const file = shellQuote(`${plainName}.yaml`);
  const collection = shellQuote(proxyCollectionUrl(resource));
  const item = shellQuote(`${proxyCollectionUrl(resource)}/${plainName}`);
  const yaml = `-H 'Content-Type: application/yaml' --data-binary ${shellQuote(`@${plainName}.yaml`)}`;
  const byVerb: Record<string, Omit<VerbExample, 'verb'>> = {
    get: { kubectl: `kubectl get ${arg} ${name}${ns} -o yaml`, curl: `curl ${item}` },
    list: { kubectl: `kubectl get ${arg}${ns}`, curl: `curl ${collection}` },
    watch: { kubectl: `kubectl get ${arg}${ns} --watch`, curl: `curl ${shellQuote(`${proxyCollectionUrl(resource)}?watch=true`)}` },
    create: { kubectl: `kubectl create${ns} -f ${file}`, curl: `curl -X POST ${yaml} ${collection}` },
    update: { kubectl: `kubectl replace${ns} -f ${file}`, curl: `curl -X PUT ${yaml} ${item}` },
    patch: {
      kubectl: `kubectl patch ${arg} ${name}${ns} --type merge -p ${MERGE_PATCH}`,
      curl: `curl -X PATCH -H 'Content-Type: application/merge-patch+json' -d ${MERGE_PATCH} ${item}`,
    },
    delete: { kubectl: `kubectl delete ${arg} ${name}${ns}`, curl: `curl -X DELETE ${item}` },
    deletecollection: { kubectl: `kubectl delete ${arg} --all${ns}`, curl: `curl -X DELETE ${collection}` },
  };
  return resource.verbs.flatMap((verb) => {
    const example = byVerb[verb];
    return example ? [{ verb, ...example }] : [];
  });
}
