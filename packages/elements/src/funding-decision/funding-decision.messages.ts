import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { DeliveryMessageKey } from '../internal/delivery-status-view.js';

/** Keys of `<qy-funding-decision>`'s text; override any of them with the `messages` property. */
export type FundingDecisionMessageKey =
  | LoadMessageKey
  | DeliveryMessageKey
  | 'title'
  | 'noFund'
  | 'fund'
  | 'signOff'
  | 'signedOff'
  | 'notSignedOff'
  | 'ranking'
  | 'rank'
  | 'project'
  | 'requested'
  | 'rule'
  | 'final'
  | 'status'
  | 'funded'
  | 'partial'
  | 'skipped'
  | 'not-reached'
  | 'changed'
  | 'fundLine'
  | 'overrides'
  | 'noOverrides'
  | 'overrideItem'
  | 'remove'
  | 'removeOverride'
  | 'overrideForm'
  | 'amount'
  | 'decidedBy'
  | 'reason'
  | 'record'
  | 'reasonRequired'
  | 'amountInvalid'
  | 'refused'
  | 'opinions'
  | 'noOpinions'
  | 'opinionBy'
  | 'opinionText'
  | 'addOpinion'
  | 'removeOpinion'
  | 'opinionRequired'
  | 'post'
  | 'blocked'
  | 'notSent'
  | 'notSentNoRound'
  | 'decisionId'
  | 'noCredential'
  | 'stored'
  | 'storedGrant'
  | 'storedChange'
  | 'notFunded';

/**
 * The shipped text of `<qy-funding-decision>` in Chinese and English.
 *
 * @example
 * fundingDecisionMessages.en.title; // 'Funding decision'
 */
export const fundingDecisionMessages: Catalogs<FundingDecisionMessageKey> = {
  en: {
    ...loadMessages.en,
    title: 'Funding decision',
    noFund: 'Give the fund (the `fund` property) to decide the funding.',
    fund: 'Fund {fund}: granted {granted}, remaining {remaining}.',
    signOff: 'Results summary sheet',
    signedOff: 'Sheet {sheet} was signed off by {name} ({body}) on {at}.',
    notSignedOff: 'The decision cannot be posted yet:',
    ranking: 'The final ranking against the fund',
    rank: 'Rank',
    project: 'Project',
    requested: 'Requested',
    rule: 'By the rule',
    final: 'Decided',
    status: 'Outcome',
    funded: 'Funded in full',
    partial: 'Partly funded',
    skipped: 'Did not fit the fund',
    'not-reached': 'Not reached',
    changed: 'changed by a decision',
    fundLine: 'Fund line: the fund runs out here ({fund})',
    overrides: 'Changes to the rule’s grants',
    noOverrides: 'No changes: the grants follow the ranking.',
    overrideItem: '{project}: {rule} → {final}, decided by {name}: {reason}',
    remove: 'Remove',
    removeOverride: 'Remove the change of {project}',
    overrideForm: 'Change a grant (who decided and why are required)',
    amount: 'Grant ({currency})',
    decidedBy: 'Decided by',
    reason: 'Reason',
    record: 'Record the change',
    reasonRequired: 'Say why the grant departs from the rule.',
    amountInvalid: 'Type the grant as an amount, e.g. 3000 or 2999.50.',
    refused: 'Core’s funding rules refuse this change:',
    opinions: 'Opinions of street leaders and experts',
    noOpinions: 'No opinions recorded yet.',
    opinionBy: 'Whose opinion',
    opinionText: 'Opinion',
    addOpinion: 'Add the opinion',
    removeOpinion: 'Remove the opinion of {name}',
    opinionRequired: 'Write the opinion.',
    post: 'Post the funding decision',
    blocked: 'Fix what is listed above before posting.',
    notSent: 'Give an endpoint to post the decision; it was not sent.',
    notSentNoRound:
      'Give the organisation and the round to post the decision to the ballot box; it was not sent.',
    decisionId: 'Decision {id}, decided by {names} on {at}.',
    noCredential:
      'The ballot box takes the decision only with the service center’s credential, and none was given: nothing was sent.',
    stored: 'As the ballot box recorded it',
    storedGrant: '{project}: {amount}',
    storedChange: 'changed by {name}: {reason}',
    notFunded: 'not funded',
    sending: 'Posting the funding decision…',
    sent: 'The funding decision was received.',
    done: 'The funding decision is complete.',
    queued:
      'No connection: the decision is kept on this device and will be posted when the connection returns.',
    rejected: 'The server refused the decision: {message}',
    rejectedUnexplained: 'The server refused the decision (status {status}).',
    retry: 'Try again now',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    title: '资助决定',
    noFund: '请提供资金总额（fund 属性）后再做资助决定。',
    fund: '专项资金 {fund}：已分配 {granted}，剩余 {remaining}。',
    signOff: '评选结果汇总表',
    signedOff: '汇总表 {sheet} 已由{name}（{body}）于 {at} 签字确认。',
    notSignedOff: '暂时不能提交资助决定：',
    ranking: '最终排名与资金',
    rank: '排名',
    project: '项目',
    requested: '申请金额',
    rule: '按规则',
    final: '最终决定',
    status: '结果',
    funded: '全额资助',
    partial: '部分资助',
    skipped: '资金不足，未资助',
    'not-reached': '未轮到',
    changed: '已调整',
    fundLine: '资助线：资金到此用完（{fund}）',
    overrides: '对规则结果的调整',
    noOverrides: '没有调整：资助完全按排名。',
    overrideItem: '{project}：{rule} → {final}，决定者：{name}，理由：{reason}',
    remove: '删除',
    removeOverride: '删除对{project}的调整',
    overrideForm: '调整资助（须填写决定者和理由）',
    amount: '资助金额（{currency}）',
    decidedBy: '决定者',
    reason: '理由',
    record: '记录调整',
    reasonRequired: '请说明为什么偏离规则结果。',
    amountInvalid: '请填写金额，例如 3000 或 2999.50。',
    refused: '核心库的资助规则不接受这项调整：',
    opinions: '街道领导和专家的意见',
    noOpinions: '尚未记录意见。',
    opinionBy: '提出意见的人',
    opinionText: '意见',
    addOpinion: '添加意见',
    removeOpinion: '删除{name}的意见',
    opinionRequired: '请填写意见。',
    post: '提交资助决定',
    blocked: '请先处理上面列出的问题。',
    notSent: '没有提供提交地址（endpoint），资助决定未发送。',
    notSentNoRound: '没有提供组织和轮次（organization、round），无法提交到投票箱：资助决定未发送。',
    decisionId: '资助决定 {id}，由{names}于 {at} 作出。',
    noCredential: '投票箱只接受社区服务中心凭证提交的资助决定，目前没有提供凭证：资助决定未发送。',
    stored: '投票箱记录的资助决定',
    storedGrant: '{project}：{amount}',
    storedChange: '{name}调整：{reason}',
    notFunded: '不资助',
    sending: '正在提交资助决定…',
    sent: '资助决定已收到。',
    done: '资助决定已完成。',
    queued: '没有网络：资助决定已保存在本设备上，恢复连接后会自动提交。',
    rejected: '服务器拒绝了资助决定：{message}',
    rejectedUnexplained: '服务器拒绝了资助决定（状态 {status}）。',
    retry: '立即重试',
  },
};
