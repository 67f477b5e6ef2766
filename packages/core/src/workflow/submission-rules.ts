import type { LocalizedText } from '../text/localized-text.js';
import { messagePair as m } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import type { ProjectState } from './project-state.js';
import { type ProjectCheck } from './project-rule.js';

/** Whether a text is blank in every language it is written in. */
function blank(text: LocalizedText | undefined): boolean {
  if (text === undefined) return true;
  const values = typeof text === 'string' ? [text] : Object.values(text);
  return values.every((value) => value.trim() === '');
}

function submissionCheck(
  id: string,
  check: (application: NonNullable<ProjectState['application']>) => Violation[],
): ProjectCheck {
  return {
    id,
    on: ['submitted'],
    check: ({ state }) => (state.application ? check(state.application) : []),
  };
}

/**
 * The checks of {@link submissionRules} (`submission-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const submissionChecks: readonly ProjectCheck[] = [
  submissionCheck('application.purpose', (application) =>
    blank(application.purpose)
      ? [
          {
            rule: 'application.purpose',
            message: m('申请书需要写明项目目的', 'The application needs its purpose'),
            path: ['application', 'purpose'],
          },
        ]
      : [],
  ),
  submissionCheck('application.has-need', (application) => {
    if (application.needs.length === 0) {
      return [
        {
          rule: 'application.has-need',
          message: m(
            '申请书至少需要一项社区需求（关联需求调查结果或写明）',
            'The application needs at least one community need (linked to a survey finding or written out)',
          ),
          path: ['application', 'needs'],
        },
      ];
    }
    return application.needs.flatMap((need, index) =>
      need.findings.length === 0 && blank(need.description)
        ? [
            {
              rule: 'application.has-need',
              message: m(
                `需求 ${need.id} 既没有关联调查结果，也没有写明内容`,
                `Need ${need.id} is neither linked to a survey finding nor written out`,
              ),
              path: ['application', 'needs', index, 'description'],
            },
          ]
        : [],
    );
  }),
  submissionCheck('application.plan-dated', (application) =>
    application.plan.length === 0
      ? [
          {
            rule: 'application.plan-dated',
            message: m(
              '计划中至少需要一项活动（写明起止日期）',
              'The plan needs at least one activity (with its start and end dates)',
            ),
            path: ['application', 'plan'],
          },
        ]
      : application.plan.flatMap((activity, index) =>
          activity.end < activity.start
            ? [
                {
                  rule: 'application.plan-dated',
                  message: m(
                    `活动 ${activity.id} 的结束日期 ${activity.end} 早于开始日期 ${activity.start}`,
                    `Activity ${activity.id} ends (${activity.end}) before it starts (${activity.start})`,
                  ),
                  path: ['application', 'plan', index, 'end'],
                },
              ]
            : [],
        ),
  ),
  submissionCheck('application.team-lead', (application) => {
    const leads = application.team.filter((member) => member.role === 'overall-lead').length;
    if (leads === 1) return [];
    return [
      {
        rule: 'application.team-lead',
        message:
          application.team.length === 0
            ? m(
                '申请书需要提出实施团队（至少一名总负责人）',
                'The application needs a proposed team (with an overall lead)',
              )
            : leads === 0
              ? m('实施团队需要一名总负责人', 'The proposed team needs an overall lead')
              : m(
                  `实施团队只能有一名总负责人，现有 ${leads} 名`,
                  `The proposed team has ${leads} overall leads; it needs exactly one`,
                ),
        path: ['application', 'team'],
      },
    ];
  }),
  submissionCheck('application.beneficiaries', (application) =>
    application.beneficiaries.length === 0
      ? [
          {
            rule: 'application.beneficiaries',
            message: m(
              '申请书需要写明至少一类受益人群',
              'The application needs at least one group of beneficiaries',
            ),
            path: ['application', 'beneficiaries'],
          },
        ]
      : application.beneficiaries.flatMap((beneficiary, index) =>
          blank(beneficiary.group)
            ? [
                {
                  rule: 'application.beneficiaries',
                  message: m('受益人群需要写明是谁', 'A beneficiary group needs a name'),
                  path: ['application', 'beneficiaries', index, 'group'],
                },
              ]
            : [],
        ),
  ),
];
