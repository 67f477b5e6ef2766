import type { Catalogs } from '@qingyuan/core';

/**
 * Keys of the accountability view's text (`<qy-project-status>`, loaded on demand with the
 * view); override any of them with the element's `messages` property, like its own.
 */
export type ProjectAccountabilityMessageKey =
  | 'accountabilityHeading'
  | 'timelineHeading'
  | 'currentStage'
  | 'stageSince'
  | 'moneyHeading'
  | 'moneySummary'
  | 'moneyOver'
  | 'granted'
  | 'disbursed'
  | 'spent'
  | 'remaining'
  | 'overGrant'
  | 'ofGrant'
  | 'linesCaption'
  | 'line'
  | 'budgeted'
  | 'spentFromGrant'
  | 'expensesSummary'
  | 'paidOn'
  | 'item'
  | 'amount'
  | 'receipt'
  | 'noExpenses'
  | 'indicatorsHeading'
  | 'indicatorResult'
  | 'indicatorTarget'
  | 'byFinal'
  | 'byStage'
  | 'met'
  | 'notMet'
  | 'changesHeading'
  | 'noChanges'
  | 'changeAsked'
  | 'amends'
  | 'amends-plan'
  | 'amends-indicators'
  | 'amends-budget'
  | 'change-pending'
  | 'change-approved'
  | 'change-rejected'
  | 'decisionReason'
  | 'terminationHeading'
  | 'proposed'
  | 'proposer-supervision-group'
  | 'proposer-service-center'
  | 'proposer-execution-team'
  | 'answered'
  | 'notAnswered'
  | 'declined'
  | 'terminated'
  | 'refunded'
  | 'notPublished'
  | 'rolesOnly'
  | 'beyondGrant'
  | 'role-overall-lead'
  | 'role-finance-lead'
  | 'role-member'
  | 'role-former'
  | 'proposedByRole'
  | 'answeredOn'
  | 'badView';

