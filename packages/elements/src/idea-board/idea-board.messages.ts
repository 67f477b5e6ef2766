import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-idea-board>`'s text; override any of them with the `messages` property. */
export type IdeaBoardMessageKey =
  | LoadMessageKey
  | 'meta'
  | 'dotsLeft'
  | 'readOnly'
  | 'filters'
  | 'community'
  | 'topic'
  | 'all'
  | 'noTopic'
  | 'ideasLabel'
  | 'noIdeas'
  | 'need'
  | 'project-idea'
  | 'by'
  | 'tally'
  | 'rank'
  | 'tied'
  | 'yourDots'
  | 'addDot'
  | 'addDotLabel'
  | 'removeDot'
  | 'removeDotLabel'
  | 'dotAdded'
  | 'dotRemoved'
  | 'noDotsHere'
  | 'queued'
  | 'refusedByBox'
  | 'boxUnreachable'
  | 'sending'
  | 'hide'
  | 'hideLabel'
  | 'hideReason'
  | 'hideConfirm'
  | 'cancel'
  | 'hidden'
  | 'hiddenCount'
  | 'hiddenItems'
  | 'hiddenBy'
  | 'proposeHeading'
  | 'kind'
  | 'title'
  | 'description'
  | 'photo'
  | 'photoAlt'
  | 'photoAltRequired'
  | 'submit'
  | 'proposed'
  | 'titleRequired'
  | 'communityRequired'
  | 'refusedRules';

/** The shipped zh-CN and English text of `<qy-idea-board>`. */
export const ideaBoardMessages: Catalogs<IdeaBoardMessageKey> = {
  en: {
    ...loadMessages.en,
    meta: '{date} · {place} · facilitated by {facilitator}',
    dotsLeft: 'You have {left} of {total} dots left; at most {perIdea} on one idea.',
    readOnly: 'You are viewing the board; sign in as a participant to post ideas and vote.',
    filters: 'Show ideas',
    community: 'Community',
    topic: 'Topic',
    all: 'All',
    noTopic: 'No topic',
    ideasLabel: 'Ideas, most dots first',
    noIdeas: 'No ideas match these filters yet.',
    need: 'Need',
    'project-idea': 'Project idea',
    by: 'by {name}',
    tally: '{dots} dots from {voters} people',
    rank: 'Rank {rank}',
    tied: 'tied with {count} other',
    yourDots: 'Your dots: {dots}',
    addDot: 'Add a dot',
    addDotLabel: 'Add a dot to “{title}”',
    removeDot: 'Take back',
    removeDotLabel: 'Take back a dot from “{title}”',
    dotAdded: 'Dot added to “{title}”. {left} dots left.',
    dotRemoved: 'Dot taken back from “{title}”. {left} dots left.',
    noDotsHere: 'You have no dots on “{title}” to take back.',
    hide: 'Hide…',
    hideLabel: 'Hide “{title}”',
    hideReason: 'Why hide “{title}”? (recorded, shown to organizers)',
    hideConfirm: 'Hide it',
    cancel: 'Cancel',
    hidden: '“{title}” is hidden. Nothing was deleted.',
    hiddenCount: '{count} item(s) hidden by the organizers.',
    hiddenItems: 'Hidden items ({count})',
    hiddenBy: 'hidden by {name} at {at}: {reason}',
    proposeHeading: 'Propose an idea',
    kind: 'This is a',
    title: 'Your idea in a few words',
    description: 'More detail (optional)',
    photo: 'Photo: file name or link (optional)',
    photoAlt: 'What the photo shows (needed with a photo)',
    photoAltRequired: 'Say what the photo shows, for people who cannot see it.',
    submit: 'Post the idea',
    proposed: 'Your idea “{title}” is on the board.',
    titleRequired: 'Write your idea in a few words.',
    communityRequired: 'Choose the community the idea is for.',
    refusedRules: 'Not possible: {messages}',
    queued: 'No connection: kept on this device, sent when the connection is back.',
    refusedByBox: 'The ballot box refused it: {message}',
    boxUnreachable: 'The ballot box cannot be reached ({reason}). Try again later.',
    sending: 'Sending…',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    meta: '{date} · {place} · 主持人：{facilitator}',
    dotsLeft: '你还剩 {left} 个点（共 {total} 个），每个点子最多 {perIdea} 个。',
    readOnly: '你正在浏览；以参与者身份登录后才能提点子和贴点。',
    filters: '筛选点子',
    community: '社区',
    topic: '议题',
    all: '全部',
    noTopic: '无议题',
    ideasLabel: '点子（按点数从多到少）',
    noIdeas: '没有符合筛选条件的点子。',
    need: '需求',
    'project-idea': '项目点子',
    by: '提出人：{name}',
    tally: '{voters} 人共贴了 {dots} 个点',
    rank: '第 {rank} 名',
    tied: '与另外 {count} 个并列',
    yourDots: '你的点数：{dots}',
    addDot: '贴一个点',
    addDotLabel: '给“{title}”贴一个点',
    removeDot: '收回',
    removeDotLabel: '从“{title}”收回一个点',
    dotAdded: '已给“{title}”贴一个点，还剩 {left} 个。',
    dotRemoved: '已从“{title}”收回一个点，还剩 {left} 个。',
    noDotsHere: '你没有在“{title}”上贴点，无需收回。',
    hide: '隐藏…',
    hideLabel: '隐藏“{title}”',
    hideReason: '为什么隐藏“{title}”？（理由会被记录，组织者可见）',
    hideConfirm: '确认隐藏',
    cancel: '取消',
    hidden: '“{title}”已隐藏，没有删除任何内容。',
    hiddenCount: '有 {count} 条内容已被组织者隐藏。',
    hiddenItems: '已隐藏的内容（{count}）',
    hiddenBy: '由{name}于 {at} 隐藏：{reason}',
    proposeHeading: '提一个点子',
    kind: '类型',
    title: '用一句话写下你的点子',
    description: '详细说明（选填）',
    photo: '照片：文件名或链接（选填）',
    photoAlt: '照片内容说明（有照片时必填）',
    photoAltRequired: '请说明照片的内容，方便看不到照片的人了解。',
    submit: '贴上墙',
    proposed: '你的点子“{title}”已贴上墙。',
    titleRequired: '请用一句话写下你的点子。',
    communityRequired: '请选择点子所属的社区。',
    refusedRules: '无法完成：{messages}',
    queued: '暂无网络：已保存在本设备，恢复连接后自动发送。',
    refusedByBox: '投票箱拒绝了：{message}',
    boxUnreachable: '无法连接投票箱（{reason}），请稍后再试。',
    sending: '正在发送……',
  },
};
