import type { RuleMessage } from '../validation/violation.js';
import { roundRules } from '../round/round-rules.js';
import { openSpaceRules } from '../open-space/open-space-rules.js';
import { surveyResponseRules } from '../survey/validate-response.js';
import { allRules, type Lifecycle, type LifecycleEvent, type TimedState } from './lifecycle.js';
import { meetingLifecycle } from './meeting-lifecycle.js';
import { projectLifecycle } from './project-lifecycle.js';

/** One entry of the rules catalog: plain, serializable data a UI can list. */
export interface RuleDescription {
  readonly id: string;
  /** Which part of the cycle it guards. */
  readonly scope: 'project' | 'meeting' | 'survey-response' | 'round' | 'open-space';
  readonly description: RuleMessage;
  /** The events it guards (empty for survey-response, round and open-space rules). */
  readonly on: readonly string[];
}

function describe<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(lifecycle: Lifecycle<Status, S, E, C>, scope: 'project' | 'meeting'): RuleDescription[] {
  const merged = new Map<string, RuleDescription>();
  for (const rule of allRules(lifecycle)) {
    const seen = merged.get(rule.id);
    merged.set(rule.id, {
      id: rule.id,
      scope,
      description: rule.description,
      on: [...new Set([...(seen?.on ?? []), ...rule.on])],
    });
  }
  merged.set(`${lifecycle.name}.document-required`, {
    id: `${lifecycle.name}.document-required`,
    scope,
    description: {
      'zh-CN': '下一步所需的文件已准备好',
      en: 'The document the next step records is ready',
    },
    on: Object.keys(lifecycle.documentFor ?? {}),
  });
  return [...merged.values()];
}

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
  ...describe(projectLifecycle, 'project'),
  ...describe(meetingLifecycle, 'meeting'),
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
