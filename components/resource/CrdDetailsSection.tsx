import { AppLink } from '@/components/ui/AppLink';
import type { CrdDetails, CrdDetailsState, CrdVersionDetails } from '@/lib/crd/details';
import { crdDetailsKey } from '@/lib/crd/details';
import { resourcePath } from '@/lib/site/urls';

/** The details of a resource's CRD, when the source knows them. */
export function crdDetailsOf(state: CrdDetailsState | undefined, group: string, plural: string): CrdDetails | undefined {
  return state?.state === 'known' ? state.byResource[crdDetailsKey(group, plural)] : undefined;
}

/** What `kubectl get` prints as its header: NAME, then the printer columns (priority 0; all with `-o wide`); NAME and AGE when the CRD sets none. */
function kubectlGetHeader(version: CrdVersionDetails, wide: boolean): string {
  if (version.printerColumns.length === 0) return 'NAME   AGE';
  const shown = version.printerColumns.filter((c) => wide || c.priority === 0);
  return ['NAME', ...shown.map((c) => c.name.toUpperCase())].join('   ');
}

function VersionStatus({ version }: { version: CrdVersionDetails }) {
  return (
    <>
      {version.served ? 'served' : <span className="muted">not served</span>}
      {version.storage ? (
        <>
          {' '}
          · <strong>storage</strong>
        </>
      ) : null}
      {version.deprecated ? (
        <>
          {' '}
          · <span className="tag tag-warning">deprecated</span>
        </>
      ) : null}
    </>
  );
}

/**
 * What the resource's CustomResourceDefinition says beyond discovery and
 * OpenAPI: every version (served or not, storage, deprecation warning), the
 * columns `kubectl get` prints, selectable fields, categories, conversion.
 * A compact section of the resource page; nothing when the source does not know.
 */
export function CrdDetailsSection({ details, version }: { details: CrdDetails | undefined; version: string }) {
  if (!details) return null;
  const current = details.versions.find((v) => v.name === version);
  return (
    <section id="section-crd" data-crd={details.name}>
      <h2>Custom resource definition</h2>
      <p className="muted small">
        <code>{details.name}</code>, from {details.origin}.
      </p>
      <dl className="facts">
        <dt>storage version</dt>
        <dd>
          {details.storageVersion ? <code>{details.storageVersion}</code> : <span className="muted">none</span>} (objects are stored in etcd as this
          version and converted for the others)
        </dd>
        <dt>conversion</dt>
        <dd data-conversion={details.conversion.strategy}>
          {details.conversion.strategy === 'Webhook' ? (
            <>
              Webhook
              {details.conversion.webhook ? (
                <>
                  {' '}
                  <code>{details.conversion.webhook}</code>
                </>
              ) : null}
              {details.conversion.reviewVersions ? <> (ConversionReview {details.conversion.reviewVersions.join(', ')})</> : null}
            </>
          ) : (
            'None (versions differ only in apiVersion)'
          )}
        </dd>
        <dt>categories</dt>
        <dd>{details.categories.length > 0 ? details.categories.join(', ') : <span className="muted">none</span>}</dd>
        {current && current.selectableFields.length > 0 ? (
          <>
            <dt>selectable fields</dt>
            <dd data-selectable-fields>
              {current.selectableFields.map((f) => (
                <code key={f}>{f} </code>
              ))}
              <span className="muted small">(kubectl get --field-selector)</span>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="table-wrap">
        <table className="table crd-versions">
          <thead>
            <tr>
              <th>Version</th>
              <th>Status</th>
              <th>Deprecation warning</th>
            </tr>
          </thead>
          <tbody>
            {details.versions.map((v) => (
              <tr key={v.name} data-crd-version={v.name}>
                <td>
                  {v.served ? (
                    <AppLink href={resourcePath({ group: details.group, version: v.name, name: details.plural })}>{v.name}</AppLink>
                  ) : (
                    <code>{v.name}</code>
                  )}
                  {v.name === version ? <span className="muted small"> (this page)</span> : null}
                </td>
                <td>
                  <VersionStatus version={v} />
                </td>
                <td>{v.deprecationWarning ?? <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current ? (
        <>
          <h3 id="section-printer-columns">
            <code>kubectl get</code> columns
          </h3>
          <pre className="small" data-kubectl-get>
            {kubectlGetHeader(current, false)}
          </pre>
          {current.printerColumns.length > 0 ? (
            <div className="table-wrap">
              <table className="table printer-columns">
                <thead>
                  <tr>
                    <th>Column</th>
                    <th>Type</th>
                    <th>JSONPath</th>
                    <th>Shown</th>
                  </tr>
                </thead>
                <tbody>
                  {current.printerColumns.map((c) => (
                    <tr key={c.name}>
                      <td>{c.name}</td>
                      <td>
                        <code>{c.type}</code>
                        {c.format ? <span className="muted small"> ({c.format})</span> : null}
                      </td>
                      <td>
                        <code>{c.jsonPath}</code>
                      </td>
                      <td>{c.priority === 0 ? 'always' : <code>-o wide</code>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted small">The CRD sets no printer columns: kubectl prints the name and age.</p>
          )}
        </>
      ) : null}
    </section>
  );
}

/** Said once (home page): the source may not list CRDs, so their details are not shown. */
export function CrdDetailsNote({ state }: { state: CrdDetailsState | undefined }) {
  if (state?.state === 'forbidden') {
    return (
      <p className="muted small" data-crd-details="forbidden">
        CRD details (every version, storage version, <code>kubectl get</code> columns, conversion) need permission to list{' '}
        <code>customresourcedefinitions.apiextensions.k8s.io</code>, which this site&apos;s identity lacks ({state.message}). The ClusterRole in{' '}
        <code>deploy/base/clusterrole.yaml</code> has the rule, commented out.
      </p>
    );
  }
  if (state?.state === 'known' && state.summary) {
    return (
      <p className="muted small" data-crd-details="known">
        CRDs read: {state.summary}.
      </p>
    );
  }
  return null;
}
