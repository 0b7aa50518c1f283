import { readConfig } from '../config';
import { describeError } from '../errors';
import { MisconfiguredSource } from './misconfigured-source';
import { SourceRegistry } from './registry';

/**
 * The process's sources, made once from the configuration. Pages ask for
 * the primary source's model with getModel(); the layout shows its status
 * (stale banner, or a failure page when it never loaded).
 *
 * Kept on globalThis, not in a module variable: Next.js bundles pages and
 * route handlers (search index, OpenAPI slices) in separate layers, each
 * with its own copy of this module, and a module variable gave each its own
 * document cache (`/openapi/v2` fetched twice), model and stale state.
 */
const REGISTRY = Symbol.for('kube-api-atlas.source-registry');

export function getRegistry(): SourceRegistry {
  const holder = globalThis as { [REGISTRY]?: SourceRegistry };
  holder[REGISTRY] ??= registryFromEnvironment();
  return holder[REGISTRY];
}

/** The configured sources, or one that explains what is wrong with the configuration. */
function registryFromEnvironment(): SourceRegistry {
  try {
    return SourceRegistry.fromConfig(readConfig());
  } catch (error) {
    const misconfigured = new MisconfiguredSource(describeError(error));
    return new SourceRegistry([misconfigured], misconfigured.name);
  }
}
