import { describe, expect, it } from 'vitest';
import { ApplicationSchema } from '../domain/application.js';
import { ReviewMeetingSchema } from '../meeting/review-meeting.js';
import { BallotListSchema } from '../meeting/ballot.js';
import { Rational } from '../math/rational.js';
import { checkBallot } from '../scoring/ballot-check.js';
import { weightSensitivity } from '../analysis/sensitivity.js';
import { tally } from '../scoring/weighted-tally.js';
import { NeedsSurveySchema } from '../survey/needs-survey.js';
import { parseDocument } from '../validation/parse-document.js';
import * as core from '../index.js';
import { FundingDecisionSchema } from '../domain/funding-decision.js';
import { CommunitySchema } from '../domain/community.js';
import { GovernanceBodySchema } from '../domain/governance-body.js';
import { ParticipantSchema } from '../domain/participant.js';
import { RoundSchema } from '../round/round.js';
import { SubdistrictSchema } from '../round/subdistrict.js';
import { VettingSchema } from '../round/vetting.js';
import { ResultsSummarySheetSchema } from '../round/results-summary-sheet.js';
import { checkFundingDecision, RankingSchema } from '../workflow/funding-rules.js';
import { checkRound } from '../round/check-round.js';
import * as examples from './index.js';
import { replay } from '../workflow/lifecycle.js';
import { ProjectHistorySchema } from '../workflow/project-event.js';
import { projectLifecycle } from '../workflow/project-lifecycle.js';
import {
  closePilotBallots,
  jinhualiApplication,
  jinhualiExecutionHistory,
  jinhualiSurvey,
  liuyinliApplication,
  liuyinliCommunity,
  liuyinliDecision,
  liuyinliMeeting,
  liuyinliRanking,
  liuyinliRound,
  liuyinliSummarySheet,
  liuyinliTerminationHistory,
  liuyinliVetting,
  pilotApplications,
  pilotBallots,
  pilotBodies,
  pilotDecision,
  pilotMeeting,
  pilotParticipants,
  pilotProjectContext,
  pilotRanking,
  pilotRound,
  pilotSubdistrict,
  pilotSummarySheet,
  pilotVettings,
  pilotOpenSpaceSession,
  pilotTrainings,
  sampleApplications,
  subdistrictSurvey,
} from './index.js';
import { OpenSpaceSessionSchema } from '../open-space/open-space-session.js';
import { TrainingSessionSchema } from '../open-space/training-session.js';
import { checkOpenSpaceSession } from '../open-space/check-open-space-session.js';
import { checkApplicationOrigin } from '../open-space/application-origin.js';
import { trainingsOf } from '../open-space/trainings-of.js';

