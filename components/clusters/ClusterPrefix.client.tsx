'use client';

import { createContext, useContext, type ReactNode } from 'react';

const ClusterPrefixContext = createContext('');

/**
 * The page's cluster prefix (`/c/NAME`) for client leaves that render links
 * (the sidebar, the field tree): server components read it from
 * lib/request-cluster.ts, which client components cannot. Provided by the
 * `/c/NAME` layout; empty on the primary's pages.
 */
export function ClusterPrefixProvider({ prefix, children }: { prefix: string; children: ReactNode }) {
  return <ClusterPrefixContext.Provider value={prefix}>{children}</ClusterPrefixContext.Provider>;
}

export function useClusterPrefix(): string {
  return useContext(ClusterPrefixContext);
}
