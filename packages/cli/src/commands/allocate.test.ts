import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../core/test/fixtures/pabulib/', import.meta.url));
const pb = (name: string) => join(fixtures, name);
const grabowek = pb('poland_gdynia_2020_grabowek-large.pb');
const zdrowie = pb('poland_lodz_2022_zdrowie-mania.pb');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'qy-allocate-')), name);
  writeFileSync(file, text);
  return file;
}

describe('qingyuan allocate', () => {
  it('prints greedy as exact JSON', async () => {
    const { code, stdout } = await run('allocate', grabowek, '--rule', 'greedy');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ selected: ['2', '5'], cost: 295110, budget: 295110 });
  });

  it('runs Equal Shares with each utility and completion', async () => {
    const mes = JSON.parse((await run('allocate', grabowek, '--rule', 'equal-shares')).stdout);
    expect(mes).toEqual({
      selected: ['3'],
      cost: 44700,
      budget: 295110,
      perVoterBudget: '295110/1511',
    });
    const card = await run(
      'allocate',
      grabowek,
      '--rule',
      'equal-shares',
      '--utility',
      'cardinality',
    );
    expect(JSON.parse(card.stdout).selected).toEqual(['5', '3']);
    const completed = await run(
      'allocate',
      grabowek,
      '--rule',
      'equal-shares',
      '--completion',
      'greedy',
    );
    expect(JSON.parse(completed.stdout).selected).toEqual(['3', '6', '4', '5']);
    const add1 = await run(
      'allocate',
      grabowek,
      '--rule',
      'equal-shares',
      '--completion',
      'add1',
      '--add1-step',
      '10',
    );
    const outcome = JSON.parse(add1.stdout);
    expect(outcome.cost).toBeLessThanOrEqual(295110);
    expect(outcome.cost).toBeGreaterThanOrEqual(44700);
  });

  it('runs sequential Phragmén', async () => {
    const { stdout } = await run('allocate', zdrowie, '--rule', 'phragmen');
    expect(JSON.parse(stdout).cost).toBe(421250);
  });

  it('prints a table in English or Chinese', async () => {
    const en = await run('allocate', grabowek, '--rule', 'greedy', '--format', 'table');
    expect(en.stdout.split('\n')[0]).toMatch(/^#\s+project\s+cost\s+approvals\s+name$/);
    expect(en.stdout).toContain('total: 295110 / budget: 295110');
    const zh = await run(
      'allocate',
      grabowek,
      '--rule',
      'greedy',
      '--format',
      'table',
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toContain('合计: 295110 / 预算: 295110');
  });

  it('reads --lang like the other commands (zh is zh-CN; others refused the same way)', async () => {
    const table = ['allocate', grabowek, '--rule', 'greedy', '--format', 'table', '--lang'];
    const zh = await run(...table, 'zh');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe((await run(...table, 'zh-CN')).stdout);
    expect((await run(...table, 'fr')).stderr).toBe(
      'qingyuan: --lang: expected zh-CN or en, got "fr"\n',
    );
  });

  it('lines the table up: cost and approvals right-aligned under their headings', async () => {
    const { stdout } = await run('allocate', grabowek, '--rule', 'greedy', '--format', 'table');
    const lines = stdout.trimEnd().split('\n');
    const body = lines.slice(1, -1);
    expect(body.length).toBeGreaterThan(1);
    const heading = lines[0]!;
    const approvalsEnd = heading.indexOf('approvals') + 'approvals'.length;
    const costEnd = heading.indexOf('cost') + 'cost'.length;
    for (const row of body) {
      // Project ids and numbers are ASCII, so string positions are display columns here.
      expect(row.slice(0, approvalsEnd)).toMatch(/\d$/);
      expect(row[approvalsEnd]).toBe(' ');
      expect(row.slice(0, costEnd)).toMatch(/\d$/);
      expect(row[costEnd]).toBe(' ');
    }
  });

  it('names the file and the .pb line of a broken file, in one line, exit 2', async () => {
    const file = tempFile(
      'broken.pb',
      'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n1;5\nVOTES\nvoter_id;vote\nv;1\n',
    );
    const { code, stderr } = await run('allocate', file, '--rule', 'greedy');
    expect(code).toBe(2);
    expect(stderr).toBe(`qingyuan: ${file} line 7: PROJECTS row has 2 fields, the header has 3\n`);
  });

  it('refuses non-approval files, missing files and bad flags with one line', async () => {
    const ordinal = tempFile(
      'ordinal.pb',
      'META\nkey;value\nbudget;10\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\nv;1\n',
    );
    expect((await run('allocate', ordinal, '--rule', 'greedy')).stderr).toBe(
      `qingyuan: ${ordinal} line 4: the allocation rules read approval ballots; this file has vote_type ordinal\n`,
    );
    expect((await run('allocate', '/nonexistent/x.pb', '--rule', 'greedy')).stderr).toBe(
      'qingyuan: cannot read /nonexistent/x.pb: ENOENT\n',
    );
    expect((await run('allocate', grabowek)).stderr).toBe(
      'qingyuan: --rule is required: greedy, equal-shares, phragmen\n',
    );
    expect((await run('allocate', grabowek, '--rule', 'mes')).stderr).toBe(
      'qingyuan: --rule: expected greedy, equal-shares, phragmen, got "mes"\n',
    );
    expect(
      (await run('allocate', grabowek, '--rule', 'phragmen', '--utility', 'cost')).stderr,
    ).toBe(
      'qingyuan: --utility has no meaning for --rule phragmen (sequential Phragmén spreads each cost over its approvers; it has no utility): for a utility use --rule equal-shares --utility cost or --rule greedy --utility cost\n',
    );
    expect(
      (await run('allocate', grabowek, '--rule', 'greedy', '--completion', 'greedy')).stderr,
    ).toBe(
      'qingyuan: --completion has no meaning for --rule greedy (greedy already spends all it can): for a completion use --rule equal-shares --completion greedy|add1\n',
    );
    const step = await run(
      'allocate',
      grabowek,
      '--rule',
      'equal-shares',
      '--completion',
      'add1',
      '--add1-step',
      '0',
    );
    expect(step).toMatchObject({
      code: 2,
      stderr: 'qingyuan: --add1-step: expected a positive number, got "0"\n',
    });
  });

  it('accepts --utility cost|cardinality for greedy (cost is the default, by approvals)', async () => {
    const file = tempFile(
      'card.pb',
      'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\na;80\nb;30\nc;25\nd;40\n' +
        'VOTES\nvoter_id;vote\n1;a,b,c\n2;a,b\n3;a,b,c\n4;a,d\n',
    );
    const plain = JSON.parse((await run('allocate', file, '--rule', 'greedy')).stdout);
    const cost = await run('allocate', file, '--rule', 'greedy', '--utility', 'cost');
    expect(cost.code).toBe(0);
    expect(JSON.parse(cost.stdout)).toEqual(plain);
    expect(plain.selected).toEqual(['a']);
    const card = await run('allocate', file, '--rule', 'greedy', '--utility', 'cardinality');
    expect(JSON.parse(card.stdout)).toEqual({ selected: ['b', 'c', 'd'], cost: 95, budget: 100 });
  });

  it('refuses Latin-1 bytes, cut files and stray quotes with the .pb line, in en or zh-CN', async () => {
    const head =
      'META\nkey;value\nbudget;10\nvote_type;approval\nnum_votes;3\nPROJECTS\nproject_id;cost;name\n1;5;Pool\nVOTES\nvoter_id;vote\n';
    const latin1 = tempFile('latin1.pb', '');
    writeFileSync(
      latin1,
      Buffer.from(`${head.replace('Pool', 'Caf\u00e9')}a;1\nb;1\nc;1\n`, 'latin1'),
    );
    expect((await run('allocate', latin1, '--rule', 'greedy')).stderr).toBe(
      `qingyuan: ${latin1} line 8: byte 0xE9 is not UTF-8: a .pb file is read as UTF-8 (save it as UTF-8; Latin-1 or Windows-1250 text is not read)\n`,
    );
    const cut = tempFile('cut.pb', `${head}a;1\nb;1\n`);
    const zh = await run('allocate', cut, '--rule', 'greedy', '--lang', 'zh-CN');
    expect(zh).toMatchObject({
      code: 2,
      stderr: `qingyuan: ${cut} 第 5 行：META 的 num_votes 为 3，但 VOTES 节有 2 行（文件是否被截断？）\n`,
    });
    let votes = '';
    for (let v = 0; v < 5000; v++) votes += `${v};1\n`;
    const stray = tempFile('stray.pb', head.replace('num_votes;3\n', '') + `x;"1\n` + votes);
    expect((await run('allocate', stray, '--rule', 'greedy')).stderr).toMatch(
      new RegExp(
        `^qingyuan: ${stray.replaceAll('/', '\\/')} line 10: a quoted field opened here is still open 100 lines later`,
      ),
    );
  });

  it('writes the election with the outcome to --write-pb, and the written file reads back', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qy-allocate-')), 'out.pb');
    const args = ['allocate', grabowek, '--rule', 'equal-shares', '--utility', 'cardinality'];
    const { code, stdout } = await run(...args, '--write-pb', out);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).selected).toEqual(['5', '3']);
    const written = readFileSync(out, 'utf8');
    const rows = written.split('\n');
    const header = rows.indexOf('project_id;cost;votes;name;selected');
    expect(header).toBeGreaterThan(0);
    const marks = rows
      .slice(header + 1, rows.indexOf('VOTES'))
      .map((row) => [row.split(';')[0], row.split(';').at(-1)]);
    expect(Object.fromEntries(marks)).toEqual({
      '1': '0',
      '2': '0',
      '3': '1',
      '4': '0',
      '5': '1',
      '6': '0',
      '7': '0',
    });
    // The votes are the same election: the rule gives the same outcome on the written file.
    const again = await run('allocate', out, '--rule', 'greedy');
    expect(again.stdout).toBe((await run('allocate', grabowek, '--rule', 'greedy')).stdout);
  });

  it('refuses to overwrite the input and names an unwritable output, in the language asked', async () => {
    const same = await run('allocate', grabowek, '--rule', 'greedy', '--write-pb', grabowek);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('will not overwrite the input file');
    const zh = await run(
      'allocate',
      grabowek,
      '--rule',
      'greedy',
      '--write-pb',
      '/nonexistent-dir/out.pb',
      '--lang',
      'zh-CN',
    );
    expect(zh).toMatchObject({
      code: 2,
      stderr: 'qingyuan: --write-pb：无法写入 /nonexistent-dir/out.pb：ENOENT\n',
    });
  });

  it('has --help', async () => {
    const { code, stdout } = await run('allocate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: qingyuan allocate FILE.pb --rule');
  });

  it('runs as the built bin, end to end', async () => {
    const { stdout } = await promisify(execFile)('node', [
      bin,
      'allocate',
      grabowek,
      '--rule',
      'phragmen',
    ]);
    const outcome = JSON.parse(stdout) as { selected: string[]; cost: number };
    expect([...outcome.selected].sort()).toEqual(['3', '4', '5', '6']);
    expect(outcome.cost).toBe(164000);
    const failure = await promisify(execFile)('node', [
      bin,
      'allocate',
      grabowek,
      '--rule',
      'x',
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 2,
      stderr: 'qingyuan: --rule: expected greedy, equal-shares, phragmen, got "x"\n',
    });
  }, 30_000);
});
