import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // A Pages Router rule: in the App Router the root layout owns <head>.
  { rules: { '@next/next/no-head-element': 'off' } },
  // Preloads for `node --require` (scripts/http-guard.cjs, scripts/log-format.cjs) are CommonJS by necessity.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    ignores: [
      '.next/**',
      '.next-server/**',
      'out/**',
      '.export-build-*/**',
      'node_modules/**',
      'snapshots/**',
      'next-env.d.ts',
      'bench-results/**',
      'e2e/.artifacts/**',
      'lib/kube/proto/generated/**',
    ],
  },
];

export default config;
