import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BallotBoxRepository, openDatabase } from '@qingyuan/server';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  };
  return { out, io };
}

describe('qingyuan admin create-org', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qingyuan-admin-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an organisation and prints its operator key once, stored only as a hash', async () => {
    const file = join(dir, 'box.db');
    const { out, io } = capture();
    expect(await main(['admin', 'create-org', 'Qingyuan', 'NGO', '--db', file], io)).toBe(0);
    const id = out.stdout.match(/"Qingyuan NGO" created with id (org-\w+)/)?.[1];
    const key = out.stdout.match(/\n(qyk_\S+)\n$/)?.[1];
    expect(id).toBeDefined();
    expect(key).toBeDefined();
    const store = await openDatabase({ file });
    try {
      const repo = new BallotBoxRepository(store);
      expect(await repo.bearerCredential(key!)).toMatchObject({
        organization: id,
        role: 'operator',
      });
      expect(await repo.getOrganization(id!)).toMatchObject({ name: 'Qingyuan NGO' });
    } finally {
      await store.close();
    }
    // A second organisation gets its own id and key.
    const second = capture();
    expect(await main(['admin', 'create-org', 'Elsewhere', '--db', file], second.io)).toBe(0);
    expect(second.out.stdout).not.toContain(key!);
    expect(second.out.stdout).not.toContain(id!);
  });

  it('says what is missing or wrong in one line, exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['admin'], /admin needs an action: qingyuan admin create-org NAME/],
      [['admin', 'drop-org', 'x'], /unknown admin action "drop-org"/],
      [['admin', 'create-org'], /create-org needs the organisation’s NAME/],
      [
        ['admin', 'create-org', 'x', '--db', 'a.db', '--database-url', 'postgres://h/d'],
        /either --db/,
      ],
    ];
    for (const [argv, message] of cases) {
      const { out, io } = capture();
      expect(await main(argv, io)).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
    const help = capture();
    expect(await main(['admin', '--help'], help.io)).toBe(0);
    expect(help.out.stdout).toContain('create-org NAME');
  });
});
