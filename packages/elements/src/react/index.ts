/**
 * React wrappers of every Qingyuan element (`@qingyuan/elements/react`), made with `@lit/react`.
 * Importing this module registers the elements. Props are the elements' properties (objects
 * such as `meeting` go in as properties); events are `onQy…` props with the typed event:
 *
 * @example
 * import { QyBallot } from '@qingyuan/elements/react';
 * <QyBallot voter="v01" meeting={meeting} onQyBallotSubmit={(e) => save(e.detail.ballot)} />;
 *
 * Written by scripts/element-entries.mjs from src/define/* and each element's `@event` tags:
 * do not edit.
 */
import { QyApplicationForm as ApplicationForm } from '../define/application-form.js';
import { QyBallot as Ballot } from '../define/ballot.js';
import { QyClosingReport as ClosingReport } from '../define/closing-report.js';
import { QyExecutionTeam as ExecutionTeam } from '../define/execution-team.js';
import { QyFundingDecision as FundingDecision } from '../define/funding-decision.js';
import { QyIdeaBoard as IdeaBoard } from '../define/idea-board.js';
import { QyNeedsReport as NeedsReport } from '../define/needs-report.js';
import { QyNeedsSurvey as NeedsSurvey } from '../define/needs-survey.js';
import { QyPbBallot as PbBallot } from '../define/pb-ballot.js';
import { QyPbResults as PbResults } from '../define/pb-results.js';
import { QyProjectStatus as ProjectStatus } from '../define/project-status.js';
import { QyRankingTable as RankingTable } from '../define/ranking-table.js';
import { QyWeightEditor as WeightEditor } from '../define/weight-editor.js';
import { QyWorkRecord as WorkRecord } from '../define/work-record.js';
import { QyApplicationSubmitEvent as ApplicationSubmit } from '../events/application-submit.js';
import { QyBallotQueuedEvent as BallotQueued } from '../events/ballot-queued.js';
import { QyBallotRejectedEvent as BallotRejected } from '../events/ballot-rejected.js';
import { QyBallotSentEvent as BallotSent } from '../events/ballot-sent.js';
import { QyBallotSubmitEvent as BallotSubmit } from '../events/ballot-submit.js';
import { QyDotsChangeEvent as DotsChange } from '../events/dots-change.js';
import { QyFundingDecisionQueuedEvent as FundingDecisionQueued } from '../events/funding-decision-queued.js';
import { QyFundingDecisionRejectedEvent as FundingDecisionRejected } from '../events/funding-decision-rejected.js';
import { QyFundingDecisionSentEvent as FundingDecisionSent } from '../events/funding-decision-sent.js';
import { QyFundingDecisionSubmitEvent as FundingDecisionSubmit } from '../events/funding-decision-submit.js';
import { QyIdeaProposeEvent as IdeaPropose } from '../events/idea-propose.js';
import { QyItemHideEvent as ItemHide } from '../events/item-hide.js';
import { QyLoadEvent as Load } from '../events/load.js';
import { QyLoadErrorEvent as LoadError } from '../events/load-error.js';
import { QyPbBallotQueuedEvent as PbBallotQueued } from '../events/pb-ballot-queued.js';
import { QyPbBallotRejectedEvent as PbBallotRejected } from '../events/pb-ballot-rejected.js';
import { QyPbBallotSentEvent as PbBallotSent } from '../events/pb-ballot-sent.js';
import { QyPbBallotSubmitEvent as PbBallotSubmit } from '../events/pb-ballot-submit.js';
import { QyReportQueuedEvent as ReportQueued } from '../events/report-queued.js';
import { QyReportRejectedEvent as ReportRejected } from '../events/report-rejected.js';
import { QyReportSentEvent as ReportSent } from '../events/report-sent.js';
import { QyReportSubmitEvent as ReportSubmit } from '../events/report-submit.js';
import { QySignatureQueuedEvent as SignatureQueued } from '../events/signature-queued.js';
import { QySignatureRejectedEvent as SignatureRejected } from '../events/signature-rejected.js';
import { QySignatureSentEvent as SignatureSent } from '../events/signature-sent.js';
import { QySignatureSubmitEvent as SignatureSubmit } from '../events/signature-submit.js';
import { QySortEvent as Sort } from '../events/sort.js';
import { QySurveyQueuedEvent as SurveyQueued } from '../events/survey-queued.js';
import { QySurveyRejectedEvent as SurveyRejected } from '../events/survey-rejected.js';
import { QySurveySentEvent as SurveySent } from '../events/survey-sent.js';
import { QySurveySubmitEvent as SurveySubmit } from '../events/survey-submit.js';
import { QyWeightsChangeEvent as WeightsChange } from '../events/weights-change.js';
import { QyWeightsLockEvent as WeightsLock } from '../events/weights-lock.js';
import { QyWorkRecordQueuedEvent as WorkRecordQueued } from '../events/work-record-queued.js';
import { QyWorkRecordRejectedEvent as WorkRecordRejected } from '../events/work-record-rejected.js';
import { QyWorkRecordSentEvent as WorkRecordSent } from '../events/work-record-sent.js';
import { QyWorkRecordSubmitEvent as WorkRecordSubmit } from '../events/work-record-submit.js';
import { wrap } from './wrap.js';

