import {
  messagePair as say,
  meetingLifecycle,
  replay,
  type Locale,
  type LocalizedMessage,
  type MeetingEvent,
  type ReviewMeeting,
  type TallyResult,
} from '@qingyuan/core';
import { agendaHash } from '../audit/agenda-hash.js';
import { contentHash } from '../audit/content-hash.js';
import { verifyChain, type AuditEntry, type ChainProblem } from '../audit/hash-chain.js';
import { tallyHash, type LogPosition } from '../audit/publish-commitment.js';
import { ballotReceipt } from '../audit/receipt.js';
import type { MeetingStatus } from '../meeting/meeting-status.js';
import { tallyBallots, type CodeVoter } from '../meeting/meeting-tally.js';
import type { StoredBallot } from '../storage/records.js';

/** Everything the ballot box exports about one meeting: enough to recount and check it. */
export interface MeetingExport {
  /**
   * The meeting as published: a voter holding a named code is listed under the code's opaque
   * id, with only the community and group the tally needs (see `anonymousMeeting`).
   */
  meeting: ReviewMeeting;
  /** The meeting's status when exported; a `published` export must reach its publish entry. */
  status?: MeetingStatus;
  /** Every accepted submission, in the order cast, each under its code's opaque id. */
  ballots: StoredBallot[];
  /** The append-only, hash-chained audit log. */
  log: AuditEntry[];
  /** The tally the server computed from the counted ballots. */
  tally: TallyResult;
  /** The meeting's lifecycle history (core `MeetingEvent`s); each event is recorded in the log. */
  history?: MeetingEvent[];
}

/**
 * Every check {@link verifyMeetingExport} runs, as its problems name them (`VerifyProblem.check`,
 * and `check` in the answer of `GET /meetings/:id/verify`).
 *
 * @example
 * verifyChecks.includes('truncated'); // true: a published log cut before its publish entry
 */
export const verifyChecks = [
  'chain',
  'truncated',
  'published',
  'receipt',
  'log-ballot',
  'duplicate',
  'ballot-entry',
  'order',
  'counted',
  'meeting',
  'recount',
  'history',
] as const;

/** The name of one of the {@link verifyChecks}. */
export type VerifyCheck = (typeof verifyChecks)[number];

/**
 * One thing wrong with an export: which check found it and what it is.
 *
 * @example
 * report.problems; // [{ check: 'truncated', message: { en: 'the meeting was published, but…', 'zh-CN': '…' } }]
 */
export interface VerifyProblem {
  check: VerifyCheck;
  /** What is wrong, in English and Chinese (`localize(problem.message, locale)`). */
  message: LocalizedMessage;
}

/**
 * Whether a voter's receipt is in the exported log, and whether its ballot counted: one entry
 * of {@link VerifyReport.receipts} (and of `receipts` in `GET /meetings/:id/verify?receipt=…`).
 *
 * @example
 * verifyMeetingExport(bundle, { receipts: [kept] }).receipts[0];
 * // { receipt: kept, inLog: true, logSeq: 17, counted: true }; { receipt, inLog: false } if absent
 */
export interface ReceiptCheck {
  receipt: string;
  /** The log records a ballot with this receipt (and the export holds that ballot). */
  inLog: boolean;
  /** The log entry that records it. */
  logSeq?: number;
  /** The ballot is its code's last, the one that counts (a later one replaced it when false). */
  counted?: boolean;
}

/**
 * What {@link verifyMeetingExport} checks beyond the export itself.
 *
 * @example
 * const results = await (await fetch(`${base}/meetings/m1/results`)).json();
 * verifyMeetingExport(bundle, { announced: results.log, receipts: [myReceipt] });
 */
export interface VerifyOptions {
  /**
   * The log position the results announced (`log` of `GET /meetings/:id/results` or of the
   * event stream's `published` event): the export's log must hold exactly that entry, or it was
   * cut or changed.
   */
  announced?: LogPosition;
  /** Receipts voters kept: each is looked up in the log (see {@link VerifyReport.receipts}). */
  receipts?: readonly string[];
}

/**
 * The outcome of {@link verifyMeetingExport}.
 *
 * @example
 * const report = verifyMeetingExport(bundle);
 * if (!report.ok) for (const p of report.problems) console.log(p.check, p.message.en);
 */
