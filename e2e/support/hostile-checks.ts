/**
 * What "inert and readable" means for a page showing hostile content, checked
 * in the browser (e2e/hostile.test.ts; reusable by any test of a page that
 * shows the hostile snapshot, e.g. a Swagger UI):
 *
 * - no script ran: `window.__pwned` (every payload sets it) is unset, no
 *   dialog opened, and no element carries an inline event handler attribute
 *   (`onerror`, `onload`, ...), which only markup injected as HTML would have;
 * - no link or resource points at a `javascript:`, `data:` or `vbscript:`
 *   URL: every href, src, action and formaction resolves to http(s);
 * - long tokens wrap: the page does not scroll sideways, and no element pokes
 *   out of the viewport unless a scroll box (a code block) contains it;
 * - direction overrides stay inside the text that carries them: the text
 *   after it on the same line is laid out to its right, as in the DOM order
 *   (within one description, the override may reorder the rest of it).
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';

export interface HostileReport {
  pwned: unknown;
  eventHandlerAttributes: string[];
  unsafeUrls: string[];
  pageWidth: { scrollWidth: number; innerWidth: number };
  overflowing: string[];
  bidiLeaks: string[];
  /** The page's visible text, for "the markup is shown as text" checks. */
  text: string;
}

/**
 * The checks, as page script. A string rather than a function: the test
 * runner's TypeScript transform would add helpers (esbuild's `__name`) to a
 * function that the page does not have.
 */
const INSPECT = `(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    // What the reader scrolling through would see: the parts content-visibility skips until near the screen, rendered.
    for (const el of document.querySelectorAll('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    const describe = (el) => \`<\${el.tagName.toLowerCase()}\${el.id ? \`#\${el.id.slice(0, 40)}\` : ''}\${el.className && typeof el.className === 'string' ? \`.\${el.className.split(' ').join('.')}\` : ''}> \${(el.textContent ?? '').slice(0, 60)}\`;
    const all = [...document.querySelectorAll('*')];

    const eventHandlerAttributes = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => \`\${describe(el)} \${a.name}=\${a.value.slice(0, 60)}\`));

    const unsafeUrls = [];
    for (const el of all) {
      for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        let protocol;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          continue; // not a URL the browser would follow
        }
        if (protocol !== 'http:' && protocol !== 'https:') unsafeUrls.push(\`\${describe(el)} \${name}=\${value.slice(0, 80)}\`);
      }
    }

    const scrolls = (el) => {
      for (let node = el; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const overflowing = all
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1 && !scrolls(el.parentElement) && getComputedStyle(el).position !== 'fixed';
      })
      .map(describe);

    const CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
    const isBlock = (el) => !getComputedStyle(el).display.startsWith('inline') && getComputedStyle(el).display !== 'contents';
    const blockOf = (node) => {
      let el = node.parentElement;
      while (el && !isBlock(el)) el = el.parentElement;
      return el ?? document.body;
    };
    const rectsOf = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    };
    const bidiLeaks = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim()) texts.push(node);
    texts.forEach((text, index) => {
      if (!CONTROL.test(text.data)) return;
      const rects = rectsOf(text);
      if (rects.length === 0) return;
      const block = blockOf(text);
      // The line the hostile text ends on, and its right edge there.
      const lastTop = Math.max(...rects.map((r) => r.top));
      const lastLine = rects.filter((r) => Math.abs(r.top - lastTop) < 2);
      const right = Math.max(...lastLine.map((r) => r.right));
      const next = texts.slice(index + 1).find((t) => block.contains(t) && rectsOf(t).length > 0);
      if (!next) return;
      // A description is one piece of the API's text: an override in it may reorder the rest of it, like any editor would.
      const description = text.parentElement?.closest('.desc, .fields p:not([class])');
      if (description?.contains(next)) return;
      const first = rectsOf(next)[0];
      const sameLine = first.top < lastLine[0].bottom - 1 && first.bottom > lastLine[0].top + 1;
      if (sameLine && first.left < right - 1) {
        bidiLeaks.push(\`"\${next.data.trim().slice(0, 30)}" is drawn at x=\${Math.round(first.left)}, left of the text before it "\${text.data.trim().slice(0, 30)}" (right edge x=\${Math.round(right)}) in \${describe(block)}\`);
      }
    });

    return {
      pwned: window.__pwned,
      eventHandlerAttributes,
      unsafeUrls,
      pageWidth: { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth },
      overflowing,
      bidiLeaks,
      text: document.body.innerText,
    };
})()`;

/**
 * Opens every <details> and renders what content-visibility skips (a folded tree or a skipped section is not laid out,
 * so its text could not be measured), and inspects the page.
 */
export function inspectHostilePage(page: Page): Promise<HostileReport> {
  return page.evaluate(INSPECT) as Promise<HostileReport>;
}

/** A page opened by visitHostilePage, its report, and the dialogs and page errors seen on the way. */
export interface HostileVisit {
  page: Page;
  report: HostileReport;
  dialogs: string[];
  errors: string[];
}

/**
 * Opens `url` in a new page, recording dialogs (dismissed) and page errors; waits until the page is
 * hydrated, runs `prepare` (open a tab, search), gives injected handlers time to fire, and inspects it.
 * The caller closes `page`.
 */
export async function visitHostilePage(
  browser: Browser,
  url: string,
  options: { status?: number; prepare?: (page: Page) => Promise<void> } = {},
): Promise<HostileVisit> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const response = await page.goto(url);
  assert.equal(response?.status(), options.status ?? 200, `${url}: HTTP status`);
  await page.locator('.search-input[data-ready]').waitFor();
  await options.prepare?.(page);
  await settled(page);
  return { page, report: await inspectHostilePage(page), dialogs, errors };
}

/**
 * Waits until injected handlers would have fired: the load event, every image
 * loaded or failed (an `onerror` of a broken image runs in the task that
 * completes it), then one more frame for handlers queued behind them.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The not-found page's suggestions, which appear after it fetched /routes.json (a `prepare` for visitHostilePage). */
export async function waitForSuggestions(page: Page): Promise<void> {
  await page.locator('.not-found-suggestions').waitFor();
}

/** What is wrong with a visited page, one line per problem, each prefixed with `where`; empty when it is inert, fits and keeps its order. */
export function hostileProblems(where: string, { report, dialogs, errors }: Omit<HostileVisit, 'page'>): string[] {
  const problems = [
    ...(report.pwned !== undefined ? ['a payload ran (window.__pwned is set)'] : []),
    ...dialogs.map((d) => `a dialog opened: ${d}`),
    ...report.eventHandlerAttributes.map((e) => `markup became an element with an event handler: ${e}`),
    ...report.unsafeUrls.map((u) => `a link or resource is not http(s): ${u}`),
    ...(report.pageWidth.scrollWidth > report.pageWidth.innerWidth
      ? [`the page scrolls sideways (${report.pageWidth.scrollWidth} > ${report.pageWidth.innerWidth})`]
      : []),
    ...report.overflowing.map((o) => `sticks out of the viewport: ${o}`),
    ...report.bidiLeaks.map((b) => `a direction override reorders the text after it: ${b}`),
    ...errors.map((e) => `page error: ${e}`),
  ];
  return problems.map((p) => `${where}: ${p}`);
}
