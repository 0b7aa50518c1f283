import type { Locator, Page } from 'playwright-core';

/**
 * Holds the page's Next.js scripts back until the returned function is called: the page as it is before any
 * script ran (server-rendered HTML only), for a test that acts on it and then lets the scripts run.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Page object for a resource page (`/apis/apps/v1/deployments`). */
export class ResourcePageObject {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.locator('main h1');
  }

  /**
   * Unfolds a field by clicking its summary. No wait for hydration: the tree is plain server-rendered
   * HTML that React does not hydrate, so a click toggles it as soon as it is on the screen.
   */
  async unfold(path: string): Promise<void> {
    await this.field(path).locator(':scope > details > summary').click();
  }

  /** The field with this dotted path, as rendered in the schema tree (components/schema/field-tree-html.ts). */
  field(path: string): Locator {
    return this.page.locator(`.fields > li[id="${path}"]`);
  }

  /** The summary line: an object's <summary>, a leaf's first <div>. */
  fieldSummary(path: string): Locator {
    return this.field(path).locator(':scope > details > summary, :scope > div:first-child').first();
  }

  /** The first paragraph of the field's description (after its summary and, once the scripts ran, its explain line). */
  fieldDescription(path: string): Locator {
    return this.field(path).locator(':scope > details > summary ~ p:not([class]), :scope > div:first-child ~ p:not([class])').first();
  }

  verbBlock(verb: string): Locator {
    return this.page.locator(`#verb-${verb}`);
  }

  /** The operation paths listed under a verb, as shown (visible without expanding). */
  async operationPaths(verb: string): Promise<string[]> {
    return this.verbBlock(verb).locator('.op-path').allInnerTexts();
  }

  /** True when every <details> around the element is open (it may be scrolled out of view). */
  async isUnfolded(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
        if (node instanceof HTMLDetailsElement && !node.open) return false;
      }
      return el.getBoundingClientRect().height > 0;
    });
  }

  /** True when every <details> around the element is open and it is in the viewport. */
  async isRevealed(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
        if (node instanceof HTMLDetailsElement && !node.open) return false;
      }
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
    });
  }
}

/** Page object for the search box in the header of every page. */
export class SearchBoxObject {
  constructor(readonly page: Page) {}

  input(): Locator {
    return this.page.locator('.search-input');
  }

  results(): Locator {
    return this.page.locator('#search-results [role="option"]');
  }

  selected(): Locator {
    return this.page.locator('#search-results [role="option"][aria-selected="true"]');
  }

  /** Waits until the box is hydrated (it listens for `/` from then on). */
  async ready(): Promise<void> {
    await this.page.locator('.search-input[data-ready]').waitFor();
  }

  /** Presses `/`, types the query and waits for the first result. */
  async search(query: string): Promise<void> {
    await this.ready();
    await this.page.keyboard.press('/');
    await this.page.keyboard.type(query);
    await this.results().first().waitFor();
  }
}

/** Page object for the OpenAPI tab of group-version and resource pages (Swagger UI). */
export class OpenApiTabObject {
  constructor(readonly page: Page) {}

  tab(): Locator {
    return this.page.locator('#tab-openapi');
  }

  panel(): Locator {
    return this.page.locator('#panel-openapi');
  }

  /**
   * Opens the tab and waits until Swagger UI shows operations. Clicks once the page is hydrated (the header's
   * search box says so): a click before any script ran sets #openapi, which the tab follows once it runs
   * (e2e/openapi.test.ts), but one in the middle of hydration was seen lost on a live page.
   */
  async open(): Promise<void> {
    await new SearchBoxObject(this.page).ready();
    await this.tab().click();
    await this.panel().locator('.opblock').first().waitFor({ timeout: 60_000 });
  }

  /** The operation ids Swagger UI shows, in order. */
  async operationIds(): Promise<string[]> {
    return this.panel().locator('.opblock-summary-operation-id').allInnerTexts();
  }

  operation(operationId: string): Locator {
    return this.panel().locator(`.opblock:has(.opblock-summary-operation-id:text-is("${operationId}"))`);
  }

  /** Expands an operation, presses Try it out, fills parameters and executes; returns the response code and body shown. */
  async tryOut(operationId: string, parameters: Record<string, string>): Promise<{ code: string; body: string }> {
    const operation = this.operation(operationId);
    await operation.locator('.opblock-summary-control').click();
    await operation.locator('.try-out__btn').click();
    for (const [name, value] of Object.entries(parameters)) await operation.locator(`tr[data-param-name="${name}"] input`).fill(value);
    await operation.locator('.btn.execute').click();
    const live = operation.locator('.live-responses-table');
    await live.locator('.response-col_status').first().waitFor({ timeout: 30_000 });
    return {
      // The cell also says "Undocumented" for codes the document does not list.
      code: (await live.locator('tbody .response-col_status').first().innerText()).trim().split(/\s+/)[0] ?? '',
      body: await live.locator('tbody .response-col_description .microlight, tbody .response-col_description pre').first().innerText(),
    };
  }
}
