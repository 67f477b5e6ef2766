import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { ballotBox } from './server/ballot-box-plugin.js';

// `vite` (npm start) runs the ballot box with its SQLite file in .data/; `vite build` does not.
export default defineConfig(async ({ command }) => {
  const box =
    command === 'serve'
      ? await ballotBox({
          dataDir: process.env.QY_DEMO_DATA ?? fileURLToPath(new URL('./.data', import.meta.url)),
        })
      : undefined;
  return {
    plugins: box ? [box.plugin] : [],
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: box?.proxy ?? {} },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: { target: 'es2022' },
  };
});
