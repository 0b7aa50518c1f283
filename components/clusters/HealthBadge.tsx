import type { ClusterHealth, HealthState } from '@/lib/model/served-where';

const LABEL: Record<HealthState, string> = {
  ok: 'ok',
  stale: 'stale',
  down: 'down',
  forbidden: 'forbidden',
  unknown: 'not loaded',
};

const MEANING: Record<HealthState, string> = {
  ok: 'Loaded and up to date.',
  stale: 'The cluster could not be refreshed; the last good copy is shown.',
  down: 'The cluster could not be loaded.',
  forbidden: "The cluster refused the site's credentials.",
  unknown: 'Not loaded yet: clusters load the first time one of their pages is opened.',
};

/** A cluster's health as a badge; the detail (the error, since when stale) as its title and, when asked, as text. */
export function HealthBadge({ health, showDetail = false }: { health: ClusterHealth; showDetail?: boolean }) {
  const title = [MEANING[health.state], health.detail].filter(Boolean).join(' ');
  return (
    <>
      <span className={`badge health health-${health.state}`} title={title} data-health={health.state}>
        {LABEL[health.state]}
      </span>
      {showDetail && health.detail ? <span className="muted small health-detail"> {health.detail}</span> : null}
    </>
  );
}
