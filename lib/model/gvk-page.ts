/**
 * One page of the every-GVK list (`/served`): the filter read from the
 * address, the rows it keeps, and which of them this page shows. Pure; the
 * server build filters and pages on the server, so that a page is a few
 * hundred rows however many clusters are configured (10 clusters of 1.36 +
 * 100 CRDs: 2,032 GVKs × 10 cells), and the form works without JavaScript.
 */
import { matchesGvkFilter, type GvkAvailability, type GvkFilter, type GvkServing } from './served-gvks';

/** Rows a page of `/served` shows at most. */
export const GVK_PAGE_SIZE = 100;

const AVAILABILITIES: readonly GvkAvailability[] = ['any', 'everywhere', 'not-everywhere'];

/** A query parameter's value as Next.js hands it over (repeated parameters: the first). */
type QueryValue = string | string[] | undefined;

function first(value: QueryValue): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** The filter and page number a `/served?q=…&served=…&cluster=…&page=N` address asks for; anything unknown reads as "no filter", page 1. */
export function readGvkQuery(query: Record<string, QueryValue>): { filter: Required<GvkFilter>; page: number } {
  const availability = first(query.served);
  const page = Number.parseInt(first(query.page), 10);
  return {
    filter: {
      text: first(query.q),
      availability: (AVAILABILITIES as readonly string[]).includes(availability) ? (availability as GvkAvailability) : 'any',
      cluster: first(query.cluster),
    },
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export interface GvkPage {
  rows: GvkServing[];
  /** GVKs the filter keeps, on all pages. */
  matched: number;
  /** 1-based; clamped to the last page. */
  page: number;
  pages: number;
  /** Index of the first row shown in the matched list (0-based). */
  offset: number;
}

/** The rows of page `page` (1-based) of the GVKs that match `filter`. */
export function gvkPage(gvks: readonly GvkServing[], filter: GvkFilter, page: number, size = GVK_PAGE_SIZE): GvkPage {
  const matched = gvks.filter((gvk) => matchesGvkFilter(gvk, filter));
  const pages = Math.max(1, Math.ceil(matched.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const offset = (current - 1) * size;
  return { rows: matched.slice(offset, offset + size), matched: matched.length, page: current, pages, offset };
}

/** The address of another page of the same filtered list: only the parameters that filter, so addresses stay short and shareable. */
export function gvkQuery(filter: GvkFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  if (filter.availability && filter.availability !== 'any') params.set('served', filter.availability);
  if (filter.cluster) params.set('cluster', filter.cluster);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
