import type { SourceStatus } from '@/lib/sources/types';

/** `2026-11-21T07:15:04.123Z` → `2026-11-21 07:15:04 UTC`: readable, and the same on server and client. */
function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')}</time>;
}

/** Shown above every page while a live source serves its last good copy. */
export function StaleBanner({ status }: { status: SourceStatus }) {
  if (!status.stale) return null;
  return (
    <div className="callout callout-warning stale-banner" role="status" data-stale-since={status.stale.since}>
      <strong>
        Stale since <Time iso={status.stale.since} />.
      </strong>{' '}
      {status.location} could not be refreshed, so this is the last good copy, confirmed at <Time iso={status.stale.lastGood} />. Reason:{' '}
      {status.stale.reason}
    </div>
  );
}

/** Hints per failure, from the message the transport wrote (401/403, TLS, unreachable, timeout). */
function hint(error: string): string | undefined {
  if (/HTTP 401/.test(error))
    return 'The server did not accept the credentials: check the token, client certificate or credential plugin of this kubeconfig user.';
  if (/HTTP 403/.test(error))
    return 'The credentials were accepted but this user may not read discovery or /openapi/v2: grant it get on those non-resource URLs (the system:discovery role).';
  if (/TLS verification/.test(error))
    return "The server's certificate is not signed by the certificate authority named above: check certificate-authority(-data) in the kubeconfig.";
  if (/timed out/.test(error)) return 'The server took longer than ATLAS_TIMEOUT_SECONDS to answer.';
  if (/cannot reach/.test(error)) return 'Nothing answered at that address: check the server URL, and that kubectl proxy or the cluster is running.';
  return undefined;
}

/** Replaces the page when the primary source never loaded: names the source and why. */
export function SourceFailure({ status }: { status: SourceStatus }) {
  const message = status.error ?? 'the source could not be loaded';
  const advice = hint(message);
  return (
    <>
      <h1>Cannot load the API from {status.location}</h1>
      <div className="callout callout-error source-failure" role="alert">
        <p>{message}</p>
        {advice ? <p>{advice}</p> : null}
      </div>
      <p className="muted small">
        {status.name === 'configuration' ? 'Correct the environment and restart the site.' : 'The site tries again on the next request.'}{' '}
        Configuration is described in the README (Live clusters).
      </p>
    </>
  );
}
