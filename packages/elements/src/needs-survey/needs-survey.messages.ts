import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-needs-survey>`'s text; override any of them with the `messages` property. */
export type NeedsSurveyMessageKey =
  | LoadMessageKey
  | 'required'
  | 'optional'
  | 'aboutYou'
  | 'page'
  | 'section'
  | 'progressLabel'
  | 'next'
  | 'previous'
  | 'toReview'
  | 'reviewTitle'
  | 'reviewHelp'
  | 'change'
  | 'changeQuestion'
  | 'notAnswered'
  | 'submit'
  | 'fixErrors'
  | 'ranked'
  | 'unranked'
  | 'rankingHelp'
  | 'addToRanking'
  | 'removeFromRanking'
  | 'moveUp'
  | 'moveDown'
  | 'movedTo'
  | 'rankedNothing'
  | 'ratingOf'
  | 'characters'
  | 'draftRestored'
  | 'startOver'
  | 'sending'
  | 'sent'
  | 'done'
  | 'queued'
  | 'rejected'
  | 'rejectedUnexplained'
  | 'retry'
  | 'responseId'
  | 'another';

/** The shipped zh-CN and English text of `<qy-needs-survey>`. */
export const needsSurveyMessages: Catalogs<NeedsSurveyMessageKey> = {
  en: {
    ...loadMessages.en,
    required: 'required',
    optional: 'optional',
    aboutYou: 'About you (optional)',
    page: 'Page {page} of {pages}',
    section: 'Part {part} of {parts}: {title}',
    progressLabel: 'Progress',
    next: 'Next',
    previous: 'Back',
    toReview: 'Check my answers',
    reviewTitle: 'Check your answers, then send them',
    reviewHelp: 'Nothing is sent until you press “{submit}”.',
    change: 'Change',
    changeQuestion: 'Change the answer to “{question}”',
    notAnswered: 'Not answered',
    submit: 'Send my answers',
    fixErrors: 'Please correct {count} answer(s) on this page.',
    ranked: 'Your order (best first)',
    unranked: 'Not ranked yet',
    rankingHelp: 'Rank at least {count}. Use the buttons to add and move items.',
    addToRanking: 'Add “{option}” to my order',
    removeFromRanking: 'Take “{option}” out of my order',
    moveUp: 'Move “{option}” up',
    moveDown: 'Move “{option}” down',
    movedTo: '“{option}” is now number {position}.',
    rankedNothing: 'Nothing ranked yet.',
    ratingOf: '{value} of {max}',
    characters: '{count} of {max} characters',
    draftRestored: 'Your earlier answers on this device were restored.',
    startOver: 'Start over',
    sending: 'Sending your answers…',
    sent: 'Your answers were received. Thank you!',
    done: 'Thank you! Your answers are complete.',
    queued:
      'You seem to be offline. Your answers are saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The server refused these answers: {message}',
    rejectedUnexplained:
      'The server refused these answers without saying why (HTTP {status}). Please tell the survey’s organizers.',
    retry: 'Try again now',
    responseId: 'Response number',
    another: 'Fill in another survey',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    required: '必答',
    optional: '选答',
    aboutYou: '关于您（选填）',
    page: '第 {page} 页，共 {pages} 页',
    section: '第 {part} 部分，共 {parts} 部分：{title}',
    progressLabel: '进度',
    next: '下一页',
    previous: '上一页',
    toReview: '检查我的回答',
    reviewTitle: '请核对您的回答，然后提交',
    reviewHelp: '按“{submit}”之前，不会发送任何内容。',
    change: '修改',
    changeQuestion: '修改“{question}”的回答',
    notAnswered: '未回答',
    submit: '提交我的回答',
    fixErrors: '本页有 {count} 个回答需要修改。',
    ranked: '您的排序（最重要的在前）',
    unranked: '尚未排序',
    rankingHelp: '请至少排列 {count} 项。用按钮加入和移动项目。',
    addToRanking: '把“{option}”加入排序',
    removeFromRanking: '把“{option}”移出排序',
    moveUp: '把“{option}”上移',
    moveDown: '把“{option}”下移',
    movedTo: '“{option}”现在排第 {position} 位。',
    rankedNothing: '尚未排列任何项目。',
    ratingOf: '{value} 分（满分 {max}）',
    characters: '{count} / {max} 字',
    draftRestored: '已恢复您之前在本设备上填写的回答。',
    startOver: '重新填写',
    sending: '正在发送您的回答…',
    sent: '您的回答已收到，谢谢！',
    done: '谢谢！您的回答已填写完成。',
    queued: '您似乎已离线。回答已保存在本设备上，网络恢复后会自动发送。',
    rejected: '服务器拒绝了这些回答：{message}',
    rejectedUnexplained:
      '服务器拒绝了这些回答，但没有说明原因（HTTP {status}）。请告知调查的组织者。',
    retry: '立即重试',
    responseId: '答卷编号',
    another: '再填一份',
  },
};
