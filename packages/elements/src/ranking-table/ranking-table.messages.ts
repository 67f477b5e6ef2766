import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { Catalogs } from '../i18n/messages.js';

/** Keys of `<qy-ranking-table>`'s text; override any of them with the `messages` property. */
export type RankingMessageKey =
  | LoadMessageKey
  | 'caption'
  | 'rank'
  | 'project'
  | 'total'
  | 'requested'
  | 'granted'
  | 'fundStatus'
  | 'funded'
  | 'partlyFunded'
  | 'skipped'
  | 'notReached'
  | 'modeSkip'
  | 'modeStrict'
  | 'fundInvalid'
  | 'fundCurrency'
  | 'tied'
  | 'scoreWeighted'
  | 'why'
  | 'whyLabel'
  | 'criterionLine'
  | 'totalLine'
  | 'tieLine'
  | 'fundingLine'
  | 'exportCsv'
  | 'sortedBy'
  | 'ascending'
  | 'descending'
  | 'updated'
  | 'counted'
  | 'needsResult'
  | 'unknownProject';

/** The shipped zh-CN and English text of `<qy-ranking-table>`. */
export const rankingMessages: Catalogs<RankingMessageKey> = {
  en: {
    ...loadMessages.en,
    caption: 'Ranking',
    rank: 'Rank',
    project: 'Project',
    total: 'Total',
    requested: 'Requested',
    granted: 'Granted',
    fundStatus: 'Fund',
    funded: 'Funded',
    partlyFunded: 'Partly funded (the rest of the fund)',
    skipped: 'Skipped: does not fit in what is left',
    notReached: 'Not reached: funding stopped at a project that did not fit',
    modeSkip: 'projects that do not fit are skipped',
    modeStrict: 'funding stops at the first project that does not fit',
    fundInvalid:
      'The fund must be a whole, non-negative number of minor units (fen), got "{fund}".',
    fundCurrency: 'Cannot fund "{project}": it requests {currency}, the fund is in {fundCurrency}.',
    tied: 'tied',
    scoreWeighted: 'score (weighted)',
    why: 'Why?',
    whyLabel: 'Why {project} scores {total}',
    criterionLine: '{criterion}: score {score} × weight {weight} = {weighted}',
    totalLine: 'Total: {parts} = {total}',
    tieLine: 'Tied: another project has exactly the same total.',
    fundingLine:
      'Funding line: of {fund}, {granted} granted in rank order ({mode}), {remaining} left; no project below this line is funded.',
    exportCsv: 'Export CSV',
    sortedBy: 'Sorted by {column}, {direction}.',
    ascending: 'ascending',
    descending: 'descending',
    updated: 'Ranking updated: {first} is first with {total}.',
    counted: '{counted} ballots counted, {rejected} not counted.',
    needsResult: 'Expected "result" (a tally result) or "ballots" (to tally) next to "meeting".',
    unknownProject: 'Project "{project}" is not in the meeting.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    caption: '评选结果',
    rank: '名次',
    project: '项目',
    total: '总分',
    requested: '申请金额',
    granted: '资助金额',
    fundStatus: '资金',
    funded: '获资助',
    partlyFunded: '部分资助（资金余额）',
    skipped: '跳过：剩余资金不足',
    notReached: '未轮到：资助在第一个超出额度的项目处停止',
    modeSkip: '超出剩余资金的项目跳过',
    modeStrict: '遇到第一个超出剩余资金的项目即停止',
    fundInvalid: '资金应为以分表示的非负整数，实际为“{fund}”。',
    fundCurrency: '无法资助“{project}”：其申请货币为 {currency}，资金货币为 {fundCurrency}。',
    tied: '并列',
    scoreWeighted: '得票（加权）',
    why: '计分说明',
    whyLabel: '{project} 得分 {total} 的计算',
    criterionLine: '{criterion}：得票 {score} × 权重 {weight} = {weighted}',
    totalLine: '总分：{parts} = {total}',
    tieLine: '并列：另有项目总分完全相同。',
    fundingLine:
      '资金线：可用资金 {fund}，按名次资助 {granted}（{mode}），剩余 {remaining}；线以下的项目均无资助。',
    exportCsv: '导出 CSV',
    sortedBy: '已按{column}{direction}排序。',
    ascending: '升序',
    descending: '降序',
    updated: '评选结果已更新：第一名是{first}，总分 {total}。',
    counted: '计入 {counted} 张选票，{rejected} 张未计入。',
    needsResult: '“meeting”旁需要“result”（计票结果）或“ballots”（用于计票）。',
    unknownProject: '项目“{project}”不在会议中。',
  },
};
