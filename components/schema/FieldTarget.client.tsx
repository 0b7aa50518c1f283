'use client';

import { useEffect } from 'react';
import { decodeUriText } from '@/lib/site/decode';

/** The fragment as text (a malformed %-escape is kept as written). */
function decodeFragment(hash: string): string {
  return decodeUriText(hash.replace(/^#/, ''));
}

/**
 * The field a deep link names, or where to go to see it. A path this page
 * does not show (below a definition shown elsewhere, or past the page's
 * field budget) is below some field that links to the view showing its
 * children at their own paths (`data-view`): go there, with the same fragment.
 */
function resolveTarget(path: string): { element: HTMLElement } | { href: string } | undefined {
  const direct = document.getElementById(path);
  if (direct) return { element: direct };
  const segments = path.split('.');
  for (let i = segments.length - 1; i > 0; i--) {
    const ancestor = document.getElementById(segments.slice(0, i).join('.'));
    if (!ancestor) continue;
    // The nearest field this page shows: a stop links to its view; a leaf or an expanded object means no such field.
    // (A field with a stop is a leaf here: its stop line is a child of its <li>, field-tree-html.ts.)
    const link = ancestor.querySelector<HTMLAnchorElement>(':scope > .field-stop > a[data-view-link]');
    return link ? { href: `${link.href.split('#')[0]}#${path}` } : undefined;
  }
  return undefined;
}

/**
 * Makes field deep links land: opens the target's folded ancestors and the
 * target itself, or goes to the field view that shows the path at its own
 * place. Browsers open ancestors on their own; this covers the rest.
 */
function reveal(): void {
  if (!location.hash) return;
  const path = decodeFragment(location.hash);
  const found = resolveTarget(path);
  if (!found) return;
  if ('href' in found) {
    location.replace(found.href);
    return;
  }
  const target = found.element;
  for (let node: HTMLElement | null = target; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  const own = target.querySelector(':scope > details');
  if (own instanceof HTMLDetailsElement) own.open = true;
  document.querySelectorAll('.field-targeted').forEach((el) => el.classList.remove('field-targeted'));
  target.classList.add('field-targeted');
  target.scrollIntoView({ block: 'start' });
}

export function FieldTarget() {
  useEffect(() => {
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);
  return null;
}
