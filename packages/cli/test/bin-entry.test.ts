import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { spawnTimeout } from '../../../vitest.shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
};

describe('the qingyuan bin entry', () => {
  it('is a committed file (not the build), so npm links it at install time', () => {
    const entry = manifest.bin['qingyuan']!;
    expect(entry).not.toMatch(/^(\.\/)?dist\//);
    const file = join(root, entry);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(file).mode & 0o111).not.toBe(0); // executable, as npm links it
    expect(manifest.files).toContain(entry.replace(/^\.\//, '').split('/')[0]);
  });

  it('runs the built command', { timeout: spawnTimeout }, async () => {
    const { stdout } = await promisify(execFile)('node', [
      join(root, manifest.bin['qingyuan']!),
      '--version',
    ]);
    expect(stdout).toBe(`${manifest.version}\n`);
  });

  it(
    'says in one line what to run when the build is missing',
    { timeout: spawnTimeout },
    async () => {
      // the entry alone, as in a fresh clone before `npm run build`
      const clone = mkdtempSync(join(tmpdir(), 'qy-bin-'));
      mkdirSync(join(clone, 'bin'));
      const entry = join(clone, 'bin', 'qingyuan.js');
      copyFileSync(join(root, manifest.bin['qingyuan']!), entry);
      const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
      const failure = await promisify(execFile)('node', [entry, '--help'], { env }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure).toMatchObject({ code: 1 });
      const { stderr } = failure as { stderr: string };
      expect(stderr).toMatch(/^qingyuan: .*not built yet.*`npm run build`.*\n$/);
      expect(stderr.split('\n')).toHaveLength(2);
    },
  );

  it(
    'says it in Chinese when the locale is Chinese, as the rest of the command',
    { timeout: spawnTimeout },
    async () => {
      const clone = mkdtempSync(join(tmpdir(), 'qy-bin-'));
      mkdirSync(join(clone, 'bin'));
      const entry = join(clone, 'bin', 'qingyuan.js');
      copyFileSync(join(root, manifest.bin['qingyuan']!), entry);
      const env = { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
      const failure = await promisify(execFile)('node', [entry, 'allocate'], { env }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toMatch(
        /^qingyuan：命令尚未构建.*`npm run build`.*\n$/,
      );
    },
  );
});
