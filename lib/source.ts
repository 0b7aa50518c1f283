/**
 * Pages import the source API from here; the implementation (a registry of
 * named sources: snapshots and live clusters) lives in lib/sources/.
 */
export { getAllStatuses, getBuildModel, getBuildModels, getModel, getPrimaryStatus, getRegistry, getSourceModel, isStaticExport } from './sources';
export type { SourceStatus } from './sources';
