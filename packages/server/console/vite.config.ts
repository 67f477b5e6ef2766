import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The organizer console: built into the server package's dist/console/, which the box serves
// at /console/ (src/http/routes/console.ts). Relative asset URLs, so the files work under any
// prefix a reverse proxy puts in front of the box.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: {
    // The export verifier is the server's own (src/verify/); in the browser its SHA-256 comes
    // from @noble/hashes instead of node:crypto.
    alias: {
      'node:crypto': fileURLToPath(new URL('./src/node-crypto-hash.ts', import.meta.url)),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
