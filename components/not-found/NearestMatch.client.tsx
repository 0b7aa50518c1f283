'use client';

import { useEffect, useState } from 'react';
import { BASE_PATH, sitePath } from '@/lib/site/base-path';
import { decodeUriText } from '@/lib/site/decode';
import { ROUTES_JSON_PATH } from '@/lib/site/urls';
import { clusterPrefixOf } from '@/lib/cluster-paths';
import { fieldViewFallback, nearestPaths } from '@/lib/nearest';

/**
 * Reads the address the user asked for and suggests the closest existing
 * pages, or goes straight to a field's deep link when the address is a field
 * view the export did not pre-render. Runs in the browser because a static
 * export serves one 404.html for every unknown address.
 */
export function NearestMatch() {
  const [state, setState] = useState<{ wanted: string; suggestions: string[] } | undefined>(undefined);
  useEffect(() => {
    const asked = decodeUriText(location.pathname.slice(BASE_PATH.length)) || '/';
    // Under /c/NAME, that cluster's pages (whose paths come unprefixed).
    const prefix = clusterPrefixOf(asked);
    fetch(sitePath(`${prefix}${ROUTES_JSON_PATH}`))
      .then((response) => (response.ok ? (response.json() as Promise<{ paths: string[] }>) : { paths: [] }))
      .then((found) => {
        const paths = found.paths.map((p) => (prefix ? `${prefix}${p === '/' ? '' : p}` : p));
        const deepLink = fieldViewFallback(asked, paths);
        if (deepLink) location.replace(sitePath(deepLink));
        else setState({ wanted: asked, suggestions: nearestPaths(asked, paths) });
      })
      .catch(() => setState({ wanted: asked, suggestions: [] }));
  }, []);
  if (!state) return <p className="muted">Looking for similar pages…</p>;
  return (
    <div className="not-found-suggestions">
      <p>
        No page at <code>{state.wanted}</code>.
      </p>
      {state.suggestions.length > 0 ? (
        <>
          <p>Did you mean:</p>
          <ul className="suggestions">
            {state.suggestions.map((path) => (
              <li key={path}>
                <a href={sitePath(path)}>{path}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Nothing similar was found.</p>
      )}
    </div>
  );
}
