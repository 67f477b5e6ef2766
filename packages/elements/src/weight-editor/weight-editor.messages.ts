import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-weight-editor>`'s text; override any of them with the `messages` property. */
export type WeightMessageKey =
  | LoadMessageKey
  | 'legend'
  | 'total'
  | 'remaining'
  | 'over'
  | 'complete'
  | 'lock'
  | 'locked'
  | 'mustSum'
  | 'percentOf';

/** The shipped zh-CN and English text of `<qy-weight-editor>`. */
export const weightMessages: Catalogs<WeightMessageKey> = {
  en: {
    ...loadMessages.en,
    legend: 'Criteria weights (agreed before the meeting)',
    total: 'Total: {total} %',
    remaining: '{points} % left to assign.',
    over: '{points} % too many.',
    complete: 'The weights add up to 100 %.',
    lock: 'Agree and lock the weights',
    locked: 'Weights locked: {summary}.',
    mustSum: 'The weights must add up to 100 % (now {total} %).',
    percentOf: '{name} (percent)',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    legend: '评审标准权重（会前商定）',
    total: '合计：{total}%',
    remaining: '还剩 {points}% 未分配。',
    over: '超出 {points}%。',
    complete: '权重合计为 100%。',
    lock: '确认并锁定权重',
    locked: '权重已锁定：{summary}。',
    mustSum: '权重合计必须为 100%（当前为 {total}%）。',
    percentOf: '{name}（百分比）',
  },
};
