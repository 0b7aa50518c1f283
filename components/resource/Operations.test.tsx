import { describe, expect, it } from 'vitest';
import { renderStaticMarkup } from '@/components/ui/static-markup';
import type { ApiOperation, ApiParameter } from '@/lib/model/types';
import { parameterPath } from '@/lib/site/urls';
import { operationsByVerb, parameterGlossary } from '@/lib/model/verbs';
import { OperationsByVerb, ParameterGlossary } from './Operations';

const limit: ApiParameter = { name: 'limit', in: 'query', required: false, type: 'integer', description: 'limit is a maximum number of responses.' };
const namespace: ApiParameter = { name: 'namespace', in: 'path', required: true, type: 'string', description: 'object name and auth scope' };
const list: ApiOperation = {
  method: 'get',
  path: '/api/v1/namespaces/{namespace}/pods',
  operationId: 'listCoreV1NamespacedPod',
  action: 'list',
  description: 'list or watch objects of kind Pod',
  namespaced: true,
  deprecatedWatchPath: false,
  parameters: [namespace, limit],
  responses: [
    { code: '200', description: 'OK', type: 'PodList', definition: 'io.k8s.api.core.v1.PodList' },
    { code: '401', description: 'Unauthorized' },
  ],
  consumes: [],
  produces: [],
};

describe('operations markup (static HTML, shipped once per page)', () => {
  const glossary = parameterGlossary([list]);
  const operations = renderStaticMarkup(
    <OperationsByVerb verbs={operationsByVerb(['list'], [list])} hrefOf={(p) => parameterPath(glossary.idOf(p))} />,
  );
  const parameters = renderStaticMarkup(<ParameterGlossary entries={glossary.entries} />);

  it('links each parameter by name to its one entry in the parameter list, without a wrapper per link', () => {
    expect(operations).toContain('<dt>query</dt><dd><a href="/parameters#param-limit">limit</a></dd>');
    expect(operations).toContain('<dt>path</dt><dd><a href="/parameters#param-namespace">namespace</a></dd>');
    expect(parameters).toContain('<div id="param-limit"><dt><code>limit</code>');
    expect(parameters.split('limit is a maximum number of responses.')).toHaveLength(2);
  });

  it('links a response type to its definition page once (the href names it in full)', () => {
    expect(operations).toContain('<code>200</code> OK → <a href="/definitions/io.k8s.api.core.v1.PodList">PodList</a>');
    expect(operations).not.toContain('title="io.k8s.api.core.v1.PodList"');
  });
});
