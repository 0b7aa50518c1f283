/**
 * Headless Chromium through playwright-core, with the flags this sandbox
 * needs (no sandbox as root, no background networking to a closed network).
 */
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for the tests. Every page of it reports Content Security
 * Policy violations (the `securitypolicyviolation` event and Chromium's
 * console errors), and by default `close()` throws when there were any: the
 * server build sends its CSP on every page, so a script or style the policy
 * blocks fails the test file that met it, whatever the test itself checked.
 * `extraArgs`: more Chromium flags (`--host-resolver-rules=…`).
 * `csp: 'record'`: only record them, for a test that plants attacks the
 * policy must block and checks what was blocked (cspViolationsOf()).
 */
export async function launchBrowser(extraArgs: string[] = [], { csp = 'fail' }: { csp?: 'fail' | 'record' } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return watchCspViolations(browser, csp);
}

/** Reports each violation as a console error the context listener below collects. */
function reportViolations(): void {
  addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

const violationsByBrowser = new WeakMap<Browser, string[]>();

/** The CSP violations a browser of launchBrowser() has seen so far. */
export function cspViolationsOf(browser: Browser): readonly string[] {
  return violationsByBrowser.get(browser) ?? [];
}

function watchCspViolations(browser: Browser, mode: 'fail' | 'record'): Browser {
  const violations: string[] = [];
  violationsByBrowser.set(browser, violations);
  const watch = async (context: BrowserContext): Promise<BrowserContext> => {
    await context.addInitScript(reportViolations);
    context.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && /CSP violation|Content Security Policy/.test(text))
        violations.push(`${message.page()?.url() ?? ''}: ${text}`);
    });
    return context;
  };
  const newContext = browser.newContext.bind(browser);
  const close = browser.close.bind(browser);
  browser.newContext = async (options) => watch(await newContext(options));
  // browser.newPage() makes a context the page owns: the same here, closed with the page.
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => void context.close().catch(() => undefined));
    return page;
  };
  browser.close = async (options) => {
    await close(options);
    if (mode === 'fail' && violations.length > 0) throw new Error(`Content Security Policy violations:\n${[...new Set(violations)].join('\n')}`);
  };
  return browser;
}

/**
 * One Chromium for a test file: launched before its tests, closed after
 * them. Call it at the file's top level; the getter is for inside tests.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is launched in before(): use the browser inside tests and hooks');
    return browser;
  };
}

/** A page that records console errors and uncaught exceptions, for "no errors" checks. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors };
}

/** The sites under test, from e2e/run.mjs. */
export function sitesUnderTest(): Array<{ name: string; url: string; basePath: string }> {
  const sites = [
    { name: 'server', url: process.env.ATLAS_E2E_SERVER_URL, basePath: '' },
    { name: 'static export', url: process.env.ATLAS_E2E_STATIC_URL, basePath: '' },
    { name: 'static export under /atlas', url: process.env.ATLAS_E2E_BASE_URL, basePath: '/atlas' },
  ];
  return sites.filter((s): s is { name: string; url: string; basePath: string } => typeof s.url === 'string' && s.url.length > 0);
}

/** Joins a site URL and a site path the way the site links: trailing slash in the export. */
export function pageUrl(site: { name: string; url: string }, path: string): string {
  if (site.name === 'server') return `${site.url}${path}`;
  const [pathname = '', hash] = path.split('#');
  const slash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${site.url}${slash}${hash !== undefined ? `#${hash}` : ''}`;
}
