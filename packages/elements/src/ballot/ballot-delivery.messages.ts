import type { Catalogs } from '@qingyuan/core';

/**
 * Keys of `<qy-ballot>`'s text for the voting-code step and for a ballot on its way (sending,
 * queued, refused, the receipt): loaded with the module that shows them (`ballot-delivery.ts`),
 * not with the page. Override any of them with the `messages` property, as every other key.
 */
export type BallotDeliveryMessageKey =
  | 'sending'
  | 'sent'
  | 'done'
  | 'queued'
  | 'rejected'
  | 'rejectedUnexplained'
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
  | 'copyReceipt'
  | 'copied'
  | 'copyFailed'
  | 'copyFingerprint'
  | 'fingerprintCopied'
  | 'fingerprintCopyFailed'
  | 'sentBefore'
  | 'voteAgain';

/** The shipped zh-CN and English text of `<qy-ballot>`'s code step and delivery. */
export const ballotDeliveryMessages: Catalogs<BallotDeliveryMessageKey> = {
  en: {
    sending: 'Sending your ballot…',
    sent: 'Your ballot was received. Thank you!',
    done: 'Your ballot is complete.',
    queued:
      'You seem to be offline. Your ballot is saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The ballot box refused this ballot: {message}',
    rejectedUnexplained:
      'The ballot box refused this ballot without saying why (HTTP {status}). Please tell the meeting’s organizers.',
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
    copyReceipt: 'Copy receipt',
    copied: 'Receipt copied.',
    copyFailed: 'Could not copy: the receipt is selected, copy it by hand.',
    copyFingerprint: 'Copy code',
    fingerprintCopied: 'Code copied.',
    fingerprintCopyFailed: 'Could not copy: the code is selected, copy it by hand.',
    sentBefore: 'Your ballot was already received.',
    voteAgain: 'Change my vote',
  },
  'zh-CN': {
    sending: '正在发送选票…',
    sent: '您的选票已收到，谢谢！',
    done: '您的选票已填写完成。',
    queued: '您似乎已离线。选票已保存在本设备上，网络恢复后会自动发送。',
    rejected: '投票箱拒绝了此选票：{message}',
    rejectedUnexplained:
      '投票箱拒绝了此选票，但没有说明原因（HTTP {status}）。请告知评审会组织者。',
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
    copyReceipt: '复制回执',
    copied: '回执已复制。',
    copyFailed: '无法复制：回执已选中，请手动复制。',
    copyFingerprint: '复制校验码',
    fingerprintCopied: '校验码已复制。',
    fingerprintCopyFailed: '无法复制：校验码已选中，请手动复制。',
    sentBefore: '您的选票已经收到。',
    voteAgain: '修改我的选票',
  },
};
