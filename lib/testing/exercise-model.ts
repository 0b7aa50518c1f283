/**
 * Everything the pages compute from a model, without React: field trees
 * (with the page budgets), field views, example manifests, kubectl and curl
 * examples, operations by verb, kinds, references, deprecations, a diff with
 * itself, the search index and engine with a few queries. The fuzz tests run
 * it on models built from hostile documents: whatever a source sends, none
 * of it may throw.
 */
import { diffModels } from '../model/diff';
import { findDeprecations } from '../model/deprecations';
import { cachedFieldViews, exportedFieldViews, resourceRoot } from '../model/field-views';
import { kindsOf } from '../model/kinds';
import { explainCommand, verbExamples } from '../model/kubectl';
import { allPagePaths, allResources, countModel } from '../model/lookup';
import { manifestSkeleton } from '../model/manifest';
import { PAGE_FIELD_BUDGET } from '../model/page-budgets';
import { referencedBy } from '../model/references';
import { buildFieldTree, countFields } from '../model/schema';
import type { ApiModel } from '../model/types';
import { operationsByVerb, parameterGlossary } from '../model/verbs';
import { buildSearchIndex } from '../search/build-index';
import { AtlasSearch } from '../search/search';

/** Runs every page computation over `model`; returns a count so the work is not optimised away. */
export function exerciseModel(model: ApiModel, options: { maxDefinitions?: number; queries?: readonly string[] } = {}): number {
  let work = countModel(model).resources + allPagePaths(model).length;
  for (const resource of allResources(model)) {
    const root = resourceRoot(model, resource);
    if (resource.definition) work += countFields(buildFieldTree(model.definitions, resource.definition, { maxFields: PAGE_FIELD_BUDGET }));
    work += exportedFieldViews(model.definitions, root).length + cachedFieldViews(model, resource).length;
    work += manifestSkeleton(model.definitions, resource, root).length;
    work += verbExamples(model, resource).length + explainCommand(model, resource).prefix.length;
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