// A JSON round trip: what a platform receives when it loads the examples as files.
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('@qingyuan/core/examples', () => {
  it('exports only what this test checks', () => {
    expect(Object.keys(examples).sort()).toEqual(
      [
        'binheDongliDraft',
        'closePilotBallots',
        'jinhualiApplication',
        'jinhualiExecutionHistory',
        'liuyinliApplication',
        'liuyinliTerminationHistory',
        'liuyinliCommunity',
        'liuyinliRound',
        'liuyinliMeeting',
        'liuyinliRanking',
        'liuyinliVetting',
        'liuyinliSummarySheet',
        'liuyinliDecision',
        'pilotProjectContext',
        'jinhualiSurvey',
        'jinhuiyuanApplication',
        'pilotApplications',
        'pilotBallots',
        'pilotBodies',
        'pilotDecision',
        'pilotMeeting',
        'pilotParticipants',
        'pilotRanking',
        'pilotRound',
        'pilotSubdistrict',
        'pilotSummarySheet',
        'pilotVettings',
        'pilotOpenSpaceSession',
        'pilotTrainings',
        'sampleApplications',
        'subdistrictSurvey',
        'xinghuayuanApplication',
        'yuhuayuanApplication',
        'yuhuayuanErliApplication',
      ].sort(),
    );
  });

  it('stays out of the main @qingyuan/core entry', () => {
    for (const name of Object.keys(examples)) expect(core, name).not.toHaveProperty(name);
  });

  it('parses every example with its schema, unchanged (no defaults left to fill in)', () => {
    const documents: [string, { safeParse: (v: unknown) => unknown }, unknown][] = [
      ['pilotMeeting', ReviewMeetingSchema, pilotMeeting],
      ['pilotBallots', BallotListSchema, pilotBallots],
      ['closePilotBallots', BallotListSchema, closePilotBallots],
      ['jinhualiSurvey', NeedsSurveySchema, jinhualiSurvey],
      ['subdistrictSurvey', NeedsSurveySchema, subdistrictSurvey],
      ['liuyinliApplication', ApplicationSchema, liuyinliApplication],
      ['jinhualiExecutionHistory', ProjectHistorySchema, jinhualiExecutionHistory],
      ['liuyinliTerminationHistory', ProjectHistorySchema, liuyinliTerminationHistory],
      ['pilotSubdistrict', SubdistrictSchema, pilotSubdistrict],
      ['pilotRound', RoundSchema, pilotRound],
      ['pilotSummarySheet', ResultsSummarySheetSchema, pilotSummarySheet],
      ['pilotDecision', FundingDecisionSchema, pilotDecision],
      ['pilotRanking', RankingSchema, pilotRanking],
      ['liuyinliRound', RoundSchema, liuyinliRound],
      ['liuyinliMeeting', ReviewMeetingSchema, liuyinliMeeting],
      ['liuyinliVetting', VettingSchema, liuyinliVetting],
      ['liuyinliSummarySheet', ResultsSummarySheetSchema, liuyinliSummarySheet],
      ['liuyinliDecision', FundingDecisionSchema, liuyinliDecision],
      ['liuyinliRanking', RankingSchema, liuyinliRanking],
      ['liuyinliCommunity', CommunitySchema, liuyinliCommunity],
      ...pilotBodies.map(
        (b) => [b.id, GovernanceBodySchema, b] as [string, typeof GovernanceBodySchema, unknown],
      ),
      ...pilotParticipants.map(
        (p) => [p.id, ParticipantSchema, p] as [string, typeof ParticipantSchema, unknown],
      ),
      ...pilotVettings.map(
        (v) => [v.id, VettingSchema, v] as [string, typeof VettingSchema, unknown],
      ),
      ['pilotOpenSpaceSession', OpenSpaceSessionSchema, pilotOpenSpaceSession],
      ...pilotTrainings.map(
        (t) => [t.id, TrainingSessionSchema, t] as [string, typeof TrainingSessionSchema, unknown],
      ),
      ...sampleApplications.map(
        (a) => [a.id, ApplicationSchema, a] as [string, typeof ApplicationSchema, unknown],
      ),
    ];
    for (const [name, schema, value] of documents) {
      const parsed = parseDocument(schema as never, asJson(value));
      expect(parsed, name).toEqual({ ok: true, value });
    }
  });

  it('has a ballot of a listed voter marking only listed projects and criteria', () => {
    for (const ballot of [...pilotBallots, ...closePilotBallots]) {
      expect(checkBallot(pilotMeeting, ballot), ballot.voter).toMatchObject({ ok: true });
    }
  });

  it('has one pilot application per meeting project, asking for what the meeting lists', () => {
    expect(pilotApplications.map((a) => [a.id, a.community, a.budget.total])).toEqual(
      pilotMeeting.projects.map((p) => [p.id, p.community, p.requested]),
    );
    const titles = (t: unknown) => JSON.stringify(t);
    for (const project of pilotMeeting.projects) {
      const application = pilotApplications.find((a) => a.id === project.id)!;
      expect(titles(application.title), project.id).toBe(titles(project.title));
    }
  });

  it('cites only survey findings that exist in the example surveys', () => {
    const surveys = new Map([jinhualiSurvey, subdistrictSurvey].map((s) => [s.id, s]));
    for (const application of sampleApplications) {
      for (const finding of application.needs.flatMap((n) => n.findings ?? [])) {
        const question = surveys
          .get(finding.survey)
          ?.questions.find((q) => q.id === finding.question);
        expect(question, `${application.id}: ${finding.survey}/${finding.question}`).toBeDefined();
        const options = 'options' in question! ? question.options.map((o) => o.id) : [];
        expect(options, application.id).toContain(finding.option);
      }
    }
  });

  // The case study says how a review meeting scores (每个项目的公益性、可行性和可持续性获得的票数
  // 按事先约定的权重加权，三项得分相加得出最终得分，并排名) but records no votes and no ranking, so
  // this checks the rule itself: counted by hand from the ballots, independently of `tally`.
  it('ranks the pilot projects by weighted vote counts, as the case study describes', () => {
    const result = tally(pilotMeeting, pilotBallots);
    const community = new Map(pilotMeeting.voters.map((v) => [v.id, v.community]));
    const byHand = pilotMeeting.projects.map((project) => {
      let total = Rational.ZERO;
      for (const criterion of pilotMeeting.criteria) {
        const votes = pilotBallots.filter(
          (b) =>
            community.get(b.voter) !== project.community &&
            b.marks[project.id]?.[criterion.id] === true,
        ).length;
        total = total.add(Rational.parse(criterion.weight).mul(Rational.of(votes)));
      }
      return { project: project.id, total };
    });
    byHand.sort((a, b) => b.total.compare(a.total));
    expect(new Set(byHand.map((r) => r.total.toString())).size).toBe(byHand.length); // no ties
    expect(result.ranking.map((r) => [r.project, r.exact.total])).toEqual(
      byHand.map((r) => [r.project, r.total.toString()]),
    );
    expect(result.rejected).toEqual([]);
    expect(result.counted).toBe(pilotBallots.length);
  });

  it('has close ballots that moving the weights can reorder, and pilot ballots it cannot', () => {
    const swappable = (ballots: typeof pilotBallots) =>
      weightSensitivity(pilotMeeting, tally(pilotMeeting, ballots)).pairs.some(
        (pair) => pair.thresholdNumber !== null,
      );
    expect(swappable(closePilotBallots)).toBe(true);
    expect(swappable(pilotBallots)).toBe(false);
  });

  describe('the execution phase', () => {
    const context = pilotProjectContext;

    it('replays Jinhuali to closed: signed contracts, a scope change, tranches, ledger, evaluations, audit', () => {
      const result = replay(projectLifecycle, jinhualiExecutionHistory, context);
      expect(result.ok && result.state.status).toBe('closed');
      if (!result.ok) return;
      const state = result.state;
      expect(state.team!.members.every((m) => m.contract.signed)).toBe(true);
      const signers = jinhualiExecutionHistory
        .filter((e) => e.type === 'contract-signed')
        .map((e) => [e.by, e.type === 'contract-signed' && e.payload.member]);
      expect(signers).toEqual([
        ['p-zhao', 'p-zhao'],
        ['p-wang', 'p-wang'],
      ]);
      // Both versions kept: the submitted application and the amended one.
      expect(state.applicationVersions).toEqual([jinhualiApplication]);
      expect(state.application!.plan.map((a) => a.id)).toEqual([
        'a-supermarket',
        'a-paradise',
        'a-mending',
      ]);
      expect(state.changes.map((c) => [c.change.id, c.status, c.decidedBy])).toEqual([
        ['chg-mending', 'approved', 'p-jiwei'],
      ]);
      expect(state.disbursements.map((d) => d.amount.amount)).toEqual([600000, 400000]);
      expect(state.expenses.every((x) => x.receipt !== undefined)).toBe(true);
      expect(state.stageEvaluations.map((e) => e.stage)).toEqual(['milestone']);
      expect(state.evaluation!.stage).toBe('final');
      expect(state.audit!.lines.filter((l) => l.source !== undefined).map((l) => l.source)).toEqual(
        ['in-kind', 'low-price-sales'],
      );
    });

    it('replays the fictional Liuyinli termination through proposal, answer, decision and refund', () => {
      const result = replay(projectLifecycle, liuyinliTerminationHistory, context);
      expect(result.ok && result.state.status).toBe('terminated');
      if (!result.ok) return;
      expect(result.state.terminationProposals.map((r) => [r.proposal.id, r.outcome])).toEqual([
        ['tp-liuyinli', 'terminated'],
      ]);
      expect(result.state.terminationProposals[0]!.response?.by).toBe('p-gu');
      expect(result.state.refund!.amount).toEqual({ amount: 250000, currency: 'CNY' });
      expect(liuyinliApplication.community).toBe('liuyinli');
      expect(pilotMeeting.projects.map((p) => p.community)).not.toContain('liuyinli');
    });

    it('approves each example on its round’s funding decision, and only with the round’s documents', () => {
      const approvals = [jinhualiExecutionHistory, liuyinliTerminationHistory].map((history) =>
        history.find((event) => event.type === 'approved')!,
      );
      expect(approvals.map((e) => e.type === 'approved' && e.payload.decision)).toEqual([
        pilotDecision.id,
        liuyinliDecision.id,
      ]);
      for (const history of [jinhualiExecutionHistory, liuyinliTerminationHistory]) {
        const bare = replay(projectLifecycle, history, {
          bodies: pilotBodies,
          participants: pilotParticipants,
        });
        expect(bare.ok).toBe(false);
        if (bare.ok) continue;
        expect(bare.violations.map((v) => v.rule)).toContain('review.meeting-exists');
      }
      const subdistrict = {
        ...pilotSubdistrict,
        communities: [...pilotSubdistrict.communities, liuyinliCommunity],
      };
      expect(
        checkRound(liuyinliRound, {
          subdistrict,
          applications: [liuyinliApplication],
          decisions: [liuyinliDecision],
        }),
      ).toEqual({ ok: true });
      expect(
        checkFundingDecision(liuyinliDecision, liuyinliRanking, {
          requested: { [liuyinliApplication.id]: liuyinliApplication.budget.total },
        }),
      ).toEqual({ ok: true });
    });
  });

  it('has an Open Space session that keeps its rules, one of whose ideas became a pilot application', () => {
    expect(checkOpenSpaceSession(pilotOpenSpaceSession)).toEqual({ ok: true });
    const carried = sampleApplications.filter((a) => a.origin !== undefined);
    expect(carried.map((a) => a.id)).toEqual(['jinhuali-home']);
    for (const application of carried)
      expect(checkApplicationOrigin(application, pilotOpenSpaceSession)).toEqual({ ok: true });
  });

  // The case study's calendar (2007年8月至9月底 社区座谈、需求调查、能力建设培训；9月底至11月底
  // 项目确定、实施): every dated example falls in its phase, the fictional Liuyinli's too.
  it('keeps the case study’s calendar: preparation, selection, execution, closing', () => {
    const preparation = ['2007-08-01', '2007-09-30'] as const;
    const selection = ['2007-09-15', '2007-09-30'] as const;
    const execution = ['2007-10-01', '2007-11-30'] as const;
    const closing = ['2007-12-01', '2007-12-31'] as const;
    const dated: [string, string, readonly [string, string]][] = [
      ...pilotTrainings.flatMap((t): [string, string, typeof preparation][] => [
        [t.id, t.start, preparation],
        [t.id, t.end, preparation],
      ]),
      [pilotOpenSpaceSession.id, pilotOpenSpaceSession.date, preparation],
      ...[...pilotVettings, liuyinliVetting].map((v): [string, string, typeof selection] => [
        v.id,
        v.at,
        selection,
      ]),
      ...[pilotSummarySheet, liuyinliSummarySheet].map(
        (sheet): [string, string, typeof selection] => [sheet.id, sheet.preparedAt, selection],
      ),
      ...[pilotDecision, liuyinliDecision].map((d): [string, string, typeof execution] => [
        d.id,
        d.decidedAt,
        execution,
      ]),
      ...[...pilotApplications, liuyinliApplication].flatMap((a) =>
        a.plan.flatMap((p): [string, string, typeof execution][] => [
          [`${a.id} ${p.id}`, p.start, execution],
          [`${a.id} ${p.id}`, p.end, execution],
        ]),
      ),
    ];
    const selecting = new Set(['application-saved', 'submitted', 'review-started']);
    const closingDocuments = new Set([
      'report-submitted',
      'audit-recorded',
      'evaluation-recorded',
      'closed',
    ]);
    for (const history of [jinhualiExecutionHistory, liuyinliTerminationHistory]) {
      for (const event of history) {
        const phase = selecting.has(event.type)
          ? selection
          : closingDocuments.has(event.type)
            ? closing
            : execution;
        dated.push([`${event.type} ${event.at}`, event.at, phase]);
      }
    }
    const outside = dated.filter(([, at, [from, to]]) => {
      const day = at.slice(0, 10);
      return day < from || day > to;
    });
    expect(outside).toEqual([]);
    expect(dated.length).toBeGreaterThan(60);
  });

  it('has a training record for a member of a pilot execution team', () => {
    const member = jinhualiApplication.team.find((m) => m.role === 'finance-lead')!.participant!;
    expect(trainingsOf(member, pilotTrainings).map((r) => [r.training, r.completed])).toEqual([
      ['tr-able-people-2007', true],
    ]);
  });
});
