import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    machines: 'machines/index.ts',
    schemas: 'src/schemas.ts',
    cli: 'src/cli/main.ts',
    vitest: 'src/vitest/index.ts',
    store: 'src/store/index.ts',
    capacity: 'src/capacity/index.ts',
    monev: 'src/monev/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', machines: 'machines/index.ts', schemas: 'src/schemas.ts', vitest: 'src/vitest/index.ts', store: 'src/store/index.ts', capacity: 'src/capacity/index.ts', monev: 'src/monev/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
  // machines/ and cli/ import the library by its own name, so the catalogue and the command
  // share one copy of the core (one SopError class) with whoever imports 'sop-ap'; so does store/.
  // They read the zod schemas from 'sop-ap/schemas' (one copy of each schema) the same way.
  // The database drivers are optional peer dependencies, loaded only by the store.
  external: ['sop-ap', 'sop-ap/machines', 'sop-ap/schemas', 'sop-ap/store', 'sop-ap/capacity', 'sop-ap/monev', 'vitest', 'pg', '@electric-sql/pglite'],
});
