'use client';

import { useEffect } from 'react';
import { readGvkQuery, gvkQuery } from '@/lib/model/gvk-page';
import { matchesGvkKey, type GvkFilter, type GvkFilterKey } from '@/lib/model/served-gvks';

function keyOf(row: HTMLElement): GvkFilterKey {
  return {
    text: row.dataset.text ?? '',
    everywhere: row.dataset.everywhere === 'true',
    clusters: (row.dataset.clusters ?? '').split(' ').filter(Boolean),
  };
}

function filterOf(form: HTMLFormElement): Required<GvkFilter> {
  return readGvkQuery(Object.fromEntries(new FormData(form) as unknown as Iterable<[string, string]>)).filter;
}

/** Hides the rows that do not match and keeps the filter in the address (without a reload). */
function applyLive(form: HTMLFormElement, tableId: string): void {
  const filter = filterOf(form);
  let shown = 0;
  for (const row of document.querySelectorAll<HTMLElement>(`#${tableId} tbody tr[data-text]`)) {
    const match = matchesGvkKey(keyOf(row), filter);
    row.hidden = !match;
    if (match) shown += 1;
  }
  const count = form.querySelector('output');
  if (count) {
    count.textContent = `${shown} shown`;
    count.dataset.gvkCount = String(shown);
  }
  window.history.replaceState(null, '', `${window.location.pathname}${gvkQuery(filter)}`);
}

/**
 * What JavaScript adds to the filter form (GvkFilterForm). Where the page
 * holds the whole list (`live`: the static export, whose pages cannot read
 * the address) it filters the rows in place as you type, starting with the
 * filter the address names. Where the server filtered and paged, a changed
 * choice submits the form at once; typed words on Enter, as any form.
 */
export function GvkFilterLive({ formId, tableId, live }: { formId: string; tableId: string; live: boolean }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    if (!live) {
      const onChange = (event: Event) => {
        if (event.target instanceof HTMLSelectElement) form.requestSubmit();
      };
      form.addEventListener('change', onChange);
      return () => form.removeEventListener('change', onChange);
    }
    const { filter } = readGvkQuery(Object.fromEntries(new URLSearchParams(window.location.search)));
    (form.elements.namedItem('q') as HTMLInputElement).value = filter.text;
    (form.elements.namedItem('served') as HTMLSelectElement).value = filter.availability;
    (form.elements.namedItem('cluster') as HTMLSelectElement).value = filter.cluster;
    applyLive(form, tableId);
    const onInput = () => applyLive(form, tableId);
    const onSubmit = (event: Event) => {
      event.preventDefault();
      applyLive(form, tableId);
    };
    form.addEventListener('input', onInput);
    form.addEventListener('submit', onSubmit);
    return () => {
      form.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
    };
  }, [formId, tableId, live]);
  return null;
}
