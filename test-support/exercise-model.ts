/**
 * Everything the pages compute from a model, without React: field trees
 * (with the page budgets), field views, example manifests, kubectl and curl
 * examples, operations by verb, kinds, references, deprecations, a diff with
 * itself, the search index and engine with a few queries. The fuzz tests run
 * it on models built from hostile documents: whatever a source sends, none
 * of it may throw.
 */
import { diffModels } from '../lib/model/diff';
import { findDeprecations } from '../lib/model/deprecations';
import { cachedFieldViews, exportedFieldViews, resourceRoot } from '../lib/site/field-views';
import { kindsOf } from '../lib/model/kinds';
import { explainCommand, verbExamples } from '../lib/model/kubectl';
import { allResources, countModel } from '../lib/model/lookup';
import { allPagePaths } from '../lib/site/page-paths';
import { manifestSkeleton } from '../lib/model/manifest';
import { PAGE_FIELD_BUDGET } from '../lib/site/page-budgets';
import { referencedBy } from '../lib/model/references';
import { buildFieldTree, countFields } from '../lib/model/schema';
import type { ApiModel } from '../lib/model/types';
import { operationsByVerb, parameterGlossary } from '../lib/model/verbs';
import { buildSearchIndex } from '../lib/search/build-index';
import { AtlasSearch } from '../lib/search/search';

/** Runs every page computation over `model`; returns a count so the work is not optimised away. */
export function exerciseModel(model: ApiModel, options: { maxDefinitions?: number; queries?: readonly string[] } = {}): number {
  let work = countModel(model).resources + allPagePaths(model).length;
  for (const resource of allResources(model)) {
    const root = resourceRoot(model, resource);
    if (resource.definition) work += countFields(buildFieldTree(model.definitions, resource.definition, { maxFields: PAGE_FIELD_BUDGET }));
    work += exportedFieldViews(model.definitions, root).length + cachedFieldViews(model, resource).length;
    work += manifestSkeleton(model.definitions, resource, root).length;
    work += verbExamples(model, resource).length + explainCommand(model, resource).resource.length;
    const operations = [...resource.operations, ...resource.subresources.flatMap((s) => s.operations)];
    work += operationsByVerb(resource.verbs, operations).length + parameterGlossary(operations).entries.length;
  }
  for (const name of Object.keys(model.definitions).slice(0, options.maxDefinitions ?? 50))
    work += countFields(buildFieldTree(model.definitions, name, { maxFields: PAGE_FIELD_BUDGET }));
  work += kindsOf(model).size + referencedBy(model).size + findDeprecations(model).length;
  const diff = diffModels(model, { ...model, definitions: { ...model.definitions } });
  work += diff.resourcesChanged.length + diff.resourcesUnchanged;
  const search = new AtlasSearch(buildSearchIndex(model));
  for (const query of options.queries ?? ['pod', 'spec.containers', 'x']) work += search.search(query).length;
  return work;
}
