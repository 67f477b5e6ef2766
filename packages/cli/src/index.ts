export { main, commands } from './cli.js';
export { processIO, UsageError, type CliIO } from './io.js';
