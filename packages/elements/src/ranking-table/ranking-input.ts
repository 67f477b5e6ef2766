import {
  parseDocument,
  ReviewMeetingSchema,
  tally,
  type RankedProject,
  type ReviewMeeting,
} from '@qingyuan/core';
import type { DocumentIssue, DocumentResult } from '../data/document-issue.js';
import type { SupportedLocale } from '../i18n/locale.js';
import type { MessageParams } from '../i18n/messages.js';
import type { RankingMessageKey } from './ranking-table.messages.js';

/** What `<qy-ranking-table>` shows: a meeting and its ranking. */
export interface RankingData {
  readonly meeting: ReviewMeeting;
  readonly ranking: readonly RankedProject[];
  /** Ballots counted and not counted, when known. */
  readonly counted?: number;
  readonly rejected?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isRankedProject(row: unknown): row is RankedProject {
  return (
    isObject(row) &&
    typeof row['project'] === 'string' &&
    typeof row['rank'] === 'number' &&
    typeof row['total'] === 'number' &&
    typeof row['tied'] === 'boolean' &&
    isObject(row['criteria'])
  );
}

/**
 * Reads `<qy-ranking-table>`'s document: `{ meeting, result }` (a core tally result) or
 * `{ meeting, ballots }` (tallied here with core's `tally`). The meeting is validated with
 * core; a result's rows are checked for the fields the table reads and for unknown projects.
 *
 * @example
 * readRankingInput({ meeting, ballots }, 'en', t); // { ok: true, value: { meeting, ranking } }
 */
export function readRankingInput(
  data: unknown,
  locale: SupportedLocale,
  t: (key: RankingMessageKey, params?: MessageParams) => string,
): DocumentResult<RankingData> {
  if (!isObject(data)) return { ok: false, issues: [{ where: '', message: t('needsResult') }] };
  const parsed = parseDocument(ReviewMeetingSchema, data['meeting'], { locale });
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        where: issue.where ? `meeting.${issue.where}`.replace('.[', '[') : 'meeting',
        message: issue.message,
      })),
    };
  }
  const meeting = parsed.value;
  const result = data['result'];
  if (isObject(result) && Array.isArray(result['ranking'])) {
    const issues: DocumentIssue[] = [];
    const known = new Set(meeting.projects.map((project) => project.id));
    result['ranking'].forEach((row: unknown, i: number) => {
      const where = `result.ranking[${i}]`;
      if (!isRankedProject(row)) issues.push({ where, message: t('badRow') });
      else if (!known.has(row.project)) {
        issues.push({ where, message: t('unknownProject', { project: row.project }) });
      }
    });
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      value: {
        meeting,
        ranking: result['ranking'] as RankedProject[],
        ...(typeof result['counted'] === 'number' ? { counted: result['counted'] } : {}),
        ...(Array.isArray(result['rejected']) ? { rejected: result['rejected'].length } : {}),
      },
    };
  }
  if (Array.isArray(data['ballots'])) {
    const tallied = tally(meeting, data['ballots']);
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
