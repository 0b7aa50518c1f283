/**
 * What a CustomResourceDefinition knows beyond what the API server publishes
 * in discovery and OpenAPI: every version (served or not), which one is
 * stored, deprecation warnings, the columns `kubectl get` prints, selectable
 * fields, the conversion strategy. Read from CRD files or from a cluster's
 * `customresourcedefinitions` list; plain serializable data. Pure.
 */
import { compareVersionPriority } from '../model/versions';
import type { CustomResourceDefinition } from './types';

export interface CrdPrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  /** 0: shown by `kubectl get`; above 0: only with `-o wide`. */
  priority: number;
}

export interface CrdVersionDetails {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated: boolean;
  /** The warning the server sends with each request to a deprecated version (its default when the CRD sets none). */
  deprecationWarning?: string;
  printerColumns: CrdPrinterColumn[];
  selectableFields: string[];
}

export interface CrdDetails {
  /** `certificates.cert-manager.io`. */
  name: string;
  group: string;
  /** The resource (plural) name. */
  plural: string;
  kind: string;
  categories: string[];
  /** Every version the CRD defines, in the CRD's order. */
  versions: CrdVersionDetails[];
  /** The version objects are stored in etcd as; undefined for an invalid CRD without one. */
  storageVersion?: string;
  conversion: {
    strategy: 'None' | 'Webhook';
    /** `namespace/name` of the webhook's service (with `:port` and path when set), or its URL. */
    webhook?: string;
    reviewVersions?: string[];
  };
  /** Where it was read: `CRD file crds/pingsource.yaml` or `customresourcedefinitions list`. */
  origin: string;
}

/** What the site knows of a source's CRDs beyond discovery and OpenAPI. */
export type CrdDetailsState =
  | { state: 'known'; byResource: Record<string, CrdDetails>; summary?: string }
  /** The source may not list `customresourcedefinitions`: said once, plainly, where the details would be. */
  | { state: 'forbidden'; message: string };

/** The key of `byResource`: `GROUP/PLURAL`. */
export function crdDetailsKey(group: string, plural: string): string {
  return `${group}/${plural}`;
}

/**
 * The warning apiextensions-apiserver sends for a deprecated version without
 * its own `deprecationWarning` (`defaultDeprecationWarning`): "G/V KIND is
 * deprecated", plus "; use G/V2 KIND" naming the highest-priority served,
 * not deprecated version newer than it, when there is one.
 */
export function defaultDeprecationWarning(crd: CustomResourceDefinition, version: string): string {
  const { group, names } = crd.spec;
  const message = `${group}/${version} ${names.kind} is deprecated`;
  const newer = crd.spec.versions
    .filter((v) => v.served && v.deprecated !== true && compareVersionPriority(v.name, version) < 0)
    .map((v) => v.name)
    .sort(compareVersionPriority);
  return newer[0] ? `${message}; use ${group}/${newer[0]} ${names.kind}` : message;
}

function webhookTarget(conversion: NonNullable<CustomResourceDefinition['spec']['conversion']>): string | undefined {
  const config = conversion.webhook?.clientConfig;
  const service = config?.service;
  if (service) return `${service.namespace}/${service.name}${service.port ? `:${service.port}` : ''}${service.path ?? ''}`;
  return config?.url;
}

/** The details of one CRD. */
export function crdDetails(crd: CustomResourceDefinition, origin: string): CrdDetails {
  const conversion = crd.spec.conversion;
  const webhook = conversion?.strategy === 'Webhook' ? webhookTarget(conversion) : undefined;
  const reviewVersions = conversion?.strategy === 'Webhook' ? conversion.webhook?.conversionReviewVersions : undefined;
  const storage = crd.spec.versions.find((v) => v.storage)?.name;
  return {
    name: crd.metadata.name,
    group: crd.spec.group,
    plural: crd.spec.names.plural,
    kind: crd.spec.names.kind,
    categories: crd.spec.names.categories ?? [],
    versions: crd.spec.versions.map((v) => ({
      name: v.name,
      served: v.served,
      storage: v.storage,
      deprecated: v.deprecated === true,
      ...(v.deprecated === true ? { deprecationWarning: v.deprecationWarning ?? defaultDeprecationWarning(crd, v.name) } : {}),
      printerColumns: (v.additionalPrinterColumns ?? []).map((c) => ({
        name: c.name,
        type: c.type,
        jsonPath: c.jsonPath,
        ...(c.description ? { description: c.description } : {}),
        ...(c.format ? { format: c.format } : {}),
        priority: c.priority ?? 0,
      })),
      selectableFields: (v.selectableFields ?? []).map((f) => f.jsonPath),
    })),
    ...(storage ? { storageVersion: storage } : {}),
    conversion: {
      strategy: conversion?.strategy ?? 'None',
      ...(webhook ? { webhook } : {}),
      ...(reviewVersions ? { reviewVersions } : {}),
    },
    origin,
  };
}

/** Details of many CRDs, keyed by `GROUP/PLURAL`; a later CRD of the same resource replaces an earlier one. */
export function crdDetailsByResource(crds: ReadonlyArray<{ crd: CustomResourceDefinition; origin: string }>): Record<string, CrdDetails> {
  const out: Record<string, CrdDetails> = {};
  for (const { crd, origin } of crds) out[crdDetailsKey(crd.spec.group, crd.spec.names.plural)] = crdDetails(crd, origin);
  return out;
}
