/**
 * Measures one page load in headless Chromium the way a user meets it: a
 * fresh browser context (a new profile: empty cache, no cookies) per load,
 * navigation to a deep link, and the time until a given element is in the
 * viewport, as the page's own clock tells it (performance.now(), from the
 * start of navigation). Also first contentful paint and the JS heap in use
 * once the page settled (after a garbage collection).
 */
import type { Browser } from 'playwright-core';

export interface FirstScreenSample {
  /** ms from navigation start until the element is in the viewport. */
  inViewMs: number;
  /** First contentful paint, ms from navigation start. */
  fcpMs: number;
  /** JS heap in use after load and a forced GC (bytes). */
  heapBytes: number;
}

/**
 * Runs in the page from the first byte: a requestAnimationFrame loop that
 * notes when the element with id `__ID__` first intersects the viewport.
 */
const WATCHER = `(() => {
  const id = __ID__;
  const check = () => {
    const el = document.getElementById(id);
    if (el) {
      const box = el.getBoundingClientRect();
      if (box.height > 0 && box.top < innerHeight && box.bottom > 0) {
        window.__inViewAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Loads `url` once in a new context and waits until `elementId` is in the viewport (or `timeoutMs`). */
export async function measureFirstScreen(browser: Browser, url: string, elementId: string, timeoutMs = 120_000): Promise<FirstScreenSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: WATCHER.replace('__ID__', JSON.stringify(elementId)) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    const inView = await page.waitForFunction(() => (window as { __inViewAt?: number }).__inViewAt, undefined, { timeout: timeoutMs, polling: 100 });
    const inViewMs = (await inView.jsonValue()) as number;
    await page.waitForLoadState('load');
    // Let the page settle (Swagger UI keeps rendering after the load event), then measure what it holds.
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    return { inViewMs, fcpMs, heapBytes: heap.usedSize };
  } finally {
    await context.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
