// A ballot box in a child process, for crash tests: `node server-process.mjs '<database JSON>'`.
// Prints `READY <url>` once it listens.
import { startServer } from '../../src/start-server.js';

const database = JSON.parse(process.argv[2] ?? '{}') as { file: string } | { url: string };
const server = await startServer({ database, port: 0, perAddress: false, perCode: false });
process.stdout.write(`READY ${server.url}\n`);
