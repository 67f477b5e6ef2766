import {
  messagePair as say,
  canonicalJson,
  checkApplicationOrigin,
  type Application,
  type FundingDecision,
  type LocalizedMessage,
  type OpenSpaceSession,
  type ProjectEvent,
  type ResultsSummarySheet,
  type Round,
  type Vetting,
} from '@qingyuan/core';
import { verifyChain, type AuditEntry } from '../audit/hash-chain.js';
import type { RoundReceipt } from '../audit/round-receipt.js';
import { roundState, type RoundState } from '../round/round-state.js';
import { chainMessage } from './verify-export.js';

/** The format name every round export carries (a meeting export has none). */
export const ROUND_EXPORT_FORMAT = 'qingyuan-round-export';

/**
 * An Open Space session a round's applications came from, as its own export holds it: the
 * session document and its hash-chained log.
 */
export interface RoundExportSession {
  session: OpenSpaceSession;
  /** The session's append-only, hash-chained log (`verifyChain` checks it). */
  log: AuditEntry[];
}

/**
 * Everything the ballot box exports about one round: its documents as the log makes them and
 * the log itself, enough to check offline that the documents are what the log recorded and
 * that the log was not changed (`verifyRoundExport`).
 */
export interface RoundExport {
  format: typeof ROUND_EXPORT_FORMAT;
  organization: string;
  /** The round document, its lists filled from the log. */
  round: Round;
  applications: Application[];
  vettings: Vetting[];
  summarySheets: ResultsSummarySheet[];
  decisions: FundingDecision[];
  /** Each project's history (core's project events), by project id, in submission order. */
  projects: { id: string; status: string; history: ProjectEvent[] }[];
  /** The round's append-only, hash-chained log. */
  log: AuditEntry[];
  /**
   * The Open Space sessions the round's applications name as their origin, each with its log,
   * so the export follows an idea to the project it became (absent in exports made before).
   */
  openSpace?: RoundExportSession[];
}

/**
 * A round's export from its log and the state folded from it, with the Open Space sessions its
 * applications came from.
 *
 * @example
 * const bundle = roundExport('org-7K2Q', stored.state, stored.log, [{ session, log: sessionLog }]);
 */
export function roundExport(
  organization: string,
  state: RoundState,
  log: AuditEntry[],
  openSpace: RoundExportSession[] = [],
): RoundExport {
  return {
    format: ROUND_EXPORT_FORMAT,
    organization,
    round: state.round,
    applications: state.applications,
    vettings: state.vettings,
    summarySheets: state.summarySheets,
    decisions: state.decisions,
    projects: [...state.projects.values()].map((project) => ({
      id: project.id,
      status: project.state.status,
      history: project.history,
    })),
    log,
    openSpace,
  };
}

/**
 * The ids of the Open Space sessions a round's applications name as their origin, in the order
 * the applications were submitted, each once.
 *
 * @example
 * originSessions(state.applications); // ['os-qingyuan-2007']
 */
export function originSessions(applications: readonly Application[]): string[] {
  return [
    ...new Set(applications.flatMap((a) => (a.origin === undefined ? [] : [a.origin.session]))),
  ];
}

/** Every check {@link verifyRoundExport} runs, as its problems name them. */
export const roundVerifyChecks = ['chain', 'log', 'documents', 'open-space', 'receipt'] as const;

/** One thing wrong with a round export. */
export interface RoundVerifyProblem {
  check: (typeof roundVerifyChecks)[number];
  message: LocalizedMessage;
}

/** The answer for one receipt asked about: whether the log holds its entry unchanged. */
export interface RoundReceiptCheck {
  receipt: RoundReceipt;
  inLog: boolean;
}

/** What {@link verifyRoundExport} found. */
export interface RoundVerifyReport {
  ok: boolean;
  problems: RoundVerifyProblem[];
  receipts: RoundReceiptCheck[];
}

/**
 * Whether a parsed JSON file is a round export (and not a meeting export).
 *
 * @example
 * isRoundExport(JSON.parse(text)) ? verifyRoundExport(bundle) : verifyMeetingExport(bundle);
 */
export function isRoundExport(value: unknown): value is RoundExport {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === ROUND_EXPORT_FORMAT
  );
}

