import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

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
  | 'cumulative'
  | 'fundRunsOut'
  | 'csvCumulative'
  | 'csvFundRunsOut'
  | 'liveCounted'
  | 'liveCountedRejected'
  | 'liveMovedUp'
  | 'liveMovedDown'
  | 'liveMoreMoved'
  | 'liveFundingLine'
  | 'liveNowFunded'
  | 'liveNoLongerFunded'
  | 'liveMoreFunding'
  | 'liveScores'
  | 'liveListSeparator'
  | 'liveSeparator'
  | 'liveSentence'
  | 'placeOne'
  | 'placeTwo'
  | 'placeFew'
  | 'placeOther'
  | 'placeTied'
  | 'counted'
  | 'needsResult'
  | 'unknownProject'
  | 'boxHidden'
  | 'boxRefused'
  | 'boxUnreachable'
  | 'tieBrokenAbove'
  | 'tieBrokenBelow'
  | 'tieOnCriterion'
  | 'tieOnRequested'
  | 'tieOnId'
  | 'fundingLineTitle';

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
    fundingLineTitle: '▲ Funded above this line · ▼ no money below it',
    fundingLine:
      'Of the fund of {fund}, {granted} granted in rank order ({mode}); {remaining} left.',
    exportCsv: 'Export CSV',
    sortedBy: 'Sorted by {column}, {direction}.',
    ascending: 'ascending',
    descending: 'descending',
    cumulative: 'Cumulative requested: {amount}',
    fundRunsOut: 'Requests so far add up to more than the fund ({fund})',
    csvCumulative: 'cumulative requested (minor units)',
    csvFundRunsOut: 'cumulative first exceeds the fund',
    liveCounted: 'ballots counted: {counted}',
    liveCountedRejected: 'ballots counted: {counted} ({rejected} not counted)',
    liveMovedUp: '{project} moved up to {place}',
    liveMovedDown: '{project} moved down to {place}',
    liveMoreMoved: '{count} more changed place',
    liveFundingLine: 'the funding line moved: {changes}',
    liveNowFunded: '{project} now funded',
    liveNoLongerFunded: '{project} no longer funded',
    liveMoreFunding: '{count} more',
    liveScores: 'scores changed, order unchanged',
    liveListSeparator: ', ',
    liveSeparator: '; ',
    liveSentence: '{changes}.',
    placeOne: '{n}st',
    placeTwo: '{n}nd',
    placeFew: '{n}rd',
    placeOther: '{n}th',
    placeTied: '{place} (tied)',
    counted: '{counted} ballots counted, {rejected} not counted.',
    needsResult: 'Expected "result" (a tally result) or "ballots" (to tally) next to "meeting".',
    unknownProject: 'Project "{project}" is not in the meeting.',
    boxHidden:
      'The ranking is not shown yet: {message}. It appears here as soon as the ballot box shows it.',
    boxRefused: 'The ballot box refused to show meeting "{meeting}" ({status}): {message}',
    boxUnreachable: 'Cannot reach the ballot box at {url}: {detail}',
    tieBrokenAbove: 'Same total as {other}; placed above it on {reason}.',
    tieBrokenBelow: 'Same total as {other}; placed below it on {reason}.',
    tieOnCriterion: '{criterion}, weighted ({mine} to {theirs})',
    tieOnRequested: 'the smaller request ({mine} to {theirs})',
    tieOnId: 'the order of project ids',
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
    fundingLineTitle: '▲ 线上项目获资助 · ▼ 线下项目无资助',
    fundingLine: '可用资金 {fund}，按名次资助 {granted}（{mode}），剩余 {remaining}。',
    exportCsv: '导出 CSV',
    sortedBy: '已按{column}{direction}排序。',
    ascending: '升序',
    descending: '降序',
    cumulative: '累计申请：{amount}',
    fundRunsOut: '累计申请至此超出资金（{fund}）',
    csvCumulative: '累计申请金额（最小货币单位）',
    csvFundRunsOut: '累计首次超出资金',
    liveCounted: '已计入 {counted} 张选票',
    liveCountedRejected: '已计入 {counted} 张选票（{rejected} 张未计入）',
    liveMovedUp: '{project}升至{place}',
    liveMovedDown: '{project}降至{place}',
    liveMoreMoved: '另有 {count} 个项目名次变化',
    liveFundingLine: '资金线移动：{changes}',
    liveNowFunded: '{project}现获资助',
    liveNoLongerFunded: '{project}不再获资助',
    liveMoreFunding: '另有 {count} 个',
    liveScores: '得分有变化，名次不变',
    liveListSeparator: '，',
    liveSeparator: '；',
    liveSentence: '{changes}。',
    placeOne: '第{n}名',
    placeTwo: '第{n}名',
    placeFew: '第{n}名',
    placeOther: '第{n}名',
    placeTied: '并列{place}',
    counted: '计入 {counted} 张选票，{rejected} 张未计入。',
    needsResult: '“meeting”旁需要“result”（计票结果）或“ballots”（用于计票）。',
    unknownProject: '项目“{project}”不在会议中。',
    boxHidden: '暂不显示排名：{message}。投票箱一公开结果，排名即在此显示。',
    boxRefused: '投票箱拒绝显示评审会“{meeting}”（{status}）：{message}',
    boxUnreachable: '无法连接投票箱 {url}：{detail}',
    tieBrokenAbove: '与“{other}”总分相同，按{reason}排在其前。',
    tieBrokenBelow: '与“{other}”总分相同，按{reason}排在其后。',
    tieOnCriterion: '“{criterion}”加权得分（{mine} 比 {theirs}）',
    tieOnRequested: '申请金额较少者优先（{mine} 比 {theirs}）',
    tieOnId: '项目编号顺序',
  },
};
