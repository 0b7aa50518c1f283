import type { ReactNode } from 'react';
import type { ServedMatrix } from '@/lib/model/served-where';
import { ServedMatrixTable } from './ServedMatrixTable';

/** What a page needs to show where its subject is served: the matrix, and whose pages these are. */
export interface ServedWhereView {
  matrix: ServedMatrix;
  primary: string;
  current: string;
}

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
