import type { ReactNode } from 'react';

/**
 * A wide table's own horizontal scroll box, so the page never scrolls
 * sideways (a served-where matrix with ten clusters is wider than 1280 px).
 * Focusable, so the keyboard can scroll it, and labelled for screen
 * readers; the edge that hides columns shows a shadow (site.inline-css
 * `.table-wrap`). `tall`: a long table also scrolls vertically within the
 * viewport, so its horizontal scroll bar is on screen, not below hundreds
 * of rows, and its header row stays in view.
 */
export function TableScroll({ label, tall = false, children }: { label: string; tall?: boolean; children: ReactNode }) {
  return (
    <div className={tall ? 'table-wrap table-wrap-tall' : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
