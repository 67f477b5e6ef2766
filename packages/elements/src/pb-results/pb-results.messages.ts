import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-pb-results>`'s text; override any of them with the `messages` property. */
export type PbResultsMessageKey =
  | LoadMessageKey
  | 'defaultTitle'
  | 'ruleLine'
  | 'ruleGreedyCost'
  | 'ruleGreedyCardinality'
  | 'ruleEqualShares'
  | 'rulePhragmen'
  | 'utilityCost'
  | 'utilityCardinality'
  | 'completionNone'
  | 'completionGreedy'
  | 'completionAdd1'
  | 'summary'
  | 'reportActions'
  | 'print'
  | 'downloadJson'
  | 'downloadCsv'
  | 'downloaded'
  | 'outcomeHeading'
  | 'noneFunded'
  | 'colPosition'
  | 'colProject'
  | 'colCost'
  | 'colVotes'
  | 'total'
  | 'projectsHeading'
  | 'projectMeta'
  | 'statusRound'
  | 'statusPosition'
  | 'statusCompletion'
  | 'statusUnfunded'
  | 'whyFunded'
  | 'whyNotFunded'
  | 'otherRuleFunded'
  | 'otherRuleNotFunded'
  | 'otherRuleNote'
  | 'roundsHeading'
  | 'roundsIntro'
  | 'roundsCaption'
  | 'colRound'
  | 'colPrice'
  | 'colFullShare'
  | 'colPayments'
  | 'colEffective'
  | 'colSpent'
  | 'payment'
  | 'completionRound'
  | 'chartHeading'
  | 'chartSummary'
  | 'chartEmpty'
  | 'chartRound'
  | 'chartCompletion'
  | 'chartPosition'
  | 'chartValue'
  | 'chartTable'
  | 'colShare'
  | 'legendShares'
  | 'legendCompletion'
  | 'legendBudget'
  | 'shareHeading'
  | 'shareLabel'
  | 'shareHint'
  | 'shareShow'
  | 'shareEmpty'
  | 'shareUnknownProjects'
  | 'shareNoBallot'
  | 'shareVoter'
  | 'shareOnlyEqualShares'
  | 'shareLabelBox'
  | 'shareHintBox'
  | 'shareLooking'
  | 'boxRefused'
  | 'boxBallots'
  | 'boxProvisional'
  | 'boxFinal'
  | 'approvalReading'
  | 'analyticsHeading'
  | 'analyticsCaption'
  | 'colMeasure'
  | 'colValue'
  | 'colExact'
  | 'nonEmptyHanded'
  | 'avgSatCost'
  | 'avgSatCard'
  | 'giniCost'
  | 'giniCard'
  | 'noAnalytics'
  | 'representationHeading'
  | 'ejr'
  | 'ejr-up-to-one'
  | 'pjr'
  | 'repSatisfied'
  | 'repViolated'
  | 'repTooLarge'
  | 'badRuleOption';

/**
 * The shipped zh-CN and English text of `<qy-pb-results>`.
 *
 * @example
 * pbResultsMessages.en.shareHeading; // 'What my share paid for'
 */
export const pbResultsMessages: Catalogs<PbResultsMessageKey> = {
  en: {
    ...loadMessages.en,
    defaultTitle: 'Participatory budgeting results',
    ruleLine: 'Rule: {rule}',
    ruleGreedyCost: 'greedy by number of votes',
    ruleGreedyCardinality: 'greedy by votes per cost',
    ruleEqualShares: 'Method of Equal Shares ({utility} utility; completion: {completion})',
    rulePhragmen: 'sequential Phragmén',
    utilityCost: 'cost',
    utilityCardinality: 'cardinality',
    completionNone: 'none',
    completionGreedy: 'greedy',
    completionAdd1: 'add 1 to each share',
    summary:
      '{funded} of {projects} projects funded, costing {cost} of the {budget} budget ({share}). {voters} voters.',
    reportActions: 'The report',
    print: 'Print the report',
    downloadJson: 'Download JSON',
    downloadCsv: 'Download CSV',
    downloaded: 'Saved {file}.',
    outcomeHeading: 'Funded projects',
    noneFunded: 'No project was funded.',
    colPosition: 'No.',
    colProject: 'Project',
    colCost: 'Cost',
    colVotes: 'Votes',
    total: 'Total',
    projectsHeading: 'Every project, and why',
    projectMeta: 'Cost {cost} · {votes} votes',
    statusRound: 'Funded in round {round}',
    statusPosition: 'Funded (number {position} of the outcome)',
    statusCompletion: 'Funded by the completion',
    statusUnfunded: 'Not funded',
    whyFunded: 'Why was {name} funded?',
    whyNotFunded: 'Why was {name} not funded?',
    otherRuleFunded:
      'Project {id} ({votes} votes, cost {cost}) was selected by {rule} as number {position} of {count}.',
    otherRuleNotFunded:
      'Project {id} ({votes} votes, cost {cost}) was not selected by {rule}: the {count} selected projects used {spent} of the {budget} budget.',
    otherRuleNote: 'A round-by-round explanation exists for the Method of Equal Shares only.',
    roundsHeading: 'Rounds of Equal Shares',
    roundsIntro:
      'Each of the {voters} voters started with an equal share of {share}. In each round the project its supporters could buy at the lowest price per unit of utility was bought, its supporters paying as equally as their money allowed.',
    roundsCaption: 'What each round bought and who paid',
    colRound: 'Round',
    colPrice: 'Price per unit of utility',
    colFullShare: 'Full share',
    colPayments: 'Payments',
    colEffective: 'Effective votes',
    colSpent: 'Spent so far',
    payment: '{voters} × {amount}',
    completionRound: 'completion',
    chartHeading: 'Spending against the budget',
    chartSummary:
      'After {steps} purchases, {spent} of the {budget} budget was spent ({share}); {left} was left unspent.',
    chartEmpty: 'Nothing was bought: the whole budget of {budget} was left unspent.',
    chartRound: 'Round {round}: {name}',
    chartCompletion: 'Completion: {name}',
    chartPosition: '{position}. {name}',
    chartValue: '{spent} ({share})',
    chartTable: 'Show the spending as a table',
    colShare: 'Share of the budget',
    legendShares: 'Paid from the voters’ shares',
    legendCompletion: 'Bought by the completion',
    legendBudget: 'Budget line',
    shareHeading: 'What my share paid for',
    shareLabel: 'Your voter id, or the project ids on your receipt',
    shareHint: 'Separate project ids with commas or spaces; a ballot pasted as JSON works too.',
    shareShow: 'Show what my share paid for',
    shareEmpty: 'Enter a voter id or the project ids on your receipt.',
    shareUnknownProjects:
      'No voter has this id, and these are not projects of this election: {ids}.',
    shareNoBallot: 'Nobody cast exactly this ballot: {ids}.',
    shareVoter: 'Voter {voter}:',
    shareLabelBox: 'Your receipt code, or the project ids on your ballot',
    shareHintBox:
      'The receipt is the 64-character code the ballot box gave you when you voted; it shows only your own ballot’s share.',
    shareLooking: 'Looking up this receipt in the ballot box…',
    boxRefused: '{url} answered {status}: {message}',
    boxBallots: '{total} ballots counted, {paper} of them entered from paper.',
    boxProvisional:
      'Provisional outcome: the count is not certified yet, and paper ballots may still be entered.',
    boxFinal: 'Final outcome: the count was certified on {date}.',
    approvalReading:
      'The rule reads these ballots as approvals: every project given points or a rank counts as approved; the points and the ranks themselves are not weighed.',
    shareOnlyEqualShares:
      'Voters hold shares only under the Method of Equal Shares; this outcome was computed with {rule}.',
    analyticsHeading: 'How the outcome serves the voters',
    analyticsCaption: 'Satisfaction of the voters with the outcome',
    colMeasure: 'Measure',
    colValue: 'Value',
    colExact: 'Exact',
    nonEmptyHanded: 'Share of voters with at least one funded project they voted for',
    avgSatCost: 'Mean cost of the funded projects a voter voted for',
    avgSatCard: 'Mean number of funded projects a voter voted for',
    giniCost: 'Gini coefficient of that cost (0 = equal)',
    giniCard: 'Gini coefficient of that number (0 = equal)',
    noAnalytics: 'The results document has no analytics.',
    representationHeading: 'Proportional representation',
    ejr: 'EJR (extended justified representation)',
    'ejr-up-to-one': 'EJR up to one project',
    pjr: 'PJR (proportional justified representation)',
    repSatisfied: '{property}, {utility} utility: satisfied.',
    repViolated: '{property}, {utility} utility: not satisfied. {message}',
    repTooLarge: '{property}, {utility} utility: not checked. {message}',
    badRuleOption: 'expected one of {allowed}, got "{value}"',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    defaultTitle: '参与式预算结果',
    ruleLine: '规则：{rule}',
    ruleGreedyCost: '按票数贪心',
    ruleGreedyCardinality: '按每单位费用票数贪心',
    ruleEqualShares: '平等份额法（{utility}效用；补全：{completion}）',
    rulePhragmen: '序贯 Phragmén 法',
    utilityCost: '费用',
    utilityCardinality: '项目数',
    completionNone: '无',
    completionGreedy: '贪心',
    completionAdd1: '每人份额加 1',
    summary:
      '{projects} 个项目中 {funded} 个获得资助，共 {cost}，预算 {budget}（{share}）。投票人 {voters} 名。',
    reportActions: '报告',
    print: '打印报告',
    downloadJson: '下载 JSON',
    downloadCsv: '下载 CSV',
    downloaded: '已保存 {file}。',
    outcomeHeading: '获资助的项目',
    noneFunded: '没有项目获得资助。',
    colPosition: '序号',
    colProject: '项目',
    colCost: '费用',
    colVotes: '票数',
    total: '合计',
    projectsHeading: '所有项目及原因',
    projectMeta: '费用 {cost} · {votes} 票',
    statusRound: '第 {round} 轮获资助',
    statusPosition: '获资助（结果中第 {position} 个）',
    statusCompletion: '由补全获资助',
    statusUnfunded: '未获资助',
    whyFunded: '为什么{name}获得资助？',
    whyNotFunded: '为什么{name}没有获得资助？',
    otherRuleFunded:
      '项目 {id}（{votes} 票，费用 {cost}）被{rule}选为 {count} 个项目中的第 {position} 个。',
    otherRuleNotFunded:
      '项目 {id}（{votes} 票，费用 {cost}）未被{rule}选中：选中的 {count} 个项目用去了预算 {budget} 中的 {spent}。',
    otherRuleNote: '逐轮解释只适用于平等份额法。',
    roundsHeading: '平等份额法的各轮',
    roundsIntro:
      '{voters} 名投票人每人起始拥有相等的份额 {share}。每一轮购买其支持者能以最低的每单位效用价格买下的项目，支持者在各自余额允许的范围内尽量平均地付款。',
    roundsCaption: '每一轮买了什么、谁付了多少',
    colRound: '轮次',
    colPrice: '每单位效用价格',
    colFullShare: '完整份额',
    colPayments: '付款',
    colEffective: '有效票数',
    colSpent: '累计支出',
    payment: '{voters} 人 × {amount}',
    completionRound: '补全',
    chartHeading: '支出与预算对比',
    chartSummary: '{steps} 次购买后，预算 {budget} 中已支出 {spent}（{share}），未用 {left}。',
    chartEmpty: '没有购买任何项目：预算 {budget} 全部未用。',
    chartRound: '第 {round} 轮：{name}',
    chartCompletion: '补全：{name}',
    chartPosition: '{position}. {name}',
    chartValue: '{spent}（{share}）',
    chartTable: '以表格查看支出',
    colShare: '占预算比例',
    legendShares: '由投票人份额支付',
    legendCompletion: '由补全购买',
    legendBudget: '预算线',
    shareHeading: '我的份额支付了什么',
    shareLabel: '您的投票人编号，或回执上的项目编号',
    shareHint: '多个项目编号用逗号或空格分隔；也可以粘贴 JSON 格式的选票。',
    shareShow: '查看我的份额支付了什么',
    shareEmpty: '请输入投票人编号或回执上的项目编号。',
    shareUnknownProjects: '没有此编号的投票人，以下也不是本次选举的项目：{ids}。',
    shareNoBallot: '没有人投出与此完全相同的选票：{ids}。',
    shareVoter: '投票人 {voter}：',
    shareLabelBox: '您的回执码，或您选票上的项目编号',
    shareHintBox: '回执码是您投票时投票箱给出的 64 位代码；只显示您自己这张选票的份额。',
    shareLooking: '正在投票箱中查找此回执…',
    boxRefused: '{url} 返回 {status}：{message}',
    boxBallots: '共计入 {total} 张选票，其中 {paper} 张由纸质选票录入。',
    boxProvisional: '临时结果：计票结果尚未认证，纸质选票仍可能录入。',
    boxFinal: '最终结果：计票结果已于 {date} 认证。',
    approvalReading:
      '计票规则把这些选票读作赞成票：得到积分或排名的项目都算作被赞成；积分和名次本身不加权。',
    shareOnlyEqualShares: '只有在平等份额法下投票人才持有份额；此结果由{rule}计算。',
    analyticsHeading: '结果对投票人的满足程度',
    analyticsCaption: '投票人对结果的满意度',
    colMeasure: '指标',
    colValue: '数值',
    colExact: '精确值',
    nonEmptyHanded: '至少有一个所投项目获资助的投票人比例',
    avgSatCost: '每名投票人所投获资助项目的平均费用',
    avgSatCard: '每名投票人所投获资助项目的平均个数',
    giniCost: '上述费用的基尼系数（0 为完全平均）',
    giniCard: '上述个数的基尼系数（0 为完全平均）',
    noAnalytics: '结果文档中没有满意度分析。',
    representationHeading: '比例代表性',
    ejr: 'EJR（扩展正当代表性）',
    'ejr-up-to-one': 'EJR-1（至多差一个项目的扩展正当代表性）',
    pjr: 'PJR（比例正当代表性）',
    repSatisfied: '{property}，{utility}效用：满足。',
    repViolated: '{property}，{utility}效用：不满足。{message}',
    repTooLarge: '{property}，{utility}效用：未检验。{message}',
    badRuleOption: '应为 {allowed} 之一，实际为"{value}"',
  },
};
