/**
 * The in-process figures of one scale: decoding /openapi/v2 (JSON, and
 * protobuf where the snapshot has it), building the model, building the
 * search index and the browser's search engine from it. The baseline is a
 * bare JSON.parse of the same /openapi/v2 text, timed in the same run, so
 * "model build within 3× of JSON.parse" holds on any machine.
 */
import { gzipSync } from 'node:zlib';
import { fetchApiDocuments } from '../../../lib/kube/documents';
import { ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF, isOpenApiProtobuf } from '../../../lib/kube/media-type';
import { jsonEncoding } from '../../../lib/kube/openapi/encodings';
import { decodeOpenApiJson } from '../../../lib/kube/openapi/json';
import { decodeOpenApiProtobuf } from '../../../lib/kube/openapi/protobuf';
import { buildModel } from '../../../lib/model/build';
import { countModel } from '../../../lib/model/lookup';
import type { ApiModel } from '../../../lib/model/types';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { AtlasSearch } from '../../../lib/search/search';
import { openSnapshot } from '../../../lib/snapshot/read';
import type { BenchCase, BenchFact, SuiteSetup } from '../types';
import type { Scale } from './clusters';

/** The figure names shared by every scale (the growth table pairs rows by them). */
export const FIGURES = {
  parse: 'JSON.parse of /openapi/v2',
  json: 'OpenAPI JSON bytes → document',
  protobuf: 'OpenAPI protobuf bytes → document',
  model: 'model build (JSON bytes → model)',
  buildOnly: 'buildModel alone (decoded documents → model)',
  searchIndex: 'search index build (model → index data)',
  searchEngine: 'search engine build (index data → MiniSearch)',
} as const;

/** The model with a definitions map of its own: caches keyed by it (field views) start cold. */
function coldCopy(model: ApiModel): ApiModel {
  return { ...model, definitions: { ...model.definitions } };
}

export async function modelCases(scale: Scale): Promise<SuiteSetup> {
  const transport = await openSnapshot(scale.directory);
  const get = async (accept: string, wantProtobuf: boolean) => {
    const answer = await transport.get('/openapi/v2', { accept });
    return answer.status === 200 && isOpenApiProtobuf(answer.headers['content-type'] ?? '') === wantProtobuf ? answer.body : undefined;
  };
  const json = await get(ACCEPT_JSON, false);
  if (!json) throw new Error(`${scale.directory}: no JSON /openapi/v2 recorded`);
  const protobuf = await get(ACCEPT_OPENAPI_V2_PROTOBUF, true);
  const text = new TextDecoder().decode(json);
  // Discovery and /version once, outside the timings.
  const documents = await fetchApiDocuments(transport, { openApiEncodings: [jsonEncoding], log: () => {} });
  const source = `bench ${scale.label}`;
  const model = buildModel(documents);
  const index = buildSearchIndex(coldCopy(model));
  const indexJson = JSON.stringify(index);
  const counts = countModel(model);
  const bytes = json.length;
  const tag = (figure: string) => ({ figure, scale: scale.label, size: bytes, sizeUnit: 'bytes of /openapi/v2 JSON' });
  const fact = (name: string, value: number, unit: string, size = bytes, sizeUnit = 'bytes of /openapi/v2 JSON'): BenchFact => ({
    name: `${name} [${scale.label}]`,
    value,
    unit,
    growth: { figure: name, scale: scale.label, size, sizeUnit },
  });
  const cases: BenchCase[] = [
    { name: FIGURES.parse, baseline: true, growth: tag(FIGURES.parse), run: () => JSON.parse(text) },
    { name: FIGURES.json, growth: tag(FIGURES.json), run: () => decodeOpenApiJson(json, source) },
    ...(protobuf ? [{ name: FIGURES.protobuf, growth: tag(FIGURES.protobuf), run: () => decodeOpenApiProtobuf(protobuf, source) }] : []),
    { name: FIGURES.model, growth: tag(FIGURES.model), run: () => buildModel({ ...documents, openapi: decodeOpenApiJson(json, source) }) },
    { name: FIGURES.buildOnly, growth: tag(FIGURES.buildOnly), run: () => buildModel(documents) },
    { name: FIGURES.searchIndex, growth: tag(FIGURES.searchIndex), run: () => buildSearchIndex(coldCopy(model)) },
    { name: FIGURES.searchEngine, growth: tag(FIGURES.searchEngine), run: () => new AtlasSearch(index) },
  ];
  const facts: BenchFact[] = [
    { name: `/openapi/v2 JSON [${scale.label}]`, value: bytes, unit: 'bytes' },
    ...(protobuf ? [{ name: `/openapi/v2 protobuf [${scale.label}]`, value: protobuf.length, unit: 'bytes' }] : []),
    fact('definitions', Object.keys(model.definitions).length, ''),
    fact('group-versions', counts.groupVersions, ''),
    fact('resources', counts.resources, ''),
    fact('operations', counts.operations, ''),
    fact('search index JSON', indexJson.length, 'bytes'),
    fact('search index gzipped', gzipSync(indexJson).length, 'bytes'),
  ];
  if (!protobuf)
    facts.push({ name: `no protobuf /openapi/v2 recorded [${scale.label}]`, value: 0, unit: '(protobuf decode not measured at this scale)' });
  return { cases, facts };
}
