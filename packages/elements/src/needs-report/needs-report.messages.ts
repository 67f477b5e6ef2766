import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-needs-report>`'s text; override any of them with the `messages` property. */
export type NeedsReportMessageKey =
  | LoadMessageKey
  | 'title'
  | 'counted'
  | 'problems'
  | 'partial'
  | 'malformed'
  | 'topNeeds'
  | 'basis-share'
  | 'basis-borda'
  | 'basis-rating'
  | 'all'
  | 'points'
  | 'table'
  | 'option'
  | 'choiceSummary'
  | 'byGroup'
  | 'groupSummary'
  | 'ratingSummary'
  | 'bordaSummary'
  | 'numberSummary'
  | 'textCount'
  | 'noAnswers';

/**
 * The shipped text of `<qy-needs-report>` in Chinese and English.
 *
 * @example
 * needsReportMessages.en.title; // 'Needs report'
 */
export const needsReportMessages: Catalogs<NeedsReportMessageKey> = {
  en: {
    ...loadMessages.en,
    title: 'Needs report',
    counted:
      '{total} responses: {complete} complete, {partial} partly valid, {malformed} not valid.',
    problems: 'Responses not counted in full ({count})',
    partial: 'partly valid (its valid answers are counted)',
    malformed: 'not valid (not counted)',
    topNeeds: 'The strongest needs',
    'basis-share': 'share choosing it',
    'basis-borda': 'ranking points',
    'basis-rating': 'rating',
    all: 'All responses',
    points: 'Borda points',
    table: 'Show as a table',
    option: 'Option',
    choiceSummary: 'Chosen most: “{top}”, {text}; {answered} answered.',
    byGroup: '{question} — by group',
    groupSummary: '“{option}”: {groups}.',
    ratingSummary: 'Mean {mean} from {answered} answers.',
    bordaSummary:
      'Most points: “{top}”, {text}. A first place earns {m} points, an unranked option 0; {answered} answered.',
    numberSummary: '{answered} answered: mean {mean}, median {median}, from {min} to {max}.',
    textCount: '{answered} written answers.',
    noAnswers: 'No one has answered this question yet.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    title: '需求调查报告',
    counted: '共 {total} 份答卷：完整 {complete} 份，部分有效 {partial} 份，无效 {malformed} 份。',
    problems: '未完全计入的答卷（{count} 份）',
    partial: '部分有效（有效的回答已计入）',
    malformed: '无效（未计入）',
    topNeeds: '最突出的需求',
    'basis-share': '选择比例',
    'basis-borda': '排序得分',
    'basis-rating': '评分',
    all: '全部答卷',
    points: '博达分',
    table: '以表格查看',
    option: '选项',
    choiceSummary: '选择最多的是“{top}”：{text}；{answered} 人作答。',
    byGroup: '{question}——分组对比',
    groupSummary: '“{option}”：{groups}。',
    ratingSummary: '平均 {mean} 分，{answered} 人作答。',
    bordaSummary:
      '得分最高的是“{top}”：{text}。第一名得 {m} 分，未排入的得 0 分；{answered} 人作答。',
    numberSummary: '{answered} 人作答：平均 {mean}，中位数 {median}，最少 {min}，最多 {max}。',
    textCount: '{answered} 条书面回答。',
    noAnswers: '还没有人回答这个问题。',
  },
};
