'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { BASE_PATH, sitePath } from '@/lib/site/base-path';
import { CLUSTERS_JSON_PATH } from '@/lib/site/urls';
import { clusterPath, splitClusterPath } from '@/lib/cluster-paths';
import { comparePath } from '@/lib/site/compare-paths';
import type { ClusterHealth } from '@/lib/model/served-where';
import { pathOnCluster, type SwitchedPath } from '@/lib/model/switch-path';
import type { ClustersData } from '@/app/_routes/clusters-json';

interface Choice {
  name: string;
  health: ClusterHealth;
  /** Where switching leads; undefined while /clusters.json loads or when the cluster's summary is unknown. */
  switched?: SwitchedPath;
}

/** The page's own path without base path and cluster prefix, and the cluster it is on. */
function here(primary: string): { cluster: string; path: string } {
  const pathname = window.location.pathname.slice(BASE_PATH.length) || '/';
  const { cluster, path } = splitClusterPath(pathname);
  return { cluster: cluster ?? primary, path: path.length > 1 ? path.replace(/\/+$/, '') : path };
}

const noSubscription = () => () => {};

let data: Promise<ClustersData> | undefined;
function loadClusters(): Promise<ClustersData> {
  data ??= fetch(sitePath(CLUSTERS_JSON_PATH)).then((r) => {
    if (!r.ok) throw new Error(`/clusters.json: HTTP ${r.status}`);
    return r.json() as Promise<ClustersData>;
  });
  data.catch(() => {
    data = undefined;
  });
  return data;
}

/**
 * The header's cluster switcher. Opening it lists every cluster with its
 * health and where the same page is there: the same path when that cluster
 * serves it, else the nearest page with a note saying what is not served
 * (lib/model/switch-path.ts, on the clusters' summaries from
 * /clusters.json, fetched on first open). Without JavaScript it is a link to
 * the clusters page.
 */
export function ClusterSwitcher({ primary, clusters }: { primary: string; clusters: Array<{ name: string; health: ClusterHealth }> }) {
  const [open, setOpen] = useState(false);
  // The page's cluster is in its address; the server (which renders the layout once for every cluster's pages) says the primary.
  const current = useSyncExternalStore(
    noSubscription,
    () => here(primary).cluster,
    () => primary,
  );
  const [choices, setChoices] = useState<Choice[]>(clusters);
  const [error, setError] = useState<string | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.setAttribute('data-ready', '');
    const close = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('click', close);
    return () => window.removeEventListener('click', close);
  }, [primary]);

  const toggle = () => {
    setOpen(!open);
    if (open) return;
    loadClusters().then(
      (loaded) => {
        const { cluster, path } = here(loaded.primary);
        const from = loaded.clusters.find((c) => c.name === cluster)?.served;
        setChoices(
          loaded.clusters.map((c) => ({
            name: c.name,
            health: c.health,
            ...(c.served
              ? { switched: c.name === cluster ? { path, exact: true } : pathOnCluster(path, { name: c.name, served: c.served }, from) }
              : {}),
          })),
        );
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  const { path } = typeof window === 'undefined' ? { path: '/' } : here(primary);
  return (
    <div className="cluster-switcher" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} aria-haspopup="true" onClick={toggle} title="Switch cluster">
        <span className="muted small">cluster</span> <bdi>{current}</bdi> ▾
      </button>
      <noscript>
        <a href={sitePath('/clusters')}>clusters</a>
      </noscript>
      {open ? (
        <ul className="cluster-menu" aria-label="Clusters">
          {error ? <li className="callout callout-error">{error}</li> : null}
          {choices.map((choice) => {
            // The same page keeps its place (#field); a nearest page brings its own.
            const target = choice.switched ? choice.switched.path + (choice.switched.exact ? window.location.hash : '') : path;
            return (
              <li
                key={choice.name}
                aria-current={choice.name === current}
                data-cluster={choice.name}
                data-exact={choice.switched ? String(choice.switched.exact) : undefined}
              >
                <a href={sitePath(clusterPath(choice.name, target, primary))}>
                  <bdi>{choice.name}</bdi>
                </a>{' '}
                <span className={`badge health health-${choice.health.state}`} title={choice.health.detail}>
                  {choice.health.state === 'unknown' ? 'not loaded' : choice.health.state}
                </span>
                {choice.name !== current ? (
                  <>
                    {' '}
                    <a className="small" href={sitePath(comparePath(current, choice.name))}>
                      compare
                    </a>
                  </>
                ) : null}
                {choice.switched && !choice.switched.exact ? <span className="switch-note">{choice.switched.note}</span> : null}
              </li>
            );
          })}
          <li>
            <a className="small" href={sitePath('/clusters')}>
              every cluster
            </a>{' '}
            ·{' '}
            <a className="small" href={sitePath('/served')}>
              what each serves
            </a>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
