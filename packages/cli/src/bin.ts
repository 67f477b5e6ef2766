#!/usr/bin/env node
import { createRequire } from 'node:module';
import { main } from './cli.js';
import { processIO } from './io.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
process.exitCode = await main(process.argv.slice(2), processIO, version);
