import type { Locale } from '@qingyuan/core';
import { verifyMeetingExport, type MeetingExport } from '@qingyuan/server/verify';
import { consoleText, counted } from './console-messages.js';

/** What {@link verifyExportText} found, in words. */
export interface ExportVerdict {
  ok: boolean;
  /** The first line: which meeting, how many ballots and log entries (absent for a non-export). */
  header?: string;
  /** Valid, or how many problems. */
  summary: string;
  /** Each problem, in the console's language. */
  problems: string[];
}

/**
 * Checks an export file in the browser with the box's own verifier (`src/verify/`, the one
 * `GET /meetings/:id/verify` and `qingyuan verify` run): the hash chain, the receipts, the
 * recount with core, the lifecycle history. A file that is not an export says so.
 *
 * @example
 * const verdict = verifyExportText(await file.text(), 'en');
 * verdict.summary; // 'Valid: nothing was changed, …'
 */
export function verifyExportText(text: string, locale: Locale): ExportVerdict {
  const t = consoleText(locale);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, summary: t('notJson', { detail: (error as Error).message }), problems: [] };
  }
  if (!looksLikeExport(value)) return { ok: false, summary: t('notExport'), problems: [] };
  const header = t('verifyHeader', {
    meeting: String((value.meeting as { id?: unknown }).id ?? '?'),
    ballots: counted(t, value.ballots.length, 'ballot'),
    entries: value.log.length,
  });
  let report: ReturnType<typeof verifyMeetingExport>;
  try {
    report = verifyMeetingExport(value as unknown as MeetingExport);
  } catch {
    // A field of the wrong kind deep inside: not an export the verifier can read.
    return { ok: false, header, summary: t('notExport'), problems: [] };
  }
  return {
    ok: report.ok,
    header,
    summary: report.ok
      ? t('verifyValid')
      : t('verifyInvalid', { problems: counted(t, report.problems.length, 'problem') }),
    problems: report.problems.map((problem) => problem.message[locale]),
  };
}

function looksLikeExport(
  value: unknown,
): value is { meeting: object; ballots: unknown[]; log: unknown[]; tally: object } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.meeting === 'object' &&
    v.meeting !== null &&
    Array.isArray(v.ballots) &&
    Array.isArray(v.log) &&
    typeof v.tally === 'object' &&
    v.tally !== null
  );
}
