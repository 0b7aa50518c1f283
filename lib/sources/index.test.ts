import { afterEach, describe, expect, it, vi } from 'vitest';

// The real marker throws outside React Server Components; the module under test is server code.
vi.mock('server-only', () => ({}));

afterEach(() => {
  vi.resetModules();
});

describe('the source registry', () => {
  it('is one per process, however many copies of lib/sources the bundler makes (pages and route handlers)', async () => {
    // Next.js bundles pages and route handlers in separate layers, each with its own copy of this
    // module: a module-level registry gave each its own document cache, model and stale state.
    vi.resetModules();
    const pages = await import('./index');
    vi.resetModules();
    const routes = await import('./index');
    expect(routes).not.toBe(pages);
    expect(routes.getRegistry()).toBe(pages.getRegistry());
    expect(routes.getRegistry().primary()).toBe(pages.getRegistry().primary());
  });
});

describe('a wrong configuration', () => {
  it('is a source status saying what is wrong, not an exception (pages show it instead of a generic error)', async () => {
    const saved = { ...process.env };
    try {
      for (const [variables, message] of [
        [
          { ATLAS_KUBECONFIG: '/tmp/kc', ATLAS_SERVER_URL: 'http://127.0.0.1:8001' },
          /ATLAS_KUBECONFIG.*ATLAS_SERVER_URL|ATLAS_SERVER_URL.*ATLAS_KUBECONFIG/,
        ],
        [{ ATLAS_TRY_IT: 'yes' }, /ATLAS_TRY_IT: must be off, read or write, got "yes"/],
      ] as const) {
        Object.assign(process.env, variables);
        delete (globalThis as Record<symbol, unknown>)[Symbol.for('kube-api-atlas.source-registry')];
        vi.resetModules();
        const sources = await import('./index');
        const status = await sources.getRegistry().primary().status();
        expect(status.model).toBeUndefined();
        expect(status.error).toMatch(/^The site is misconfigured: /);
        expect(status.error).toMatch(message);
        for (const name of Object.keys(variables)) delete process.env[name];
      }
    } finally {
      process.env = saved;
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('kube-api-atlas.source-registry')];
    }
  });
});
