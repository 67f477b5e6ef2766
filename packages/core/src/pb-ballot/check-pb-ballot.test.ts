import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pbFiles } from '../../test/fixtures/pabulib/fixtures.js';
import { Rational } from '../math/rational.js';
import { parsePabulib } from '../pabulib/parse-pabulib.js';
import { checkPbBallot, type PbBallot } from './check-pb-ballot.js';
import {
  pbBallotRulesFromPabulib,
  type PbBallotElection,
  type PbBallotRules,
} from './pb-ballot-rules.js';

const r = (n: number) => Rational.of(n);
const election = (rules: PbBallotRules): PbBallotElection => ({
  rules,
  budget: r(100),
  districtBudgets: { north: r(30) },
  projects: [
    { id: 'park', cost: r(60), categories: ['green'] },
    { id: 'library', cost: r(50), categories: ['culture'] },
    { id: 'trees', cost: r(20), categories: ['green'] },
    { id: 'n-bench', cost: r(10), district: 'north', categories: ['green'] },
    { id: 'n-lamp', cost: r(25), district: 'north' },
    { id: 's-path', cost: r(5), district: 'south' },
  ],
});
const rulesOf = (e: PbBallotElection, b: PbBallot) => {
  const result = checkPbBallot(e, b);
  return result.ok ? [] : result.violations.map((v) => v.rule);
};

