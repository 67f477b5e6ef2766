import { describe, expect, it } from 'vitest';
import { bodies, meeting, round, vettings } from '../domain/pilot-2007.fixture.js';
import { pilotApplications } from '../examples/pilot-applications.js';
import { agendaFromVetted } from './agenda-from-vetted.js';
import { checkAgenda } from './check-agenda.js';
import { requestedOf } from './requested-of.js';
import type { Round } from './round.js';
import type { Vetting } from './vetting.js';

// The four 2007 pilot applications as a round; the service center returns one of them.
const pilotRound: Round = {
  ...round,
  id: 'qingyuan-2007',
  year: 2007,
  applications: pilotApplications.map((a) => a.id),
  meetings: ['qingyuan-2007'],
};
const vet = (
  application: string,
  outcome: 'accepted' | 'returned',
  reasons: string[] = [],
): Vetting => ({
  id: `vet-${application}`,
  round: 'qingyuan-2007',
  application,
  body: 'qingyuan-service-center',
  by: 'p-center',
  at: '2007-09-20T10:00:00+08:00',
  outcome,
  reasons,
});

describe('agendaFromVetted', () => {
  it('lists the accepted applications at their budget total, and the returned and unvetted apart', () => {
    const result = agendaFromVetted(
      pilotRound,
      pilotApplications,
      [
        vet('jinhuali-home', 'accepted'),
        vet('yuhuayuan-culture', 'returned', ['活动室使用时间表未附']),
        vet('xinghuayuan-children', 'accepted'),
      ],
      { bodies },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.projects.map((p) => [p.id, p.requested])).toEqual([
      ['jinhuali-home', requestedOf(pilotApplications[0]!)],
      ['xinghuayuan-children', requestedOf(pilotApplications[3]!)],
    ]);
    expect(result.projects[0]!.requested).toEqual({ amount: 1000000, currency: 'CNY' });
    expect(result.returned).toEqual([
      { application: 'yuhuayuan-culture', reasons: ['活动室使用时间表未附'] },
    ]);
    expect(result.notVetted).toEqual(['jinhuiyuan-efamily']);
  });

  it('refuses vettings by someone outside the service center, and an accepted application with no document', () => {
    const result = agendaFromVetted(
      pilotRound,
      pilotApplications.slice(1),
      [vet('jinhuali-home', 'accepted'), { ...vet('yuhuayuan-culture', 'accepted'), by: 'p-li' }],
      { bodies },
    );
    expect(result.ok || result.violations.map((v) => [v.rule, v.path])).toEqual([
      ['agenda.application-present', ['applications']],
      ['vetting.by-service-center', ['vettings', 1, 'by']],
    ]);
  });
});

describe('checkAgenda', () => {
  it('accepts the scenario meeting built from the vetted applications', () => {
    const applications = meeting.projects.map((p) => ({
      ...pilotApplications[0]!,
      id: p.id,
      budget: { total: p.requested, lines: [{ id: 'b', item: '全部', amount: p.requested }] },
    }));
    expect(checkAgenda(meeting, { round, applications, vettings })).toEqual({ ok: true });
  });

  it('agenda.requested-matches and agenda.vetted: a request copied wrong by hand, an unvetted project', () => {
    const pilot = {
      ...meeting,
      id: 'qingyuan-2007',
      projects: [
        {
          id: 'jinhuali-home',
          title: '新居民之家',
          community: 'jinhuali',
          requested: { amount: 100000, currency: 'CNY' },
        },
        {
          id: 'jinhuiyuan-efamily',
          title: 'e家亲服务社',
          community: 'jinhuiyuan-erli',
          requested: requestedOf(pilotApplications[2]!),
        },
      ],
    };
    const result = checkAgenda(pilot, {
      round: pilotRound,
      applications: pilotApplications,
      vettings: [vet('jinhuali-home', 'accepted')],
    });
    expect(result.ok || result.violations).toEqual([
      {
        rule: 'agenda.requested-matches',
        message: {
          'zh-CN': '议程上项目 jinhuali-home 申请 1,000.00 CNY，申请书预算总额是 10,000.00 CNY',
          en: 'The agenda lists jinhuali-home as requesting 1,000.00 CNY; its application’s budget total is 10,000.00 CNY',
        },
        path: ['projects', 0, 'requested'],
      },
      {
        rule: 'agenda.vetted',
        message: {
          'zh-CN': '项目 jinhuiyuan-efamily 未通过社区服务中心的审核',
          en: 'jinhuiyuan-efamily has not been accepted by the service center’s vetting',
        },
        path: ['projects', 1, 'id'],
      },
    ]);
  });
});
