#!/usr/bin/env node
import { createRequire } from 'node:module';
import { processIO } from './io.js';

const argv = process.argv.slice(2);
if (argv[0] === 'allocate') {
  // `allocate` is often run once per file by a script: it loads its own code and core's
  // zod-free `@qingyuan/core/pabulib` entry only, not every command and the whole core
  // (about 0.15–0.2 s of CPU time at start-up). Same command, same output, same exit codes.
  const [{ allocateCommand }, { runCommand }] = await Promise.all([
    import('./commands/allocate.js'),
    import('./run-command.js'),
  ]);
  process.exitCode = await runCommand(allocateCommand, argv.slice(1), processIO);
} else {
  const { main } = await import('./cli.js');
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  process.exitCode = await main(argv, processIO, version);
}