describe('checkPbBallot', () => {
  it('accepts a valid ballot of each format', () => {
    expect(
      checkPbBallot(election({ format: 'approval', minLength: 1, maxLength: 3 }), {
        projects: ['park', 'trees'],
      }),
    ).toEqual({ ok: true });
    expect(
      checkPbBallot(election({ format: 'knapsack' }), {
        district: 'north',
        projects: ['park', 'trees', 'n-bench'],
      }),
    ).toEqual({ ok: true });
    expect(
      checkPbBallot(election({ format: 'cumulative', maxSumPoints: 5, maxPoints: 3 }), {
        projects: ['park', 'library'],
        points: [3, 2],
      }),
    ).toEqual({ ok: true });
    expect(
      checkPbBallot(election({ format: 'ordinal', maxLength: 2 }), {
        projects: ['library', 'park'],
      }),
    ).toEqual({ ok: true });
  });

  it('names every violation at once, each localized and located', () => {
    const result = checkPbBallot(election({ format: 'approval', maxLength: 1 }), {
      projects: ['park', 'ghost', 'park', 's-path', 'trees'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => [v.rule, v.path])).toEqual([
      ['pb-ballot.unknown-project', ['projects', 1]],
      ['pb-ballot.repeated-project', ['projects', 2]],
      ['pb-ballot.other-district', ['projects', 3]],
      ['pb-ballot.too-many', ['projects']],
    ]);
    expect(result.violations[2]!.message).toEqual({
      en: "project s-path is on district south's list; this voter votes the city-wide list only",
      'zh-CN': '项目 s-path 属于 south 区清单；此投票人只能投全市清单',
    });
    expect(result.violations[3]!.message.en).toBe(
      '2 projects chosen on the city-wide list; at most 1',
    );
  });

  it('checks the approval minimum per list, and an empty ballot', () => {
    const e = election({ format: 'approval', minLength: 2 });
    expect(rulesOf(e, { district: 'north', projects: ['park', 'trees', 'n-bench'] })).toEqual([
      'pb-ballot.too-few',
    ]);
    expect(rulesOf(e, { projects: [] })).toEqual(['pb-ballot.empty']);
  });

  it('lets a district voter leave one of their two lists out: its minimum binds once they vote it', () => {
    // As on Warsaw's and Kraków's ballots (Pabulib's district files): a voter may vote the
    // city-wide list only, or their district's only; a list they vote meets its own limits.
    const e = election({ format: 'approval', minLength: 2 });
    expect(rulesOf(e, { district: 'north', projects: ['park', 'trees'] })).toEqual([]);
    expect(rulesOf(e, { district: 'north', projects: ['n-bench', 'n-lamp'] })).toEqual([]);
    expect(rulesOf(e, { district: 'north', projects: ['n-bench', 'park', 'trees'] })).toEqual([
      'pb-ballot.too-few',
    ]);
  });

  it('holds each knapsack list to its own budget, or to max_sum_cost', () => {
    const e = election({ format: 'knapsack' });
    // City-wide 60 + 50 > 100; north 10 + 25 > 30.
    const result = checkPbBallot(e, {
      district: 'north',
      projects: ['park', 'library', 'n-bench', 'n-lamp'],
    });
    expect(result.ok ? [] : result.violations.map((v) => v.message.en)).toEqual([
      'the projects chosen on the city-wide list cost 110, more than the limit of 100',
      "the projects chosen on district north's list cost 35, more than the limit of 30",
    ]);
    expect(
      rulesOf(election({ format: 'knapsack', maxSumCost: r(70), minSumCost: r(30) }), {
        projects: ['trees'],
      }),
    ).toEqual(['pb-ballot.under-cost']);
    expect(
      rulesOf(election({ format: 'knapsack', maxSumCost: r(70) }), { projects: ['park', 'trees'] }),
    ).toEqual(['pb-ballot.over-budget']);
  });

  it('checks cumulative points: present, whole, capped per project, total per list', () => {
    const e = election({ format: 'cumulative', maxSumPoints: 5, maxPoints: 3, minSumPoints: 2 });
    expect(rulesOf(e, { projects: ['park'] })).toEqual(['pb-ballot.points-missing']);
    expect(rulesOf(e, { projects: ['park', 'trees'], points: [1] })).toEqual([
      'pb-ballot.points-missing',
    ]);
    expect(rulesOf(e, { projects: ['park', 'trees'], points: [4, 2.5] })).toEqual([
      'pb-ballot.points-per-project',
      'pb-ballot.points-invalid',
    ]);
    expect(rulesOf(e, { projects: ['park'], points: [1] })).toEqual(['pb-ballot.too-few-points']);
    expect(rulesOf(e, { projects: ['park', 'trees', 'library'], points: [3, 2, 1] })).toEqual([
      'pb-ballot.too-many-points',
    ]);
    const zh = checkPbBallot(e, { projects: ['park'], points: [0] });
    expect(zh.ok ? null : zh.violations[0]!.message['zh-CN']).toBe(
      '项目 park 得 0 分；分数须为不少于 1 的整数',
    );
    expect(rulesOf(election({ format: 'approval' }), { projects: ['park'], points: [1] })).toEqual([
      'pb-ballot.points-not-allowed',
    ]);
  });

  it('limits the ranking length of ordinal ballots', () => {
    const result = checkPbBallot(election({ format: 'ordinal', maxLength: 2 }), {
      projects: ['library', 'park', 'trees'],
    });
    expect(result.ok ? null : result.violations[0]!.message).toEqual({
      en: '3 projects ranked on the city-wide list; a ranking holds at most 2',
      'zh-CN': '全市清单排了 3 个项目；排名最多 2 个',
    });
  });

  it('applies per-category count and cost limits across lists', () => {
    const e = election({
      format: 'approval',
      categoryLimits: { green: { maxCount: 2, maxCost: r(75) } },
    });
    const result = checkPbBallot(e, { district: 'north', projects: ['park', 'trees', 'n-bench'] });
    expect(result.ok ? [] : result.violations.map((v) => v.message.en)).toEqual([
      '3 projects of category "green" chosen; at most 2',
      'the projects of category "green" chosen cost 90, more than its limit of 75',
    ]);
  });

  it('accepts any ballot within the limits and refuses any ballot beyond maxLength (property)', () => {
    const ids = ['park', 'library', 'trees'];
    fc.assert(
      fc.property(fc.subarray(ids), fc.integer({ min: 0, max: 3 }), (chosen, max) => {
        const ok = checkPbBallot(election({ format: 'approval', maxLength: max }), {
          projects: chosen,
        }).ok;
        expect(ok).toBe(chosen.length <= max);
      }),
    );
  });
});

describe('pbBallotRulesFromPabulib', () => {
  it('reads the limits of every fixture, and every real ballot keeps them', () => {
    let checked = 0;
    for (const [file, text] of Object.entries(pbFiles)) {
      const parsed = parsePabulib(text);
      if (!parsed.ok) throw new Error(file);
      const rules = pbBallotRulesFromPabulib(parsed.value)!;
      expect(['approval', 'knapsack']).toContain(rules.format);
      const e: PbBallotElection = {
        rules,
        budget: parsed.value.budget,
        projects: parsed.value.projects.map((p) => ({ id: p.id, cost: p.cost })),
      };
      let bad = 0;
      for (const vote of parsed.value.votes)
        if (!checkPbBallot(e, { projects: vote.projects }).ok) bad++;
      // Pabulib files hold the ballots the city counted: all keep the file's own limits.
      expect(bad, file).toBe(0);
      checked++;
    }
    expect(checked).toBe(17);
  });

  it('maps META keys to rules (knapsack when max_sum_cost is set)', () => {
    const parsed = parsePabulib(
      'META\nkey;value\nbudget;100\nvote_type;approval\nmin_length;1\nmax_length;2\nmax_sum_cost;80\nPROJECTS\nproject_id;cost\na;60\nb;30\nVOTES\nvoter_id;vote\n1;a,b\n',
    );
    if (!parsed.ok) throw new Error(parsed.violations[0]!.message.en);
    const rules = pbBallotRulesFromPabulib(parsed.value)!;
    expect(rules).toMatchObject({ format: 'knapsack', minLength: 1, maxLength: 2 });
    expect(rules.maxSumCost!.toString()).toBe('80');
    const e = { rules, budget: parsed.value.budget, projects: parsed.value.projects };
    expect(rulesOf(e, { projects: ['a', 'b'] })).toEqual(['pb-ballot.over-budget']);
  });
});