export interface VerifyReport {
  ok: boolean;
  problems: VerifyProblem[];
  /** The tally recomputed from the exported ballots. */
  recount: TallyResult;
  /** One answer per receipt asked about, in order. */
  receipts: ReceiptCheck[];
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
 * A chain problem in both languages, as the verifiers report it.
 *
 * @example
 * chainMessage({ seq: 3, position: 3, reason: 'hash', message: '' }).en; // 'log entry 3 was changed after …'
 */
export function chainMessage(problem: ChainProblem): LocalizedMessage {
  const { seq, position } = problem;
  switch (problem.reason) {
    case 'numbering':
      return say(
        `日志第 ${seq} 条出现在第 ${position} 条的位置：有条目被删除、插入或移动`,
        `log entry ${seq} stands where entry ${position} should: an entry was removed, inserted or moved`,
      );
    case 'prev-hash':
      return say(
        `日志第 ${seq} 条与前一条衔接不上：有条目被删除、插入或移动`,
        `log entry ${seq} does not follow the entry before it: an entry was removed, inserted or moved`,
      );
    case 'hash':
      return say(
        `日志第 ${seq} 条在写入后被改动：哈希与内容不符`,
        `log entry ${seq} was changed after it was written: its hash does not match its content`,
      );
  }
}

/** The audit-log kind that records each lifecycle event. */
const loggedAs: Record<string, string> = {
  'weights-locked': 'meeting.weights-locked',
  'voting-opened': 'voting.opened',
  'voting-closed': 'voting.closed',
  'results-published': 'results.published',
  'funding-decided': 'funding.decided',
};

/**
 * Re-checks an export the way any observer can: the audit chain holds; a published meeting's
 * log reaches its publish entry, whose commitments (the log before it, the tally's hash, the
 * published meeting's hash) hold, and, given the position the results announced, is exactly
 * that log; every ballot's receipt is the hash of its content and appears in the log, and every
 * ballot the log records is exported; no ballot is listed (or logged) twice, each carries the
 * `seq` and `at` of its log entry as `logSeq` and `castAt`, and they are listed in the log's
 * order; the counted ballots are exactly the last of each code; the
 * meeting document is the one the log last recorded; a recount with @qingyuan/core gives the
 * exported ranking; and (when the export carries it) the lifecycle history replays with core's
 * `meetingLifecycle`, matches the log event by event, and published the recount's ranking.
 * Voters' receipts, when given, are looked up in the log.
 *
 * @example
 * const base = 'https://vote.ngo.example';
 * const results = await (await fetch(`${base}/meetings/m1/results`)).json();
 * const bundle = await (await fetch(`${base}/meetings/m1/export`)).json();
 * const report = verifyMeetingExport(bundle, { announced: results.log, receipts: [myReceipt] });
 * report.ok; // true when nothing was changed, added, removed or cut off
 * report.receipts[0]?.inLog; // true when my ballot is in the log
 */
export function verifyMeetingExport(
  bundle: MeetingExport,
  options: VerifyOptions = {},
): VerifyReport {
  const problems: VerifyProblem[] = [];
  for (const problem of verifyChain(bundle.log)) {
    problems.push({ check: 'chain', message: chainMessage(problem) });
  }

  const codes = codesFromLog(bundle.log);
  const voterOf = new Map(codes.map((entry) => [entry.code, entry.voter]));
  const logged = new Map<string, AuditEntry>();
  for (const entry of bundle.log) {
    if (entry.kind !== 'ballot.cast') continue;
    const key = `${String(entry.data['code'])}#${String(entry.data['seq'])}`;
    if (logged.has(key)) {
      problems.push({
        check: 'duplicate',
        message: say(`日志两次记录了选票 ${key}`, `the log records ballot ${key} twice`),
      });
      continue;
    }
    logged.set(key, entry);
  }
  const lastSeq = new Map<string, number>();
  for (const ballot of bundle.ballots) {
    lastSeq.set(ballot.code, Math.max(lastSeq.get(ballot.code) ?? 0, ballot.seq));
  }

  const seen = new Set<string>();
  /** The ballot listed before, with its log entry: ballots are listed in the order cast. */
  let previous: { key: string; entry: AuditEntry } | undefined;
  for (const ballot of bundle.ballots) {
    const key = `${ballot.code}#${ballot.seq}`;
    if (seen.has(key)) {
      // One submission listed twice: a recount would not notice (the later copy supersedes
      // the earlier one), so it is named here and left out of the other checks.
      problems.push({
        check: 'duplicate',
        message: say(`选票 ${key} 在导出中出现了两次`, `ballot ${key} appears twice in the export`),
      });
      continue;
    }
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
        message: say(
          `选票 ${key}：回执与选票内容不符`,
          `ballot ${key}: its receipt does not match its marks`,
        ),
      });
    }
    const entry = logged.get(key);
    if (entry === undefined || entry.data['receipt'] !== ballot.receipt) {
      problems.push({
        check: 'log-ballot',
        message: say(`选票 ${key} 未记录在日志中`, `ballot ${key} is not recorded in the log`),
      });
    } else {
      problems.push(...entryProblems(key, ballot, entry));
      if (previous !== undefined && entry.seq < previous.entry.seq) {
        const [was, is] = [previous, { key, entry }];
        problems.push({
          check: 'order',
          message: say(
            `选票 ${is.key}（日志第 ${is.entry.seq} 条）排在选票 ${was.key}（日志第 ${was.entry.seq} 条）之后：选票未按投票顺序排列`,
            `ballot ${is.key} (log entry ${is.entry.seq}) is listed after ballot ${was.key} (log entry ${was.entry.seq}): the ballots are not in the order cast`,
          ),
        });
      }
      previous = { key, entry };
    }
    if (voterOf.get(ballot.code) !== ballot.voter) {
      problems.push({
        check: 'log-ballot',
        message: say(
          `选票 ${key} 不属于日志中发放的投票码`,
          `ballot ${key} is not under the id of a code the log issued`,
        ),
      });
    }
    if (ballot.counted !== (lastSeq.get(ballot.code) === ballot.seq)) {
      problems.push({
        check: 'counted',
        message: say(
          `选票 ${key}：每个投票码只计最后一张选票`,
          `ballot ${key}: only the last ballot of a code counts`,
        ),
      });
    }
  }
  for (const key of logged.keys()) {
    if (!seen.has(key)) {
      problems.push({
        check: 'log-ballot',
        message: say(
          `日志记录了选票 ${key}，导出中却没有`,
          `the log records ballot ${key}, the export lacks it`,
        ),
      });
    }
  }

  const documentEntries = bundle.log.filter((entry) => typeof entry.data['document'] === 'string');
  const lastDocument = documentEntries.at(-1);
  if (lastDocument === undefined || !recordsDocument(lastDocument, bundle.meeting)) {
    problems.push({
      check: 'meeting',
      message: say(
        '评审会文件与日志记录的不一致',
        'the meeting document is not the one the log recorded',
      ),
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
      message: say(
        '按导出的选票重新计票，结果不同',
        'a recount of the ballots gives a different result',
      ),
    });
  }
  problems.push(...publishProblems(bundle, recount, options.announced));
  if (bundle.history !== undefined) problems.push(...historyProblems(bundle, recount));
  const receipts = (options.receipts ?? []).map((receipt) => receiptCheck(bundle, receipt));
  return { ok: problems.length === 0, problems, recount, receipts };
}

