export { defineElement } from './base/define.js';
export { resolveLocale, toSupportedLocale } from './i18n/locale.js';
export { LocaleController } from './i18n/locale-controller.js';
export { translate, parseMessageOverrides, type MessageOverrides } from './i18n/messages.js';
export { QyElement } from './base/qy-element.js';
export { QyFormControl, type ControlValidity } from './form/form-control.js';
export {
  DocumentController,
  type DocumentState,
  type DocumentControllerOptions,
} from './data/document-controller.js';
export type { ShownIssue, DocumentResult } from './data/document-result.js';
export { loadMessages, type LoadMessageKey } from './data/load-messages.js';
export { renderLoadState } from './data/load-state-view.js';
export { sharedStyles } from './base/shared-styles.js';
export * from './events/load.js';
export * from './events/load-error.js';
export * from './events/ballot-submit.js';
export * from './events/ballot-queued.js';
export * from './events/ballot-sent.js';
export * from './events/ballot-rejected.js';
export * from './events/sort.js';
export * from './events/weights-change.js';
export * from './events/weights-lock.js';
export { ANONYMOUS_VOTER, QyBallot, type BallotStep } from './ballot/ballot.js';
export { ballotMessages, type BallotMessageKey } from './ballot/ballot.messages.js';
export { BallotOutbox, type OutboxEntry, type DeliveryOutcome } from './base/outbox.js';
export { ballotFingerprint } from './ballot/ballot-fingerprint.js';
export { QyRankingTable } from './ranking-table/ranking-table.js';
export type { FundingMode, RankingFunding, RankingRow } from './ranking-table/ranking-rows.js';
export { rankingMessages, type RankingMessageKey } from './ranking-table/ranking-table.messages.js';
export { QyWeightEditor } from './weight-editor/weight-editor.js';
export { weightMessages, type WeightMessageKey } from './weight-editor/weight-editor.messages.js';
export * from './events/survey-submit.js';
export * from './events/survey-sent.js';
export * from './events/survey-queued.js';
export * from './events/survey-rejected.js';
export { QyNeedsSurvey, type SurveyStep } from './needs-survey/needs-survey.js';
export {
  needsSurveyMessages,
  type NeedsSurveyMessageKey,
} from './needs-survey/needs-survey.messages.js';
export { SurveyDraftStore, type SurveyDraft } from './needs-survey/survey-draft.js';
export { surveyPages } from './needs-survey/survey-pages.js';
export * from './events/application-submit.js';
export {
  QyApplicationForm,
  type ApplicationCommunity,
} from './application-form/application-form.js';
export { projectIdFrom, randomIdSuffix, titleSlug } from './application-form/project-id.js';
export type { ApplicationProblem } from './application-form/application-candidate.js';
export {
  applicationFormMessages,
  type ApplicationFormMessageKey,
} from './application-form/application-form.messages.js';
export { editLocalized, fallbackIn, textIn } from './application-form/localized-edit.js';
export { QyProjectStatus } from './project-status/project-status.js';
export {
  projectStatusMessages,
  type ProjectStatusMessageKey,
} from './project-status/project-status.messages.js';
export { readProjectProgress, type ProjectProgress } from './project-status/project-progress.js';
export * from './events/idea-propose.js';
export * from './events/dots-change.js';
export * from './events/item-hide.js';
export { QyIdeaBoard } from './idea-board/idea-board.js';
export { ideaBoardMessages, type IdeaBoardMessageKey } from './idea-board/idea-board.messages.js';
export { readSession } from './idea-board/read-session.js';
export { QyPbResults } from './pb-results/pb-results.js';
export { pbResultsMessages, type PbResultsMessageKey } from './pb-results/pb-results.messages.js';
export {
  PB_RESULT_RULES,
  type PbResultRule,
  type PbRuleChoice,
  type PbResults,
  type PbResultsProject,
  type PbRepresentationCheck,
  type PbBoxSource,
} from './pb-results/pb-results-data.js';
export { pbResultsOf, type PbResultsOfOptions } from './pb-results/pb-results-of.js';
export {
  PB_RESULTS_FORMAT,
  pbResultsToJSON,
  type PbResultsJSON,
  type EqualSharesExplanationJSON,
} from './pb-results/pb-results-json.js';
export { readPbResults } from './pb-results/read-pb-results.js';
export { readBoxPbResults } from './pb-results/read-box-pb-results.js';
export { boxResultsDocument } from './pb-results/box-results-document.js';
export { pbResultsCsv } from './pb-results/pb-results-csv.js';
export * from './events/pb-ballot-submit.js';
export * from './events/pb-ballot-sent.js';
export * from './events/pb-ballot-queued.js';
export * from './events/pb-ballot-rejected.js';
export { QyPbBallot, type PbBallotStep } from './pb-ballot/pb-ballot.js';
export {
  pbBallotMessages,
  type PbBallotMessageKey,
  type PbReceiptMessageKey,
} from './pb-ballot/pb-ballot.messages.js';
export {
  parsePbBallotSheet,
  ballotLists,
  districtsOf,
  CITY_LIST,
  type PbBallotSheet,
  type PbSheetProject,
} from './pb-ballot/pb-ballot-sheet.js';
export { castPbBallot, type PbChoices } from './pb-ballot/pb-ballot-choices.js';
export { placeViolations, type PlacedViolations } from './pb-ballot/pb-ballot-violations.js';
export { QyNeedsReport } from './needs-report/needs-report.js';
export {
  needsReportMessages,
  type NeedsReportMessageKey,
} from './needs-report/needs-report.messages.js';
export { readNeedsReport } from './needs-report/read-needs-report.js';
export {
  barGeometry,
  type BarBox,
  type ChartRow,
  type ChartSeries,
} from './needs-report/bar-geometry.js';
export {
  barChartStyles,
  renderBarChart,
  renderChartPatterns,
  type BarChartView,
} from './needs-report/bar-chart-view.js';
export {
  bordaChart,
  choiceChart,
  crossTabChart,
  ratingChart,
  shareText,
  type ChartData,
} from './needs-report/needs-report-charts.js';
export * from './events/funding-decision-submit.js';
export * from './events/funding-decision-sent.js';
export * from './events/funding-decision-queued.js';
export * from './events/funding-decision-rejected.js';
export { QyFundingDecision, type FundingOpinion } from './funding-decision/funding-decision.js';
export {
  fundingDecisionMessages,
  type FundingDecisionMessageKey,
} from './funding-decision/funding-decision.messages.js';
export * from './events/signature-submit.js';
export * from './events/signature-sent.js';
export * from './events/signature-queued.js';
export * from './events/signature-rejected.js';
export { QyExecutionTeam } from './execution-team/execution-team.js';
export {
  executionTeamMessages,
  type ExecutionTeamMessageKey,
} from './execution-team/execution-team.messages.js';
export { contractSignedEvent, signatureViolations } from './execution-team/signature-check.js';
export * from './events/work-record-submit.js';
export * from './events/work-record-sent.js';
export * from './events/work-record-queued.js';
export * from './events/work-record-rejected.js';
export { QyWorkRecord } from './work-record/work-record.js';
export {
  workRecordMessages,
  type WorkRecordMessageKey,
} from './work-record/work-record.messages.js';
export * from './events/report-submit.js';
export * from './events/report-sent.js';
export * from './events/report-queued.js';
export * from './events/report-rejected.js';
export { QyClosingReport } from './closing-report/closing-report.js';
export {
  closingReportMessages,
  type ClosingReportMessageKey,
} from './closing-report/closing-report.messages.js';
export { readClosingDocuments, type ClosingDocuments } from './closing-report/closing-documents.js';
export type { PbBallotBoxMessageKey } from './pb-ballot/pb-ballot-box.messages.js';
