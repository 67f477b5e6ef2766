import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The organizer console: built into dist/, which `qingyuan serve` hands to the box to serve at
// /console/ (@qingyuan/server's console route). Relative asset URLs, so the files work under any
// prefix a reverse proxy puts in front of the box.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: {
    // The export verifier is the server's own (@qingyuan/server/verify); in the browser its SHA-256 comes
    // from @noble/hashes instead of node:crypto.
    // (The server's build writes the import as plain `crypto`.)
    alias: Object.fromEntries(
      ['node:crypto', 'crypto'].map((name) => [
        name,
        fileURLToPath(new URL('./src/node-crypto-hash.ts', import.meta.url)),
      ]),
    ),
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
