'use client';

import { useEffect, useRef, useState } from 'react';
import { matchesGvkKey, type GvkAvailability, type GvkFilter as Filter, type GvkFilterKey } from '@/lib/model/served-gvks';

const AVAILABILITY: ReadonlyArray<{ value: GvkAvailability; label: string }> = [
  { value: 'any', label: 'any cluster' },
  { value: 'everywhere', label: 'every cluster' },
  { value: 'not-everywhere', label: 'not every cluster' },
];

function keyOf(row: HTMLElement): GvkFilterKey {
  return {
    text: row.dataset.text ?? '',
    everywhere: row.dataset.everywhere === 'true',
    clusters: (row.dataset.clusters ?? '').split(' ').filter(Boolean),
  };
}

function readFilter(): Filter {
  const params = new URLSearchParams(window.location.search);
  const availability = params.get('served');
  return {
    text: params.get('q') ?? '',
    availability: AVAILABILITY.some((a) => a.value === availability) ? (availability as GvkAvailability) : 'any',
    cluster: params.get('cluster') ?? '',
  };
}

/**
 * The GVK list's filter box: hides the rows the server rendered that do not
 * match (each row carries its filter key as data attributes), and keeps the
 * filter in the address so a filtered list can be shared. Without
 * JavaScript the whole list shows.
 */
export function GvkFilter({ clusters, tableId }: { clusters: string[]; tableId: string }) {
  const [filter, setFilter] = useState<Filter>({ text: '', availability: 'any', cluster: '' });
  const count = useRef<HTMLOutputElement>(null);

  // The address is known only in the browser: the server renders the unfiltered list, then the filter it names applies.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setFilter(readFilter()), []);

  useEffect(() => {
    const rows = document.querySelectorAll<HTMLElement>(`#${tableId} tbody tr[data-text]`);
    let shown = 0;
    for (const row of rows) {
      const match = matchesGvkKey(keyOf(row), filter);
      row.hidden = !match;
      if (match) shown += 1;
    }
    if (count.current) {
      count.current.textContent = `${shown} shown`;
      count.current.dataset.gvkCount = String(shown);
    }
    const params = new URLSearchParams();
    if (filter.text) params.set('q', filter.text);
    if (filter.availability && filter.availability !== 'any') params.set('served', filter.availability);
    if (filter.cluster) params.set('cluster', filter.cluster);
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  }, [filter, tableId]);

  return (
    <form className="gvk-filter" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        Filter{' '}
        <input
          type="search"
          name="q"
          placeholder="kind, apiVersion or resource"
          value={filter.text ?? ''}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
      </label>
      <label>
        served by{' '}
        <select
          name="served"
          value={filter.availability ?? 'any'}
          onChange={(e) => setFilter({ ...filter, availability: e.target.value as GvkAvailability })}
        >
          {AVAILABILITY.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        including{' '}
        <select name="cluster" value={filter.cluster ?? ''} onChange={(e) => setFilter({ ...filter, cluster: e.target.value })}>
          <option value="">any</option>
          {clusters.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <output className="muted small" aria-live="polite" ref={count} />
    </form>
  );
}
