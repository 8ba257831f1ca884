import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // The package imports itself by name (machines/, cli/); in tests that name is the source.
    alias: [
      { find: /^sop-ap\/machines$/, replacement: here('./machines/index.ts') },
      { find: /^sop-ap\/schemas$/, replacement: here('./src/schemas.ts') },
      { find: /^sop-ap\/vitest$/, replacement: here('./src/vitest/index.ts') },
      { find: /^sop-ap\/store$/, replacement: here('./src/store/index.ts') },
      { find: /^sop-ap\/capacity$/, replacement: here('./src/capacity/index.ts') },
      { find: /^sop-ap\/monev$/, replacement: here('./src/monev/index.ts') },
      { find: /^sop-ap$/, replacement: here('./src/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/fail-on-console.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 30_000,
  },
});
