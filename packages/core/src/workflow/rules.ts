import { roundRules } from '../round/round-rules.js';
import { openSpaceRules } from '../open-space/open-space-rules.js';
import { surveyResponseRules } from '../survey/validate-response.js';
import { describeLifecycleRules, type RuleDescription } from './describe-lifecycle-rules.js';
import { meetingLifecycle } from './meeting-lifecycle.js';
import { projectLifecycle } from './project-lifecycle.js';

/**
 * Every named rule of the toolkit's workflow, with its id, what it guards and a description
 * in zh-CN and English — the ids found in violations. A platform can list them, link a
 * violation to its explanation, or show the rules of a step.
 *
 * @example
 * rules.filter((rule) => rule.on.includes('execution-started')).map((rule) => rule.description['zh-CN']);
 * // ['事件只能在允许它的状态下发生', …, '执行小组恰好有一名总负责人', …]
 */
export const rules: readonly RuleDescription[] = [
  ...describeLifecycleRules(projectLifecycle, 'project'),
  ...describeLifecycleRules(meetingLifecycle, 'meeting'),
  ...Object.entries(roundRules).map(([id, description]): RuleDescription => ({
    id,
    scope: 'round',
    description,
    on: [],
  })),
  ...Object.entries(surveyResponseRules).map(([id, description]): RuleDescription => ({
    id,
    scope: 'survey-response',
    description,
    on: [],
  })),
  {
    id: 'response.schema',
    scope: 'survey-response',
    description: {
      'zh-CN': '答卷符合 SurveyResponse 格式',
      en: 'A response is a valid SurveyResponse document',
    },
    on: [],
  },
  {
    id: 'response.unique-id',
    scope: 'survey-response',
    description: { 'zh-CN': '每份答卷的标识都不重复', en: 'Every response has its own id' },
    on: [],
  },
  ...Object.entries(openSpaceRules).map(([id, description]): RuleDescription => ({
    id,
    scope: 'open-space',
    description,
    on: [],
  })),
];
