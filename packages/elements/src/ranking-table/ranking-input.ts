import {
  parseDocument,
  ReviewMeetingSchema,
  TallyResultSchema,
  type ReviewMeeting,
  type tally,
  type TallyRow,
  type MessageParams,
} from '@qingyuan/core';
import type { ShownIssue, DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';
import type { RankingMessageKey } from './ranking-table.messages.js';

/** What `<qy-ranking-table>` shows: a meeting and its ranking. */
export interface RankingData {
  readonly meeting: ReviewMeeting;
  readonly ranking: readonly TallyRow[];
  /** Ballots counted and not counted. */
  readonly counted: number;
  readonly rejected: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether a document is ranked by tallying its ballots in the browser: `{ meeting, ballots }`
 * without a `result` (which wins when both are given).
 *
 * @example
 * talliesBallots({ meeting, ballots: [] }); // true
 */
export function talliesBallots(data: unknown): boolean {
  return isObject(data) && data['result'] === undefined && Array.isArray(data['ballots']);
}

/** `meeting` + `criteria[1].weight` → `meeting.criteria[1].weight`; `''` → `meeting`. */
function under(root: string, where: string): string {
  if (where === '') return root;
  return where.startsWith('[') ? `${root}${where}` : `${root}.${where}`;
}

/**
 * Reads `<qy-ranking-table>`'s document: `{ meeting, result }` (a core tally result) or
 * `{ meeting, ballots }` (tallied here with core's `tally`, which the caller passes: the table
 * loads it only for such a document, see {@link talliesBallots}). The meeting is validated with
 * core's `ReviewMeetingSchema` and a result with core's `TallyResultSchema` (both through
 * `parseDocument`, so messages are localized and name the place); a result's projects must be
 * the meeting's.
 *
 * @example
 * readRankingInput({ meeting, ballots }, 'en', t, tally); // { ok: true, value: { meeting, ranking, … } }
 */
export function readRankingInput(
  data: unknown,
  locale: Locale,
  t: (key: RankingMessageKey, params?: MessageParams) => string,
  tallyBallots: typeof tally | undefined,
): DocumentResult<RankingData> {
  if (!isObject(data)) return { ok: false, issues: [{ where: '', message: t('needsResult') }] };
  const parsed = parseDocument(ReviewMeetingSchema, data['meeting'], { locale });
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        where: under('meeting', issue.where),
        message: issue.message,
      })),
    };
  }
  const meeting = parsed.value;
  if (data['result'] !== undefined) {
    const result = parseDocument(TallyResultSchema, data['result'], { locale });
    if (!result.ok) {
      return {
        ok: false,
        issues: result.issues.map((issue) => ({
          where: under('result', issue.where),
          message: issue.message,
        })),
      };
    }
    const known = new Set(meeting.projects.map((project) => project.id));
    const issues: ShownIssue[] = [];
    result.value.ranking.forEach((row, i) => {
      if (!known.has(row.project)) {
        issues.push({
          where: `result.ranking[${i}].project`,
          message: t('unknownProject', { project: row.project }),
        });
      }
    });
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: {
        meeting,
        ranking: result.value.ranking,
        counted: result.value.counted,
        rejected: result.value.rejected.length,
      },
    };
  }
  if (tallyBallots && Array.isArray(data['ballots'])) {
    const tallied = tallyBallots(meeting, data['ballots']);
    return {
      ok: true,
      value: {
        meeting,
        ranking: tallied.ranking,
        counted: tallied.counted,
        rejected: tallied.rejected.length,
      },
    };
  }
  return { ok: false, issues: [{ where: '', message: t('needsResult') }] };
}
