import type { ApiModel } from '@/lib/model/types';

/**
 * Which document a schema was read from: `/openapi/v3/apis/apps/v1 (OpenAPI v3)`
 * or `/openapi/v2`, or for a `crds:DIR` source the CRD file. A source can mix
 * them (v3 for most group-versions, v2 where one failed; v2 of a snapshot for
 * the built-in kinds, CRD files for the rest), so each schema says where it came from.
 */
export function SchemaSource({ model, definition }: { model: ApiModel; definition: string | undefined }) {
  const index = definition === undefined ? undefined : model.schemaSources.origin[definition];
  const document = index === undefined ? undefined : model.schemaSources.documents[index];
  if (!document) return null;
  if (document.origin) {
    return (
      <p className="muted small" data-schema-source={document.format} data-schema-origin={document.origin}>
        Schema from {document.origin} ({document.format}, as the API server publishes it at <code>{document.path}</code>).
      </p>
    );
  }
  return (
    <p className="muted small" data-schema-source={document.format}>
      Schema from <code>{document.path}</code> ({document.format}
      {document.format === 'OpenAPI v2' ? '; v2 drops nullable, oneOf/anyOf/allOf/not and CRD defaults' : ''}).
    </p>
  );
}
