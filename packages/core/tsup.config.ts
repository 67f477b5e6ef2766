import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'examples/index': 'src/examples/index.ts',
    'tally/index': 'src/exports/tally.ts',
    'pabulib/index': 'src/exports/pabulib.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
