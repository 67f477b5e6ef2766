import { localize } from '../text/localized-text.js';
import type { Violation } from '../validation/violation.js';
import { message, projectCheck, sameProjectCheck, type ProjectCheck } from './project-rule.js';

/**
 * The checks of {@link evaluationRules} (`evaluation-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const evaluationChecks: readonly ProjectCheck[] = [
  sameProjectCheck(
    'evaluation.same-project',
    'evaluation report',
    '评估报告',
    ['stage-evaluated'],
    (e) => e.payload.evaluation.project,
  ),
  projectCheck('evaluation.stage', ['stage-evaluated', 'evaluation-recorded'], ({ event }) => {
    const stage = event.payload.evaluation.stage ?? 'final';
    const expected = event.type === 'stage-evaluated' ? 'milestone' : 'final';
    if (stage === expected) return [];
    return [
      {
        rule: 'evaluation.stage',
        message:
          expected === 'milestone'
            ? message(
                '执行期间的评估是阶段评估（stage: milestone）',
                'An evaluation during execution is a stage evaluation (stage: milestone)',
              )
            : message(
                '结项前的评估是终期评估（stage: final）',
                'The evaluation before closing is the final one (stage: final)',
              ),
        path: ['payload', 'evaluation', 'stage'],
      },
    ];
  }),
  projectCheck(
    'evaluation.indicators-from-application',
    ['stage-evaluated', 'evaluation-recorded'],
    ({ state, event }) => {
      const indicators = new Map(
        (state.application?.indicators ?? []).map((indicator) => [indicator.id, indicator]),
      );
      if (!state.application) return [];
      return event.payload.evaluation.indicators.flatMap((result, index): Violation[] => {
        const path = ['payload', 'evaluation', 'indicators', index];
        const indicator = indicators.get(result.indicator);
        if (!indicator) {
          return [
            {
              rule: 'evaluation.indicators-from-application',
              message: message(
                `申请书中没有指标 ${result.indicator}`,
                `The application names no indicator ${result.indicator}`,
              ),
              path: [...path, 'indicator'],
            },
          ];
        }
        const found: Violation[] = [];
        if (result.target !== indicator.target) {
          found.push({
            rule: 'evaluation.indicators-from-application',
            message: message(
              `指标 ${result.indicator} 的目标是 ${indicator.target}，不是 ${result.target}；修改目标须经变更`,
              `Indicator ${result.indicator} has the target ${indicator.target}, not ${result.target}; a target changes only through a scope change`,
            ),
            path: [...path, 'target'],
          });
        }
        if (
          localize(result.unit, 'zh-CN') !== localize(indicator.unit, 'zh-CN') &&
          localize(result.unit, 'en') !== localize(indicator.unit, 'en')
        ) {
          found.push({
            rule: 'evaluation.indicators-from-application',
            message: message(
              `指标 ${result.indicator} 的单位是“${localize(indicator.unit, 'zh-CN')}”`,
              `Indicator ${result.indicator} is counted in “${localize(indicator.unit, 'en')}”`,
            ),
            path: [...path, 'unit'],
          });
        }
        return found;
      });
    },
  ),
  projectCheck('evaluation.covers-indicators', ['evaluation-recorded'], ({ state, event }) => {
    const measured = new Set(event.payload.evaluation.indicators.map((r) => r.indicator));
    return (state.application?.indicators ?? [])
      .filter((indicator) => !measured.has(indicator.id))
      .map((indicator) => ({
        rule: 'evaluation.covers-indicators',
        message: message(
          `终期评估没有衡量指标 ${indicator.id}`,
          `The final evaluation does not measure indicator ${indicator.id}`,
        ),
        path: ['payload', 'evaluation', 'indicators'],
      }));
  }),
];
