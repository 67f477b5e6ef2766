import type { Catalogs } from '@qingyuan/core';

/**
 * Keys of `<qy-pb-ballot>`'s text for a Qingyuan ballot box (the voting-code step and the
 * election's status). They ship with the box connection, so a page fed a sheet never
 * downloads them; override them through the element's `messages` like any other key.
 */
export type PbBallotBoxMessageKey =
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
  | 'electionDraft'
  | 'electionClosed';

/**
 * The shipped text of `<qy-pb-ballot>`'s voting-code step and election status, zh-CN and English.
 *
 * @example
 * translate(pbBallotBoxMessages, undefined, 'zh-CN', 'codeTitle'); // '请输入投票码'
 */
export const pbBallotBoxMessages: Catalogs<PbBallotBoxMessageKey> = {
  en: {
    codeTitle: 'Enter your voting code',
    codeLabel: 'Voting code or census identifier',
    codeHelp:
      'It is printed on the slip you received (or type your identifier from the census list). The ballot box checks it before you choose, and again when your ballot arrives.',
    codeContinue: 'Continue to the ballot',
    codeChecking: 'Checking your code with the ballot box…',
    codeEmpty: 'Type the voting code printed on your slip.',
    codeNotValid: 'The ballot box does not know this code.',
    codeUsed: 'This code has voted already: a ballot cannot be changed once it is cast.',
    codeUnchecked: 'The code could not be checked now; it is checked when your ballot is sent.',
    codeLimited: 'Too many tries with this code. Wait {seconds} seconds, then try again.',
    codeCheckRefused: 'The ballot box refused to check the code: {message}',
    codeRejected:
      'Your ballot was not accepted: {message} Correct the code and continue; your choices are kept.',
    electionDraft:
      'Voting in this election has not opened yet: the ballot box does not accept ballots now.',
    electionClosed: 'Voting in this election has closed: the ballot box no longer accepts ballots.',
  },
  'zh-CN': {
    codeTitle: '请输入投票码',
    codeLabel: '投票码或名册身份标识',
    codeHelp:
      '投票码印在您收到的投票单上（或输入居民名册中您的身份标识）。投票箱会在您选择之前核对它，收到选票时再核对一次。',
    codeContinue: '继续填写选票',
    codeChecking: '正在向投票箱核对投票码…',
    codeEmpty: '请输入投票单上印的投票码。',
    codeNotValid: '投票箱不认识此投票码。',
    codeUsed: '此投票码已投过票：选票一经投出便不能更改。',
    codeUnchecked: '暂时无法核对投票码，选票发送时会核对。',
    codeLimited: '此投票码尝试次数过多。请等待 {seconds} 秒后再试。',
    codeCheckRefused: '投票箱拒绝核对投票码：{message}',
    codeRejected: '您的选票未被接受：{message} 请更正投票码后继续；您的选择已保留。',
    electionDraft: '本次投票尚未开始：投票箱现在不接受选票。',
    electionClosed: '本次投票已截止：投票箱不再接受选票。',
  },
};
