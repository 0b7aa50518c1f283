import type { GvkAvailability, GvkFilter } from '@/lib/model/served-gvks';
import { sitePath } from '@/lib/site/base-path';
import { GvkFilterLive } from './GvkFilterLive.client';
import { GVK_TABLE_ID } from './GvkTable';

export const GVK_FILTER_ID = 'gvk-filter';

const AVAILABILITY: ReadonlyArray<{ value: GvkAvailability; label: string }> = [
  { value: 'any', label: 'any cluster' },
  { value: 'everywhere', label: 'every cluster' },
  { value: 'not-everywhere', label: 'not every cluster' },
];

/**
 * The every-GVK list's filter: a plain GET form, so it works without
 * JavaScript and a filtered list is an address to share. The server build
 * filters on the server; in the static export (which holds the whole list)
 * the browser leaf filters the rows as you type (`live`).
 */
export function GvkFilterForm({
  filter,
  clusters,
  shown,
  live,
}: {
  filter: Required<GvkFilter>;
  clusters: string[];
  /** Rows the filter keeps (the server's count); the live filter rewrites it. */
  shown: number;
  live: boolean;
}) {
  return (
    <form className="gvk-filter" role="search" method="get" action={sitePath('/served')} id={GVK_FILTER_ID}>
      <label>
        Filter <input type="search" name="q" placeholder="kind, apiVersion or resource" defaultValue={filter.text} />
      </label>
      <label>
        served by{' '}
        <select name="served" defaultValue={filter.availability}>
          {AVAILABILITY.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        including{' '}
        <select name="cluster" defaultValue={filter.cluster}>
          <option value="">any</option>
          {clusters.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Filter</button>
      <output className="muted small" aria-live="polite" data-gvk-count={shown}>
        {shown} shown
      </output>
      <GvkFilterLive formId={GVK_FILTER_ID} tableId={GVK_TABLE_ID} live={live} />
    </form>
  );
}
