/** The generated cluster (1.36 + --crds CRDs) in process: the same figures as model-1.36. */
import { generatedScale } from '../support/clusters';
import { modelCases } from '../support/model-cases';
import type { BenchSuite } from '../types';

const suite: BenchSuite = {
  name: 'model-crds',
  order: 20,
  description: 'generated cluster (Kubernetes 1.36 + N CRDs, --crds): the same figures as model-1.36',
  async setup(context) {
    const setup = await modelCases(await generatedScale(context.crds, context.seed));
    // Each case takes up to seconds at this scale: fewer samples keep the run short.
    return { ...setup, runs: Math.min(context.runs, 7), warmup: Math.min(context.warmup, 2) };
  },
};

export default suite;
