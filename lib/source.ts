/**
 * Pages import the source API from here; the implementation (a registry of
 * named sources: snapshots and live clusters) lives in lib/sources/.
 */
export {
  getAllServed,
  getAllStatuses,
  getBuildModel,
  getBuildModels,
  getClusterStatus,
  getModel,
  getModelOf,
  getPool,
  getPrimaryStatus,
  getRegistry,
  getSourceModel,
  isStaticExport,
} from './sources';
export type { SourceStatus } from './sources';
