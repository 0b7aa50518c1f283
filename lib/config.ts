import path from 'node:path';

/**
 * Settings read from the environment. Documented in the README
 * ("Configuration"); nothing here is ever sent to the browser.
 */
export interface AtlasConfig {
  /** Snapshot directory to serve: `ATLAS_SNAPSHOT`, default the embedded Kubernetes 1.36 snapshot. */
  snapshotDir: string;
  /** True while `npm run export` builds the static site. */
  staticExport: boolean;
}

export const DEFAULT_SNAPSHOT = 'snapshots/kubernetes-1.36';

export function readConfig(env: NodeJS.ProcessEnv = process.env): AtlasConfig {
  return {
    // The snapshot is chosen at run time, not bundled: keep the bundler from tracing it.
    snapshotDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.ATLAS_SNAPSHOT || DEFAULT_SNAPSHOT),
    staticExport: env.ATLAS_EXPORT === '1',
  };
}
