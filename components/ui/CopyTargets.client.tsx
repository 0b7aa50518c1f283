'use client';

import { useEffect } from 'react';
import { copyText, flashCopied } from './copy';

/** The attribute of a server-rendered Copy button: the id of the element whose text it copies. */
export const COPY_TARGET_ATTRIBUTE = 'data-copy-target';

function onClick(event: Event): void {
  const button = event.target instanceof Element ? event.target.closest(`button[${COPY_TARGET_ATTRIBUTE}]`) : null;
  if (!(button instanceof HTMLButtonElement)) return;
  const target = document.getElementById(button.getAttribute(COPY_TARGET_ATTRIBUTE) ?? '');
  void copyText(target?.textContent ?? '').then(() => flashCopied(button));
}

/**
 * One listener for every server-rendered Copy button of the page
 * (`<button data-copy-target=ID>`), so static sections (StaticHtml) keep
 * their Copy buttons without a client component, and its props, per block.
 */
export function CopyTargets() {
  useEffect(() => {
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
