import type { LocalizedMessage } from '../locale/localized-message.js';

/**
 * The rules of an Open Space session and its dot vote, with descriptions in zh-CN and
 * English. `checkOpenSpaceSession`, `addDots` and `checkApplicationOrigin` report violations
 * under these ids; the toolkit's `rules` catalog lists them with scope `open-space`.
 *
 * @example
 * openSpaceRules['open-space.dot-budget'].en; // 'A participant uses at most the session's dots per participant'
 */
export const openSpaceRules = {
  'open-space.known-participant': {
    'zh-CN': '召集人、提出人、投票人、组员和组织者都是本次会议的参与者',
    en: 'Conveners, authors, voters, group members and organizers are participants of the session',
  },
  'open-space.known-community': {
    'zh-CN': '点子和资源所属的社区是本次会议的社区',
    en: 'Ideas and resources belong to a community of the session',
  },
  'open-space.known-topic': {
    'zh-CN': '点子和分组讨论引用的议题存在',
    en: 'Ideas and breakout groups refer to existing topics',
  },
  'open-space.known-group': {
    'zh-CN': '点子引用的分组存在',
    en: 'Ideas refer to existing breakout groups',
  },
  'open-space.known-idea': {
    'zh-CN': '投票和申请书引用的点子存在',
    en: 'Dot votes and applications refer to existing ideas',
  },
  'open-space.known-item': {
    'zh-CN': '被隐藏的条目存在',
    en: 'A hidden item exists in the session',
  },
  'open-space.dot-budget': {
    'zh-CN': '每位参与者所用的点数不超过每人点数',
    en: "A participant uses at most the session's dots per participant",
  },
  'open-space.dots-per-idea': {
    'zh-CN': '每位参与者在同一个点子上的点数不超过上限',
    en: 'A participant puts at most the allowed dots on one idea',
  },
  'open-space.positive-dots': {
    'zh-CN': '加上或收回的点数是正整数',
    en: 'Dots added or taken back are a positive whole number',
  },
  'open-space.not-hidden': {
    'zh-CN': '不能给已隐藏的点子投点',
    en: 'No dots are added to a hidden idea',
  },
  'open-space.hidden-reason': {
    'zh-CN': '隐藏条目时记录了理由',
    en: 'A hidden item has a recorded reason',
  },
  'open-space.hidden-by-organizer': {
    'zh-CN': '只有会议组织者可以隐藏条目',
    en: 'Only an organizer of the session hides items',
  },
  'open-space.origin-session': {
    'zh-CN': '申请书的来源是这次开放空间会议',
    en: "The application's origin is this Open Space session",
  },
} as const satisfies Record<string, LocalizedMessage>;

/** The id of an Open Space rule. */
export type OpenSpaceRuleId = keyof typeof openSpaceRules;
