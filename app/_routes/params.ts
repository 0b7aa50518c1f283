import 'server-only';
import { appendFileSync } from 'node:fs';
import { notFound } from 'next/navigation';
import { exportSkippedFile } from '@/lib/config';
import { partitionExportable } from '@/lib/export-names';
import { decodeUriText } from '@/lib/site/decode';
import { findGroup } from '@/lib/model/lookup';
import type { ApiGroup, ApiGroupVersion, ApiModel, ApiResource } from '@/lib/model/types';
import { getBuildModel, isStaticExport } from '@/lib/sources';

/**
 * The first step of every route: URL params → the slice of the model they
 * name (or the 404 page), and the pages a dynamic route lists for the export.
 */

/** Route params arrive URL-encoded in some Next.js versions; names never contain `%`. */
export function param(value: string): string {
  return decodeUriText(value);
}

/** The group, version and resource a route names, or the 404 page. */
export function resolveRoute(
  model: ApiModel,
  groupName: string,
  version?: string,
  resourceName?: string,
): { group: ApiGroup; gv?: ApiGroupVersion; resource?: ApiResource } {
  const group = findGroup(model, param(groupName));
  if (!group) notFound();
  if (version === undefined) return { group };
  const gv = group.versions.find((v) => v.version === param(version));
  if (!gv) notFound();
  if (resourceName === undefined) return { group, gv };
  const resource = gv.resources.find((r) => r.name === param(resourceName));
  if (!resource) notFound();
  return { group, gv, resource };
}

type Params = Record<string, string | string[] | undefined>;

/**
 * Pages the export cannot write (a group named `..`, a field path longer
 * than a file name) are left out, logged, and appended to the file
 * scripts/export.mjs names in ATLAS_EXPORT_SKIPPED, which it lists at the end.
 * Every generateStaticParams of the export goes through it: one page Next.js
 * cannot write aborts the whole export.
 */
export function exportable<T extends Params>(params: T[]): T[] {
  const { kept, skipped } = partitionExportable(params);
  for (const { params: entry, reason } of skipped) {
    const line = `${JSON.stringify(entry)}: ${reason}`;
    console.warn(`export: skipped ${line}`);
    const file = exportSkippedFile();
    if (file) appendFileSync(file, `${line}\n`);
  }
  return kept;
}

/**
 * generateStaticParams for every dynamic route: the static export lists every
 * page of the model (except those it cannot write, see exportable()); the
 * server lists none and renders each page on request from the configured
 * source, so a live cluster's new groups need no rebuild.
 */
export async function staticParams<T extends Params>(list: (model: ApiModel) => T[]): Promise<T[]> {
  if (!isStaticExport()) return [];
  return exportable(list(await getBuildModel()));
}
