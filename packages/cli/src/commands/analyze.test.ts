import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';
import expectedAnalytics from '../../../core/test/fixtures/pabulib/expected-analytics.json';

const fixtures = fileURLToPath(new URL('../../../core/test/fixtures/pabulib/', import.meta.url));
const grabowek = join(fixtures, 'poland_gdynia_2020_grabowek-large.pb');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

type Figures = Record<string, string | string[]>;
const expected = (
  expectedAnalytics.instances as Record<string, { rules: Record<string, Figures> }>
)['poland_gdynia_2020_grabowek-large.pb']!.rules;

/** Exact fractions compared by value ("1/1" is 1). */
const value = (text: string) => {
  const [p, q = '1'] = text.split('/');
  const g = (a: bigint, b: bigint): bigint => (b === 0n ? a : g(b, a % b));
  const d = g(BigInt(p!), BigInt(q));
  return `${BigInt(p!) / d}/${BigInt(q) / d}`;
};

describe('qingyuan analyze', () => {
  for (const [rule, args] of [
    ['greedy_cost', ['--rule', 'greedy']],
    ['mes_cost', ['--rule', 'equal-shares']],
  ] as const) {
    it(`prints pabutools' figures for ${rule} as exact JSON`, async () => {
      const { code, stdout } = await run('analyze', grabowek, ...args);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as Record<string, string | string[] | number>;
      const want = expected[rule]!;
      expect([...(out.selected as string[])].sort()).toEqual(
        [...(want.selected as string[])].sort(),
      );
      expect(out.voters).toBe(1511);
      for (const [ours, theirs] of [
        ['nonEmptyHanded', 'non_empty_handed'],
        ['avgSatCost', 'avg_sat_cost'],
        ['avgSatCard', 'avg_sat_card'],
        ['giniCost', 'gini_cost'],
        ['giniCard', 'gini_card'],
      ] as const) {
        expect(value(out[ours] as string), ours).toBe(value(want[theirs] as string));
      }
    });
  }

  it('prints a table with exact values and decimals, in Chinese', async () => {
    const { code, stdout } = await run(
      'analyze',
      grabowek,
      '--rule',
      'greedy',
      '--format',
      'table',
      '--lang',
      'zh-CN',
    );
    expect(code).toBe(0);
    const json = JSON.parse((await run('analyze', grabowek, '--rule', 'greedy')).stdout) as Record<
      string,
      string
    >;
    expect(stdout).toContain('选中项目: 2, 5');
    expect(stdout).toContain('投票人数: 1511');
    const line = stdout.split('\n').find((l) => l.startsWith('非空手投票人比例'))!;
    expect(line).toContain(json.nonEmptyHanded);
    const [p, q] = json.nonEmptyHanded!.split('/').map(Number);
    expect(line).toContain((p! / q!).toFixed(6).replace(/0+$/, ''));
  });

  it('passes the rule options through (cardinality utility changes the outcome)', async () => {
    const card = JSON.parse(
      (await run('analyze', grabowek, '--rule', 'equal-shares', '--utility', 'cardinality')).stdout,
    ) as { selected: string[] };
    expect(card.selected).toEqual(['5', '3']);
  });

  it('refuses bad input with one localized line, exit 2', async () => {
    expect(await run('analyze', grabowek)).toMatchObject({
      code: 2,
      stderr: 'qingyuan: --rule is required: greedy, equal-shares, phragmen\n',
    });
    expect(await run('analyze', grabowek, '--lang', 'zh-CN')).toMatchObject({
      code: 2,
      stderr: 'qingyuan: 必须给出 --rule：greedy、equal-shares、phragmen\n',
    });
    expect(
      (await run('analyze', grabowek, '--rule', 'greedy', '--format', 'xml', '--lang', 'zh'))
        .stderr,
    ).toBe('qingyuan: --format：应为 json、table 之一，实际为"xml"\n');
    expect((await run('analyze', '/nonexistent/x.pb', '--rule', 'greedy')).stderr).toBe(
      'qingyuan: cannot read /nonexistent/x.pb: ENOENT\n',
    );
    const { stderr } = await run('analyze', '--rule', 'greedy', '--lang', 'zh-CN');
    expect(stderr).toContain('analyze 只接受一个 FILE.pb');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('checks proportionality on request: greedy leaves a cohesive group out, Equal Shares does not', async () => {
    const greedy = JSON.parse(
      (await run('analyze', grabowek, '--rule', 'greedy', '--check', 'ejr,pjr')).stdout,
    ) as { proportionality: Record<string, { status: string; witness?: { projects: string[] } }> };
    expect(greedy.proportionality.ejr!.status).toBe('violated');
    expect(greedy.proportionality.pjr!.status).toBe('violated');
    expect(greedy.proportionality.pjr!.witness!.projects.length).toBeGreaterThan(0);
    const mes = JSON.parse(
      (await run('analyze', grabowek, '--rule', 'equal-shares', '--check', 'ejr-up-to-one')).stdout,
    ) as { proportionality: Record<string, { status: string }> };
    expect(mes.proportionality).toEqual({
      'ejr-up-to-one': {
        status: 'satisfied',
        property: 'ejr-up-to-one',
        utility: 'cost',
        steps: 2,
      },
    });
    const table = await run(
      'analyze',
      grabowek,
      '--rule',
      'greedy',
      '--check',
      'pjr',
      '--format',
      'table',
      '--lang',
      'zh-CN',
    );
    expect(table.stdout).toMatch(/^pjr: 不满足 — 不满足比例正当代表性（PJR）：\d+ 名投票人/m);
    const limited = await run(
      'analyze',
      grabowek,
      '--rule',
      'equal-shares',
      '--check',
      'ejr',
      '--max-steps',
      '1',
      '--format',
      'table',
    );
    expect(limited.stdout).toContain(
      'ejr: too large to check — the election is too large to check EJR exactly: more than 1 search steps',
    );
    expect((await run('analyze', grabowek, '--rule', 'greedy', '--check', 'jr')).stderr).toBe(
      'qingyuan: --check: expected ejr, ejr-up-to-one, pjr, got "jr"\n',
    );
    expect((await run('analyze', grabowek, '--rule', 'greedy', '--max-steps', '0')).stderr).toBe(
      'qingyuan: --max-steps: expected a positive whole number, got "0"\n',
    );
  });

  it('has --help and is listed in the main help', async () => {
    expect((await run('analyze', '--help')).stdout).toContain('Usage: qingyuan analyze FILE.pb');
    expect((await run('--help')).stdout).toMatch(/analyze\s+measure how an outcome/);
  });
});
