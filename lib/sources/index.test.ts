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
