'use client';

import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { SwaggerPanelProps } from './SwaggerPanel.client';

/** A separate chunk, requested the first time the OpenAPI tab opens. */
const SwaggerPanel = lazy(() => import('./SwaggerPanel.client'));

const HASH = '#openapi';
type Tab = 'reference' | 'openapi';
const TABS: readonly (readonly [Tab, string])[] = [
  ['reference', 'Reference'],
  ['openapi', 'OpenAPI'],
];

/**
 * The "Reference | OpenAPI" tabs of group-version and resource pages. The
 * reference is the server-rendered page (children); the OpenAPI tab renders
 * Swagger UI on the group-version's spec slice, fetched from its static file
 * when the tab first opens. `#openapi` opens it directly.
 */
export function OpenApiTabs({ children, panel, note }: { children: ReactNode; panel: SwaggerPanelProps; note: ReactNode }) {
  const [tab, setTab] = useState<Tab>('reference');
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    const follow = () => {
      const next: Tab = location.hash === HASH ? 'openapi' : 'reference';
      setTab(next);
      if (next === 'openapi') setOpened(true);
    };
    if (location.hash === HASH) follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const select = (next: Tab) => {
    setTab(next);
    if (next === 'openapi') setOpened(true);
    history.replaceState(null, '', next === 'openapi' ? HASH : `${location.pathname}${location.search}`);
  };

  return (
    <>
      <div className="page-tabs" role="tablist" aria-label="Views of this page">
        {TABS.map(([id, label]) => (
          // Links, so a click before the page's scripts have run is not lost: it sets the hash, which the
          // effect above follows once they run.
          <a
            key={id}
            href={id === 'openapi' ? HASH : '#reference'}
            role="tab"
            id={`tab-${id}`}
            aria-controls={`panel-${id}`}
            aria-selected={tab === id}
            onClick={(event) => {
              event.preventDefault();
              select(id);
            }}
          >
            {label}
          </a>
        ))}
      </div>
      <div role="tabpanel" id="panel-reference" aria-labelledby="tab-reference" hidden={tab !== 'reference'}>
        {children}
      </div>
      <div role="tabpanel" id="panel-openapi" aria-labelledby="tab-openapi" hidden={tab !== 'openapi'}>
        {note}
        {opened ? (
          <Suspense fallback={<p className="muted swagger-loading">Loading Swagger UI…</p>}>
            <SwaggerPanel {...panel} />
          </Suspense>
        ) : null}
      </div>
    </>
  );
}
