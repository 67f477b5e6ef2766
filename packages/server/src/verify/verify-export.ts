import {
  meetingLifecycle,
  replay,
  type MeetingEvent,
  type ReviewMeeting,
  type TallyResult,
} from '@qingyuan/core';
import { agendaHash } from '../audit/agenda-hash.js';
import { contentHash } from '../audit/content-hash.js';
import { verifyChain, type AuditEntry } from '../audit/hash-chain.js';
import { ballotReceipt } from '../audit/receipt.js';
import { tallyBallots, type CodeVoter } from '../meeting/meeting-tally.js';
import type { StoredBallot } from '../storage/records.js';

/** Everything the ballot box exports about one meeting: enough to recount and check it. */
export interface MeetingExport {
  meeting: ReviewMeeting;
  /** Every accepted submission, in the order cast, by anonymous code id. */
  ballots: StoredBallot[];
  /** The append-only, hash-chained audit log. */
  log: AuditEntry[];
  /** The tally the server computed from the counted ballots. */
  tally: TallyResult;
  /** The meeting's lifecycle history (core `MeetingEvent`s); each event is recorded in the log. */
  history?: MeetingEvent[];
}

/** One thing wrong with an export. */
export interface VerifyProblem {
  check: 'chain' | 'receipt' | 'log-ballot' | 'counted' | 'meeting' | 'recount' | 'history';
  message: string;
}

/** The outcome of {@link verifyMeetingExport}. */
export interface VerifyReport {
  ok: boolean;
  problems: VerifyProblem[];
  /** The tally recomputed from the exported ballots. */
  recount: TallyResult;
}

/**
 * The codes the log issued, each voting as its own id: a code issued to a named voter is listed
 * in the exported meeting's roster under that id (see `anonymousMeeting`).
 */
function codesFromLog(log: readonly AuditEntry[]): CodeVoter[] {
  const codes: CodeVoter[] = [];
  for (const entry of log) {
    if (entry.kind !== 'codes.issued') continue;
    // Logs written before names were kept out of them list `{ id, voter }` for named codes.
    for (const issued of (entry.data['codes'] ?? []) as (string | { id: string })[]) {
      const code = typeof issued === 'string' ? issued : issued.id;
      codes.push({ code, voter: code });
    }
  }
  return codes;
}

/** What the log recorded of a meeting document, compared with `meeting`. */
function recordsDocument(entry: AuditEntry, meeting: ReviewMeeting): boolean {
  return typeof entry.data['agenda'] === 'string'
    ? entry.data['agenda'] === agendaHash(meeting)
    : entry.data['document'] === contentHash(meeting);
}

/**
 * Re-checks an export the way any observer can: the audit chain holds; every ballot's receipt
 * is the hash of its content and appears in the log, and every ballot the log records is
 * exported; the counted ballots are exactly the last of each code; the meeting document is the
 * one the log last recorded; a recount with @qingyuan/core gives the exported ranking; and
 * (when the export carries it) the lifecycle history replays with core's `meetingLifecycle`,
 * matches the log event by event, and published the recount's ranking.
 *
 * @example
 * const report = verifyMeetingExport(await (await fetch(`${base}/meetings/m1/export`)).json());
 * report.ok; // true when nothing was changed, added or removed
 */
