import { Rational } from '../math/rational.js';
import type { RuleCheck, Violation } from '../validation/violation.js';
import type { PbBallotElection, PbBallotProject } from './pb-ballot-rules.js';
import { pbListCostLimit } from './pb-list-cost-limit.js';

/**
 * One voter's PB ballot, on the Pabulib model: the chosen projects (for an ordinal ballot in
 * rank order, best first) and, for a cumulative ballot, the points given to each.
 *
 * @example
 * const ballot: PbBallot = { district: 'north', projects: ['n1', 'c4'], points: [3, 2] };
 */
export interface PbBallot {
  /** The voter's district: they vote its list and the city-wide list. Absent: city-wide only. */
  district?: string;
  projects: readonly string[];
  /** Cumulative ballots: points per project, in the order of `projects`. */
  points?: readonly number[];
}

/** Every rule {@link checkPbBallot} can report. */
export type PbBallotRule =
  | 'pb-ballot.unknown-project'
  | 'pb-ballot.repeated-project'
  | 'pb-ballot.other-district'
  | 'pb-ballot.empty'
  | 'pb-ballot.too-few'
  | 'pb-ballot.too-many'
  | 'pb-ballot.under-cost'
  | 'pb-ballot.over-budget'
  | 'pb-ballot.points-missing'
  | 'pb-ballot.points-not-allowed'
  | 'pb-ballot.points-invalid'
  | 'pb-ballot.points-per-project'
  | 'pb-ballot.too-few-points'
  | 'pb-ballot.too-many-points'
  | 'pb-ballot.category-count'
  | 'pb-ballot.category-cost';

const CITY = '';

/**
 * Checks a PB ballot against its election's rules and returns every violation at once, each
 * named (`rule`), localized (zh-CN and en) and located (`path` into the ballot): unknown or
 * repeated projects, projects of another district, too few or too many projects per list
 * (the ranking length for ordinal ballots), a knapsack list over its cost limit (by default
 * the list's budget) or under its minimum, cumulative points missing, not whole, below the
 * minimum or above the per-project cap, too many or too few points in a list, and
 * per-category count and cost limits. Lists are checked separately: a district voter's
 * district list and the city-wide list each have their own limits and budget. A list the voter
 * leaves out entirely is not held to its minimum (they may vote the city-wide list only, or their
 * district's only); a ballot with nothing on it is refused when a minimum is set.
 *
 * @example
 * const result = checkPbBallot(
 *   { rules: { format: 'knapsack' }, budget: Rational.of(100), projects: [
 *     { id: 'a', cost: Rational.of(60) }, { id: 'b', cost: Rational.of(50) } ] },
 *   { projects: ['a', 'b'] },
 * );
 * // { ok: false, violations: [{ rule: 'pb-ballot.over-budget', … }] }: 110 > 100
 */
