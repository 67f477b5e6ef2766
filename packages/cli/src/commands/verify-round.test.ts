import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

/**
 * An export of the server's pilot round: four applications vetted, reviewed and funded, and
 * Jinhuali's team formed (entry 13, whose receipt is below).
 */
const exported = fileURLToPath(
  new URL('../../test/fixtures/export/pilot-round-export.json', import.meta.url),
);
const receipt = '13:5c823f57635b8fbdb271204d3924d81c3d1c6a3922a490c3ede18da79bd216ad';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let bundle: Json;
const write = async (name: string, value: unknown) => {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(value));
  return file;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingyuan-verify-round-'));
  bundle = JSON.parse(await readFile(exported, 'utf8')) as Json;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('qingyuan verify with a round export', () => {
  it('accepts an untouched round export and finds a receipt: exit 0', async () => {
    const { code, stdout } = await run('verify', exported, '--receipt', receipt);
    expect(code).toBe(0);
    expect(stdout).toContain('round qingyuan-2007, 4 projects, 13 log entries');
    expect(stdout).toContain('valid: the log is unbroken');
    expect(stdout).toContain(`receipt ${receipt}: found in the log (entry 13)`);
  });

  it('finds a grant changed in the export, in Chinese when asked: exit 2', async () => {
    const changed = structuredClone(bundle);
    changed.decisions[0].grants[0].amount.amount += 100000;
    const { code, stdout } = await run(
      'verify',
      await write('grant.json', changed),
      '--lang',
      'zh-CN',
    );
    expect(code).toBe(2);
    expect(stdout).toContain('无效：发现 1 个问题');
    expect(stdout).toContain('[documents] 导出文件中的 decisions 与日志记录不符');
  });

  it('finds a log entry changed after it was written, and a receipt not in the log', async () => {
    const changed = structuredClone(bundle);
    changed.log[1].data.credential = 'cred-forged';
    const other = `13:${'0'.repeat(64)}`;
    const { code, stdout } = await run(
      'verify',
      await write('log.json', changed),
      '--receipt',
      other,
    );
    expect(code).toBe(2);
    expect(stdout).toContain('[chain] log entry 2 was changed after it was written');
    expect(stdout).toContain(`receipt ${other}: not found in the log`);
  });

  it('refuses a receipt that is not SEQ:HASH and a round export without its log: exit 1', async () => {
    const bad = await run('verify', exported, '--receipt', 'nonsense');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('a round receipt is SEQ:HASH');
    const { log: _log, ...noLog } = bundle;
    const missing = await run('verify', await write('nolog.json', noLog));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('log: expected a list');
  });
});