/**
 * Checks a round export offline: the log's hash chain is unbroken (`chain`), it starts with the
 * round's creation and folds into a round (`log`), every document of the export is exactly what
 * the log recorded (`documents`: a changed, added or removed application, vetting, sheet,
 * decision or project event is found), every Open Space session an application came from is in
 * the export with an unbroken log and holds the ideas the application names (`open-space`),
 * and each receipt an applicant or signer kept names an
 * entry of the log with its hash (`receipt`). Every problem at once, in both languages.
 *
 * @example
 * const report = verifyRoundExport(bundle, { receipts: [{ round: 'qingyuan-2007', seq: 4, hash: '…' }] });
 * report.ok; // true
 */
export function verifyRoundExport(
  bundle: RoundExport,
  options: { receipts?: readonly RoundReceipt[] } = {},
): RoundVerifyReport {
  const problems: RoundVerifyProblem[] = [];
  const log = Array.isArray(bundle.log) ? bundle.log : [];
  for (const problem of verifyChain(log)) {
    problems.push({ check: 'chain', message: chainMessage(problem) });
  }
  let folded: RoundState | undefined;
  try {
    folded = roundState(log);
  } catch {
    problems.push({
      check: 'log',
      message: say(
        '日志不是以轮次创建开始，或有条目无法读取',
        'the log does not start with the round’s creation, or an entry cannot be read',
      ),
    });
  }
  if (folded !== undefined) {
    const expected = roundExport(bundle.organization, folded, log);
    const parts = [
      'round',
      'applications',
      'vettings',
      'summarySheets',
      'decisions',
      'projects',
    ] as const;
    for (const part of parts) {
      if (canonicalJson(expected[part]) !== canonicalJson(bundle[part] ?? null)) {
        problems.push({
          check: 'documents',
          message: say(
            `导出文件中的 ${part} 与日志记录不符`,
            `the export's ${part} are not what the log recorded`,
          ),
        });
      }
    }
  }
  problems.push(...openSpaceProblems(bundle));
  const receipts = (options.receipts ?? []).map((receipt) => {
    const entry = log.find((candidate) => candidate.seq === receipt.seq);
    const inLog = entry !== undefined && entry.hash === receipt.hash;
    if (!inLog) {
      problems.push({
        check: 'receipt',
        message: say(
          `回执 ${receipt.seq}:${receipt.hash.slice(0, 12)}… 不在日志中`,
          `receipt ${receipt.seq}:${receipt.hash.slice(0, 12)}… is not in the log`,
        ),
      });
    }
    return { receipt, inLog };
  });
  return { ok: problems.length === 0, problems, receipts };
}

/**
 * What is wrong with the Open Space part of a round export: a session's broken log chain, an
 * application whose origin names a session the export does not hold, or ideas that session
 * does not have (core's `checkApplicationOrigin`). Nothing for an export without `openSpace`.
 */
function openSpaceProblems(bundle: RoundExport): RoundVerifyProblem[] {
  const problems: RoundVerifyProblem[] = [];
  // An export made before sessions were exported with the round has no `openSpace` to check.
  if (!Array.isArray(bundle.openSpace)) return problems;
  const sessions = bundle.openSpace;
  for (const entry of sessions) {
    const id = entry.session?.id ?? '?';
    for (const problem of verifyChain(Array.isArray(entry.log) ? entry.log : [])) {
      const { en, 'zh-CN': zh } = chainMessage(problem);
      problems.push({
        check: 'open-space',
        message: say(`开放空间会议 ${id}：${zh}`, `Open Space session ${id}: ${en}`),
      });
    }
  }
  const applications = Array.isArray(bundle.applications) ? bundle.applications : [];
  for (const application of applications) {
    const origin = application.origin;
    if (origin === undefined) continue;
    const found = sessions.find((entry) => entry.session?.id === origin.session);
    if (found === undefined) {
      problems.push({
        check: 'open-space',
        message: say(
          `申请书 ${application.id} 来自开放空间会议 ${origin.session}，导出文件中没有这个会议`,
          `application ${application.id} comes from Open Space session ${origin.session}, which the export does not hold`,
        ),
      });
      continue;
    }
    const checked = checkApplicationOrigin(application, found.session);
    if (!checked.ok) {
      for (const violation of checked.violations) {
        problems.push({ check: 'open-space', message: violation.message });
      }
    }
  }
  return problems;
}
