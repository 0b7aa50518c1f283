/**
 * Copying text to the clipboard, for the site's one Copy listener (CopyTargets).
 */

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
