import type { GovernanceBody } from '../domain/governance-body.js';
import type { Participant } from '../domain/participant.js';

/**
 * The governance bodies of the Qingyuan model the execution-phase rules read: the
 * supervision and audit group 项目监审组 (discipline office, people's congress liaison,
 * finance office; it regulates the selection, audits fund use and decides terminations) and
 * the coordination group 项目协调组. The kinds come from the case study; the member ids are
 * made up.
 *
 * @example
 * import { replay, projectLifecycle } from '@qingyuan/core';
 * import { jinhualiExecutionHistory, pilotBodies, pilotParticipants } from '@qingyuan/core/examples';
 * replay(projectLifecycle, jinhualiExecutionHistory, { bodies: pilotBodies, participants: pilotParticipants });
 */
export const pilotBodies: GovernanceBody[] = [
  {
    id: 'qingyuan-supervision',
    kind: 'supervision-group',
    name: { 'zh-CN': '项目监审组', en: 'Supervision and audit group' },
    members: [
      { participant: 'p-discipline', role: { 'zh-CN': '纪检', en: 'Discipline office' } },
      { participant: 'p-finance-office', role: { 'zh-CN': '财政所', en: 'Finance office' } },
    ],
  },
  {
    id: 'qingyuan-coordination',
    kind: 'coordination-group',
    name: { 'zh-CN': '项目协调组', en: 'Coordination group' },
    members: [{ participant: 'p-center' }, { participant: 'p-ngo' }],
  },
];

/**
 * The people of the execution-phase examples: the Jinhuali team (a residents' committee lead
 * and finance lead, a migrant resident volunteer), the team of the fictional Liuyinli
 * community, the service center, the NGO partner and the supervision group. Names are made up.
 *
 * @example
 * pilotParticipants.filter((p) => p.roles.includes('resident')).map((p) => p.id);
 */
export const pilotParticipants: Participant[] = [
  { id: 'p-li', name: '李主任', roles: ['residents-committee'], community: 'jinhuali' },
  { id: 'p-zhao', name: '赵会计', roles: ['residents-committee'], community: 'jinhuali' },
  {
    id: 'p-wang',
    name: '王阿姨',
    roles: ['resident'],
    community: 'jinhuali',
    attributes: { residency: 'migrant' },
  },
  { id: 'p-gu', name: '顾老师', roles: ['resident'], community: 'liuyinli' },
  { id: 'p-fang', name: '方大姐', roles: ['resident'], community: 'liuyinli' },
  { id: 'p-center', name: '社区服务中心', roles: ['service-center'] },
  { id: 'p-ngo', name: '社区参与行动', roles: ['ngo-partner'] },
  { id: 'p-discipline', name: '街道纪检', roles: ['supervision-group-member'] },
  { id: 'p-finance-office', name: '财政所', roles: ['supervision-group-member'] },
];
