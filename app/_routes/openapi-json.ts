import { findGroupVersion } from '@/lib/model/lookup';
import type { ApiModel } from '@/lib/model/types';
import { groupVersionSlice } from '@/lib/openapi/slice';
import { versionOfSliceFile } from '@/lib/site/openapi-urls';
import { param } from './params';
import { getModelOf } from '@/lib/sources';
import { modelOrUnavailable } from './source-unavailable';

/**
 * The OpenAPI route handlers: the full `/openapi/v2` document and one slice
 * per group-version (lib/openapi/slice.ts). Static files in the export,
 * answered per request on the server (so they follow a live cluster). Each
 * JSON text is built once per model, however many requests ask.
 */
const texts = new WeakMap<ApiModel, Map<string, string>>();

function cached(model: ApiModel, key: string, build: () => unknown): string {
  let byKey = texts.get(model);
  if (!byKey) texts.set(model, (byKey = new Map()));
  let text = byKey.get(key);
  if (text === undefined) {
    text = JSON.stringify(build());
    byKey.set(key, text);
  }
  return text;
}

const json = (text: string) => new Response(text, { headers: { 'content-type': 'application/json' } });
const notFound = (message: string) => Response.json({ error: message }, { status: 404 });

/** `/openapi/v2.json`: the document as the source published it (the primary's, or `cluster`'s under `/c/NAME`). */
export async function fullSpec(): Promise<Response> {
  const loaded = await modelOrUnavailable();
  return 'response' in loaded ? loaded.response : fullSpecFrom(loaded.model);
}

export async function fullSpecOf(cluster: string | undefined): Promise<Response> {
  return fullSpecFrom(await getModelOf(cluster));
}

function fullSpecFrom(model: ApiModel): Response {
  if (!model.openapi) return notFound(`${model.source} published no readable /openapi/v2`);
  return json(cached(model, '', () => model.openapi));
}

/** `/openapi/v2/api/VERSION.json` and `/openapi/v2/apis/GROUP/VERSION.json`. */
export async function groupVersionSpec(group: string, file: string, cluster?: string): Promise<Response> {
  let model: ApiModel;
  if (cluster === undefined) {
    const loaded = await modelOrUnavailable();
    if ('response' in loaded) return loaded.response;
    model = loaded.model;
  } else model = await getModelOf(cluster);
  const version = versionOfSliceFile(param(file));
  const gv = version ? findGroupVersion(model, param(group), version) : undefined;
  if (!gv) return notFound(`no group-version ${param(group) || 'core'}/${param(file)}`);
  const doc = model.openapi;
  if (!doc) return notFound(`${model.source} published no readable /openapi/v2`);
  return json(cached(model, gv.path, () => groupVersionSlice(doc, gv.group, gv.version)));
}

/** generateStaticParams of the slices: every group-version of a model that has a document. */
export function sliceParams(model: ApiModel, core: boolean): Array<{ group: string; file: string }> {
  if (!model.openapi) return [];
  return model.groups.filter((g) => (g.name === '') === core).flatMap((g) => g.versions.map((v) => ({ group: g.name, file: `${v.version}.json` })));
}
