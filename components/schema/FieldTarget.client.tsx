'use client';

import { useEffect } from 'react';
import { decodeUriText } from '@/lib/site/decode';

/**
 * Makes field deep links land: opens the target's folded ancestors and the
 * target itself, and follows "same fields as" links, so that
 * `#spec.initContainers.image` reaches `spec.containers.image`, which the
 * tree shows once. Browsers open ancestors on their own; this covers the rest.
 */
/** The fragment as text (a malformed %-escape is kept as written). */
function decodeFragment(hash: string): string {
  return decodeUriText(hash.replace(/^#/, ''));
}

function resolveTarget(hash: string): HTMLElement | null {
  let path = decodeFragment(hash);
  for (let hop = 0; hop < 16 && path; hop++) {
    const direct = document.getElementById(path);
    if (direct) return direct;
    const segments = path.split('.');
    let rewritten: string | undefined;
    for (let i = segments.length - 1; i > 0; i--) {
      const prefix = segments.slice(0, i).join('.');
      const alias = document.getElementById(prefix)?.getAttribute('data-stop');
      if (alias !== null && alias !== undefined) {
        rewritten = [alias, ...segments.slice(i)].filter(Boolean).join('.');
        break;
      }
    }
    if (!rewritten || rewritten === path) return null;
    path = rewritten;
  }
  return null;
}

function reveal(): void {
  if (!location.hash) return;
  const target = resolveTarget(location.hash);
  if (!target) return;
  for (let node: HTMLElement | null = target; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  const own = target.querySelector(':scope > details');
  if (own instanceof HTMLDetailsElement) own.open = true;
  if (target.id !== decodeFragment(location.hash)) history.replaceState(null, '', `#${target.id}`);
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
