'use client';

import { useState } from 'react';

/** Copies with the Clipboard API, or through a selected textarea where it is missing (plain http, older browsers). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** Shows "Copied" on a button for a moment (buttons outside React: delegated listeners). */
export function flashCopied(button: HTMLElement): void {
  button.textContent = 'Copied';
  button.dataset.copied = '';
  setTimeout(() => {
    button.textContent = 'Copy';
    delete button.dataset.copied;
  }, 1500);
}

/**
 * A small Copy button. Copies `text`, or the text of the element with id
 * `target` (so a server-rendered example is not sent twice: once as HTML,
 * once as this component's props).
 */
export function CopyButton({ text, target, label = 'Copy' }: { text?: string; target?: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={label === 'Copy' ? undefined : label}
      data-copied={copied ? '' : undefined}
      onClick={() => {
        const value = text ?? (target ? (document.getElementById(target)?.textContent ?? '') : '');
        void copyText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
