import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoOperatorKey } from './operator-key.js';

describe('the demo’s operator key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qy-demo-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, kept owner-readable in the data folder, and the same on the next start', () => {
    const first = demoOperatorKey(dir, {});
    expect(first).toMatch(/^qyk_[\w-]{32}$/);
    expect(readFileSync(join(dir, 'operator-key'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'operator-key')).mode & 0o077).toBe(0);
    expect(demoOperatorKey(dir, {})).toBe(first);
  });

  it('is QINGYUAN_OPERATOR_KEY when that is set', () => {
    const key = 'from-the-environment-0123456789';
    expect(demoOperatorKey(dir, { QINGYUAN_OPERATOR_KEY: key })).toBe(key);
  });
});
