import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFundingDecision, FundingDecisionSchema, tally } from '@qingyuan/core';
import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/meeting/${name}`, import.meta.url));
const files = [fixture('pilot-meeting.json'), fixture('pilot-ballots.json')];

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingyuan-fund-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const base = ['--by', 'p-center', '--at', '2007-10-09T10:00:00+08:00'];

describe('qingyuan fund', () => {
  it('writes the FundingDecision of the tally: down the ranking, skipped projects recorded', async () => {
    const ranking = tally(pilotMeeting, pilotBallots).ranking.map((r) => r.project);
    const { code, stdout } = await run('fund', ...files, '--fund', '2000000', ...base);
    expect(code).toBe(0);
    const decision = FundingDecisionSchema.parse(JSON.parse(stdout));
    expect(decision).toMatchObject({
      id: 'fd-qingyuan-2007',
      meeting: 'qingyuan-2007',
      fund: { amount: 2000000, currency: 'CNY' },
      decidedBy: ['p-center'],
      decidedAt: '2007-10-09T10:00:00+08:00',
    });
    // The fund follows the ranking: the sum of grants never exceeds it, and the decision
    // passes core's funding rules against the ranking the tally gives.
    const total = decision.grants.reduce((sum, g) => sum + g.amount.amount, 0);
    expect(total).toBeLessThanOrEqual(2000000);
    expect(decision.grants[0]!.project).toBe(ranking[0]);
    const check = checkFundingDecision(
      decision,
      tally(pilotMeeting, pilotBallots).ranking.map(({ project, rank }) => ({ project, rank })),
    );
    expect(check.ok).toBe(true);
  });

  it('applies recorded overrides as departures with who and why, and writes --out', async () => {
    const overrides = join(dir, 'overrides.json');
    await writeFile(
      overrides,
      JSON.stringify([
        {
          project: 'jinhuali-home',
          granted: 500000,
          by: 'p-center',
          reason: { 'zh-CN': '区里已资助一半', en: 'The district already funds half' },
        },
      ]),
    );
    const out = join(dir, 'decision.json');
    const { code, stdout } = await run(
      'fund',
      ...files,
      '--fund',
      '2000000',
      ...base,
      '--overrides',
      overrides,
      '--out',
      out,
      '--lang',
      'zh-CN',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`资助决定已写入 ${out}`);
    expect(stdout).toContain('偏离排名: jinhuali-home (p-center): 区里已资助一半');
    const decision = FundingDecisionSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(decision.grants.find((g) => g.project === 'jinhuali-home')?.amount.amount).toBe(500000);
    expect(decision.departures).toContainEqual({
      project: 'jinhuali-home',
      by: 'p-center',
      reason: { 'zh-CN': '区里已资助一半', en: 'The district already funds half' },
    });
  });

  it('refuses a bad overrides file with a localized message naming the path', async () => {
    const overrides = join(dir, 'bad-overrides.json');
    await writeFile(
      overrides,
      JSON.stringify([
        { project: 'jinhuali-home', granted: 0, by: 'p-center', reason: 'x' },
        { project: 'yuhuayuan-culture', granted: 12.5, by: 'p-center', reason: 'x' },
      ]),
    );
    const bad = await run('fund', ...files, '--fund', '2000000', ...base, '--overrides', overrides);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`^qingyuan: ${overrides}: \\[1\\]\\.granted: `));
    const above = join(dir, 'above.json');
    await writeFile(
      above,
      JSON.stringify([
        { project: 'jinhuali-home', granted: 99999999, by: 'p-center', reason: 'x' },
      ]),
    );
    const tooMuch = await run(
      'fund',
      ...files,
      '--fund',
      '2000000',
      ...base,
      '--overrides',
      above,
      '--lang',
      'zh-CN',
    );
    expect(tooMuch.code).toBe(2);
    expect(tooMuch.stderr).toContain(
      `${above}: [0].granted: 项目“jinhuali-home”的资助额 99999999 超过了申请额 1000000 [above-request]`,
    );
    const notList = await run(
      'fund',
      ...files,
      '--fund',
      '1',
      ...base,
      '--overrides',
      fixture('pilot-meeting.json'),
    );
    expect(notList.stderr).toContain('expected a JSON list of overrides');
  });

  it('records the opinions it weighed, each checked with its path', async () => {
    const opinions = join(dir, 'opinions.json');
    const said = [
      { by: 'v06', text: { 'zh-CN': '优先支持新居民', en: 'New residents first' } },
      { by: 'e01', text: '文化中心可与学校合作' },
    ];
    await writeFile(opinions, JSON.stringify(said));
    const { code, stdout } = await run(
      'fund',
      ...files,
      '--fund',
      '2000000',
      ...base,
      '--opinions',
      opinions,
    );
    expect(code).toBe(0);
    expect(FundingDecisionSchema.parse(JSON.parse(stdout)).opinions).toEqual(said);
    await writeFile(opinions, JSON.stringify([...said, { by: 'e02' }]));
    const bad = await run('fund', ...files, '--fund', '1', ...base, '--opinions', opinions);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`^qingyuan: ${opinions}: \\[2\\]\\.text: `));
  });

  it('needs --fund in minor units and --by', async () => {
    expect((await run('fund', ...files, '--fund', '20000.5', ...base)).stderr).toContain(
      '--fund: expected a whole number of minor units',
    );
    expect((await run('fund', ...files, '--fund', '100')).stderr).toBe(
      'qingyuan: fund needs --by ID: who decides (the service center first)\n',
    );
    expect(
      (await run('fund', ...files, '--fund', '100', '--by', 'p', '--at', 'tomorrow')).code,
    ).toBe(2);
    expect((await run('fund', '--help')).stdout).toContain('--overrides FILE');
  });
});
