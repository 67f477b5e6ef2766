import type { LocalizedText } from '../text/localized-text.js';
import type { Violation } from '../validation/violation.js';
import { roundProjects, type Round } from './round.js';

/**
 * Why `project` cannot be carried from round `from` into round `to` (rule `carry-over.rounds`):
 * the rounds are of different subdistricts, `to` is not a later year, `from` does not take the
 * project up, or `to` already does. Empty when it can.
 *
 * @example
 * carryOverViolations('jinhuali-home', round2008, round2007);
 * // [{ rule: 'carry-over.rounds', message: { en: 'Round qingyuan-2007 (2007) is not later than …' }, … }]
 */
export function carryOverViolations(project: string, from: Round, to: Round): Violation[] {
  const out: Violation[] = [];
  const rule = 'carry-over.rounds';
  if (from.subdistrict !== to.subdistrict) {
    out.push({
      rule,
      message: {
        'zh-CN': `轮次 ${from.id} 和 ${to.id} 不属于同一街道`,
        en: `Rounds ${from.id} and ${to.id} are of different subdistricts`,
      },
      path: ['to'],
    });
  }
  if (to.year <= from.year) {
    out.push({
      rule,
      message: {
        'zh-CN': `轮次 ${to.id}（${to.year}）不晚于 ${from.id}（${from.year}）`,
        en: `Round ${to.id} (${to.year}) is not later than ${from.id} (${from.year})`,
      },
      path: ['to'],
    });
  }
  if (!roundProjects(from).includes(project)) {
    out.push({
      rule,
      message: {
        'zh-CN': `项目 ${project} 不在轮次 ${from.id} 中`,
        en: `Project ${project} is not in round ${from.id}`,
      },
      path: ['from'],
    });
  }
  return out;
}

/** The outcome of {@link carryOver}. */
export type CarryOverResult =
  | { readonly ok: true; readonly round: Round }
  | { readonly ok: false; readonly violations: readonly Violation[] };

/**
 * Carries a project of round `from` into the later round `to` of the same subdistrict: `to`
 * with the project added to `carriedOver`. The project keeps its id and its history goes on
 * (record a `carried-over` event in it). Fails with every violation (`carry-over.rounds`) when
 * it cannot be carried, or is already in `to`.
 *
 * @example
 * const result = carryOver('binhe-dongli-189', round2007, round2008, '材料未齐，转入下一轮');
 * if (result.ok) save(result.round);
 */
export function carryOver(
  project: string,
  from: Round,
  to: Round,
  reason?: LocalizedText,
): CarryOverResult {
  const violations = carryOverViolations(project, from, to);
  if (roundProjects(to).includes(project)) {
    violations.push({
      rule: 'carry-over.rounds',
      message: {
        'zh-CN': `项目 ${project} 已在轮次 ${to.id} 中`,
        en: `Project ${project} is already in round ${to.id}`,
      },
      path: ['to'],
    });
  }
  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    round: {
      ...to,
      carriedOver: [
        ...(to.carriedOver ?? []),
        { project, from: from.id, ...(reason !== undefined ? { reason } : {}) },
      ],
    },
  };
}
