/**
 * Which cluster serves what: for a kind, a group or one resource of a
 * group, a table of clusters × versions (served, preferred, deprecated), and
 * the one line a resource page shows ("also served by staging (v1beta1), not
 * by prod"). Pure: it reads each cluster's ServedIndex and health, never a
 * source.
 */
import { groupVersionName } from './paths';
import type { ServedGroupVersion, ServedIndex, ServedResource } from './served-index';
import { compareVersionPriority } from './versions';

/** How a cluster is doing, as far as the site knows. */
export type HealthState = 'ok' | 'stale' | 'down' | 'forbidden' | 'unknown';

export interface ClusterHealth {
  state: HealthState;
  /** Why: the error, or since when a stale copy is served. */
  detail?: string;
}

/** One cluster as the served-where views see it: its summary when it ever loaded. */
export interface ClusterServed {
  name: string;
  health: ClusterHealth;
  served?: ServedIndex;
}

/** What a matrix is about: every version serving a kind, a group's versions, or one resource's versions. */
export type ServedSubject = { type: 'kind'; kind: string } | { type: 'group'; group: string } | { type: 'resource'; group: string; resource: string };

export interface ServedColumn {
  group: string;
  version: string;
  /** `apps/v1`, `v1`: the label a kind matrix shows; group and resource matrices show `version`. */
  apiVersion: string;
}

export interface ServedCell {
  served: boolean;
  preferred: boolean;
  deprecated: boolean;
  /** The group-version is served but stale or failed on this cluster. */
  degraded?: string;
  /** The subject's objects are stored as this version on this cluster (CRDs whose definition is known). */
  storage?: boolean;
  /** Plural names serving the subject here (a kind: its resources; a group: every resource). */
  resources: string[];
}

export interface ServedRow {
  cluster: string;
  health: ClusterHealth;
  current: boolean;
  /** Absent when the cluster never loaded: what it serves is unknown. */
  cells?: ServedCell[];
}

export interface ServedMatrix {
  subject: ServedSubject;
  columns: ServedColumn[];
  rows: ServedRow[];
}

const NOT_SERVED: ServedCell = { served: false, preferred: false, deprecated: false, resources: [] };

/** The resources of a group-version that count for the subject; undefined when the group-version is not about it. */
function matching(subject: ServedSubject, gv: ServedGroupVersion): ServedResource[] | undefined {
  switch (subject.type) {
    case 'kind':
      return gv.resources.filter((r) => r.kind === subject.kind);
    case 'group':
      return gv.group === subject.group ? gv.resources : undefined;
    case 'resource':
      return gv.group === subject.group ? gv.resources.filter((r) => r.name === subject.resource) : undefined;
  }
}

function cellOf(subject: ServedSubject, gv: ServedGroupVersion): ServedCell | undefined {
  const resources = matching(subject, gv);
  if (!resources || (subject.type !== 'group' && resources.length === 0)) return undefined;
  return {
    served: true,
    preferred: gv.preferred,
    deprecated: resources.length > 0 && resources.every((r) => r.deprecated),
    ...(gv.degraded ? { degraded: gv.degraded } : {}),
    ...(subject.type !== 'group' && resources.some((r) => r.storage) ? { storage: true } : {}),
    resources: resources.map((r) => r.name),
  };
}

const columnKey = (group: string, version: string) => `${group}/${version}`;

/**
 * The clusters × versions table for `subject`, the current cluster's row
 * first, then the others in configuration order. Columns are every
 * group-version serving the subject on any cluster: groups in the order
 * they are first seen (current cluster first), versions by Kubernetes
 * priority (stable before beta before alpha, higher first).
 */
export function servedMatrix(subject: ServedSubject, clusters: readonly ClusterServed[], current: string): ServedMatrix {
  const ordered = [...clusters.filter((c) => c.name === current), ...clusters.filter((c) => c.name !== current)];
  const cellsByCluster = new Map<string, Map<string, ServedCell>>();
  const groupOrder = new Map<string, number>();
  const columns = new Map<string, ServedColumn>();
  for (const cluster of ordered) {
    const cells = new Map<string, ServedCell>();
    for (const gv of cluster.served?.groupVersions ?? []) {
      const cell = cellOf(subject, gv);
      if (!cell) continue;
      const key = columnKey(gv.group, gv.version);
      cells.set(key, cell);
      if (!groupOrder.has(gv.group)) groupOrder.set(gv.group, groupOrder.size);
      columns.set(key, { group: gv.group, version: gv.version, apiVersion: groupVersionName(gv.group, gv.version) });
    }
    cellsByCluster.set(cluster.name, cells);
  }
  const sortedColumns = [...columns.values()].sort(
    (a, b) => groupOrder.get(a.group)! - groupOrder.get(b.group)! || compareVersionPriority(a.version, b.version),
  );
  return {
    subject,
    columns: sortedColumns,
    rows: ordered.map((cluster) => ({
      cluster: cluster.name,
      health: cluster.health,
      current: cluster.name === current,
      ...(cluster.served
        ? { cells: sortedColumns.map((column) => cellsByCluster.get(cluster.name)?.get(columnKey(column.group, column.version)) ?? NOT_SERVED) }
        : {}),
    })),
  };
}

export interface ServedElsewhere {
  /** Other clusters serving the subject, with the versions (labels as the matrix shows them). */
  servedBy: Array<{ cluster: string; versions: string[] }>;
  /** Other clusters known not to serve it. */
  notServedBy: string[];
  /** Other clusters whose answer is unknown (never loaded), with why. */
  unknown: Array<{ cluster: string; health: ClusterHealth }>;
}

/** A column's label: `v1beta1` in a group or resource matrix, `apps/v1` in a kind matrix. */
export function columnLabel(matrix: ServedMatrix, column: ServedColumn): string {
  return matrix.subject.type === 'kind' ? column.apiVersion : column.version;
}

/** Where else the subject is served, from the current cluster's point of view. */
export function servedElsewhere(matrix: ServedMatrix): ServedElsewhere {
  const result: ServedElsewhere = { servedBy: [], notServedBy: [], unknown: [] };
  for (const row of matrix.rows) {
    if (row.current) continue;
    if (!row.cells) {
      result.unknown.push({ cluster: row.cluster, health: row.health });
      continue;
    }
    const versions = matrix.columns.flatMap((column, i) => {
      const cell = row.cells![i]!;
      return cell.served ? [`${columnLabel(matrix, column)}${cell.storage ? ' storage' : ''}`] : [];
    });
    if (versions.length > 0) result.servedBy.push({ cluster: row.cluster, versions });
    else result.notServedBy.push(row.cluster);
  }
  return result;
}

/** `also served by staging (v1beta1), not by prod; dev unknown (down)`; undefined with a single cluster. */
export function servedElsewhereText(elsewhere: ServedElsewhere): string | undefined {
  const parts: string[] = [];
  if (elsewhere.servedBy.length > 0) {
    parts.push(`also served by ${elsewhere.servedBy.map((s) => `${s.cluster} (${s.versions.join(', ')})`).join(', ')}`);
  }
  if (elsewhere.notServedBy.length > 0) {
    parts.push(`${parts.length > 0 ? 'not by' : 'served by no other cluster: not by'} ${elsewhere.notServedBy.join(', ')}`);
  }
  const text = parts.join(', ');
  const unknown = elsewhere.unknown.map((u) => `${u.cluster} unknown (${u.health.state})`).join(', ');
  if (!text && !unknown) return undefined;
  return [text, unknown].filter(Boolean).join('; ');
}
