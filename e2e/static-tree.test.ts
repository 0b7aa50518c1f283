/**
 * The schema tree is server-rendered HTML that React neither ships twice nor
 * hydrates (issue 13, "Speed"): the Pod page carries each field description
 * once, a click folds the tree before any script has run, and a schema
 * nested 250 levels deep renders without a hydration error (issue 17 item 10).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parseCrdYaml } from '../lib/crd/parse';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../test-support/fixtures';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { startHeldBackProxy } from './support/held-back-proxy';
import { startLiveSite, type LiveSite } from './support/live-site';
import { holdScripts, ResourcePageObject, SearchBoxObject } from './support/pages';

const browser = browserForFile();

/** A Pod field's description (spec.initContainers), long enough to be unique in the page. */
const POD_DESCRIPTION = 'List of initialization containers belonging to the pod.';

/** The inlined RSC payload of a page: the text of its `self.__next_f.push(…)` scripts. */
function rscPayload(html: string): string {
  return [...html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

for (const site of sitesUnderTest()) {
  describe(`The schema tree is plain server-rendered HTML (${site.name})`, () => {
    it('the Pod page carries a field description once: in the HTML, not again in the RSC payload', async () => {
      const html = await (await fetch(pageUrl(site, '/api/v1/pods'))).text();
      assert.equal(html.split(POD_DESCRIPTION).length - 1, 1);
      const payload = rscPayload(html);
      assert.ok(payload.length > 0, 'the page has an RSC payload');
      assert.equal(payload.includes('initialization containers'), false);
      // The operations and the parameter list are not in the payload either.
      assert.equal(payload.includes('listCoreV1NamespacedPod'), false);
      assert.equal(payload.includes('section-parameters'), false);
      // Nor the early-anchor script: the page has it once, in <head> (components/layout/early-anchor-script.client.ts).
      assert.equal(html.split('new MutationObserver').length - 1, 1);
      assert.equal(payload.includes('MutationObserver'), false);
    });

    it("the site's styles are inline in <head>, once: no stylesheet request before the first paint", async () => {
      const html = await (await fetch(pageUrl(site, '/api/v1/pods'))).text();
      const head = html.slice(0, html.indexOf('</head>'));
      assert.equal(/<link[^>]*rel="stylesheet"/.test(html), false);
      assert.match(head, /<style data-stylesheet="site">[^<]*\.field-tree/);
      assert.match(head, /<style data-stylesheet="clusters">/);
      // Not again in the RSC payload: it names the stylesheet by a key.
      assert.equal(rscPayload(html).includes('.field-tree'), false);
      const { page, errors } = await openPage(browser());
      const stylesheets: string[] = [];
      page.on('request', (request) => void (request.resourceType() === 'stylesheet' && stylesheets.push(request.url())));
      await page.goto(pageUrl(site, '/api/v1/pods'));
      assert.equal(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).position), 'sticky');
      assert.deepEqual(stylesheets, []);
      // A not-found page too, which React renders afresh in the browser: the styles survive it.
      const response = await page.goto(pageUrl(site, '/apis/no.such.group/v1'));
      assert.equal(response?.status(), 404);
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
      // Inline (kept from the page) or, where Next.js renders the page from its payload alone, linked (app/styles/[file]).
      const sheets = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLStyleElement | HTMLLinkElement>('[data-stylesheet]')].map((s) => s.sheet?.cssRules.length ?? 0),
      );
      assert.equal(sheets.length, 2);
      assert.ok(
        sheets.every((rules) => rules > 10),
        `stylesheets after hydration: ${sheets.join(', ')} rules`,
      );
      assert.equal(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).position), 'sticky');
      // The 404 itself is the one console error (the CSP violation an empty <style> would cause fails the file: support/browser.ts).
      assert.deepEqual(
        errors.filter((e) => !/status of 404/.test(e)),
        [],
      );
      await page.close();
    });
    it('the text keeps to the type scale: few font faces for the first layout to look up', async () => {
      // Each family, size and weight laid out is a font lookup of its own in a fresh renderer; nested em
      // sizes made 34 on the Pod page (app/site.inline-css, --text-*).
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods'));
      const faces = await page.evaluate(() => {
        const seen = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const element = text.parentElement;
          if (!text.textContent?.trim() || !element?.getClientRects().length) continue;
          const style = getComputedStyle(element);
          seen.add(`${style.fontFamily.split(',')[0]} ${style.fontSize} ${style.fontWeight}`);
        }
        return [...seen].sort();
      });
      assert.ok(faces.length <= 16, `${faces.length} font faces: ${faces.join('; ')}`);
      assert.equal(
        faces.some((face) => / 700$/.test(face)),
        false,
        'bold is 600 throughout',
      );
      await page.close();
    });

    it('the first screen needs no fallback font: every character is in the fonts of its two families', async () => {
      // A character the page's fonts lack (the header's ⎈ was one) sends Chromium searching every installed
      // font for it, in the first layout of every page: ~5-10 ms in a fresh renderer, measured.
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods#verb-list'));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      await page.evaluate(async () => {
        // What a first layout meets: the page up to its subresources, and one sample of each family.
        const end = document.getElementById('section-subresources');
        for (const element of document.body.querySelectorAll('*')) {
          if (end && end.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) break;
          element.setAttribute('data-font-probe', '');
        }
        for (const family of ['var(--font)', 'var(--mono)']) {
          const sample = document.body.appendChild(document.createElement('span'));
          sample.textContent = 'Sample text 0123';
          sample.style.fontFamily = family;
          sample.setAttribute('data-font-sample', '');
        }
        // The fonts of a node are those its last layout used: let the samples be laid out and drawn.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const fontsOf = async (selector: string) => {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
        const families = new Set<string>();
        for (const nodeId of nodeIds) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          for (const font of fonts) families.add(font.familyName);
        }
        return { families, nodes: nodeIds.length };
      };
      const expected = await fontsOf('[data-font-sample]');
      const used = await fontsOf('[data-font-probe]');
      assert.ok(used.nodes > 300, `${used.nodes} elements probed`);
      assert.equal(expected.families.size, 2, [...expected.families].join(', '));
      assert.deepEqual(
        [...used.families].filter((family) => !expected.families.has(family)),
        [],
      );
      await page.close();
    });

    it('the field tree and the subresources are not laid out while far below the screen', async () => {
      // content-visibility: auto (app/site.inline-css) keeps them out of the first layout, which a deep
      // link's early scroll forces; they render as they near the viewport, and a deep link into them lands.
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods#verb-list'));
      const rendered = (selector: string) => page.locator(selector).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
      assert.equal(await rendered('#apiVersion'), false);
      assert.equal(await rendered('#subresource-status > h3'), false);
      assert.equal(await rendered('#verb-list'), true);
      await page.locator('#section-schema').evaluate((heading) => heading.scrollIntoView());
      await page.waitForFunction(() => document.getElementById('apiVersion')?.checkVisibility({ contentVisibilityAuto: true }));
      await page.close();
      // A deep link into the tree, in a closed <details> past the skipped subresources, still lands.
      const deep = (await openPage(browser())).page;
      await deep.goto(pageUrl(site, '/api/v1/pods#spec.containers'));
      await deep.waitForFunction(() => {
        const box = document.getElementById('spec.containers')?.getBoundingClientRect();
        return box !== undefined && box.height > 0 && box.top >= 0 && box.top < innerHeight / 2;
      });
      await deep.close();
    });

    it("a deep link's target is in view while the rest of the page is still on its way", async () => {
      // Chromium alone scrolls to a URL's fragment only once the document is parsed (lib/site/early-anchor.ts).
      const target = new URL(pageUrl(site, '/api/v1/pods#verb-list'));
      const proxy = await startHeldBackProxy(target.origin, target.pathname, 'id="section-subresources"');
      const { page, errors } = await openPage(browser());
      try {
        await page.goto(`${proxy.origin}${target.pathname}${target.hash}`, { waitUntil: 'commit' });
        const early = await page.waitForFunction(
          () => {
            const box = document.getElementById('verb-list')?.getBoundingClientRect();
            return box && box.top >= 0 && box.top < innerHeight ? { top: box.top, state: document.readyState } : false;
          },
          undefined,
          { timeout: 10_000 },
        );
        const { top, state } = (await early.jsonValue()) as { top: number; state: string };
        assert.equal(state, 'loading', 'the rest of the page is still held back');
        proxy.release();
        await page.waitForLoadState('load');
        // Still in view once the rest is in (the browser's own scroll at the end of parsing lands on the same place;
        // once, in CI, the target sat 31 px lower after load, so the check is "in view", not the exact pixel).
        const after = await page.locator('#verb-list').evaluate((element) => element.getBoundingClientRect().top);
        assert.ok(after >= 0 && after < (await page.evaluate(() => innerHeight)) / 2, `#verb-list at ${after} px after load, ${top} px before`);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        await proxy.close();
      }
    });

    it("a deep link's target the page so far ends just below: as far as it goes, then to the top as more arrives", async () => {
      // The first part ends right after the first list operation: too little below #verb-list to bring it to the top.
      const target = new URL(pageUrl(site, '/api/v1/pods#verb-list'));
      const proxy = await startHeldBackProxy(target.origin, target.pathname, ['listCoreV1PodForAllNamespaces', 'id="section-subresources"']);
      const { page, errors } = await openPage(browser());
      const where = () =>
        page.evaluate(() => ({
          top: Math.round(document.getElementById('verb-list')?.getBoundingClientRect().top ?? -1),
          state: document.readyState,
        }));
      try {
        await page.goto(`${proxy.origin}${target.pathname}${target.hash}`, { waitUntil: 'commit' });
        await page.waitForFunction(() => scrollY > 0, undefined, { timeout: 10_000 });
        const short = await where();
        assert.equal(short.state, 'loading');
        assert.ok(short.top > 120, `#verb-list at ${short.top} px: the page so far is too short to bring it to the top`);
        proxy.release();
        // The header is 7.5rem (120 px) high: scroll-padding-top puts a target right below it.
        await page.waitForFunction(() => Math.round(document.getElementById('verb-list')!.getBoundingClientRect().top) === 120, undefined, {
          timeout: 10_000,
        });
        assert.equal((await where()).state, 'loading', 'at the top before the rest of the page is in');
        proxy.release();
        await page.waitForLoadState('load');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        await proxy.close();
      }
    });

    it("Next.js's scripts start after the first screen (scripts/deferred-hydration.cjs), and the page hydrates", async () => {
      const html = await (await fetch(pageUrl(site, '/api/v1/pods'), { headers: { accept: 'text/html' } })).text();
      assert.equal(/<script\b[^>]*\/_next\/static\/chunks\/[^>]*\basync\b/.test(html), false, 'an async chunk script is left');
      assert.match(html, /__atlasDeferScript\("[^"]*\/_next\/static\/chunks\/[^"]+\.js"\)/);
      const { page, errors } = await openPage(browser());
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => ((window as { __parsedAt?: number }).__parsedAt = performance.now())),
      );
      await page.goto(pageUrl(site, '/api/v1/pods#verb-list'));
      await new SearchBoxObject(page).ready();
      const timing = await page.evaluate(() => {
        const chunks = performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' && entry.name.includes('/_next/static/chunks/'));
        return { parsed: (window as { __parsedAt?: number }).__parsedAt ?? Number.NaN, chunks: chunks.map((c) => c.startTime) };
      });
      assert.ok(timing.chunks.length >= 3, `chunk scripts requested: ${timing.chunks.length}`);
      assert.ok(
        timing.chunks.every((start) => start >= timing.parsed),
        `chunk requests at ${timing.chunks.map(Math.round).join(', ')} ms, document parsed at ${Math.round(timing.parsed)} ms`,
      );
      // The deep link landed, and the hydrated page works: the search box answers.
      assert.ok(await page.evaluate(() => window.scrollY > 0));
      await page.keyboard.press('/');
      await page.keyboard.type('podspec');
      await page.locator('#search-results [role="option"]').first().waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a click unfolds a field before any script ran, and hydration keeps it unfolded', async () => {
      const { page, errors } = await openPage(browser());
      // Hold the page's scripts back until the click is done.
      const release = await holdScripts(page);
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'), { waitUntil: 'domcontentloaded' });
      const deployment = new ResourcePageObject(page);
      assert.equal(await page.locator('.field-tree .explain').count(), 0, 'not hydrated yet');
      await deployment.unfold('spec');
      await deployment.fieldSummary('spec.replicas').waitFor({ state: 'visible' });
      release();
      // Hydrated: the explain lines are added by the tree's client leaf.
      await page.locator('.fields > li[id="spec.replicas"] .explain code').waitFor({ state: 'attached' });
      assert.equal(await deployment.isUnfolded(deployment.fieldSummary('spec.replicas')), true);
      assert.equal(await page.locator('.fields > li[id="spec.replicas"] .explain code').innerText(), 'kubectl explain deployment.spec.replicas');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('hydration moves nothing: the explain lines go where the page kept room for them', async () => {
      // A click lands where the pointer went down only if the page does not shift under it while the scripts start.
      const { page, errors } = await openPage(browser());
      const release = await holdScripts(page);
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'), { waitUntil: 'domcontentloaded' });
      const deployment = new ResourcePageObject(page);
      await deployment.unfold('spec');
      await deployment.unfold('spec.template');
      const layout = () =>
        page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          // Fields with a description, without one, folded objects, and what follows the tree.
          positions: ['spec.replicas', 'spec.paused', 'spec.selector', 'spec.template.metadata', 'spec.template.spec', 'status']
            .map((id) => document.getElementById(id)!.getBoundingClientRect())
            .concat(document.querySelector('.prev-next')!.getBoundingClientRect())
            .map((box) => [box.top + scrollY, box.height]),
        }));
      const before = await layout();
      release();
      await page.locator('.fields > li[id="spec.paused"] .explain code').waitFor({ state: 'attached' });
      assert.deepEqual(await layout(), before);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a deep link to a field folded in a closed <details> lands before any script of the page has loaded', async () => {
      // The early scroll (lib/site/early-anchor.ts) opens the field's ancestors, as the browser does for a
      // fragment. It used to scroll to the folded field, which moved nothing but cancelled the browser's own
      // scroll: the page stayed at its top until FieldTreeTools ran.
      const { page, errors } = await openPage(browser());
      const release = await holdScripts(page);
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments#spec.template.spec.containers.image'));
      const box = (await page.locator('[id="spec.template.spec.containers.image"]').boundingBox())!;
      assert.ok(box.y > 0 && box.y < page.viewportSize()!.height / 2, `the field is at ${box.y}px`);
      assert.equal(await page.locator('[id="spec.template.spec.containers"] > details').getAttribute('open'), '');
      release();
      await page.locator('[id="spec.template.spec.containers.image"] .explain code').waitFor({ state: 'attached' });
      assert.deepEqual(errors, []);
      await page.close();
    });

    it("before the scripts, a targeted field's highlight covers its summary, not the room kept for its explain line", async () => {
      const { page, errors } = await openPage(browser());
      const release = await holdScripts(page);
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments#spec.replicas'));
      const summary = page.locator('.fields > li[id="spec.replicas"] > :first-child');
      const box = (await summary.boundingBox())!;
      const inSummary = await pixelAt(page, box.x + box.width - 20, box.y + 8);
      const inRoom = await pixelAt(page, box.x + box.width - 20, box.y + box.height - 8);
      assert.notDeepEqual(inSummary, inRoom, `highlight ${inSummary.join(',')} also in the kept room`);
      release();
      await page.locator('.fields > li[id="spec.replicas"] .explain code').waitFor({ state: 'attached' });
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

/** The colour of one pixel of the page as drawn (RGBA), read back through a canvas. */
async function pixelAt(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, png.toString('base64'));
}

/** A CRD whose spec nests `levels` objects: spec.level1.level2…levelN.leaf. */
function deepCrd(levels: number) {
  let inner: Record<string, unknown> = { type: 'object', description: 'The innermost object.', properties: { leaf: { type: 'string' } } };
  for (let i = levels; i >= 1; i--)
    inner = { type: 'object', description: i === 1 ? 'The spec.' : `Level ${i - 1}.`, properties: { [`level${i}`]: inner } };
  const crd = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'deeps.nesting.atlas.test' },
    spec: {
      group: 'nesting.atlas.test',
      scope: 'Namespaced',
      names: { plural: 'deeps', singular: 'deep', kind: 'Deep', listKind: 'DeepList' },
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', properties: { spec: inner } } },
        },
      ],
    },
  };
  return parseCrdYaml(JSON.stringify(crd), 'deeps.nesting.atlas.test.json');
}

