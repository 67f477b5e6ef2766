import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'tsup';

const bundled = new Map<string, Promise<string>>();

/** Bundles a script of the test suite once per test run (dependencies stay external). */
export function bundledScript(entry: string): Promise<string> {
  let script = bundled.get(entry);
  if (script === undefined) {
    script = (async () => {
      // Inside the package, so the bundle resolves its dependencies from node_modules.
      const cache = new URL('../../node_modules/.cache/', import.meta.url).pathname;
      mkdirSync(cache, { recursive: true });
      const outDir = mkdtempSync(join(cache, 'qingyuan-child-'));
      const name = basename(entry, '.ts');
      await build({
        entry: { [name]: entry },
        outDir,
        format: ['esm'],
        target: 'node20',
        silent: true,
        config: false,
        dts: false,
        sourcemap: false,
        external: [/^[^./]/],
        noExternal: [/^\./],
        outExtension: () => ({ js: '.mjs' }),
      });
      return join(outDir, `${name}.mjs`);
    })();
    bundled.set(entry, script);
  }
  return script;
}

/** Bundles `server-process.ts` once per test run (dependencies stay external). */
export function serverProcessScript(): Promise<string> {
  return bundledScript(new URL('./server-process.ts', import.meta.url).pathname);
}

/** A ballot box running in a child process. */
export interface ChildServer {
  url: string;
  process: ChildProcess;
}

/** Starts a ballot box child process on `database` and waits until it listens. */
export async function startChildServer(
  database: { file: string } | { url: string },
): Promise<ChildServer> {
  const script = await serverProcessScript();
  const child = spawn(process.execPath, [script, JSON.stringify(database)], {
    cwd: new URL('../..', import.meta.url).pathname,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/READY (\S+)/);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server child exited (${code}): ${err}`)));
  });
  return { url, process: child };
}

/** Kills a child with SIGKILL (no chance to clean up) and waits until it is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}
