import { toCsv } from '@qingyuan/core';
import type { PbResults } from './pb-results-data.js';

/**
 * The results as CSV (core's `toCsv`: RFC 4180, formula-like names defused; exact numbers as
 * `p/q`), one row per project:
 * id, name, cost, approvals, whether funded, the place in the outcome (selection order), and
 * for Equal Shares the round, what each full share was, the effective vote count, or why it was
 * not funded. A spreadsheet reads it as it is; the JSON download has everything else.
 *
 * @example
 * pbResultsCsv(results).split('\r\n')[0];
 * // 'project_id,name,cost,votes,funded,position,round,full_share,effective_votes,unfunded_reason,shortfall'
 */
export function pbResultsCsv(results: PbResults): string {
  const header = [
    'project_id',
    'name',
    'cost',
    'votes',
    'funded',
    'position',
    'round',
    'full_share',
    'effective_votes',
    'unfunded_reason',
    'shortfall',
  ];
  const rows = results.projects.map((p) => {
    const position = results.outcome.selected.indexOf(p.id);
    const round = results.explanation?.rounds.find((r) => r.project === p.id);
    const unfunded = results.explanation?.unfunded.find((u) => u.project === p.id);
    return [
      p.id,
      p.name ?? '',
      p.cost.toString(),
      p.votes,
      position >= 0 ? 1 : 0,
      position >= 0 ? position + 1 : '',
      round?.round ?? (unfunded?.boughtByCompletion ? 'completion' : ''),
      round?.fullShare.toString() ?? '',
      round?.effectiveVotes.toString() ?? '',
      unfunded?.reason ?? '',
      unfunded?.shortfall.toString() ?? '',
    ];
  });
  return toCsv([header, ...rows]);
}
