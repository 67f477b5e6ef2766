import type { TrainingSession } from '../open-space/training-session.js';
import type { LocalizedText } from '../text/localized-text.js';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const trainer = { name: t('宋老师', 'Ms Song'), organization: t('社区参与行动', 'Shining Stone') };

/**
 * The capacity building before the 2007 pilot, as the case study tells it: a two-day
 * participatory community service training for the residents' committees' staff (analyse
 * the community, find needs and resources, write applications), and an able-people workshop
 * (能人工作坊) for informal leaders and activists, where Jinhuali's future finance lead
 * Zhao learnt the Open Space method. Both fall in the case study's preparation phase (August to
 * the end of September 2007: forums, needs survey, trainings); the days and attendance are made
 * up.
 *
 * @example
 * import { trainingsOf } from '@qingyuan/core';
 * import { pilotTrainings } from '@qingyuan/core/examples';
 * trainingsOf('p-zhao', pilotTrainings).map((r) => r.kind); // ['able-people-workshop']
 */
export const pilotTrainings: TrainingSession[] = [
  {
    id: 'tr-capacity-2007',
    kind: 'capacity-building',
    title: t('参与式社区服务能力建设培训', 'Participatory community service capacity building'),
    start: '2007-08-07',
    end: '2007-08-08',
    place: t('清源街道社区服务中心', 'Qingyuan community service centre'),
    communities: ['jinhuali', 'yuhuayuan', 'jinhuiyuan-erli', 'xinghuayuan'],
    trainers: [trainer],
    curriculum: [
      { id: 'u-analyse', title: t('分析社区现状', 'Analyse the community'), hours: 3 },
      { id: 'u-needs', title: t('发现需求和资源', 'Find needs and resources'), hours: 4 },
      { id: 'u-apply', title: t('撰写项目申请书', 'Write an application'), hours: 4 },
    ],
    attendance: [
      { participant: 'p-li', completed: true },
      { participant: 'p-center-zhang', completed: true },
      { participant: 'p-chen-jianguo', completed: false, units: ['u-analyse'] },
    ],
  },
  {
    id: 'tr-able-people-2007',
    kind: 'able-people-workshop',
    title: t('社区能人工作坊', 'Able-people workshop'),
    start: '2007-08-11',
    end: '2007-08-11',
    place: t('清源街道社区服务中心', 'Qingyuan community service centre'),
    trainers: [trainer],
    curriculum: [
      {
        id: 'u-participation',
        title: t('居民如何参与社区事务', 'How residents take part'),
        hours: 2,
      },
      { id: 'u-open-space', title: t('开放空间会议方法', 'The Open Space method'), hours: 2 },
      { id: 'u-team', title: t('组建项目团队', 'Forming a project team'), hours: 2 },
    ],
    attendance: [
      { participant: 'p-zhao', completed: true },
      { participant: 'p-wang', completed: true },
      { participant: 'p-huang-jing', completed: true },
    ],
  },
];
