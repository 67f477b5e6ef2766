import type { LocalizedMessage } from '../locale/localized-message.js';

/**
 * The rules a round's documents are checked by outside the project lifecycle (`checkVetting`,
 * `agendaFromVetted`, `checkAgenda`, `checkSummarySheet`, `checkRound`): ids and descriptions
 * in both languages, for the rules catalog.
 *
 * @example
 * roundRules['vetting.by-service-center'].en; // 'Only a member of the community service center vets an application'
 */
export const roundRules = {
  'vetting.by-service-center': {
    'zh-CN': '只有社区服务中心的成员审核申请',
    en: 'Only a member of the community service center vets an application',
  },
  'vetting.reasons': {
    'zh-CN': '退回的申请写明理由',
    en: 'A returned application states the reasons',
  },
  'vetting.in-round': {
    'zh-CN': '审核的申请属于该轮次',
    en: 'The vetted application belongs to the round',
  },
  'agenda.application-present': {
    'zh-CN': '通过审核的申请有申请书',
    en: 'An accepted application has its document',
  },
  'agenda.vetted': {
    'zh-CN': '议程上的项目都是本轮通过审核的申请',
    en: 'Every project on the agenda is an application of the round accepted by its vetting',
  },
  'summary-sheet.signed-off': {
    'zh-CN': '评选结果汇总表在资助决定之前由项目监审组成员签字确认',
    en: 'A supervision-group member signs off the results summary sheet before the funding decision',
  },
  'summary-sheet.matches-results': {
    'zh-CN': '汇总表与公布的排名一致',
    en: 'The summary sheet matches the published ranking',
  },
  'round.subdistrict': {
    'zh-CN': '轮次的社区都属于该街道',
    en: 'The round’s communities are the subdistrict’s',
  },
  'round.communities': {
    'zh-CN': '轮次的申请来自参加该轮次的社区',
    en: 'The round’s applications come from its communities',
  },
  'round.within-fund': {
    'zh-CN': '轮次的资助决定针对其评审会，合计不超过专项资金',
    en: 'The round’s decisions are of its meetings and grant no more than its dedicated fund',
  },
  'round.funded-matches-decisions': {
    'zh-CN': '轮次列出的获资助项目就是资助决定资助的项目',
    en: 'The round lists as funded exactly the projects its decisions grant money to',
  },
} as const satisfies Record<string, LocalizedMessage>;