export function verifyMeetingExport(bundle: MeetingExport): VerifyReport {
  const problems: VerifyProblem[] = [];
  for (const problem of verifyChain(bundle.log)) {
    problems.push({ check: 'chain', message: `log entry ${problem.seq}: ${problem.message}` });
  }

  const codes = codesFromLog(bundle.log);
  const voterOf = new Map(codes.map((entry) => [entry.code, entry.voter]));
  const logged = new Map<string, AuditEntry>();
  for (const entry of bundle.log) {
    if (entry.kind === 'ballot.cast')
      logged.set(`${String(entry.data['code'])}#${String(entry.data['seq'])}`, entry);
  }
  const lastSeq = new Map<string, number>();
  for (const ballot of bundle.ballots) {
    lastSeq.set(ballot.code, Math.max(lastSeq.get(ballot.code) ?? 0, ballot.seq));
  }

  const seen = new Set<string>();
  for (const ballot of bundle.ballots) {
    const key = `${ballot.code}#${ballot.seq}`;
    seen.add(key);
    const receipt = ballotReceipt({
      meeting: bundle.meeting.id,
      code: ballot.code,
      seq: ballot.seq,
      marks: ballot.marks,
    });
    if (receipt !== ballot.receipt) {
      problems.push({
        check: 'receipt',
        message: `ballot ${key}: receipt does not match its marks`,
      });
    }
    const entry = logged.get(key);
    if (entry === undefined || entry.data['receipt'] !== ballot.receipt) {
      problems.push({ check: 'log-ballot', message: `ballot ${key}: not recorded in the log` });
    }
    if (voterOf.get(ballot.code) !== ballot.voter) {
      problems.push({
        check: 'log-ballot',
        message: `ballot ${key}: not under the id of a code the log issued`,
      });
    }
    if (ballot.counted !== (lastSeq.get(ballot.code) === ballot.seq)) {
      problems.push({
        check: 'counted',
        message: `ballot ${key}: only the last ballot of a code counts`,
      });
    }
  }
  for (const key of logged.keys()) {
    if (!seen.has(key)) {
      problems.push({
        check: 'log-ballot',
        message: `log records ballot ${key}, the export lacks it`,
      });
    }
  }

  const documentEntries = bundle.log.filter((entry) => typeof entry.data['document'] === 'string');
  const lastDocument = documentEntries.at(-1);
  if (lastDocument === undefined || !recordsDocument(lastDocument, bundle.meeting)) {
    problems.push({
      check: 'meeting',
      message: 'the meeting document is not the one the log recorded',
    });
  }

  const counted = bundle.ballots.filter((ballot) => ballot.counted);
  const recount = tallyBallots(bundle.meeting, codes, counted);
  const summary = (result: TallyResult) =>
    JSON.stringify({
      counted: result.counted,
      ranking: result.ranking.map((row) => ({
        project: row.project,
        rank: row.rank,
        total: row.total,
        tied: row.tied,
      })),
    });
  if (summary(recount) !== summary(bundle.tally)) {
    problems.push({
      check: 'recount',
      message: 'a recount of the ballots gives a different result',
    });
  }
  if (bundle.history !== undefined) problems.push(...historyProblems(bundle, recount));
  return { ok: problems.length === 0, problems, recount };
}

/** The audit-log kind that records each lifecycle event. */
const loggedAs: Record<string, string> = {
  'weights-locked': 'meeting.weights-locked',
  'voting-opened': 'voting.opened',
  'voting-closed': 'voting.closed',
  'results-published': 'results.published',
};

/**
 * The history replays with core's lifecycle; each of its events is the matching entry of the
 * hash-chained log, in order (an `agenda-saved` carries the document the entry hashed); its
 * agenda is the exported meeting; a published ranking is the recount's.
 */
function historyProblems(bundle: MeetingExport, recount: TallyResult): VerifyProblem[] {
  const history = bundle.history ?? [];
  const problems: VerifyProblem[] = [];
  const replayed = replay(meetingLifecycle, history, {});
  if (!replayed.ok) {
    problems.push({
      check: 'history',
      message: `core's lifecycle refuses event ${replayed.index + 1}: ${replayed.violations.map((v) => v.message.en).join('; ')}`,
    });
  }
  const lifecycleEntries = bundle.log.filter(
    (entry) =>
      Object.values(loggedAs).includes(entry.kind) ||
      ((entry.kind === 'meeting.created' || entry.kind === 'meeting.updated') &&
        typeof entry.data['document'] === 'string'),
  );
  const matches =
    lifecycleEntries.length === history.length &&
    history.every((event, index) => {
      const entry = lifecycleEntries[index]!;
      return event.type === 'agenda-saved'
        ? recordsDocument(entry, event.payload.meeting)
        : entry.kind === loggedAs[event.type];
    });
  if (!matches) {
    problems.push({
      check: 'history',
      message: 'the lifecycle history is not the one the log recorded',
    });
  }
  const state = replayed.state;
  if (state.meeting === undefined || contentHash(state.meeting) !== contentHash(bundle.meeting)) {
    problems.push({
      check: 'history',
      message: 'the history’s agenda is not the exported meeting',
    });
  }
  if (state.ranking !== undefined) {
    const ranks = (rows: readonly { project: string; rank: number }[]) =>
      JSON.stringify(rows.map(({ project, rank }) => ({ project, rank })));
    if (ranks(state.ranking) !== ranks(recount.ranking)) {
      problems.push({
        check: 'history',
        message: 'the published ranking is not the recount’s',
      });
    }
  }
  return problems;
}
