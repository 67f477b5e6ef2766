import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

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
  | 'recusedApplicant'
  | 'recusedTeamMember'
  | 'recusedConflict'
  | 'recusedConflictBecause'
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
  | 'recusedShortApplicant'
  | 'recusedShortTeamMember'
  | 'recusedShortConflict'
  | 'incomplete'
  | 'noMeeting'
  | 'sending'
  | 'sent'
  | 'done'
  | 'queued'
  | 'rejected'
  | 'rejectedUnexplained'
  | 'retry'
  | 'fingerprint'
  | 'fingerprintHelp'
  | 'receipt'
  | 'receiptHelp'
  | 'replaced'
  | 'codeTitle'
  | 'codeLabel'
  | 'codeHelp'
  | 'codeContinue'
  | 'codeChecking'
  | 'codeEmpty'
  | 'codeNotValid'
  | 'codeUsed'
  | 'codeUnchecked'
  | 'codeLimited'
  | 'codeCheckRefused'
  | 'codeRejected'
  | 'changeCode'
  | 'copyReceipt'
  | 'copied'
  | 'copyFailed'
  | 'copyFingerprint'
  | 'fingerprintCopied'
  | 'fingerprintCopyFailed'
  | 'sentBefore'
  | 'voteAgain'
  | 'votingNotOpen'
  | 'votingClosed';

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
    recusedApplicant: 'You do not vote on this project: you applied for it.',
    recusedTeamMember: 'You do not vote on this project: you are on its team.',
    recusedConflict:
      'You do not vote on this project: you declared a conflict of interest with it.',
    recusedConflictBecause:
      'You do not vote on this project: you declared a conflict of interest with it ({reason}).',
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
    recusedShortApplicant: 'Your own application: not voted',
    recusedShortTeamMember: 'Your team’s project: not voted',
    recusedShortConflict: 'Declared conflict of interest: not voted',
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
    fingerprint: 'Check code of your ballot',
    fingerprintHelp: 'Write this code down: with it you can check that your ballot was counted.',
    receipt: 'Ballot box receipt',
    receiptHelp:
      'Keep this receipt: it is listed in the meeting’s public audit log, so you can check that your ballot was counted.',
    replaced:
      'This ballot replaces the one cast earlier with your voting code; only the last one counts.',
    codeTitle: 'Enter your voting code',
    codeLabel: 'Voting code',
    codeHelp:
      'It is printed on your voting slip, under the QR code. Capital or small letters, with or without dashes.',
    codeContinue: 'Continue',
    codeChecking: 'Checking your code with the ballot box…',
    codeEmpty: 'Type the voting code printed on your slip.',
    codeNotValid:
      'The ballot box does not know this code for this meeting. Check it against your slip and type it again (0 and O, 1 and I count as the same).',
    codeUsed:
      'A ballot was already cast with this code. If you vote again, your new ballot replaces the earlier one.',
    codeUnchecked:
      'The code could not be checked now (no connection to the ballot box). You can vote; the code is checked when your ballot is sent.',
    codeLimited: 'Too many tries with this code. Wait {seconds} seconds, then try again.',
    codeCheckRefused: 'The ballot box refused to check the code: {message}',
    codeRejected:
      'Your ballot was not accepted: {message} Correct the code and continue; your marks are kept.',
    changeCode: 'Use another voting code',
    copyReceipt: 'Copy receipt',
    copied: 'Receipt copied.',
    copyFailed: 'Could not copy: the receipt is selected, copy it by hand.',
    copyFingerprint: 'Copy code',
    fingerprintCopied: 'Code copied.',
    fingerprintCopyFailed: 'Could not copy: the code is selected, copy it by hand.',
    sentBefore: 'Your ballot was already received.',
    voteAgain: 'Change my vote',
    votingNotOpen: 'Voting has not opened yet: your ballot can be cast once it opens.',
    votingClosed: 'Voting is closed: the ballot box no longer accepts ballots.',
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
    recusedApplicant: '您不对此项目投票：您是它的申请人。',
    recusedTeamMember: '您不对此项目投票：您是它的执行团队成员。',
    recusedConflict: '您不对此项目投票：您已申报与它存在利益冲突。',
    recusedConflictBecause: '您不对此项目投票：您已申报与它存在利益冲突（{reason}）。',
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
    recusedShortApplicant: '本人申请的项目：回避',
    recusedShortTeamMember: '本人所在团队的项目：回避',
    recusedShortConflict: '已申报利益冲突：回避',
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
    fingerprint: '选票校验码',
    fingerprintHelp: '请记下此校验码：凭它可以核实您的选票已被计入。',
    receipt: '投票箱回执',
    receiptHelp: '请保存此回执：它列在评审会公开的审计日志中，凭它可以核实您的选票已被计入。',
    replaced: '此选票取代了您用同一投票码先前投出的选票；只有最后一张计入。',
    codeTitle: '请输入投票码',
    codeLabel: '投票码',
    codeHelp: '投票码印在您的投票单上（二维码下方）。大小写均可，可带或不带短横线。',
    codeContinue: '继续',
    codeChecking: '正在向投票箱核对投票码…',
    codeEmpty: '请输入投票单上印的投票码。',
    codeNotValid:
      '投票箱中没有本评审会的这个投票码。请对照投票单核对后重新输入（0 与 O、1 与 I 视为相同）。',
    codeUsed: '此投票码已投过票。如果再次投票，新选票将取代先前的选票。',
    codeUnchecked: '暂时无法核对投票码（无法连接投票箱）。您可以先投票，选票发送时会核对投票码。',
    codeLimited: '此投票码尝试次数过多。请等待 {seconds} 秒后再试。',
    codeCheckRefused: '投票箱拒绝核对投票码：{message}',
    codeRejected: '您的选票未被接受：{message} 请更正投票码后继续；您的标记已保留。',
    changeCode: '使用其他投票码',
    copyReceipt: '复制回执',
    copied: '回执已复制。',
    copyFailed: '无法复制：回执已选中，请手动复制。',
    copyFingerprint: '复制校验码',
    fingerprintCopied: '校验码已复制。',
    fingerprintCopyFailed: '无法复制：校验码已选中，请手动复制。',
    sentBefore: '您的选票已经收到。',
    voteAgain: '修改我的选票',
    votingNotOpen: '投票尚未开始：开始后才能投出选票。',
    votingClosed: '投票已结束：投票箱不再接受选票。',
  },
};
