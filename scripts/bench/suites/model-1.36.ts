/** Kubernetes 1.36 in process: decoding, model build, search index (support/model-cases.ts). */
import { K8S_SCALE } from '../support/clusters';
import { modelCases } from '../support/model-cases';
import type { BenchSuite } from '../types';

const suite: BenchSuite = {
  name: 'model-1.36',
  order: 10,
  description: 'Kubernetes 1.36: /openapi/v2 decode, model build, search index, against a bare JSON.parse of the same document',
  setup: () => modelCases(K8S_SCALE),
};

export default suite;