describe('A schema nested 250 levels deep (live server)', () => {
  let api: ApiServerDouble;
  let live: LiveSite;
  before(async () => {
    api = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
    api.installCrds(deepCrd(250));
    live = await startLiveSite({ ATLAS_SERVER_URL: api.url });
  });
  after(async () => {
    await live?.stop();
    await api?.close();
  });

  it('renders the resource page with no hydration error, the tree as the server wrote it, and links the levels below', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${live.url}/apis/nesting.atlas.test/v1/deeps`, { waitUntil: 'load' });
    // Hydrated (the explain lines are in), with no error of React or the page.
    await page.locator('.field-tree .explain').first().waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
    // Every field is where the server put it: nested in its parent's list, not moved up by the HTML parser.
    const misplaced = await page.evaluate(
      () =>
        [...document.querySelectorAll('.fields > li[id]')].filter((li) => {
          const parent = li.parentElement?.closest('.fields > li[id]');
          return parent ? !li.id.startsWith(`${parent.id}.`) : li.id.includes('.');
        }).length,
    );
    assert.equal(misplaced, 0);
    // The deepest level the page shows links to the field view that shows the rest.
    const link = page.locator('.field-stop a[data-view-link]').first();
    const href = (await link.getAttribute('href')) ?? '';
    assert.match(href, /\/apis\/nesting\.atlas\.test\/v1\/deeps\/fields\/spec\.level1\.level2\./);
    await page.goto(new URL(href, live.url).href);
    await page.locator('.field-tree .explain').first().waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a deep link 150 levels down lands on its field, through two field views', async () => {
    const { page, errors } = await openPage(browser());
    // (lib/crd publishes a CRD schema down to 200 levels: the site shows what the API server publishes.)
    const path = `spec.${Array.from({ length: 150 }, (_, i) => `level${i + 1}`).join('.')}`;
    await page.goto(`${live.url}/apis/nesting.atlas.test/v1/deeps#${path}`);
    try {
      await page.waitForFunction((id) => document.querySelector('.field-targeted')?.id === id, path, { timeout: 30_000 });
    } catch (error) {
      throw new Error(`did not land on ${path}; at ${page.url()}`, { cause: error });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
