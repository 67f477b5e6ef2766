import { defineConfig } from 'tsup';

export default defineConfig({
  // The root entry and one per documented subpath (package.json `exports`).
  entry: {
    index: 'src/index.ts',
    audit: 'src/exports/audit.ts',
    meeting: 'src/exports/meeting.ts',
    storage: 'src/exports/storage.ts',
    http: 'src/exports/http.ts',
    live: 'src/exports/live.ts',
    qr: 'src/exports/qr.ts',
    verify: 'src/exports/verify.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
