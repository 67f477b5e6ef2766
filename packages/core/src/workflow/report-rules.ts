import { message, projectCheck, type ProjectCheck } from './project-rule.js';

/**
 * The checks of {@link reportRules} (`report-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const reportChecks: readonly ProjectCheck[] = [
  projectCheck('report.activities-from-plan', ['report-submitted'], ({ state, event }) => {
    const plan = state.application?.plan;
    if (!plan) return [];
    const planned = new Set(plan.map((activity) => activity.id));
    const activities = event.payload.report.activities;
    const reported = new Set(activities.map((outcome) => outcome.activity));
    return [
      ...activities.flatMap((outcome, index) =>
        planned.has(outcome.activity)
          ? []
          : [
              {
                rule: 'report.activities-from-plan',
                message: message(
                  `计划中没有活动 ${outcome.activity}`,
                  `The plan has no activity ${outcome.activity}`,
                ),
                path: ['payload', 'report', 'activities', index, 'activity'],
              },
            ],
      ),
      ...plan
        .filter((activity) => !reported.has(activity.id))
        .map((activity) => ({
          rule: 'report.activities-from-plan',
          message: message(
            `执行报告没有报告计划中的活动 ${activity.id}（未开展的记为 cancelled 或 not-done）`,
            `The execution report leaves out planned activity ${activity.id} (report it as cancelled or not-done if dropped)`,
          ),
          path: ['payload', 'report', 'activities'],
        })),
    ];
  }),
];
