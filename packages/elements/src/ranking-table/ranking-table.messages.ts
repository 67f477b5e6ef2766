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
  | 'cumulative'
  | 'fundStatus'
  | 'withinFund'
  | 'beyondFund'
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
  | 'unknownProject'
  | 'badRow';

/** The shipped zh-CN and English text of `<qy-ranking-table>`. */
export const rankingMessages: Catalogs<RankingMessageKey> = {
  en: {
    ...loadMessages.en,
    caption: 'Ranking',
    rank: 'Rank',
    project: 'Project',
    total: 'Total',
    requested: 'Requested',
    cumulative: 'Cumulative',
    fundStatus: 'Fund',
    withinFund: 'Within the fund',
    beyondFund: 'Beyond the fund',
    tied: 'tied',
    scoreWeighted: 'score (weighted)',
    why: 'Why?',
    whyLabel: 'Why {project} scores {total}',
    criterionLine: '{criterion}: score {score} × weight {weight} = {weighted}',
    totalLine: 'Total: {parts} = {total}',
    tieLine: 'Tied: another project has exactly the same total.',
    fundingLine: 'Funding line: {fund} available; projects above it fit in the fund in rank order.',
    exportCsv: 'Export CSV',
    sortedBy: 'Sorted by {column}, {direction}.',
    ascending: 'ascending',
    descending: 'descending',
    updated: 'Ranking updated: {first} is first with {total}.',
    counted: '{counted} ballots counted, {rejected} not counted.',
    needsResult: 'Expected "result" (a tally result) or "ballots" (to tally) next to "meeting".',
    unknownProject: 'Project "{project}" is not in the meeting.',
    badRow: 'Expected a ranking row with project, rank, total, tied and criteria.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    caption: '评选结果',
    rank: '名次',
    project: '项目',
    total: '总分',
    requested: '申请金额',
    cumulative: '累计金额',
    fundStatus: '资金',
    withinFund: '在资金额度内',
    beyondFund: '超出资金额度',
    tied: '并列',
    scoreWeighted: '得票（加权）',
    why: '计分说明',
    whyLabel: '{project} 得分 {total} 的计算',
    criterionLine: '{criterion}：得票 {score} × 权重 {weight} = {weighted}',
    totalLine: '总分：{parts} = {total}',
    tieLine: '并列：另有项目总分完全相同。',
    fundingLine: '资金线：可用资金 {fund}；线以上的项目按名次累计在资金额度内。',
    exportCsv: '导出 CSV',
    sortedBy: '已按{column}{direction}排序。',
    ascending: '升序',
    descending: '降序',
    updated: '评选结果已更新：第一名是{first}，总分 {total}。',
    counted: '计入 {counted} 张选票，{rejected} 张未计入。',
    needsResult: '“meeting”旁需要“result”（计票结果）或“ballots”（用于计票）。',
    unknownProject: '项目“{project}”不在会议中。',
    badRow: '排名行应包含 project、rank、total、tied 和 criteria。',
  },
};
