import type { Locator, Page } from 'playwright-core';

/** Page object for a resource page (`/apis/apps/v1/deployments`). */
export class ResourcePageObject {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.locator('main h1');
  }

  /** The field with this dotted path, as rendered in the schema tree. */
  field(path: string): Locator {
    return this.page.locator(`li.field[id="${path}"]`);
  }

  fieldSummary(path: string): Locator {
    return this.field(path).locator(':scope > details > summary, :scope > .field-leaf > .field-summary').first();
  }

  fieldDescription(path: string): Locator {
    return this.field(path).locator(':scope > details > .field-body > .desc, :scope > .field-leaf > .field-body > .desc').first();
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
