import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import { joinCatalogs } from '../i18n/join-catalogs.js';
import {
  ballotDeliveryMessages,
  type BallotDeliveryMessageKey,
} from './ballot-delivery.messages.js';

/** Keys of `<qy-ballot>`'s text; override any of them with the `messages` property. */
export type BallotMessageKey = BallotVoteMessageKey | BallotDeliveryMessageKey;

/**
 * Keys of the text `<qy-ballot>` shows before anything is sent, loaded with the page (the
 * code step's and the delivery's come with their module: `BallotDeliveryMessageKey`).
 */
export type BallotVoteMessageKey =
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
  | 'retry'
  | 'changeCode'
  | 'votingNotOpen'
  | 'votingClosed';

/** The shipped zh-CN and English text `<qy-ballot>` shows before anything is sent. */
export const ballotVoteMessages: Catalogs<BallotVoteMessageKey> = {
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
    retry: 'Try again now',
    changeCode: 'Use another voting code',
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
    retry: '立即重试',
    changeCode: '使用其他投票码',
    votingNotOpen: '投票尚未开始：开始后才能投出选票。',
    votingClosed: '投票已结束：投票箱不再接受选票。',
  },
};

/** The shipped zh-CN and English text of `<qy-ballot>`, all of it. */
export const ballotMessages: Catalogs<BallotMessageKey> = /* @__PURE__ */ joinCatalogs(
  ballotVoteMessages,
  ballotDeliveryMessages,
);