/** The shipped zh-CN and English text of the accountability view. */
export const projectAccountabilityMessages: Catalogs<ProjectAccountabilityMessageKey> = {
  en: {
    accountabilityHeading: 'Public accountability: money and results',
    timelineHeading: 'Stage timeline',
    currentStage: 'Current stage: {stage}',
    stageSince: '{stage}, since {date}',
    moneyHeading: 'Spending',
    moneySummary:
      'Of the grant of {granted}, {disbursed} has been paid to the project and {spent} spent; {remaining} of the grant is left.',
    moneyOver:
      'Of the grant of {granted}, {disbursed} has been paid to the project and {spent} spent: {over} more than the grant.',
    granted: 'Granted',
    disbursed: 'Disbursed',
    spent: 'Spent',
    remaining: 'Remaining',
    overGrant: 'Beyond the grant',
    ofGrant: '{percent} of the grant',
    linesCaption: 'Each budget line: budgeted and spent from the grant',
    line: 'Budget line',
    budgeted: 'Budgeted',
    spentFromGrant: 'Spent',
    expensesSummary: 'Expense lines ({count})',
    paidOn: 'Paid on',
    item: 'What was bought',
    amount: 'Amount',
    receipt: 'receipt {number}',
    noExpenses: 'No expenses recorded yet.',
    indicatorsHeading: 'Indicators',
    indicatorResult: '{description}: target {target} {unit}, reached {reached} ({percent}), {by}.',
    indicatorTarget: '{description}: target {target} {unit}, not evaluated yet.',
    byFinal: 'by the final evaluation',
    byStage: 'by a stage evaluation',
    met: 'Met',
    notMet: 'Not met',
    changesHeading: 'Scope changes',
    noChanges: 'No scope change was asked for.',
    changeAsked: 'Asked by {who} on {date}: {reason}',
    amends: 'It changes: {parts}.',
    'amends-plan': 'the plan of activities',
    'amends-indicators': 'the indicators',
    'amends-budget': 'the budget',
    'change-pending': 'Waiting for the supervision group’s decision.',
    'change-approved': 'Approved by {who} on {date}.',
    'change-rejected': 'Refused by {who} on {date}.',
    decisionReason: 'Why: {reason}',
    terminationHeading: 'Termination',
    proposed: 'Proposed by {who} ({proposer}) on {date}: {reason}',
    'proposer-supervision-group': 'the supervision group',
    'proposer-service-center': 'the service center',
    'proposer-execution-team': 'the execution team',
    answered: 'The team answered ({who}, {date}): {text}',
    notAnswered: 'The team may answer by {date}.',
    declined: 'The supervision group decided on {date} not to terminate: {reason}',
    terminated: 'The supervision group ({body}) terminated the project on {date}: {reason}',
    refunded: 'Unspent money returned: {amount} on {date}.',
    notPublished:
      'This source (an older ballot box) publishes the money and the indicators only: no expense lines, scope changes or termination steps.',
    rolesOnly:
      'A public view names nobody: it says who acted by their role only, and leaves out the receipts.',
    beyondGrant: 'Beyond the grant, approved by the supervision group',
    'role-overall-lead': 'the team’s overall lead',
    'role-finance-lead': 'the team’s finance lead',
    'role-member': 'a team member',
    'role-former': 'a former team member',
    proposedByRole: 'Proposed by {proposer} on {date}: {reason}',
    answeredOn: 'The team answered on {date}: {text}',
    badView: 'The public view of the project cannot be read:',
  },
  'zh-CN': {
    accountabilityHeading: '项目公开：资金与成效',
    timelineHeading: '阶段时间线',
    currentStage: '当前阶段：{stage}',
    stageSince: '{stage}，自 {date} 起',
    moneyHeading: '资金使用',
    moneySummary:
      '资助金额 {granted}，已拨付 {disbursed}，已支出 {spent}；资助金额尚余 {remaining}。',
    moneyOver: '资助金额 {granted}，已拨付 {disbursed}，已支出 {spent}：超出资助金额 {over}。',
    granted: '资助金额',
    disbursed: '已拨付',
    spent: '已支出',
    remaining: '尚余',
    overGrant: '超出资助',
    ofGrant: '占资助金额的 {percent}',
    linesCaption: '各预算条目：预算与资助资金支出',
    line: '预算条目',
    budgeted: '预算',
    spentFromGrant: '已支出',
    expensesSummary: '支出明细（{count} 笔）',
    paidOn: '支付日期',
    item: '购买内容',
    amount: '金额',
    receipt: '票据 {number}',
    noExpenses: '尚未记录支出。',
    indicatorsHeading: '指标',
    indicatorResult: '{description}：目标 {target} {unit}，达到 {reached}（{percent}，{by}）。',
    indicatorTarget: '{description}：目标 {target} {unit}，尚未评估。',
    byFinal: '终期评估',
    byStage: '阶段评估',
    met: '已达标',
    notMet: '未达标',
    changesHeading: '项目变更',
    noChanges: '未提出项目变更。',
    changeAsked: '{who} 于 {date} 提出：{reason}',
    amends: '变更内容：{parts}。',
    'amends-plan': '活动计划',
    'amends-indicators': '指标',
    'amends-budget': '预算',
    'change-pending': '等待项目监审组决定。',
    'change-approved': '{who} 于 {date} 批准。',
    'change-rejected': '{who} 于 {date} 驳回。',
    decisionReason: '理由：{reason}',
    terminationHeading: '终止流程',
    proposed: '{who}（{proposer}）于 {date} 提议终止：{reason}',
    'proposer-supervision-group': '项目监审组',
    'proposer-service-center': '社区服务中心',
    'proposer-execution-team': '执行小组',
    answered: '执行小组答复（{who}，{date}）：{text}',
    notAnswered: '执行小组可在 {date} 前答复。',
    declined: '项目监审组于 {date} 决定不终止：{reason}',
    terminated: '{body} 于 {date} 决定终止项目：{reason}',
    refunded: '已退回未使用的资金 {amount}（{date}）。',
    notPublished: '此来源（较早版本的投票箱）只公开资金和指标，不含支出明细、项目变更和终止流程。',
    rolesOnly: '公开视图不写姓名：只写出行事者的角色，也不含票据。',
    beyondGrant: '超出资助金额，经项目监审组批准',
    'role-overall-lead': '执行小组总负责人',
    'role-finance-lead': '执行小组财务负责人',
    'role-member': '执行小组成员',
    'role-former': '原执行小组成员',
    proposedByRole: '{proposer}于 {date} 提议终止：{reason}',
    answeredOn: '执行小组于 {date} 答复：{text}',
    badView: '无法读取项目的公开视图：',
  },
};
