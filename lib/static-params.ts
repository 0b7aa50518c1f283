import 'server-only';
import { appendFileSync } from 'node:fs';
import { partitionExportable } from './export-names';
import type { ApiModel } from './model/types';
import { getBuildModel, isStaticExport } from './source';

type Params = Record<string, string | string[] | undefined>;

/**
 * Pages the export cannot write (a group named `..`, a field path longer
 * than a file name) are left out, logged, and appended to the file
 * scripts/export.mjs names in ATLAS_EXPORT_SKIPPED, which it lists at the end.
 */
function exportable<T extends Params>(params: T[]): T[] {
  const { kept, skipped } = partitionExportable(params);
  for (const { params: entry, reason } of skipped) {
    const line = `${JSON.stringify(entry)}: ${reason}`;
    console.warn(`export: skipped ${line}`);
    const file = process.env.ATLAS_EXPORT_SKIPPED;
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
