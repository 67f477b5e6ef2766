import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-project-status>`'s text; override any of them with the `messages` property. */
export type ProjectStatusMessageKey =
  | LoadMessageKey
  | 'heading'
  | 'stepsLabel'
  | 'done'
  | 'current'
  | 'upcoming'
  | 'ended'
  | 'nextStep'
  | 'nothingMissing'
  | 'missingTitle'
  | 'why'
  | 'finished'
  | 'terminatedBecause'
  | 'unknownStatus'
  | 'refusedEvent'
  | 'rulesUnavailable';

/** The shipped zh-CN and English text of `<qy-project-status>`. */
export const projectStatusMessages: Catalogs<ProjectStatusMessageKey> = {
  en: {
    ...loadMessages.en,
    heading: 'Where the project stands',
    stepsLabel: 'Steps of the project',
    done: 'done',
    current: 'current step',
    upcoming: 'not yet',
    ended: 'ended here',
    nextStep: 'Next step: {step}',
    nothingMissing: 'Nothing is missing for the next step.',
    missingTitle: 'Missing for the next step ({count}):',
    why: 'Which rule?',
    finished: 'This project has ended: {status}.',
    terminatedBecause: 'Reason: {reason}',
    unknownStatus: '“{status}” is not a project status (expected one of: {statuses}).',
    refusedEvent: 'Event {index} (“{type}”) was refused: {message}',
    rulesUnavailable: 'The rules this history needs could not be loaded ({detail}).',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    heading: '项目进展',
    stepsLabel: '项目步骤',
    done: '已完成',
    current: '当前步骤',
    upcoming: '尚未进行',
    ended: '在此结束',
    nextStep: '下一步：{step}',
    nothingMissing: '下一步所需的条件都已具备。',
    missingTitle: '进入下一步还缺少（{count} 项）：',
    why: '依据哪条规则？',
    finished: '项目已结束：{status}。',
    terminatedBecause: '理由：{reason}',
    unknownStatus: '“{status}”不是项目状态（应为：{statuses}）。',
    refusedEvent: '第 {index} 个事件（“{type}”）被拒绝：{message}',
    rulesUnavailable: '无法加载这份历史记录所需的规则（{detail}）。',
  },
};
