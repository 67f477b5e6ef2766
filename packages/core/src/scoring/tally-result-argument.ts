import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { checkArgument } from '../validation/check-argument.js';
import { InvalidInputError } from '../validation/invalid-input-error.js';
import type { Violation } from '../validation/violation.js';
import type { TallyResult } from './tally-counts.js';
import { TallyResultSchema } from './tally-result.js';

/**
 * The tally result a public function was given, checked against the meeting it is read with:
 * it must pass {@link TallyResultSchema}, name only the meeting's projects, and (for the
 * functions that recompute from exact values) carry `exact` values for every criterion of the
 * meeting. Otherwise throws an `InvalidInputError` naming the function, with a violation per
 * problem (path inside the result). A result from another meeting or another platform, or
 * options passed where the result belongs, is refused here rather than failing inside.
 *
 * @example
 * const checked = tallyResultArgument(meeting, result, 'weightSensitivity', { exact: true });
 */
export function tallyResultArgument(
  meeting: ReviewMeeting,
  result: unknown,
  fn: string,
  options: { readonly exact: boolean },
): TallyResult {
  const site = { function: fn, argument: 'result', expected: 'TallyResult' };
  checkArgument(TallyResultSchema, result, site);
  const checked = result as TallyResult;
  const projects = new Set(meeting.projects.map((project) => project.id));
  const problems: Violation[] = [];
  checked.ranking.forEach((row, i) => {
    if (!projects.has(row.project)) {
      problems.push({
        rule: 'unknown-project',
        path: ['ranking', i, 'project'],
        message: {
          en: `project "${row.project}" is not on this meeting's agenda: the result belongs to another meeting`,
          'zh-CN': `项目"${row.project}"不在本次会议的议程中：该结果属于另一场会议`,
        },
      });
    }
    if (!options.exact) return;
    if (row.exact === undefined) {
      problems.push({
        rule: 'missing-exact',
        path: ['ranking', i, 'exact'],
        message: {
          en: 'exact values are missing: pass the result of tally() (another platform may leave them out)',
          'zh-CN': '缺少精确值：请传入 tally() 的结果（其他平台的结果可能没有精确值）',
        },
      });
      return;
    }
    for (const criterion of meeting.criteria) {
      if (row.exact.criteria[criterion.id] === undefined) {
        problems.push({
          rule: 'unknown-criterion',
          path: ['ranking', i, 'exact', 'criteria', criterion.id],
          message: {
            en: `no exact values for criterion "${criterion.id}": the result belongs to another meeting`,
            'zh-CN': `缺少评审指标"${criterion.id}"的精确值：该结果属于另一场会议`,
          },
        });
      }
    }
  });
  if (problems.length > 0) throw new InvalidInputError(fn, 'result', 'TallyResult', problems);
  return checked;
}
