/**
 * Hostile content in Chromium: the server build on the hostile snapshot
 * (test-support/hostile.ts: Kubernetes 1.36 plus the CRDs of
 * e2e/fixtures/hostile-crds, whose descriptions, enum values, formats,
 * defaults, validation messages, property names, kinds and plurals carry
 * HTML and script, `javascript:` links, direction overrides and very long
 * tokens), compared with an older release of the same CRDs. Every place that
 * shows text from the API is visited: the field tree, resource, group,
 * version, kind and definition pages, the lists, operations, deprecations,
 * search results, comparisons and the not-found page's suggestions. On each,
 * the markup must be shown as text, no script may run, no link may be a
 * `javascript:` URL, long tokens must wrap and overrides must not reorder
 * the interface (support/hostile-checks.ts).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { writeHostileSnapshot } from '../test-support/hostile';
import { cspViolationsOf, launchBrowser } from './support/browser';
import {
  hostileProblems,
  inspectHostilePage,
  visitHostilePage,
  waitForSuggestions,
  type HostileReport,
  type HostileVisit,
} from './support/hostile-checks';
import { startLiveSite, type LiveSite } from './support/live-site';
import { OpenApiTabObject, SearchBoxObject } from './support/pages';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror=window.__pwned=1>';
const XSS_KIND = `Xss${IMG}`;
const XSS_PLURAL = 'xss<svg onload=window.__pwned=1>';
const MIRROR_KIND = 'Mirror\u202Edesrever';
const LONG_TOKEN_START = 'Unbroken1x2x3x4x5x';

/**
 * Page script: unfolds Swagger UI's models level by level (at most 5 levels, 400 clicks). After each
 * level's clicks it waits for the panel to settle (no DOM change for three animation frames), not for
 * a fixed time: the clicked toggles are re-rendered, so "this toggle opened" cannot be watched.
 */
const EXPAND_MODELS = `(async () => {
  const panel = document.querySelector('#panel-openapi') ?? document.body;
  const settled = () => new Promise((resolve) => {
    let quietFrames = 0;
    const observer = new MutationObserver(() => { quietFrames = 0; });
    observer.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
    const tick = () => {
      if (++quietFrames >= 3) { observer.disconnect(); resolve(undefined); } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  let clicks = 0;
  for (let level = 0; level < 5 && clicks < 400; level++) {
    const folded = [...document.querySelectorAll('#panel-openapi .models .model-toggle.collapsed')];
    if (folded.length === 0) break;
    for (const toggle of folded) if (clicks++ < 400) toggle.click();
    await settled();
  }
})()`;

let browser: Browser;
let site: LiveSite;
let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-hostile-'));
  const current = path.join(dir, 'hostile-crds');
  const previous = path.join(dir, 'hostile-crds-previous');
  await writeHostileSnapshot(current);
  await writeHostileSnapshot(previous, { variant: 'previous' });
  site = await startLiveSite({ ATLAS_SNAPSHOT: current, ATLAS_SOURCES: previous });
  // The payloads include inline event handlers: the CSP must block them, and nothing else (checked in after()).
  browser = await launchBrowser([], { csp: 'record' });
});

after(async () => {
  const violations = browser ? [...cspViolationsOf(browser)] : [];
  await browser?.close();
  await site?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
  // What the policy blocked on these pages is hostile markup only: inline event handlers, never the site's own scripts or styles.
  const unexpected = violations.filter((v) => !/Executing inline event handler violates/.test(v));
  if (unexpected.length > 0) throw new Error(`Content Security Policy blocked more than the hostile payloads:\n${unexpected.join('\n')}`);
});

const segment = encodeURIComponent;

/** Opens a site path of the hostile site (see visitHostilePage). */
function visit(pagePath: string, options: Parameters<typeof visitHostilePage>[2] = {}): Promise<HostileVisit> {
  return visitHostilePage(browser, `${site.url}${pagePath}`, options);
}

function assertInert(where: string, visited: HostileVisit): void {
  assert.deepEqual(hostileProblems(where, visited), []);
}

/** Visits every page, then fails once with every problem of every page. */
async function assertAllInert(paths: readonly string[], options: Parameters<typeof visitHostilePage>[2] = {}): Promise<void> {
  const problems: string[] = [];
  for (const where of paths) {
    const visited = await visit(where, options);
    problems.push(...hostileProblems(where, visited));
    await visited.page.close();
  }
  assert.deepEqual(problems, []);
}

function assertShows(where: string, report: HostileReport, texts: string[]): void {
  for (const text of texts) assert.ok(report.text.includes(text), `${where}: does not show ${JSON.stringify(text)} as text`);
}

