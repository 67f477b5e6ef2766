#!/usr/bin/env node
// The `qingyuan` command as npm links it. This file is committed (not built) because npm links a
// package's bin only when the target exists at install time, and `dist/` is built afterwards:
// pointing `bin` at `dist/bin.js` left a fresh clone without `node_modules/.bin/qingyuan`.
// It loads the build; before the build exists it says in one line what to run (exit code 1).
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    'qingyuan: the command is not built yet (packages/cli/dist/bin.js is missing): run `npm run build` in the repository root, then try again\n',
  );
  process.exitCode = 1;
}
