import type { FundingSource, Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { DeliveryMessageKey } from '../internal/delivery-status-view.js';

type ActivityStatus = 'done' | 'partly-done' | 'not-done' | 'cancelled';
type Conclusion = 'compliant' | 'compliant-with-remarks' | 'non-compliant';

/**
 * A delivery text of the audit's or the evaluation's writing (`audit-sent`, …), naming what was
 * sent where the report's own (`sent`, …) says "report".
 */
export type ClosingDeliveryKey =
  `${'audit' | 'evaluation'}-${Exclude<DeliveryMessageKey, 'retry'>}`;

/** Keys of `<qy-closing-report>`'s text; override any of them with the `messages` property. */
export type ClosingReportMessageKey =
  | LoadMessageKey
  | DeliveryMessageKey
  | ClosingDeliveryKey
  | FundingSource
  | `activity-${ActivityStatus}`
  | Conclusion
  | 'title'
  | 'reportHeading'
  | 'noReport'
  | 'period'
  | 'periodStart'
  | 'periodEnd'
  | 'activity'
  | 'status'
  | 'chooseStatus'
  | 'reached'
  | 'reachedCount'
  | 'note'
  | 'summary'
  | 'problems'
  | 'submittedBy'
  | 'auditHeading'
  | 'noAudit'
  | 'granted'
  | 'budgeted'
  | 'actual'
  | 'over'
  | 'under'
  | 'onBudget'
  | 'grantLines'
  | 'otherLines'
  | 'grantTotals'
  | 'overGrant'
  | 'withinGrant'
  | 'coFunding'
  | 'income'
  | 'approvals'
  | 'approval'
  | 'noApproval'
  | 'conclusion'
  | 'remarks'
  | 'auditedBy'
  | 'evaluationHeading'
  | 'noEvaluation'
  | 'indicator'
  | 'target'
  | 'met'
  | 'notMet'
  | 'evaluatedBy'
  | 'writeHeading'
  | 'needsPlan'
  | 'optional'
  | 'submit'
  | 'problemsCount'
  | 'otherProblems'
  | 'submittedReceipt'
  | 'back'
  | 'writeAuditHeading'
  | 'needsBudget'
  | 'actualLabel'
  | 'conclusionLabel'
  | 'chooseConclusion'
  | 'submitAudit'
  | 'auditReceipt'
  | 'auditProblems'
  | 'writeEvaluationHeading'
  | 'reachedLabel'
  | 'targetOf'
  | 'shareOf'
  | 'submitEvaluation'
  | 'evaluationReceipt'
  | 'evaluationProblems'
  | 'formLoading'
  | 'formLoadError';

/** The shipped zh-CN and English text of `<qy-closing-report>`. */
export const closingReportMessages: Catalogs<ClosingReportMessageKey> = {
  en: {
    ...loadMessages.en,
    grant: 'Grant',
    'volunteer-raised': 'Raised by volunteers',
    'in-kind': 'In kind',
    dues: 'Dues',
    'low-price-sales': 'Low-price sales',
    'other-income': 'Other income',
    'activity-done': 'Done',
    'activity-partly-done': 'Partly done',
    'activity-not-done': 'Not done',
    'activity-cancelled': 'Cancelled (by a scope change)',
    compliant: 'Compliant',
    'compliant-with-remarks': 'Compliant, with remarks',
    'non-compliant': 'Not compliant',
    title: 'Closing report: {project}',
    reportHeading: 'Execution report',
    noReport: 'The execution report has not been submitted yet.',
    period: 'Period: {start} to {end}',
    periodStart: 'From',
    periodEnd: 'To',
    activity: 'Activity',
    status: 'How far it got',
    chooseStatus: 'Choose…',
    reached: 'People reached',
    reachedCount: '{count} people reached',
    note: 'Note',
    summary: 'Summary',
    problems: 'Problems met',
    submittedBy: 'Submitted by {who} on {date}',
    auditHeading: 'Financial audit',
    noAudit: 'The financial audit has not been recorded yet.',
    granted: 'Grant approved: {amount}',
    budgeted: 'Budgeted {amount}',
    actual: 'Spent {amount}',
    over: 'Over by {amount}',
    under: 'Under by {amount}',
    onBudget: 'On budget',
    grantLines: 'Grant lines: budget against actual',
    otherLines: 'Co-funding and income lines',
    grantTotals: 'From the grant: budgeted {budgeted}, spent {actual}.',
    overGrant: 'Grant spending exceeds the grant by {amount}.',
    withinGrant: 'Grant spending stays within the grant.',
    coFunding: 'Co-funding used: {amount}',
    income: 'Project income used: {amount}',
    approvals: 'Approvals of spending beyond the grant',
    approval: '{body} approved a ceiling of {amount} ({who}, {date})',
    noApproval: 'No approval of spending beyond the grant is on record.',
    conclusion: 'Conclusion: {conclusion}',
    remarks: 'Remarks',
    auditedBy: 'Audited by {who} on {date}',
    evaluationHeading: 'Evaluation against the indicators',
    noEvaluation: 'The final evaluation has not been recorded yet.',
    indicator: 'Indicator',
    target: 'Target {target} {unit}, reached {reached} ({percent}%)',
    met: 'Met',
    notMet: 'Not met',
    evaluatedBy: 'Evaluated by {who} on {date}',
    writeHeading: 'Write the execution report',
    needsPlan: 'Writing the report needs the project’s application (its plan of activities).',
    optional: '(optional)',
    submit: 'Submit the report',
    problemsCount:
      'The report cannot be submitted yet: {count} problem(s) are marked beside the fields.',
    otherProblems: 'Also:',
    submittedReceipt: 'Execution report {id}, submitted {date}.',
    back: 'Back to the report',
    sending: 'Sending the report…',
    sent: 'The report was received.',
    done: 'The report is complete.',
    queued:
      'You seem to be offline. The report is saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The server refused this report: {message}',
    rejectedUnexplained:
      'The server refused this report without saying why (HTTP {status}). Please tell the service center.',
    retry: 'Try again now',
    writeAuditHeading: 'Record the financial audit',
    needsBudget:
      'Writing the audit or the evaluation needs the project’s application (its budget and indicators).',
    actualLabel: 'Actual amount ({currency})',
    conclusionLabel: 'Conclusion',
    chooseConclusion: 'Choose…',
    submitAudit: 'Record the audit',
    auditReceipt: 'Financial audit {id}, recorded {date}.',
    auditProblems:
      'The audit cannot be recorded yet: {count} problem(s) are marked beside the fields.',
    writeEvaluationHeading: 'Record the final evaluation',
    reachedLabel: 'Reached ({unit})',
    targetOf: 'Target: {target} {unit}',
    shareOf: '{percent}% of the target',
    submitEvaluation: 'Record the evaluation',
    evaluationReceipt: 'Final evaluation {id}, recorded {date}.',
    evaluationProblems:
      'The evaluation cannot be recorded yet: {count} problem(s) are marked beside the fields.',
    formLoading: 'Loading the form…',
    formLoadError: 'The form could not be loaded. Check the connection, then try again.',
    'audit-sending': 'Sending the financial audit…',
    'audit-sent': 'The financial audit was received.',
    'audit-done': 'The financial audit is complete.',
    'audit-queued':
      'You seem to be offline. The financial audit is saved on this device and will be sent automatically when the connection returns.',
    'audit-rejected': 'The server refused this financial audit: {message}',
    'audit-rejectedUnexplained':
      'The server refused this financial audit without saying why (HTTP {status}). Please tell the service center.',
    'evaluation-sending': 'Sending the final evaluation…',
    'evaluation-sent': 'The final evaluation was received.',
    'evaluation-done': 'The final evaluation is complete.',
    'evaluation-queued':
      'You seem to be offline. The final evaluation is saved on this device and will be sent automatically when the connection returns.',
    'evaluation-rejected': 'The server refused this final evaluation: {message}',
    'evaluation-rejectedUnexplained':
      'The server refused this final evaluation without saying why (HTTP {status}). Please tell the service center.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    grant: '资助资金',
    'volunteer-raised': '志愿者募集',
    'in-kind': '实物捐赠',
    dues: '会费',
    'low-price-sales': '低价出售收入',
    'other-income': '其他收入',
    'activity-done': '已完成',
    'activity-partly-done': '部分完成',
    'activity-not-done': '未完成',
    'activity-cancelled': '已取消（经变更）',
    compliant: '合规',
    'compliant-with-remarks': '基本合规，另有说明',
    'non-compliant': '不合规',
    title: '{project} 结项报告',
    reportHeading: '执行报告',
    noReport: '尚未提交执行报告。',
    period: '执行期：{start} 至 {end}',
    periodStart: '开始日期',
    periodEnd: '结束日期',
    activity: '活动',
    status: '完成情况',
    chooseStatus: '请选择…',
    reached: '受益人次',
    reachedCount: '受益 {count} 人次',
    note: '说明',
    summary: '总结',
    problems: '遇到的问题',
    submittedBy: '{who} 于 {date} 提交',
    auditHeading: '财务审计',
    noAudit: '尚未记录财务审计。',
    granted: '批准资助：{amount}',
    budgeted: '预算 {amount}',
    actual: '实际支出 {amount}',
    over: '超支 {amount}',
    under: '结余 {amount}',
    onBudget: '与预算持平',
    grantLines: '资助条目：预算与实际',
    otherLines: '配套资金与项目收入',
    grantTotals: '资助资金：预算 {budgeted}，实际支出 {actual}。',
    overGrant: '资助资金支出超出资助金额 {amount}。',
    withinGrant: '资助资金支出未超出资助金额。',
    coFunding: '使用配套资金：{amount}',
    income: '使用项目收入：{amount}',
    approvals: '超支批准',
    approval: '{body} 批准支出上限 {amount}（{who}，{date}）',
    noApproval: '没有超出资助金额支出的批准记录。',
    conclusion: '审计结论：{conclusion}',
    remarks: '说明',
    auditedBy: '{who} 于 {date} 审计',
    evaluationHeading: '对照指标的评估',
    noEvaluation: '尚未记录终期评估。',
    indicator: '指标',
    target: '目标 {target} {unit}，达到 {reached}（{percent}%）',
    met: '已达到',
    notMet: '未达到',
    evaluatedBy: '{who} 于 {date} 评估',
    writeHeading: '填写执行报告',
    needsPlan: '填写执行报告需要项目申请书（其中的活动计划）。',
    optional: '（选填）',
    submit: '提交报告',
    problemsCount: '报告还不能提交：有 {count} 处问题，已在相应栏目旁标出。',
    otherProblems: '另外：',
    submittedReceipt: '执行报告 {id}，提交于 {date}。',
    back: '返回报告',
    sending: '正在发送报告…',
    sent: '报告已收到。',
    done: '报告已完成。',
    queued: '您似乎已离线。报告已保存在本设备上，网络恢复后会自动发送。',
    rejected: '服务器拒绝了此报告：{message}',
    rejectedUnexplained:
      '服务器拒绝了此报告，但没有说明原因（HTTP {status}）。请告知社区服务中心。',
    retry: '立即重试',
    writeAuditHeading: '记录财务审计',
    needsBudget: '填写审计或评估需要项目申请书（其中的预算和指标）。',
    actualLabel: '实际金额（{currency}）',
    conclusionLabel: '审计结论',
    chooseConclusion: '请选择…',
    submitAudit: '提交审计',
    auditReceipt: '财务审计 {id}，记录于 {date}。',
    auditProblems: '审计还不能提交：有 {count} 处问题，已在相应栏目旁标出。',
    writeEvaluationHeading: '记录终期评估',
    reachedLabel: '达到（{unit}）',
    targetOf: '目标：{target} {unit}',
    shareOf: '达到目标的 {percent}%',
    submitEvaluation: '提交评估',
    evaluationReceipt: '终期评估 {id}，记录于 {date}。',
    evaluationProblems: '评估还不能提交：有 {count} 处问题，已在相应栏目旁标出。',
    formLoading: '正在加载表单…',
    formLoadError: '表单未能加载。请检查网络后重试。',
    'audit-sending': '正在发送财务审计…',
    'audit-sent': '财务审计已收到。',
    'audit-done': '财务审计已完成。',
    'audit-queued': '您似乎已离线。财务审计已保存在本设备上，网络恢复后会自动发送。',
    'audit-rejected': '服务器拒绝了此财务审计：{message}',
    'audit-rejectedUnexplained':
      '服务器拒绝了此财务审计，但没有说明原因（HTTP {status}）。请告知社区服务中心。',
    'evaluation-sending': '正在发送终期评估…',
    'evaluation-sent': '终期评估已收到。',
    'evaluation-done': '终期评估已完成。',
    'evaluation-queued': '您似乎已离线。终期评估已保存在本设备上，网络恢复后会自动发送。',
    'evaluation-rejected': '服务器拒绝了此终期评估：{message}',
    'evaluation-rejectedUnexplained':
      '服务器拒绝了此终期评估，但没有说明原因（HTTP {status}）。请告知社区服务中心。',
  },
};