/**
 * A ballot's own record of where and when it was cast (`logSeq`, `castAt`) against the log
 * entry that records it: the entry is hash-chained, the ballot's copy is not.
 */
function entryProblems(key: string, ballot: StoredBallot, entry: AuditEntry): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  if (ballot.logSeq !== entry.seq) {
    problems.push({
      check: 'ballot-entry',
      message: say(
        `选票 ${key}：logSeq ${String(ballot.logSeq)} 不是其日志条目，其日志条目为第 ${entry.seq} 条`,
        `ballot ${key}: logSeq ${String(ballot.logSeq)} is not its log entry, which is entry ${entry.seq}`,
      ),
    });
  }
  if (ballot.castAt !== entry.at) {
    problems.push({
      check: 'ballot-entry',
      message: say(
        `选票 ${key}：投票时间 ${String(ballot.castAt)} 与其日志第 ${entry.seq} 条的时间（${entry.at}）不符`,
        `ballot ${key}: castAt ${String(ballot.castAt)} is not the time of its log entry ${entry.seq} (${entry.at})`,
      ),
    });
  }
  return problems;
}

/** Whether `receipt` is in the log (and the export), and whether its ballot counted. */
function receiptCheck(bundle: MeetingExport, receipt: string): ReceiptCheck {
  const entry = bundle.log.find(
    (item) => item.kind === 'ballot.cast' && item.data['receipt'] === receipt,
  );
  const ballot = bundle.ballots.find((item) => item.receipt === receipt);
  if (entry === undefined || ballot === undefined) return { receipt, inLog: false };
  return { receipt, inLog: true, logSeq: entry.seq, counted: ballot.counted };
}

/**
 * A published meeting's log reaches its publish entry (only settings changes and the one
 * `funding.decided` entry of the round that decided on the ranking may follow it),
 * the entry's commitments hold, and the log is the one the results announced.
 */
