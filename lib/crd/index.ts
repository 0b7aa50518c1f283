/** CRD → what an API server publishes for it (discovery, /openapi/v2). Pure; see each module. */
export * from './discovery';
export * from './openapi-v2';
export * from './parse';
export * from './publish';
export * from './schema-v2';
export type * from './types';