export { reactEventProp, type ReactEventProp, type ReactEvents } from './wrap.js';

/** `<qy-application-form>` for React: `onQyApplicationSubmit`, `onQyLoad`, `onQyLoadError`. */
export const QyApplicationForm = wrap('qy-application-form', ApplicationForm, [
  ApplicationSubmit,
  Load,
  LoadError,
]);
/** `<qy-ballot>` for React: `onQyBallotSubmit`, `onQyBallotSent`, `onQyBallotQueued`, `onQyBallotRejected`, `onQyLoad`, `onQyLoadError`. */
export const QyBallot = wrap('qy-ballot', Ballot, [
  BallotSubmit,
  BallotSent,
  BallotQueued,
  BallotRejected,
  Load,
  LoadError,
]);
/** `<qy-closing-report>` for React: `onQyReportSubmit`, `onQyReportSent`, `onQyReportQueued`, `onQyReportRejected`, `onQyLoad`, `onQyLoadError`. */
export const QyClosingReport = wrap('qy-closing-report', ClosingReport, [
  ReportSubmit,
  ReportSent,
  ReportQueued,
  ReportRejected,
  Load,
  LoadError,
]);
/** `<qy-execution-team>` for React: `onQySignatureSubmit`, `onQySignatureSent`, `onQySignatureQueued`, `onQySignatureRejected`, `onQyLoad`, `onQyLoadError`. */
export const QyExecutionTeam = wrap('qy-execution-team', ExecutionTeam, [
  SignatureSubmit,
  SignatureSent,
  SignatureQueued,
  SignatureRejected,
  Load,
  LoadError,
]);
/** `<qy-funding-decision>` for React: `onQyFundingDecisionSubmit`, `onQyFundingDecisionSent`, `onQyFundingDecisionQueued`, `onQyFundingDecisionRejected`, `onQyLoad`, `onQyLoadError`. */
export const QyFundingDecision = wrap('qy-funding-decision', FundingDecision, [
  FundingDecisionSubmit,
  FundingDecisionSent,
  FundingDecisionQueued,
  FundingDecisionRejected,
  Load,
  LoadError,
]);
/** `<qy-idea-board>` for React: `onQyIdeaPropose`, `onQyDotsChange`, `onQyItemHide`, `onQyLoad`, `onQyLoadError`. */
export const QyIdeaBoard = wrap('qy-idea-board', IdeaBoard, [
  IdeaPropose,
  DotsChange,
  ItemHide,
  Load,
  LoadError,
]);
/** `<qy-needs-report>` for React: `onQyLoad`, `onQyLoadError`. */
export const QyNeedsReport = wrap('qy-needs-report', NeedsReport, [Load, LoadError]);
/** `<qy-needs-survey>` for React: `onQySurveySubmit`, `onQySurveySent`, `onQySurveyQueued`, `onQySurveyRejected`, `onQyLoad`, `onQyLoadError`. */
export const QyNeedsSurvey = wrap('qy-needs-survey', NeedsSurvey, [
  SurveySubmit,
  SurveySent,
  SurveyQueued,
  SurveyRejected,
  Load,
  LoadError,
]);
/** `<qy-pb-ballot>` for React: `onQyPbBallotSubmit`, `onQyPbBallotSent`, `onQyPbBallotQueued`, `onQyPbBallotRejected`, `onQyLoad`, `onQyLoadError`. */
export const QyPbBallot = wrap('qy-pb-ballot', PbBallot, [
  PbBallotSubmit,
  PbBallotSent,
  PbBallotQueued,
  PbBallotRejected,
  Load,
  LoadError,
]);
/** `<qy-pb-results>` for React: `onQyLoad`, `onQyLoadError`. */
export const QyPbResults = wrap('qy-pb-results', PbResults, [Load, LoadError]);
/** `<qy-project-status>` for React: `onQyLoad`, `onQyLoadError`. */
export const QyProjectStatus = wrap('qy-project-status', ProjectStatus, [Load, LoadError]);
/** `<qy-ranking-table>` for React: `onQySort`, `onQyLoad`, `onQyLoadError`. */
export const QyRankingTable = wrap('qy-ranking-table', RankingTable, [Sort, Load, LoadError]);
/** `<qy-weight-editor>` for React: `onQyWeightsChange`, `onQyWeightsLock`, `onQyLoad`, `onQyLoadError`. */
export const QyWeightEditor = wrap('qy-weight-editor', WeightEditor, [
  WeightsChange,
  WeightsLock,
  Load,
  LoadError,
]);
/** `<qy-work-record>` for React: `onQyWorkRecordSubmit`, `onQyWorkRecordSent`, `onQyWorkRecordQueued`, `onQyWorkRecordRejected`. */
export const QyWorkRecord = wrap('qy-work-record', WorkRecord, [
  WorkRecordSubmit,
  WorkRecordSent,
  WorkRecordQueued,
  WorkRecordRejected,
]);
