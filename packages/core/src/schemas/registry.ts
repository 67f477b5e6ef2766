import * as z from 'zod/mini';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { ReviewMeetingSchema } from '../meeting/review-meeting.js';
import { BallotListSchema, BallotSchema } from '../meeting/ballot.js';
import { FundingOverrideSchema } from '../funding/funding-override.js';
import { CommunitySchema } from '../domain/community.js';
import { ParticipantSchema } from '../domain/participant.js';
import { GovernanceBodySchema } from '../domain/governance-body.js';
import { ApplicationSchema } from '../domain/application.js';
import { FundingDecisionSchema } from '../domain/funding-decision.js';
import { ExecutionTeamSchema } from '../domain/execution-team.js';
import { WorkRecordSchema } from '../domain/work-record.js';
import { ExecutionReportSchema } from '../domain/execution-report.js';
import { FinancialAuditSchema } from '../domain/financial-audit.js';
import { EvaluationReportSchema } from '../domain/evaluation-report.js';
import { TerminationSchema } from '../domain/termination.js';
import { ScopeChangeDecisionSchema, ScopeChangeSchema } from '../domain/scope-change.js';
import { DisbursementSchema } from '../domain/disbursement.js';
import { ExpenseSchema } from '../domain/expense.js';
import {
  TerminationDeclinedSchema,
  TerminationProposalSchema,
  TerminationResponseSchema,
} from '../domain/termination-proposal.js';
import { RefundSchema } from '../domain/refund.js';
import { NeedsSurveySchema } from '../survey/needs-survey.js';
import { SurveyResponseSchema } from '../survey/survey-response.js';
import { ProjectHistorySchema } from '../workflow/project-event.js';
import { PublicProjectViewSchema } from '../workflow/public-project-view.js';
import { MeetingHistorySchema } from '../workflow/meeting-lifecycle.js';
import { RankingSchema } from '../workflow/funding-rules.js';
import { BudgetOutcomeSchema } from '../budget/budget-outcome-schema.js';
import { TallyResultSchema } from '../scoring/tally-result.js';
import { SubdistrictSchema } from '../round/subdistrict.js';
import { RoundSchema } from '../round/round.js';
import { VettingSchema } from '../round/vetting.js';
import { ResultsSummarySheetSchema } from '../round/results-summary-sheet.js';
import { CommunityResourceSchema } from '../domain/community-resource.js';
import { OpenSpaceSessionSchema } from '../open-space/open-space-session.js';
import { DotVoteSchema } from '../open-space/dot-vote.js';
import { TrainingSessionSchema } from '../open-space/training-session.js';
import { PbBallotElectionSchema, PbBallotSchema } from '../pb-ballot/pb-ballot-schema.js';

/**
 * Every document schema the toolkit publishes, by name. The names are the JSON Schema file
 * names the built package ships (`@qingyuan/core/schemas/ReviewMeeting.json`).
 */
export const documentSchemas = {
  Money: MoneySchema,
  LocalizedText: LocalizedTextSchema,
  ReviewMeeting: ReviewMeetingSchema,
  Ballot: BallotSchema,
  BallotList: BallotListSchema,
  FundingOverride: FundingOverrideSchema,
  Community: CommunitySchema,
  Participant: ParticipantSchema,
  GovernanceBody: GovernanceBodySchema,
  NeedsSurvey: NeedsSurveySchema,
  SurveyResponse: SurveyResponseSchema,
  Application: ApplicationSchema,
  FundingDecision: FundingDecisionSchema,
  ExecutionTeam: ExecutionTeamSchema,
  WorkRecord: WorkRecordSchema,
  ExecutionReport: ExecutionReportSchema,
  FinancialAudit: FinancialAuditSchema,
  EvaluationReport: EvaluationReportSchema,
  Termination: TerminationSchema,
  ScopeChange: ScopeChangeSchema,
  ScopeChangeDecision: ScopeChangeDecisionSchema,
  Disbursement: DisbursementSchema,
  Expense: ExpenseSchema,
  TerminationProposal: TerminationProposalSchema,
  TerminationResponse: TerminationResponseSchema,
  TerminationDeclined: TerminationDeclinedSchema,
  Refund: RefundSchema,
  ProjectHistory: ProjectHistorySchema,
  PublicProjectView: PublicProjectViewSchema,
  MeetingHistory: MeetingHistorySchema,
  Ranking: RankingSchema,
  BudgetOutcome: BudgetOutcomeSchema,
  TallyResult: TallyResultSchema,
  Subdistrict: SubdistrictSchema,
  Round: RoundSchema,
  Vetting: VettingSchema,
  ResultsSummarySheet: ResultsSummarySheetSchema,
  CommunityResource: CommunityResourceSchema,
  OpenSpaceSession: OpenSpaceSessionSchema,
  DotVote: DotVoteSchema,
  TrainingSession: TrainingSessionSchema,
  PbBallot: PbBallotSchema,
  PbBallotElection: PbBallotElectionSchema,
} as const satisfies Record<string, z.ZodMiniType>;

/** The name of a published document schema. */
export type DocumentSchemaName = keyof typeof documentSchemas;

/** The names of all published document schemas, sorted. */
export function documentSchemaNames(): DocumentSchemaName[] {
  return (Object.keys(documentSchemas) as DocumentSchemaName[]).sort();
}

/** Whether `name` names a published document schema. */
export function isDocumentSchemaName(name: string): name is DocumentSchemaName {
  return Object.hasOwn(documentSchemas, name);
}

/**
 * The JSON Schema (draft 2020-12) of a published document, describing the document as it is
 * written (fields with defaults are optional), so platforms in other languages validate the
 * same documents.
 *
 * @example
 * const schema = toJSONSchema('ReviewMeeting');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function toJSONSchema(name: DocumentSchemaName): Record<string, unknown> {
  const { $schema, $ref, $defs, ...rest } = z.toJSONSchema(documentSchemas[name], {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown> & { $defs?: Record<string, Record<string, unknown>> };
  const ownId = `#/$defs/${name}`;
  // A schema registered with an id comes back as `$ref` into `$defs`: lift it to the root.
  const root =
    $ref === ownId && $defs?.[name] ? $defs[name] : { ...($ref ? { $ref } : {}), ...rest };
  const otherDefs = Object.fromEntries(Object.entries($defs ?? {}).filter(([key]) => key !== name));
  return {
    $schema,
    $id: `https://qingyuan.dev/schemas/${name}.json`,
    ...root,
    ...(Object.keys(otherDefs).length > 0 ? { $defs: otherDefs } : {}),
  };
}