describe('hostile content (server build on the hostile snapshot)', () => {
  it('the resource page shows descriptions, enums, defaults, formats, hints and names as text; links stay http(s)', async () => {
    const where = '/apis/hostile.atlas.test/v1/payloads';
    const visited = await visit(where);
    assertInert(where, visited);
    assertShows(where, visited.report, [
      `Payload ${SCRIPT} carries markup <img src=x onerror="window.__pwned=1">`,
      'javascript:window.__pwned=1 and JaVaScRiPt:window.__pwned=1 and [docs](javascript:window.__pwned=1)',
      '<svg onload=window.__pwned=1>',
      '<b>bold</b>',
      '"><img src=x onerror=window.__pwned=1>',
      `</code>${SCRIPT}`,
      IMG,
      `quote">${SCRIPT}`,
      '<img src=x onerror=window.__pwned=1> must not be javascript:window.__pwned=1',
      '<b>name</b>',
      '<marquee>Moving</marquee>',
    ]);
    assert.equal(await visited.page.locator('.fields li[id="spec.mode"] .hints > div:has(> dt:text-is("default")) code').innerText(), SCRIPT);
    assert.equal(
      await visited.page.locator('.fields li[id="spec.format"] .hints > div:has(> dt:text-is("format")) code').innerText(),
      '<svg onload=window.__pwned=1>',
    );
    // Linkifying still works for http(s), and stops where an attribute would begin.
    const links = await visited.page
      .locator('.desc a, .fields p:not([class]) a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    assert.ok(links.includes('https://example.com/docs?a=1&b='), `links: ${links.join(' ')}`);
    assert.ok(links.includes('https://example.com/x'), `links: ${links.join(' ')}`);
    assert.ok(links.every((href) => href?.startsWith('https://')));
    await visited.page.close();
  });

  it('group, version, kind and definition pages, the lists, the home page and deprecations are inert and fit', async () => {
    await assertAllInert([
      '/apis/hostile.atlas.test/v1beta1/payloads',
      '/apis/hostile.atlas.test',
      '/apis/hostile.atlas.test/v1',
      '/kinds/Payload',
      '/definitions/test.atlas.hostile.v1.Payload',
      '/kinds',
      '/definitions',
      '/',
      '/apis',
      '/deprecations',
      '/endpoints',
    ]);
  });

  it('a kind, plural and short names made of markup: resource, kind and definition pages show them as text', async () => {
    const pages = [
      `/apis/names.hostile.atlas.test/v1/${segment(XSS_PLURAL)}`,
      `/kinds/${segment(XSS_KIND)}`,
      `/definitions/${segment(`test.atlas.hostile.names.v1.${XSS_KIND}`)}`,
      '/apis/names.hostile.atlas.test/v1',
    ];
    await assertAllInert(pages);
    for (const where of pages) {
      const visited = await visit(where);
      assertShows(where, visited.report, [XSS_KIND]);
      await visited.page.close();
    }
    const resource = await visit(`/apis/names.hostile.atlas.test/v1/${segment(XSS_PLURAL)}`);
    assertShows('the resource page', resource.report, [XSS_PLURAL, '<b>x</b>', `"><script>window.__pwned=1</script>`]);
    assert.match(await resource.page.locator('main h1').innerText(), /^Xss<img src=x onerror=window\.__pwned=1>\s+names\.hostile\.atlas\.test\/v1$/);
    await resource.page.close();
  });

  it('direction overrides stay inside their text and long tokens wrap (resource and kind pages)', async () => {
    const pages = [
      '/apis/bidi.hostile.atlas.test/v1/mirrors',
      `/kinds/${segment(MIRROR_KIND)}`,
      '/apis/bidi.hostile.atlas.test/v1',
      `/definitions/${segment(`test.atlas.hostile.bidi.v1.${MIRROR_KIND}`)}`,
    ];
    await assertAllInert(pages);
    for (const where of pages) {
      const visited = await visit(where);
      assertShows(where, visited.report, [MIRROR_KIND]);
      await visited.page.close();
    }
    const resource = await visit('/apis/bidi.hostile.atlas.test/v1/mirrors');
    assertShows('the resource page', resource.report, [LONG_TOKEN_START, 'name\u202Eelif.exe', '\u202Eevil']);
    // The title keeps its order: the kind, then its group-version to the right of it.
    const [kindBox, versionBox] = await resource.page.locator('main h1').evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1.firstChild!);
      return [range.getBoundingClientRect().toJSON(), h1.querySelector('span')!.getBoundingClientRect().toJSON()] as Array<{
        left: number;
        right: number;
      }>;
    });
    assert.ok(versionBox!.left >= kindBox!.right - 1, `the group-version is drawn left of the kind: ${JSON.stringify({ kindBox, versionBox })}`);
    await resource.page.close();
  });

  it('a narrow window (390 px) still wraps the long tokens', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.url}/apis/bidi.hostile.atlas.test/v1/mirrors`);
    const report = await inspectHostilePage(page);
    assert.deepEqual(
      report.overflowing.filter((e) => e.includes(LONG_TOKEN_START.slice(0, 8)) || e.includes('Field1y2y')),
      [],
    );
    await page.close();
  });

  it('search results show hostile kinds and fields as text', async () => {
    for (const query of ['Xss', 'mode', 'Mirror', 'Field1y2y']) {
      const visited = await visit('/', {
        prepare: async (page) => {
          const search = new SearchBoxObject(page);
          await search.search(query);
        },
      });
      assertInert(`search "${query}"`, visited);
      const results = await visited.page.locator('#search-results').innerText();
      if (query === 'Xss') assert.ok(results.includes(XSS_KIND), `results: ${results}`);
      if (query === 'Mirror') assert.ok(results.includes(MIRROR_KIND), `results: ${results}`);
      await visited.page.close();
    }
  });

  it('comparisons show changed hostile descriptions and enum values as text', async () => {
    const range = 'hostile-crds-previous...hostile-crds';
    await assertAllInert([
      `/compare/${range}`,
      `/compare/hostile-crds...hostile-crds-previous`,
      `/compare/${range}/apis/hostile.atlas.test/v1/payloads`,
      `/compare/hostile-crds...hostile-crds-previous/apis/hostile.atlas.test/v1/payloads`,
    ]);
    const resource = await visit(`/compare/${range}/apis/hostile.atlas.test/v1/payloads`);
    assertShows('the resource comparison', resource.report, ['<i>italic</i>', '<b>bold</b>', 'javascript:window.__pwned=2']);
    await resource.page.close();
  });

  it("the not-found page's suggestions show hostile names as text", async () => {
    await assertAllInert(
      ['/apis/hostile.atlas.test/v1/payloadz', `/apis/names.hostile.atlas.test/v1/${segment(`${XSS_PLURAL}z`)}`, `/kinds/${segment(`${XSS_KIND}z`)}`],
      { status: 404, prepare: waitForSuggestions },
    );
    const visited = await visit(`/kinds/${segment(`${XSS_KIND}z`)}`, { status: 404, prepare: waitForSuggestions });
    assertShows('the suggestion', visited.report, [XSS_KIND]);
    await visited.page.close();
  });

  it('the OpenAPI tab (Swagger UI on the slice) shows hostile descriptions, enums, defaults and examples inert', async () => {
    const problems: string[] = [];
    for (const where of [
      '/apis/hostile.atlas.test/v1/payloads',
      '/apis/hostile.atlas.test/v1',
      `/apis/names.hostile.atlas.test/v1/${segment(XSS_PLURAL)}`,
      '/apis/bidi.hostile.atlas.test/v1/mirrors',
    ]) {
      const visited = await visit(where, {
        prepare: async (page) => {
          await new OpenApiTabObject(page).open();
          // Every operation, and the models section with its nested models a few levels down (each
          // click renders the next level folded), so that descriptions, enums and defaults are shown.
          for (const summary of await page.locator('#panel-openapi .opblock-summary-control').all()) await summary.click();
          await page.locator('#panel-openapi .models-control').click();
          await page.evaluate(EXPAND_MODELS);
        },
      });
      // Known and left alone: Swagger UI shows a field's enum values as one text ("Enum: [ a, b ]"), so an
      // override in one value reverses the rest of that list (the list only: the field's other lines keep
      // their order). Every other check holds for the tab.
      const swaggerEnumList = (problem: string) => problem.includes('a direction override') && problem.includes('<span.prop-enum>');
      problems.push(...hostileProblems(`${where} (OpenAPI tab)`, visited).filter((problem) => !swaggerEnumList(problem)));
      // Descriptions reach Swagger UI as Markdown text (lib/openapi/markdown-text.ts): no element of their own
      // making but links of plain http(s) URLs (no images loading from anywhere, headings, inputs or buttons).
      const made = await visited.page
        .locator(
          '#panel-openapi :is(.markdown, .renderedMarkdown) :is(img, h1, h2, h3, h4, h5, h6, input, button, textarea, form, iframe, svg, table)',
        )
        .count();
      assert.equal(made, 0, `${where}: elements rendered from description markup in the OpenAPI tab`);
      for (const href of await visited.page
        .locator('#panel-openapi :is(.markdown, .renderedMarkdown) a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
        assert.match(href, /^https?:\/\//, `${where}: a link in a description`);
      const panel = await visited.page.locator('#panel-openapi').innerText();
      if (where === '/apis/hostile.atlas.test/v1/payloads') {
        for (const text of [SCRIPT, '<b>bold</b>', '<svg onload=window.__pwned=1>'])
          assert.ok(panel.includes(text), `the OpenAPI tab shows ${text} as text: ${panel.slice(0, 300)}`);
      }
      await visited.page.close();
    }
    assert.deepEqual(problems, []);
  });

  it('a malformed fragment in the address does not break the field tree', async () => {
    const visited = await visit('/apis/hostile.atlas.test/v1/payloads#spec.%E0%A4%A');
    assertInert('a malformed fragment', visited);
    await visited.page.close();
  });
});
