// The front of the 2007 round in the examples holds together under core's own rules: vetted
// applications → agenda → published ranking → signed-off summary sheet → funding decision →
// each pilot project approved with its grant.
import { describe, expect, it } from 'vitest';
import { agendaFromVetted } from '../round/agenda-from-vetted.js';
import { checkAgenda } from '../round/check-agenda.js';
import { checkRound } from '../round/check-round.js';
import { checkSummarySheet } from '../round/results-summary-sheet.js';
import { checkVetting } from '../round/vetting.js';
import { tally } from '../scoring/weighted-tally.js';
import { checkFundingDecision } from '../workflow/funding-rules.js';
import { replay } from '../workflow/lifecycle.js';
import type { ProjectEvent } from '../workflow/project-event.js';
import { projectLifecycle } from '../workflow/project-lifecycle.js';
import type { ProjectContext } from '../workflow/project-state.js';
import {
  pilotApplications,
  pilotBallots,
  pilotBodies,
  pilotDecision,
  pilotMeeting,
  pilotParticipants,
  pilotRanking,
  pilotRound,
  pilotSubdistrict,
  pilotSummarySheet,
  pilotVettings,
} from './index.js';

const bodies = pilotBodies;

describe('the 2007 round of the examples', () => {
  it('vettings are by the service center, for applications of the round', () => {
    for (const vetting of pilotVettings)
      expect(checkVetting(vetting, { bodies, round: pilotRound }), vetting.id).toEqual({
        ok: true,
      });
  });

  it('the meeting’s agenda is what agendaFromVetted builds from the vetted applications', () => {
    const agenda = agendaFromVetted(pilotRound, pilotApplications, pilotVettings, { bodies });
    expect(agenda.ok).toBe(true);
    if (!agenda.ok) return;
    const key = (p: { id: string; title: unknown; community: string; requested: unknown }) => [
      p.id,
      JSON.stringify(p.title),
      p.community,
      p.requested,
    ];
    expect(agenda.projects.map(key)).toEqual(pilotMeeting.projects.map(key));
    expect(agenda.returned).toEqual([]);
    expect(agenda.notVetted).toEqual([]);
    expect(
      checkAgenda(pilotMeeting, {
        round: pilotRound,
        applications: pilotApplications,
        vettings: pilotVettings,
      }),
    ).toEqual({ ok: true });
  });

  it('the published ranking is the tally’s, and the summary sheet matches it, signed off before the decision', () => {
    expect(
      tally(pilotMeeting, pilotBallots).ranking.map((r) => ({ project: r.project, rank: r.rank })),
    ).toEqual(pilotRanking);
    expect(
      checkSummarySheet(pilotSummarySheet, {
        bodies,
        ranking: pilotRanking,
        before: pilotDecision.decidedAt,
      }),
    ).toEqual({ ok: true });
  });

  it('the decision keeps the funding rules and the round’s fund, and funds what the round lists', () => {
    const requested = Object.fromEntries(pilotMeeting.projects.map((p) => [p.id, p.requested]));
    expect(checkFundingDecision(pilotDecision, pilotRanking, { requested })).toEqual({ ok: true });
    expect(
      checkRound(pilotRound, {
        subdistrict: pilotSubdistrict,
        applications: pilotApplications,
        decisions: [pilotDecision],
      }),
    ).toEqual({ ok: true });
  });

  it('each pilot project goes from its application to approved with the decision’s grant', () => {
    const context: ProjectContext = {
      bodies,
      rounds: [pilotRound],
      meetings: [
        {
          status: 'funding-decided',
          meeting: pilotMeeting,
          ranking: pilotRanking,
          funding: pilotDecision,
        },
      ],
      vettings: pilotVettings,
      summarySheets: [pilotSummarySheet],
      participants: pilotParticipants,
    };
    for (const application of pilotApplications) {
      const lead = application.team.find((m) => m.role === 'overall-lead')!.participant!;
      const grant = pilotDecision.grants.find((g) => g.project === application.id)!.amount;
      const history: ProjectEvent[] = [
        {
          type: 'application-saved',
          at: '2007-09-17T09:00:00+08:00',
          by: lead,
          payload: { application },
        },
        { type: 'submitted', at: '2007-09-21T09:00:00+08:00', by: lead },
        {
          type: 'review-started',
          at: '2007-09-27T14:00:00+08:00',
          by: 'p-center',
          payload: { meeting: 'qingyuan-2007' },
        },
        {
          type: 'approved',
          at: '2007-10-09T10:00:00+08:00',
          by: 'p-center',
          payload: { granted: grant, decision: 'fd-2007' },
        },
      ];
      const result = replay(projectLifecycle, history, context);
      expect(result.ok || result.violations, application.id).toBe(true);
      expect(result.state.granted, application.id).toEqual(application.budget.total);
    }
  });
});
