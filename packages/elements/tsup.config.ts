import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/define/*.ts', 'src/react/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['lit', '@qingyuan/core', '@lit/react', 'react'],
});
