import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type * as server from '@qingyuan/server';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('@qingyuan/server', async (importOriginal) => {
  loads.count++;
  return await importOriginal<typeof server>();
});

const io: CliIO = { stdout: () => {}, stderr: () => {} };
const fixture = (path: string) =>
  fileURLToPath(new URL(`../../test/fixtures/${path}`, import.meta.url));

describe('the server is loaded only by the commands that need it', () => {
  it('not by --help, check or fund; by verify', async () => {
    await main(['--help'], io);
    await main(['verify', '--help'], io);
    await main(['check', fixture('meeting/pilot-meeting.json')], io);
    expect(loads.count).toBe(0);
    expect(await main(['verify', fixture('export/pilot-export.json')], io)).toBe(0);
    expect(loads.count).toBe(1);
  });
});
