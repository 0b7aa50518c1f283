'use client';

/** Shown when a page fails to render: the message names the failing source (see AtlasError). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>This page could not be shown</h1>
      <div className="callout callout-error" role="alert">
        <p>{error.message || 'An unexpected error occurred while rendering this page.'}</p>
        {error.digest ? <p className="muted small">Reference: {error.digest} (details are in the server log).</p> : null}
      </div>
      <button type="button" className="theme-toggle" onClick={reset}>
        Try again
      </button>
    </>
  );
}
