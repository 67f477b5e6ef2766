import type { FundingDecision } from '../domain/funding-decision.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import type { ResultsSummarySheet } from '../round/results-summary-sheet.js';
import type { Round } from '../round/round.js';
import type { Community } from '../domain/community.js';
import type { Vetting } from '../round/vetting.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { Ranking } from '../workflow/funding-rules.js';
import { liuyinliApplication } from './liuyinli-termination.js';
import { pilotDecision, pilotRound } from './pilot-round.js';
import { pilotMeeting } from './pilot-meeting.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const project = liuyinliApplication.id;

/**
 * Liuyinli 柳荫里, the FICTIONAL community of the termination example. It is not one of the
 * case study's communities, so it is not in `pilotSubdistrict`: add it when checking its round.
 *
 * @example
 * import { checkRound } from '@qingyuan/core';
 * import { liuyinliCommunity, liuyinliRound, pilotSubdistrict } from '@qingyuan/core/examples';
 * const subdistrict = { ...pilotSubdistrict, communities: [...pilotSubdistrict.communities, liuyinliCommunity] };
 * checkRound(liuyinliRound, { subdistrict }).ok; // true
 */
export const liuyinliCommunity: Community = {
  id: 'liuyinli',
  name: t('柳荫里（虚构）', 'Liuyinli (fictional)'),
  subdistrict: 'qingyuan',
};

/**
 * The made-up round that carries the fictional Liuyinli reading corner: a supplementary 2007
 * round of the Qingyuan Subdistrict for the one community, with the same fund source as the
 * pilot round, one meeting and one funding decision granting the 8,000 yuan requested. Made up
 * whole, like the community.
 *
 * @example
 * import { liuyinliRound } from '@qingyuan/core/examples';
 * liuyinliRound.funded; // ['liuyinli-reading']
 */
export const liuyinliRound: Round = {
  id: 'qingyuan-2007-liuyinli',
  subdistrict: 'qingyuan',
  year: 2007,
  title: t(
    '2007 年清源街道社区服务项目（柳荫里补充轮次，虚构）',
    'Qingyuan 2007, Liuyinli supplementary round (fictional)',
  ),
  communities: ['liuyinli'],
  fund: { ...pilotRound.fund, amount: { amount: 1_000_000, currency: 'CNY' } },
  surveys: [],
  applications: [project],
  meetings: ['qingyuan-2007-liuyinli'],
  decisions: ['fd-2007-liuyinli'],
  funded: [project],
};

/**
 * The review meeting of the Liuyinli round: the pilot meeting's criteria and method, with the
 * reading corner alone on its agenda at the amount its application requests.
 *
 * @example
 * import { liuyinliMeeting } from '@qingyuan/core/examples';
 * liuyinliMeeting.projects[0]?.requested; // { amount: 800000, currency: 'CNY' }
 */
export const liuyinliMeeting: ReviewMeeting = {
  ...pilotMeeting,
  id: 'qingyuan-2007-liuyinli',
  title: t('柳荫里补充评审会（虚构）', 'Liuyinli supplementary review meeting (fictional)'),
  projects: [
    {
      id: project,
      title: liuyinliApplication.title,
      community: liuyinliApplication.community,
      requested: liuyinliApplication.budget.total,
    },
  ],
};

/**
 * The ranking the Liuyinli meeting published: one project, first.
 *
 * @example
 * import { liuyinliRanking } from '@qingyuan/core/examples';
 * liuyinliRanking; // [{ project: 'liuyinli-reading', rank: 1 }]
 */
export const liuyinliRanking: Ranking = [{ project, rank: 1 }];

/**
 * The service center's vetting of the reading corner: accepted to the agenda.
 *
 * @example
 * import { liuyinliVetting } from '@qingyuan/core/examples';
 * liuyinliVetting.outcome; // 'accepted'
 */
export const liuyinliVetting: Vetting = {
  id: `vet-${project}`,
  round: liuyinliRound.id,
  application: project,
  body: 'qingyuan-service-center',
  by: 'p-center',
  at: '2007-09-25T10:00:00+08:00',
  outcome: 'accepted',
  reasons: [],
};

/**
 * The Liuyinli meeting's results summary sheet, signed off by the supervision group's
 * discipline inspector before the decision.
 *
 * @example
 * import { checkSummarySheet } from '@qingyuan/core';
 * import { liuyinliRanking, liuyinliSummarySheet, pilotBodies } from '@qingyuan/core/examples';
 * checkSummarySheet(liuyinliSummarySheet, { bodies: pilotBodies, ranking: liuyinliRanking }).ok; // true
 */
export const liuyinliSummarySheet: ResultsSummarySheet = {
  id: 'sheet-2007-liuyinli',
  meeting: liuyinliMeeting.id,
  rows: liuyinliMeeting.projects.map(({ id, title, community, requested }) => ({
    project: id,
    title,
    community,
    requested,
    rank: 1,
  })),
  preparedBy: 'p-center',
  preparedAt: '2007-09-28T18:00:00+08:00',
  signOff: { body: 'qingyuan-supervision', by: 'p-jiwei', at: '2007-10-08T10:00:00+08:00' },
};

/**
 * The service center's funding decision on the Liuyinli meeting: the reading corner funded at
 * its request, weighing the street leader's and the expert's opinions.
 *
 * @example
 * import { checkFundingDecision } from '@qingyuan/core';
 * import { liuyinliDecision, liuyinliRanking } from '@qingyuan/core/examples';
 * checkFundingDecision(liuyinliDecision, liuyinliRanking).ok; // true
 */
export const liuyinliDecision: FundingDecision = {
  id: 'fd-2007-liuyinli',
  meeting: liuyinliMeeting.id,
  fund: liuyinliRound.fund.amount,
  decidedBy: pilotDecision.decidedBy,
  decidedAt: '2007-10-09T10:00:00+08:00',
  grants: [{ project, amount: liuyinliApplication.budget.total }],
  departures: [],
  opinions: [
    {
      by: 'p-street-leader',
      text: t(
        '老人和孩子就近读书，值得支持',
        'Reading close to home for the old and young: fund it',
      ),
    },
    {
      by: 'p-expert',
      text: t(
        '志愿者值班能否持续是最大风险',
        'Whether the volunteers keep turning up is the main risk',
      ),
    },
  ],
};
