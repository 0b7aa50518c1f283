import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { cssModule } = createRequire(import.meta.url)('./scripts/css-text-loader.cjs');

export default defineConfig({
  // `*.inline-css` as next.config.js builds it: the stylesheet's text (scripts/css-text-loader.cjs).
  plugins: [
    {
      name: 'inline-css-text',
      enforce: 'pre',
      load(id) {
        const file = id.split('?')[0]!;
        return file.endsWith('.inline-css') ? cssModule(readFileSync(file, 'utf8'), file) : undefined;
      },
    },
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'test-support/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'deploy/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['test-support/fuzz-seed.ts'],
  },
});
