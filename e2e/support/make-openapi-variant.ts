/**
 * `node --import tsx e2e/support/make-openapi-variant.ts VARIANT DIR`: writes
 * a variant of the embedded snapshot (see test-support/snapshot-variants.ts)
 * for an e2e server, e.g. one whose protobuf OpenAPI is garbage.
 */
import { writeOpenApiVariant, type OpenApiVariant } from '../../test-support/snapshot-variants';

const [variant, directory] = process.argv.slice(2);
const variants: OpenApiVariant[] = ['json-only', 'protobuf-only', 'corrupt-protobuf', 'gzip-protobuf', 'corrupt-json'];
if (!directory || !variants.includes(variant as OpenApiVariant)) {
  console.error(`usage: make-openapi-variant.ts ${variants.join('|')} DIR`);
  process.exit(2);
}
await writeOpenApiVariant(directory, variant as OpenApiVariant);
