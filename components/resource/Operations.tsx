import { AppLink } from '@/components/ui/AppLink';
import { MethodBadge } from '@/components/ui/Badges';
import { Description } from '@/components/ui/Description';
import { definitionPath } from '@/lib/site/urls';
import type { ApiOperation, ApiParameter } from '@/lib/model/types';
import type { ParameterGlossaryEntry, VerbOperations } from '@/lib/model/verbs';

function TypeRef({ type, definition }: { type?: string; definition?: string }) {
  if (!type) return null;
  return definition ? (
    // No title: the href already carries the full definition name (shown on hover), once per response.
    <AppLink href={definitionPath(definition)}>{type}</AppLink>
  ) : (
    <>{type}</>
  );
}

const LOCATIONS: ReadonlyArray<ApiParameter['in']> = ['path', 'query', 'body', 'header', 'formData'];

/** Where a parameter's type and description are: its entry in the site's parameter list (/parameters). */
export type ParameterHref = (p: ApiParameter) => string;

/** An operation's parameters, one line per location, each linking to where it is described (once). */
function ParameterLine({ parameters, hrefOf }: { parameters: readonly ApiParameter[]; hrefOf: ParameterHref }) {
  if (parameters.length === 0) return null;
  return (
    <dl className="op-params">
      {LOCATIONS.map((location) => {
        const here = parameters.filter((p) => p.in === location);
        if (here.length === 0) return null;
        return (
          <div key={location}>
            <dt>{location}</dt>
            <dd>
              {here.map((p) => (
                // No <code> inside: .op-params a sets the monospace font (a Pod page has ~280 of these links).
                <AppLink key={p.name} href={hrefOf(p)}>
                  {p.name}
                  {p.required && location !== 'path' ? <span className="field-required">*</span> : null}
                  {location === 'body' ? (
                    <>
                      {' '}
                      (<bdi>{p.type}</bdi>)
                    </>
                  ) : null}
                </AppLink>
              ))}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Operation({ operation, watchQuery, hrefOf }: { operation: ApiOperation; watchQuery: boolean; hrefOf: ParameterHref }) {
  return (
    <details className="op">
      <summary>
        <MethodBadge method={operation.method} />
        <code className="op-path">
          {operation.path}
          {watchQuery ? '?watch=true' : ''}
        </code>
        {operation.deprecatedWatchPath ? <span className="tag tag-deprecated">deprecated path</span> : null}
        {operation.operationId ? <span className="op-id">{operation.operationId}</span> : null}
      </summary>
      <div className="op-body">
        <Description text={operation.description} />
        {operation.action ? (
          <p className="muted small">
            <code>x-kubernetes-action: {operation.action}</code>
          </p>
        ) : null}
        <ParameterLine parameters={operation.parameters} hrefOf={hrefOf} />
        {operation.responses.length > 0 ? (
          <ul className="responses">
            {operation.responses.map((r) => (
              <li key={r.code}>
                <code>{r.code}</code> {r.description}{' '}
                {r.type ? (
                  <>
                    → <TypeRef type={r.type} definition={r.definition} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}

/** Verbs with the HTTP operations that implement them; paths are visible without expanding. */
export function OperationsByVerb({
  verbs,
  hrefOf,
  idPrefix = 'verb',
}: {
  verbs: readonly VerbOperations[];
  hrefOf: ParameterHref;
  idPrefix?: string;
}) {
  return (
    <div className="verb-blocks">
      {verbs.map(({ verb, operations }) => (
        <div key={verb} className="verb-block" id={`${idPrefix}-${verb}`}>
          <h3>
            <span className="verb">{verb}</span>
          </h3>
          {operations.length === 0 ? (
            <p className="muted small">Listed by discovery; the OpenAPI document has no operation for it.</p>
          ) : (
            operations.map(({ operation, watchQuery }) => (
              <Operation key={`${operation.method} ${operation.path} ${watchQuery}`} operation={operation} watchQuery={watchQuery} hrefOf={hrefOf} />
            ))
          )}
        </div>
      ))}
    </div>
  );
}

/** Each distinct parameter, once, with its description (the /parameters page). */
export function ParameterGlossary({ entries }: { entries: readonly ParameterGlossaryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <dl className="glossary">
      {entries.map(({ id, parameter }) => (
        // Styled as .glossary > div: a class here is ~20 bytes per entry for nothing.
        <div key={id} id={id}>
          <dt>
            <code>{parameter.name}</code>{' '}
            <span className="muted small">
              ({parameter.in}, <TypeRef type={parameter.type} definition={parameter.definition} />)
            </span>
          </dt>
          <dd>
            <Description text={parameter.description} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
