import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

/** An export of the server's pilot meeting: three codes, one of which voted twice. */
const exported = fileURLToPath(
  new URL('../../test/fixtures/export/pilot-export.json', import.meta.url),
);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

interface Bundle {
  ballots: { receipt: string; counted: boolean; marks: Record<string, Record<string, boolean>> }[];
  log: { data: Record<string, unknown> }[];
}

let dir: string;
let bundle: Bundle;
const write = async (name: string, value: unknown) => {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(value));
  return file;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingyuan-verify-'));
  bundle = JSON.parse(await readFile(exported, 'utf8')) as Bundle;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('qingyuan verify', () => {
  it('accepts an untouched export and finds receipts: exit 0', async () => {
    const kept = bundle.ballots.find((b) => b.counted)!.receipt;
    const replaced = bundle.ballots.find((b) => !b.counted)!.receipt;
    const { code, stdout } = await run(
      'verify',
      exported,
      '--receipt',
      kept,
      '--receipt',
      replaced,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`${exported}: meeting m1, 4 ballots, 8 log entries`);
    expect(stdout).toContain('valid: nothing was changed, added, removed or cut off');
    expect(stdout).toMatch(
      new RegExp(`receipt ${kept}: found in the log \\(entry \\d+\\); its ballot counts`),
    );
    expect(stdout).toContain(`receipt ${replaced}: found in the log`);
    expect(stdout).toContain('a later ballot of the same code replaced it');
  });

  it('lists every problem of a tampered export, localized: exit 2', async () => {
    const tampered = structuredClone(bundle);
    tampered.ballots[1]!.marks['jinhuali-home']!['feasibility'] = false;
    tampered.log[3]!.data['extra'] = 1;
    const file = await write('tampered.json', tampered);
    const { code, stdout } = await run('verify', file, '--lang', 'zh-CN');
    expect(code).toBe(2);
    expect(stdout).toMatch(/无效：发现 \d+ 个问题/);
    expect(stdout).toContain('[receipt] 选票');
    expect(stdout).toContain('回执与选票内容不符');
    expect(stdout).toContain('[chain] 日志第 4 条在写入后被改动');
    expect(stdout).toContain('[recount]');
  });

  it('says when a receipt is not in the log: exit 2 even if the export is valid', async () => {
    const { code, stdout } = await run('verify', exported, '--receipt', 'deadbeef');
    expect(code).toBe(2);
    expect(stdout).toContain('valid: nothing was changed');
    expect(stdout).toContain('receipt deadbeef: not found in the log');
  });

  it('exit 1 with the file and the path when the file is not an export', async () => {
    const notExport = await run('verify', await write('list.json', []));
    expect(notExport.code).toBe(1);
    expect(notExport.stderr).toContain('not a ballot-box export');
    const badBallot = structuredClone(bundle) as unknown as { ballots: Record<string, unknown>[] };
    badBallot.ballots[2]!['receipt'] = 42;
    const file = await write('bad-ballot.json', badBallot);
    const zh = await run('verify', file, '--lang', 'zh-CN');
    expect(zh).toEqual({
      code: 1,
      stdout: '',
      stderr: `qingyuan: ${file}: ballots[2].receipt: 应为字符串\n`,
    });
    const missing = await run('verify', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('shows its help', async () => {
    expect((await run('verify', '--help')).stdout).toContain('--receipt R');
  });
});
