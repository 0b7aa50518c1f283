import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { ParameterGlossary } from '@/components/resource/Operations';
import { StaticHtml } from '@/components/ui/StaticHtml';
import type { ApiModel, ApiParameter } from '@/lib/model/types';
import { modelParameterIndex } from '@/lib/model/verbs';

const LOCATION_TITLES: ReadonlyArray<[ApiParameter['in'], string]> = [
  ['path', 'Path parameters'],
  ['query', 'Query parameters'],
  ['body', 'Request bodies'],
  ['header', 'Headers'],
  ['formData', 'Form fields'],
];

/**
 * `/parameters`: every distinct parameter of the API's operations, once,
 * with its description. Resource pages link each operation's parameters
 * here rather than repeating the same long texts on every page.
 */
export function ParametersPage({ model }: { model: ApiModel }) {
  const { entries } = modelParameterIndex(model);
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'parameters' }]} />
      <h1>Parameters</h1>
      <p className="lede">
        The path and query parameters and request bodies of the API&apos;s operations, each distinct one once, as the OpenAPI document describes them
        ({entries.length} for {model.groups.length} groups). A parameter whose description differs between operations (<code>name</code> names each
        kind) is listed once per description.
      </p>
      {/* Static: in the page once, not again in the RSC payload. */}
      <StaticHtml>
        {LOCATION_TITLES.map(([location, title]) => {
          const here = entries.filter((e) => e.parameter.in === location);
          if (here.length === 0) return null;
          return (
            <section key={location} id={`parameters-${location}`}>
              <h2>
                {title} <span className="muted small">{here.length}</span>
              </h2>
              <ParameterGlossary entries={here} />
            </section>
          );
        })}
      </StaticHtml>
    </PageFrame>
  );
}