function publishProblems(
  bundle: MeetingExport,
  recount: TallyResult,
  announced: LogPosition | undefined,
): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  const log = bundle.log;
  let index = log.length - 1;
  while (index >= 0 && log[index]!.kind !== 'results.published') index -= 1;
  const claimsPublished =
    bundle.status === 'published' ||
    bundle.status === 'funding-decided' ||
    (bundle.history ?? []).some((event) => event.type === 'results-published');
  if (index === -1) {
    if (claimsPublished) {
      problems.push({
        check: 'truncated',
        message: say(
          '评审会已公布结果，但日志在公布条目之前就结束了：末尾的条目被删除',
          'the meeting was published, but its log stops before the publish entry: entries at its end were removed',
        ),
      });
    }
  } else {
    const entry = log[index]!;
    const after = log.slice(index + 1);
    // Settings changes may follow, and the one funding decision a round records for the ranking.
    const decided = after.filter((later) => later.kind === 'funding.decided');
    const others = after.filter(
      (later) =>
        later.kind !== 'funding.decided' &&
        (later.kind !== 'meeting.updated' || 'document' in later.data),
    );
    if (others.length > 0 || decided.length > 1) {
      problems.push({
        check: 'published',
        message: say(
          '公布条目之后出现了设置变更和一项资助决定以外的条目',
          'entries other than settings changes and one funding decision follow the publish entry',
        ),
      });
    }
    const committed = entry.data as Partial<{ log: LogPosition; tally: string; meeting: string }>;
    const before = log[index - 1];
    if (
      committed.log !== undefined &&
      (committed.log.length !== index || committed.log.head !== (before?.hash ?? ''))
    ) {
      problems.push({
        check: 'published',
        message: say(
          `公布条目承诺其前有 ${committed.log.length} 条日志，实际为 ${index} 条`,
          `the publish entry commits to a log of ${committed.log.length} entries; ${index} precede it`,
        ),
      });
    }
    if (committed.tally !== undefined && committed.tally !== tallyHash(recount)) {
      problems.push({
        check: 'published',
        message: say(
          '公布条目承诺的计票结果与按导出选票重新计票的结果不符',
          'the tally the publish entry committed to is not the recount of the exported ballots',
        ),
      });
    }
    if (committed.meeting !== undefined && committed.meeting !== contentHash(bundle.meeting)) {
      problems.push({
        check: 'published',
        message: say(
          '公布条目承诺的评审会文件与导出的不一致',
          'the meeting the publish entry committed to is not the exported meeting',
        ),
      });
    }
  }
  if (announced !== undefined) {
    const held = log[announced.length - 1];
    if (held === undefined || held.hash !== announced.head || held.seq !== announced.length) {
      problems.push({
        check: 'truncated',
        message: say(
          `日志中没有公布的第 ${announced.length} 条（哈希 ${announced.head.slice(0, 12)}…）：有条目被删除或改动`,
          `the log does not hold the announced entry ${announced.length} (hash ${announced.head.slice(0, 12)}…): entries were removed or changed`,
        ),
      });
    }
  }
  return problems;
}

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
    const event = replayed.index + 1;
    const why = (locale: Locale) => replayed.violations.map((v) => v.message[locale]).join('; ');
    problems.push({
      check: 'history',
      message: say(
        `核心生命周期拒绝第 ${event} 个事件：${why('zh-CN')}`,
        `core's lifecycle refuses event ${event}: ${why('en')}`,
      ),
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
      if (event.type === 'agenda-saved') return recordsDocument(entry, event.payload.meeting);
      if (event.type === 'funding-decided') {
        return (
          entry.kind === loggedAs[event.type] &&
          entry.data['decision'] === contentHash(event.payload.decision)
        );
      }
      return entry.kind === loggedAs[event.type];
    });
  if (!matches) {
    problems.push({
      check: 'history',
      message: say(
        '生命周期历史与日志记录的不一致',
        'the lifecycle history is not the one the log recorded',
      ),
    });
  }
  const state = replayed.state;
  if (state.meeting === undefined || contentHash(state.meeting) !== contentHash(bundle.meeting)) {
    problems.push({
      check: 'history',
      message: say(
        '历史中的议程与导出的评审会文件不一致',
        'the history’s agenda is not the exported meeting',
      ),
    });
  }
  if (state.ranking !== undefined) {
    const ranks = (rows: readonly { project: string; rank: number }[]) =>
      JSON.stringify(rows.map(({ project, rank }) => ({ project, rank })));
    if (ranks(state.ranking) !== ranks(recount.ranking)) {
      problems.push({
        check: 'history',
        message: say(
          '公布的排名与重新计票的排名不一致',
          'the published ranking is not the recount’s',
        ),
      });
    }
  }
  return problems;
}