export function checkPbBallot(
  election: PbBallotElection,
  ballot: PbBallot,
): RuleCheck<PbBallotRule> {
  const { rules } = election;
  const violations: Violation<PbBallotRule>[] = [];
  const add = (rule: PbBallotRule, path: (string | number)[], en: string, zh: string) =>
    violations.push({ rule, path, message: { en, 'zh-CN': zh } });
  const byId = new Map(election.projects.map((p) => [p.id, p]));
  const cumulative = rules.format === 'cumulative';

  if (cumulative && ballot.points === undefined) {
    add(
      'pb-ballot.points-missing',
      ['points'],
      'a cumulative ballot gives points to each chosen project; there are none',
      '累积投票须为每个所选项目给出分数；此选票没有分数',
    );
  } else if (cumulative && ballot.points!.length !== ballot.projects.length) {
    add(
      'pb-ballot.points-missing',
      ['points'],
      `${ballot.projects.length} projects but ${ballot.points!.length} point values`,
      `${ballot.projects.length} 个项目，却有 ${ballot.points!.length} 个分数`,
    );
  } else if (!cumulative && ballot.points !== undefined) {
    add(
      'pb-ballot.points-not-allowed',
      ['points'],
      `a ${rules.format} ballot gives no points`,
      `${FORMAT_ZH[rules.format]}选票不使用分数`,
    );
  }
  const points =
    cumulative && ballot.points?.length === ballot.projects.length ? ballot.points : null;

  // The valid entries, per list.
  const lists = new Map<string, { projects: PbBallotProject[]; points: number }>();
  const seen = new Set<string>();
  ballot.projects.forEach((id, i) => {
    const project = byId.get(id);
    if (project === undefined) {
      add(
        'pb-ballot.unknown-project',
        ['projects', i],
        `project "${id}" is not on the ballot`,
        `项目"${id}"不在选票上`,
      );
      return;
    }
    if (seen.has(id)) {
      add(
        'pb-ballot.repeated-project',
        ['projects', i],
        `project ${id} is chosen twice`,
        `项目 ${id} 被选了两次`,
      );
      return;
    }
    seen.add(id);
    if (project.district !== undefined && project.district !== ballot.district) {
      add(
        'pb-ballot.other-district',
        ['projects', i],
        ballot.district === undefined
          ? `project ${id} is on district ${project.district}'s list; this voter votes the city-wide list only`
          : `project ${id} is on district ${project.district}'s list; this voter votes in district ${ballot.district}`,
        ballot.district === undefined
          ? `项目 ${id} 属于 ${project.district} 区清单；此投票人只能投全市清单`
          : `项目 ${id} 属于 ${project.district} 区清单；此投票人属于 ${ballot.district} 区`,
      );
      return;
    }
    let given = 0;
    if (points) {
      const p = points[i]!;
      const least = rules.minPoints ?? 1;
      if (!Number.isSafeInteger(p) || p < least) {
        add(
          'pb-ballot.points-invalid',
          ['points', i],
          `project ${id} gets ${p} points; points are whole numbers of at least ${least}`,
          `项目 ${id} 得 ${p} 分；分数须为不少于 ${least} 的整数`,
        );
      } else {
        given = p;
        if (rules.maxPoints !== undefined && p > rules.maxPoints) {
          add(
            'pb-ballot.points-per-project',
            ['points', i],
            `project ${id} gets ${p} points; at most ${rules.maxPoints} per project`,
            `项目 ${id} 得 ${p} 分；每个项目最多 ${rules.maxPoints} 分`,
          );
        }
      }
    }
    const key = project.district ?? CITY;
    const list = lists.get(key) ?? { projects: [], points: 0 };
    list.projects.push(project);
    list.points += given;
    lists.set(key, list);
  });

  if (ballot.projects.length === 0 && (rules.minLength ?? 0) > 0) {
    add(
      'pb-ballot.empty',
      ['projects'],
      `the ballot is empty; choose at least ${rules.minLength} project${rules.minLength === 1 ? '' : 's'}`,
      `选票为空；请至少选择 ${rules.minLength} 个项目`,
    );
  }

  for (const [key, list] of lists) {
    const name =
      key === CITY
        ? { en: 'the city-wide list', zh: '全市清单' }
        : {
            en: `district ${key}'s list`,
            zh: `${key} 区清单`,
          };
    const count = list.projects.length;
    const path = ['projects'];
    if (rules.minLength !== undefined && count < rules.minLength) {
      add(
        'pb-ballot.too-few',
        path,
        `${count} project${count === 1 ? '' : 's'} chosen on ${name.en}; at least ${rules.minLength}`,
        `${name.zh}选了 ${count} 个项目；至少需要 ${rules.minLength} 个`,
      );
    }
    if (rules.maxLength !== undefined && count > rules.maxLength) {
      add(
        'pb-ballot.too-many',
        path,
        rules.format === 'ordinal'
          ? `${count} projects ranked on ${name.en}; a ranking holds at most ${rules.maxLength}`
          : `${count} projects chosen on ${name.en}; at most ${rules.maxLength}`,
        rules.format === 'ordinal'
          ? `${name.zh}排了 ${count} 个项目；排名最多 ${rules.maxLength} 个`
          : `${name.zh}选了 ${count} 个项目；最多 ${rules.maxLength} 个`,
      );
    }
    if (rules.format === 'knapsack') {
      const cost = list.projects.reduce((sum, p) => sum.add(p.cost), Rational.ZERO);
      const limit = pbListCostLimit(election, key === CITY ? undefined : key);
      if (limit !== undefined && cost.greaterThan(limit)) {
        add(
          'pb-ballot.over-budget',
          path,
          `the projects chosen on ${name.en} cost ${cost.toString()}, more than the limit of ${limit.toString()}`,
          `${name.zh}所选项目共需 ${cost.toString()}，超过上限 ${limit.toString()}`,
        );
      }
      if (rules.minSumCost !== undefined && cost.lessThan(rules.minSumCost)) {
        add(
          'pb-ballot.under-cost',
          path,
          `the projects chosen on ${name.en} cost ${cost.toString()}, less than the minimum of ${rules.minSumCost.toString()}`,
          `${name.zh}所选项目共需 ${cost.toString()}，低于下限 ${rules.minSumCost.toString()}`,
        );
      }
    }
    if (points) {
      if (rules.maxSumPoints !== undefined && list.points > rules.maxSumPoints) {
        add(
          'pb-ballot.too-many-points',
          ['points'],
          `${list.points} points given on ${name.en}; each voter has ${rules.maxSumPoints}`,
          `${name.zh}共给出 ${list.points} 分；每位投票人只有 ${rules.maxSumPoints} 分`,
        );
      }
      if (rules.minSumPoints !== undefined && list.points < rules.minSumPoints) {
        add(
          'pb-ballot.too-few-points',
          ['points'],
          `${list.points} points given on ${name.en}; give at least ${rules.minSumPoints}`,
          `${name.zh}共给出 ${list.points} 分；至少需给出 ${rules.minSumPoints} 分`,
        );
      }
    }
  }

  for (const [category, limit] of Object.entries(rules.categoryLimits ?? {})) {
    const chosen = [...lists.values()]
      .flatMap((l) => l.projects)
      .filter((p) => p.categories?.includes(category));
    if (limit.maxCount !== undefined && chosen.length > limit.maxCount) {
      add(
        'pb-ballot.category-count',
        ['projects'],
        `${chosen.length} projects of category "${category}" chosen; at most ${limit.maxCount}`,
        `选了 ${chosen.length} 个"${category}"类项目；最多 ${limit.maxCount} 个`,
      );
    }
    const cost = chosen.reduce((sum, p) => sum.add(p.cost), Rational.ZERO);
    if (limit.maxCost !== undefined && cost.greaterThan(limit.maxCost)) {
      add(
        'pb-ballot.category-cost',
        ['projects'],
        `the projects of category "${category}" chosen cost ${cost.toString()}, more than its limit of ${limit.maxCost.toString()}`,
        `所选"${category}"类项目共需 ${cost.toString()}，超过该类上限 ${limit.maxCost.toString()}`,
      );
    }
  }
  return violations.length === 0 ? { ok: true } : { ok: false, violations };
}

const FORMAT_ZH: Record<string, string> = {
  approval: '赞成',
  knapsack: '背包',
  cumulative: '累积',
  ordinal: '排序',
};
