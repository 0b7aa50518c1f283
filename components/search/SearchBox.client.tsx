'use client';

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { clusterPath, clusterPrefixOf, splitClusterPath } from '@/lib/cluster-paths';
import { inRequestCluster } from '@/lib/request-cluster';
import { BASE_PATH, sitePath } from '@/lib/site/base-path';
import { SEARCH_INDEX_PATH } from '@/lib/site/urls';
import type { AtlasSearch, ClusterSearchResult, CrossClusterSearch, SearchResult } from '@/lib/search/load';

const TYPE_LABELS: Record<SearchResult['type'], string> = {
  resource: 'resource',
  kind: 'kind',
  group: 'group',
  groupVersion: 'version',
  field: 'field',
  definition: 'definition',
  rule: 'rule',
};

/** One engine per page: the index is fetched and built the first time the box gets focus. */
let engine: Promise<AtlasSearch> | undefined;
function loadEngine(): Promise<AtlasSearch> {
  // On another cluster's pages (/c/NAME/...), that cluster's index.
  engine ??= import('@/lib/search/load').then(({ loadSearch }) => loadSearch(sitePath(`${pagePrefix()}${SEARCH_INDEX_PATH}`)));
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Every cluster's engine, loaded the first time "every cluster" is ticked. */
let across: Promise<{ search: CrossClusterSearch; missing: string[] }> | undefined;
function loadAcross(clusters: SearchClusters): Promise<{ search: CrossClusterSearch; missing: string[] }> {
  const current = splitClusterPath(window.location.pathname.slice(BASE_PATH.length)).cluster ?? clusters.primary;
  across ??= import('@/lib/search/load').then(({ loadSearchAcrossClusters }) =>
    loadSearchAcrossClusters(BASE_PATH, clusters.names, clusters.primary, current),
  );
  across.catch(() => {
    across = undefined;
  });
  return across;
}

/** The configured clusters, when there are several: the box can then search them all. */
export interface SearchClusters {
  names: string[];
  primary: string;
}

type Result = SearchResult & Partial<Pick<ClusterSearchResult, 'cluster' | 'servedBy'>>;

/** The page's cluster prefix (`/c/NAME`), read from the address: results open on the same cluster. */
function pagePrefix(): string {
  return clusterPrefixOf(window.location.pathname.slice(BASE_PATH.length));
}

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The search box in the header of every page. `/` or Ctrl-K (⌘K) focuses it;
 * results come as you type; arrows move, Enter opens, Escape closes. The box
 * is plain server-rendered HTML, so text typed before the page's JavaScript
 * runs is kept; the engine (MiniSearch, the index) loads on first focus.
 */
export function SearchBox({ clusters }: { clusters?: SearchClusters }) {
  const input = useRef<HTMLInputElement>(null);
  const [atlas, setAtlas] = useState<AtlasSearch | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Search every cluster (off by default: one index to load, the page's own cluster's results).
  const [everywhere, setEverywhere] = useState(false);
  const [all, setAll] = useState<{ search: CrossClusterSearch; missing: string[] } | undefined>(undefined);

  const start = () => {
    setOpen(true);
    if (atlas) return;
    loadEngine().then(setAtlas, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  useEffect(() => {
    const box = input.current;
    // Text typed before hydration.
    if (box && box.value) {
      setQuery(box.value);
      if (document.activeElement === box) start();
    }
    box?.setAttribute('data-ready', '');
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
      if (shortcut || (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target))) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // start() only reads state set by this effect's own calls; running once is intended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const results = useMemo((): Result[] => {
    if (!query.trim()) return [];
    if (everywhere) return all ? all.search.search(query, 30) : [];
    return atlas ? atlas.search(query, 30) : [];
  }, [atlas, all, everywhere, query]);
  const ready = everywhere ? all !== undefined : atlas !== undefined;

  const toggleEverywhere = () => {
    setEverywhere(!everywhere);
    if (!everywhere && !all && clusters) loadAcross(clusters).then(setAll, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const current = Math.min(active, Math.max(results.length - 1, 0));

  const go = (result: Result | undefined) => {
    if (!result) return;
    setOpen(false);
    input.current?.blur();
    window.location.assign(resultHref(result));
  };

  /** Where a result opens: a result of another cluster there, the page's own results on the page's cluster. */
  const resultHref = (result: Result): string =>
    sitePath(result.cluster && clusters ? clusterPath(result.cluster, result.href, clusters.primary) : inRequestCluster(result.href, pagePrefix()));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(results.length === 0 ? 0 : (current + step + results.length) % results.length);
      document
        .getElementById(`search-option-${(current + step + results.length) % Math.max(results.length, 1)}`)
        ?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(results[current]);
    } else if (event.key === 'Escape') {
      if (open && query) setOpen(false);
      else input.current?.blur();
    }
  };

  const showPanel = open && query.trim().length > 0;
  return (
    <div className="search" role="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        ref={input}
        type="search"
        className="search-input"
        placeholder="Search kinds, fields…  /"
        aria-label="Search kinds, resources, groups, fields and definitions"
        role="combobox"
        aria-expanded={showPanel}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={showPanel && results.length > 0 ? `search-option-${current}` : undefined}
        autoComplete="off"
        spellCheck={false}
        onFocus={start}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          start();
        }}
        onKeyDown={onKeyDown}
      />
      {showPanel ? (
        <div className="search-panel">
          {clusters && clusters.names.length > 1 ? (
            <button
              type="button"
              className="search-scope"
              aria-pressed={everywhere}
              onMouseDown={(e) => e.preventDefault()}
              onClick={toggleEverywhere}
            >
              {everywhere ? '☑' : '☐'} every cluster{all && all.missing.length > 0 ? ` (not searchable: ${all.missing.join(', ')})` : ''}
            </button>
          ) : null}
          {error ? (
            <p className="search-status">Search is unavailable: {error}</p>
          ) : !ready ? (
            <p className="search-status">Loading the index…</p>
          ) : results.length === 0 ? (
            <p className="search-status">Nothing matches “{query.trim()}”.</p>
          ) : (
            <ul id="search-results" role="listbox" aria-label="Search results" className="search-results">
              {results.map((result, i) => (
                <li
                  key={`${result.href} ${result.title}`}
                  id={`search-option-${i}`}
                  role="option"
                  aria-selected={i === current}
                  className="search-result"
                  data-type={result.type}
                  onMouseMove={() => setActive(i)}
                  onMouseDown={(e) => e.preventDefault()}
                >
                  {/* A real link: middle-click and Ctrl-click open a new tab, the context menu copies it. */}
                  <a className="search-result-link" href={resultHref(result)} tabIndex={-1} onClick={() => setOpen(false)}>
                    <span className="search-type">{TYPE_LABELS[result.type]}</span>
                    <span className="search-title">{result.title}</span>
                    {result.stability && result.stability !== 'stable' ? (
                      <span className={`badge badge-${result.stability}`}>{result.stability}</span>
                    ) : null}
                    <span className="search-detail">{result.detail}</span>
                    {result.servedBy ? (
                      <span className="search-where" data-served-by={result.servedBy.join(' ')}>
                        on {result.servedBy.join(', ')}
                      </span>
                    ) : null}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
