import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

const fixtures = fileURLToPath(new URL('../../../core/test/fixtures/pabulib/', import.meta.url));
const grabowek = join(fixtures, 'poland_gdynia_2020_grabowek-large.pb');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

const mes = ['explain', grabowek, '--rule', 'equal-shares'];

describe('qingyuan explain FILE.pb', () => {
  it('tells in words how Equal Shares funded a project', async () => {
    const { code, stdout } = await run(...mes, '--project', '3');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Project 3 \(cost 44700\) was funded in round 1 of Equal Shares\./);
    expect(stdout).toContain('Each of its 437 supporters started with ≈195.31.');
    const zh = await run(...mes, '--project', '3', '--lang', 'zh-CN');
    expect(zh.stdout).toMatch(/^项目 3（费用 44700）在平等份额法（Equal Shares）第 1 轮获得资助。/);
  });

  it('tells why a project was not funded, and gives the exact data as JSON', async () => {
    const { stdout } = await run(...mes, '--project', '2');
    expect(stdout).toMatch(/^Project 2 \(cost 295110\) was not funded by Equal Shares\./);
    expect(stdout).toMatch(/It would have needed \d+ more supporters/);
    const json = JSON.parse((await run(...mes, '--project', '2', '--format', 'json')).stdout) as {
      status: string;
      unfunded: { cost: string; supporters: number; shortfall: string; supportersMoney: string };
      text: { en: string; 'zh-CN': string };
    };
    expect(json.status).toBe('unfunded');
    expect(json.unfunded.cost).toBe('295110');
    expect(json.unfunded.supporters).toBe(867);
    // Exact: money + shortfall = cost.
    const [mp, mq] = json.unfunded.supportersMoney.split('/').map(BigInt);
    const [sp, sq] = json.unfunded.shortfall.split('/').map(BigInt);
    expect(mp! * (sq ?? 1n) + sp! * (mq ?? 1n)).toBe(295110n * (mq ?? 1n) * (sq ?? 1n));
    expect(json.text['zh-CN']).toContain('未获平等份额法（Equal Shares）资助');
  });

  it("tells what a voter's share paid for", async () => {
    const { code, stdout } = await run(...mes, '--voter', '13');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^This ballot \(\S+, \S+, \S+; cast by \d+ voters?\) started with a share of ≈195\.31\./,
    );
    expect(stdout).toContain('for project 3 (round 1)');
  });

  it('dispatches on the file, not on an option value ending in .pb', async () => {
    expect((await run('explain', '--rule', 'equal-shares', grabowek, '--project', '3')).code).toBe(
      0,
    );
    const meeting = await run('explain', 'm.json', 'b.json', '--project', 'x.pb');
    expect(meeting.stderr).not.toContain('FILE.pb');
  });

  it('keeps explaining review meetings when no .pb file is given', async () => {
    const help = (await run('explain', '--help')).stdout;
    expect(help).toContain('Usage: qingyuan explain MEETING.json BALLOTS.json');
    expect(help).toContain('Usage: qingyuan explain FILE.pb --rule equal-shares');
  });

  it('refuses bad input with one localized line, exit 2', async () => {
    expect(await run(...mes)).toMatchObject({
      code: 2,
      stderr: 'qingyuan: explain FILE.pb needs one of --project ID or --voter ID\n',
    });
    expect((await run('explain', grabowek, '--rule', 'greedy', '--project', '3')).stderr).toContain(
      'explains Equal Shares only',
    );
    expect((await run(...mes, '--project', '99', '--lang', 'zh-CN')).stderr).toBe(
      `qingyuan: ${grabowek}：没有项目"99"；可选：2, 7, 3, 1, 6, 4, 5\n`,
    );
    expect((await run(...mes, '--voter', 'nobody')).stderr).toBe(
      `qingyuan: ${grabowek}: no voter "nobody"\n`,
    );
  });
});
