import {
  ApplicationSchema,
  ProjectHistorySchema,
  WorkRecordSchema,
  auditTotals,
  missingForNext,
  projectLifecycle,
  replay,
} from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { binheDongliDraft, pilotApplications, seedApplications } from './pilot-applications.js';
import { pilotMeeting } from './pilot-2007.js';
import { demoContext } from './round-context.js';
import {
  jinhualiAudit,
  jinhualiReport,
  participantNames,
  projectHistories,
  teams,
  workRecords,
} from './project-histories.js';

const context = demoContext;

describe('the demo applications', () => {
  it('are valid applications', () => {
    for (const application of seedApplications) {
      expect(ApplicationSchema.safeParse(application).error, application.id).toBeUndefined();
    }
  });

  it('ask for what the review meeting says the pilot projects requested', () => {
    for (const project of pilotMeeting.projects) {
      const application = pilotApplications.find((a) => a.id === project.id);
      expect(application?.budget.total, project.id).toEqual(project.requested);
    }
  });

  it('include a draft that core says is not ready to submit, and why', () => {
    const next = missingForNext(
      projectLifecycle,
      { ...projectLifecycle.initial, application: binheDongliDraft },
      context,
    );
    expect(next.missing.map((v) => v.rule).sort()).toEqual([
      'application.budget-adds-up',
      'application.has-indicator',
    ]);
  });
});

describe('the demo project histories', () => {
  const statuses = Object.fromEntries(
    Object.entries(projectHistories).map(([id, history]) => {
      const result = replay(projectLifecycle, ProjectHistorySchema.parse(history), context);
      return [id, result.ok ? result.state.status : `refused at ${result.index}`];
    }),
  );

  it('are accepted by every rule of core’s project lifecycle', () => {
    expect(statuses).toEqual({
      'jinhuali-home': 'closed',
      'yuhuayuan-culture': 'in-execution',
      'jinhuiyuan-efamily': 'in-execution',
      'xinghuayuan-children': 'team-formed',
    });
  });

  it('leave Xinghuayuan’s team one signature short of starting', () => {
    const result = replay(projectLifecycle, projectHistories['xinghuayuan-children']!, context);
    expect(result.ok).toBe(true);
    const next = missingForNext(projectLifecycle, result.state, context);
    expect(next.event).toBe('execution-started');
    // The member by name (the demo's participant records), not by id.
    expect(next.missing.map((v) => [v.rule, v.message.en, v.message['zh-CN']])).toEqual([
      [
        'team.contracts-signed',
        'Member Xu Tao (parent volunteer) has not signed the responsibility contract',
        '成员 徐涛（家长志愿者） 尚未签署职责合同',
      ],
    ]);
  });

  it('keep Jinhuali’s spending within the grant, with one line overspent', () => {
    const totals = auditTotals(jinhualiAudit);
    expect(totals?.actual).toBe(972000n);
    expect(totals?.overGrant).toBe(0n);
    expect(totals?.variances.filter((v) => v.variance > 0n).map((v) => v.line)).toEqual([
      'b-shelves',
    ]);
  });

  it('terminate no project of a real community (the demo’s termination is on fictional Liuyinli)', () => {
    expect(Object.values(statuses)).not.toContain('terminated');
    expect(workRecords.map((r) => r.stage)).not.toContain('termination');
  });

  // The case study's calendar: projects chosen and carried out from the end of September to
  // the end of November 2007 (2007年9月底至11月底), closing documents after that.
  it('keep the case study’s calendar: contracts after the decision, work in October and November', () => {
    const decidedAt = demoContext.meetings![0]!.funding!.decidedAt;
    for (const team of Object.values(teams)) {
      for (const { contract } of team.members) {
        if (contract.signedAt === undefined) continue;
        expect(contract.signedAt >= decidedAt.slice(0, 10), team.id).toBe(true);
        expect(contract.signedAt <= '2007-11-30', team.id).toBe(true);
      }
    }
    const closing = new Set([
      'report-submitted',
      'audit-recorded',
      'evaluation-recorded',
      'closed',
    ]);
    for (const [id, history] of Object.entries(projectHistories)) {
      for (const event of history) {
        const day = event.at.slice(0, 10);
        const [from, to] = ['application-saved', 'submitted', 'review-started'].includes(event.type)
          ? ['2007-09-15', '2007-09-30']
          : closing.has(event.type)
            ? ['2007-12-01', '2007-12-31']
            : ['2007-10-01', '2007-11-30'];
        expect(day >= from && day <= to, `${id} ${event.type} ${event.at}`).toBe(true);
      }
    }
    for (const record of workRecords) {
      expect(record.date >= '2007-10-01' && record.date <= '2007-11-30', record.id).toBe(true);
    }
    const report = jinhualiReport.period;
    expect([report.start >= '2007-10-01', report.end <= '2007-11-30']).toEqual([true, true]);
  });

  it('have valid work records by named people', () => {
    for (const record of workRecords) {
      WorkRecordSchema.parse(record);
      for (const id of [...record.participants, record.recordedBy]) {
        expect(participantNames[id], id).toBeDefined();
      }
    }
  });
});
