import type { ReactNode } from 'react';
import type { ServedWhereView } from '@/lib/served-route';
import { ServedMatrixTable } from './ServedMatrixTable';

export const SERVED_WHERE_ID = 'section-served-where';

/** The "Served by clusters" section of a kind, group or resource page. */
export function ServedWhereSection({ view, what }: { view: ServedWhereView | undefined; what: ReactNode }) {
  if (!view) return null;
  return (
    <>
      <h2 id={SERVED_WHERE_ID}>Served by clusters</h2>
      <p className="muted small">
        Which configured cluster serves {what} at which version. Each cell opens that page on that cluster; compare opens the comparison with this
        cluster.
      </p>
      <ServedMatrixTable matrix={view.matrix} primary={view.primary} current={view.current} />
    </>
  );
}
