import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { DeliveryMessageKey } from '../internal/delivery-status-view.js';

/** Keys of `<qy-execution-team>`'s text; override any of them with the `messages` property. */
export type ExecutionTeamMessageKey =
  | LoadMessageKey
  | DeliveryMessageKey
  | 'title'
  | 'allSigned'
  | 'notSigned'
  | 'roster'
  | 'overall-lead'
  | 'finance-lead'
  | 'member'
  | 'duties'
  | 'noDuties'
  | 'signedOn'
  | 'unsigned'
  | 'signAs'
  | 'rules'
  | 'noRules'
  | 'signingRules'
  | 'contract'
  | 'noContract'
  | 'signHeading'
  | 'code'
  | 'codeHint'
  | 'codeRequired'
  | 'agree'
  | 'agreeRequired'
  | 'sign'
  | 'cancel'
  | 'refused'
  | 'signedReceipt'
  | 'back';

/** The shipped zh-CN and English text of `<qy-execution-team>`. */
export const executionTeamMessages: Catalogs<ExecutionTeamMessageKey> = {
  en: {
    ...loadMessages.en,
    title: 'Execution team of {project}',
    allSigned: 'Every member has signed their responsibility contract.',
    notSigned: '{count} of {total} members have not signed yet: {names}.',
    roster: 'Members, roles and duties',
    'overall-lead': 'Overall lead',
    'finance-lead': 'Finance lead',
    member: 'Member',
    duties: 'Duties',
    noDuties: 'No duties written down yet.',
    signedOn: 'Signed on {date}',
    unsigned: 'Not signed yet',
    signAs: 'Sign as {name}',
    rules: 'The team’s rules',
    noRules: 'The team has not written down its rules yet.',
    signingRules: 'How contracts are signed',
    contract: 'The responsibility contract',
    noContract:
      'Each member takes on the duties written beside their name and answers for them to the residents and the supervision group.',
    signHeading: 'Sign as {name}',
    code: 'Your signing code',
    codeHint:
      'The code on your own signing slip (or in the QR code you scanned). Nobody signs for you.',
    codeRequired: 'Type your signing code.',
    agree: 'I have read the contract and take on these duties',
    agreeRequired: 'Confirm that you have read the contract and take on the duties.',
    sign: 'Sign the contract',
    cancel: 'Cancel',
    refused: 'This signature breaks a rule: {messages}',
    signedReceipt: '{name} signed on {date}.',
    back: 'Back to the team',
    sending: 'Sending your signature…',
    sent: 'Your signature was received.',
    done: 'Your signature is recorded.',
    queued:
      'You seem to be offline. Your signature is saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The server refused this signature: {message}',
    rejectedUnexplained:
      'The server refused this signature without saying why (HTTP {status}). Please tell the service center.',
    retry: 'Try again now',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    title: '{project} 项目执行小组',
    allSigned: '每位成员都已签署职责合同。',
    notSigned: '{total} 名成员中还有 {count} 名尚未签署：{names}。',
    roster: '成员、分工与职责',
    'overall-lead': '总负责人',
    'finance-lead': '财务负责人',
    member: '成员',
    duties: '职责',
    noDuties: '尚未写明职责。',
    signedOn: '已于 {date} 签署',
    unsigned: '尚未签署',
    signAs: '以 {name} 的身份签署',
    rules: '小组的规章制度',
    noRules: '小组尚未写下规章制度。',
    signingRules: '合同怎样签署',
    contract: '职责合同',
    noContract: '每位成员承担其姓名旁所写的职责，并对社区居民和项目监审组负责。',
    signHeading: '以 {name} 的身份签署',
    code: '您的签署码',
    codeHint: '您本人签署单上的签署码（或扫描二维码带入）。任何人不能代签。',
    codeRequired: '请输入您的签署码。',
    agree: '我已阅读合同，承担上述职责',
    agreeRequired: '请确认您已阅读合同并承担职责。',
    sign: '签署合同',
    cancel: '取消',
    refused: '此签署违反规则：{messages}',
    signedReceipt: '{name} 已于 {date} 签署。',
    back: '返回执行小组',
    sending: '正在发送您的签署…',
    sent: '已收到您的签署。',
    done: '您的签署已记录。',
    queued: '您似乎已离线。您的签署已保存在本设备上，网络恢复后会自动发送。',
    rejected: '服务器拒绝了此签署：{message}',
    rejectedUnexplained:
      '服务器拒绝了此签署，但没有说明原因（HTTP {status}）。请告知社区服务中心。',
    retry: '立即重试',
  },
};
