import type { Application, SurveyFindingRef } from '../domain/application.js';
import { auditTotals, type FinancialAudit } from '../domain/financial-audit.js';
import type { FundingDecision } from '../domain/funding-decision.js';
import type { Ballot } from '../meeting/ballot.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import type { NeedsSurvey } from '../survey/needs-survey.js';
import { requestedOf } from './requested-of.js';
import { roundProjects, type Round } from './round.js';

/** The documents of a round that {@link roundFigures} reads (others are ignored). */
export interface RoundDocuments {
  readonly round: Round;
  readonly applications: readonly Application[];
  /** The review meetings with their ballots (a replayed `MeetingState` fits). */
  readonly meetings: readonly {
    readonly meeting?: ReviewMeeting | undefined;
    readonly ballots: readonly Ballot[];
  }[];
  readonly decisions: readonly FundingDecision[];
  readonly surveys: readonly NeedsSurvey[];
  readonly audits: readonly FinancialAudit[];
}

/** An amount in minor units (may be negative in a difference) with its currency. */
export interface Amount {
  readonly amount: number;
  readonly currency: string;
}

/** A part of a whole, with the share (`null` when the whole is 0). */
export interface Share {
  readonly part: number;
  readonly whole: number;
  readonly share: number | null;
}

/** A round in figures, as {@link roundFigures} counts them. */
export interface RoundFigures {
  readonly round: string;
  readonly year: number;
  /** Applications the round took up (its own and carried over) whose document is at hand. */
  readonly applications: number;
  /** Communities of the round that applied. */
  readonly communitiesApplying: Share;
  /** Registered voters of the round's meetings who cast a ballot. */
  readonly turnout: Share;
  /** What the applications requested and what the decisions granted (in the fund's currency). */
  readonly requested: Amount;
  readonly funded: Amount;
  /** Funded over requested, in minor units. */
  readonly fundedShare: Share;
  /** Needs the round's surveys found (options of `needs` questions) that a funded project answers. */
  readonly needsWithProject: Share;
  /** The needs found that no funded project answers. */
  readonly needsWithoutProject: readonly SurveyFindingRef[];
  /** Audited spending against the grants it was audited against. */
  readonly spending: Amount;
  readonly granted: Amount;
  readonly spendingShare: Share;
}

const share = (part: number, whole: number): Share => ({
  part,
  whole,
  share: whole === 0 ? null : part / whole,
});

/**
 * A round in figures: turnout at its review meetings, what was requested and funded, the share of
 * the needs its surveys found that got a funded project, and audited spending against grants.
 * Amounts in another currency than the fund's are left out (never converted).
 *
 * @example
 * roundFigures({ round, applications, meetings, decisions, surveys, audits }).needsWithProject;
 * // { part: 3, whole: 8, share: 0.375 }
 */
export function roundFigures(documents: RoundDocuments): RoundFigures {
  const { round } = documents;
  const currency = round.fund.amount.currency;
  const ids = new Set(roundProjects(round));
  const applications = documents.applications.filter((a) => ids.has(a.id));
  const sum = (amounts: readonly { amount: number; currency: string }[]) =>
    amounts.filter((a) => a.currency === currency).reduce((total, a) => total + a.amount, 0);

  const inRound = new Set(round.communities);
  const applying = new Set(applications.map((a) => a.community).filter((c) => inRound.has(c)));

  const meetings = documents.meetings.filter(
    (record) => record.meeting && round.meetings.includes(record.meeting.id),
  );
  const voters = meetings.reduce((n, record) => n + record.meeting!.voters.length, 0);
  const voted = meetings.reduce((n, record) => {
    const registered = new Set(record.meeting!.voters.map((voter) => voter.id));
    return n + new Set(record.ballots.map((b) => b.voter).filter((v) => registered.has(v))).size;
  }, 0);

  const decisions = documents.decisions.filter((d) => round.decisions.includes(d.id));
  const grants = decisions.flatMap((d) => d.grants).filter((g) => ids.has(g.project));
  const funded = new Set(grants.filter((g) => g.amount.amount > 0).map((g) => g.project));
  const requested = sum(applications.map(requestedOf));
  const granted = sum(grants.map((g) => g.amount));

  const key = (f: SurveyFindingRef) => `${f.survey}\u0000${f.question}\u0000${f.option ?? ''}`;
  const found: SurveyFindingRef[] = documents.surveys
    .filter((survey) => round.surveys.includes(survey.id))
    .flatMap((survey) =>
      survey.questions.flatMap((question) =>
        'options' in question && question.needs
          ? question.options.map((option) => ({
              survey: survey.id,
              question: question.id,
              option: option.id,
            }))
          : [],
      ),
    );
  const answered = new Set(
    applications
      .filter((a) => funded.has(a.id))
      .flatMap((a) => a.needs.flatMap((need) => need.findings))
      .map(key),
  );
  const without = found.filter((f) => !answered.has(key(f)));

  const audits = documents.audits.filter(
    (audit) => ids.has(audit.project) && audit.granted.currency === currency,
  );
  const spent = audits.reduce(
    (total, audit) => total + Number(auditTotals(audit)?.actual ?? 0n),
    0,
  );
  const auditedGrants = sum(audits.map((audit) => audit.granted));

  return {
    round: round.id,
    year: round.year,
    applications: applications.length,
    communitiesApplying: share(applying.size, round.communities.length),
    turnout: share(voted, voters),
    requested: { amount: requested, currency },
    funded: { amount: granted, currency },
    fundedShare: share(granted, requested),
    needsWithProject: share(found.length - without.length, found.length),
    needsWithoutProject: without,
    spending: { amount: spent, currency },
    granted: { amount: auditedGrants, currency },
    spendingShare: share(spent, auditedGrants),
  };
}
