import { PageFrame } from '@/components/layout/Sidebar';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { MethodBadge } from '@/components/ui/Badges';
import { Description } from '@/components/ui/Description';
import { ENDPOINT_CATEGORY_TITLES } from '@/lib/model/endpoints';
import type { ApiModel, EndpointCategory } from '@/lib/model/types';

const ORDER: EndpointCategory[] = ['version', 'oidc', 'logs', 'health', 'openapi', 'other', 'discovery'];

/** `/endpoints`: the non-resource endpoints, by category. */
export function EndpointsPage({ model }: { model: ApiModel }) {
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'endpoints' }]} />
      <h1>Non-resource endpoints</h1>
      <p className="lede">Paths the API server serves outside the resource API, as its OpenAPI document lists them.</p>
      {ORDER.map((category) => {
        const endpoints = model.endpoints.filter((e) => e.category === category);
        if (endpoints.length === 0) return null;
        return (
          <section key={category} id={`category-${category}`}>
            <h2>{ENDPOINT_CATEGORY_TITLES[category]}</h2>
            {endpoints.map((endpoint) => (
              <div key={endpoint.path} className="endpoint" id={`endpoint-${endpoint.path}`}>
                {endpoint.operations.map((op) => (
                  <details key={op.method} className="op">
                    <summary>
                      <MethodBadge method={op.method} />
                      <code className="op-path">{op.path}</code>
                      {op.operationId ? <span className="op-id">{op.operationId}</span> : null}
                    </summary>
                    <div className="op-body">
                      <Description text={op.description} />
                      {op.parameters.length > 0 ? (
                        <ul>
                          {op.parameters.map((p) => (
                            <li key={`${p.in}:${p.name}`}>
                              <code>{p.name}</code> ({p.in}, {p.type}){p.description ? `: ${p.description}` : ''}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <p className="muted small">Produces: {op.produces.join(', ') || '—'}</p>
                    </div>
                  </details>
                ))}
              </div>
            ))}
          </section>
        );
      })}
    </PageFrame>
  );
}
