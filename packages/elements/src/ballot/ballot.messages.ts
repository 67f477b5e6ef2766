import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { Catalogs } from '../i18n/messages.js';

/** Keys of `<qy-ballot>`'s text; override any of them with the `messages` property. */
export type BallotMessageKey =
  | LoadMessageKey
  | 'ballotLabel'
  | 'voterMissing'
  | 'voterUnknown'
  | 'community'
  | 'requested'
  | 'details'
  | 'recused'
  | 'approve'
  | 'scoreOf'
  | 'progress'
  | 'approvals'
  | 'toReview'
  | 'back'
  | 'submit'
  | 'reviewTitle'
  | 'yes'
  | 'no'
  | 'unmarked'
  | 'recusedShort'
  | 'incomplete'
  | 'noMeeting'
  | 'sending'
  | 'sent'
  | 'done'
  | 'queued'
  | 'rejected'
  | 'rejectedUnexplained'
  | 'retry'
  | 'receipt'
  | 'receiptHelp'
  | 'boxReceipt'
  | 'boxReceiptHelp'
  | 'replaced';

/** The shipped zh-CN and English text of `<qy-ballot>`. */
export const ballotMessages: Catalogs<BallotMessageKey> = {
  en: {
    ...loadMessages.en,
    ballotLabel: 'Ballot',
    voterMissing: 'No voter or voting code is set, so this ballot cannot be cast.',
    voterUnknown: 'Voter “{voter}” is not on the list of this meeting.',
    community: 'Community',
    requested: 'Requested',
    details: 'Details',
    recused: 'You do not vote on this project: it belongs to your own community ({community}).',
    approve: 'Approve',
    scoreOf: '{score} points',
    progress: '{done} of {total} marks given',
    approvals: '{count} approvals given',
    toReview: 'Review my ballot',
    back: 'Change my marks',
    submit: 'Submit ballot',
    reviewTitle: 'Check your ballot, then submit it',
    yes: 'Yes',
    no: 'No',
    unmarked: 'Not marked',
    recusedShort: 'Own community: not voted',
    incomplete: 'Give a mark for every criterion of every project ({missing} missing).',
    noMeeting: 'There is no meeting to vote on.',
    sending: 'Sending your ballot…',
    sent: 'Your ballot was received. Thank you!',
    done: 'Your ballot is complete.',
    queued:
      'You seem to be offline. Your ballot is saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The ballot box refused this ballot: {message}',
    rejectedUnexplained:
      'The ballot box refused this ballot without saying why (HTTP {status}). Please tell the meeting’s organizers.',
    retry: 'Try again now',
    receipt: 'Receipt code',
    receiptHelp: 'Write this code down: with it you can check that your ballot was counted.',
    boxReceipt: 'Ballot box receipt',
    boxReceiptHelp:
      'Keep this receipt: it is listed in the meeting’s public audit log, so you can check that your ballot was counted.',
    replaced:
      'This ballot replaces the one cast earlier with your voting code; only the last one counts.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    ballotLabel: '选票',
    voterMissing: '未设置投票人或投票码，无法投出此选票。',
    voterUnknown: '投票人“{voter}”不在本次会议的名单中。',
    community: '社区',
    requested: '申请金额',
    details: '详情',
    recused: '您不对此项目投票：它属于您所在的社区（{community}）。',
    approve: '赞成',
    scoreOf: '{score} 分',
    progress: '已完成 {done} / {total} 项',
    approvals: '已赞成 {count} 项',
    toReview: '检查我的选票',
    back: '修改',
    submit: '提交选票',
    reviewTitle: '请核对选票，然后提交',
    yes: '赞成',
    no: '不赞成',
    unmarked: '未填写',
    recusedShort: '本社区项目：回避',
    incomplete: '请为每个项目的每项标准打分（还差 {missing} 项）。',
    noMeeting: '没有可投票的会议。',
    sending: '正在发送选票…',
    sent: '您的选票已收到，谢谢！',
    done: '您的选票已填写完成。',
    queued: '您似乎已离线。选票已保存在本设备上，网络恢复后会自动发送。',
    rejected: '投票箱拒绝了此选票：{message}',
    rejectedUnexplained:
      '投票箱拒绝了此选票，但没有说明原因（HTTP {status}）。请告知评审会组织者。',
    retry: '立即重试',
    receipt: '回执码',
    receiptHelp: '请记下此回执码：凭它可以核实您的选票已被计入。',
    boxReceipt: '投票箱回执',
    boxReceiptHelp: '请保存此回执：它列在评审会公开的审计日志中，凭它可以核实您的选票已被计入。',
    replaced: '此选票取代了您用同一投票码先前投出的选票；只有最后一张计入。',
  },
};
