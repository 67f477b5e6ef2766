import type { ConsoleMessageKey } from './console-messages.js';

/** The ballot formats of a PB election's sheet (`sheet.rules.format`). */
export type PbBallotFormat = 'approval' | 'knapsack' | 'cumulative' | 'ordinal';

/** A paper ballot as the box reconciles it (`GET …/reconciliation`, `PaperBallotStatus`). */
export interface ReconciledPaper {
  number: string;
  /** The credential ids of the officers who entered it, in the order they did. */
  officers: string[];
  status: 'waiting' | 'matched' | 'mismatched';
  mismatches: {
    field: 'district' | 'projects' | 'points';
    entries: { officer: string; value: string | string[] | number[] | null }[];
  }[];
}

/** A paper ballot not counted yet, as results name it (`PbResults.unreconciled`). */
export interface UnreconciledPaper {
  number: string;
  status: 'waiting' | 'mismatched';
}

/** What an officer marked on the entry form: the number, the district and each project's mark. */
export interface PaperBallotMarks {
  number: string;
  /** Empty: no district. */
  district: string;
  /**
   * Each project's mark as the form holds it: `true` when ticked (approval, knapsack), the
   * points (cumulative) or the rank (ordinal) as typed — empty when not marked.
   */
  marks: ReadonlyMap<string, boolean | string>;
}

/** The body of `POST …/paper-ballots`. */
export interface PaperBallotBody {
  number: string;
  district?: string;
  projects: string[];
  points?: number[];
}

/** Why the console does not send an entry: a message key and its parameters. */
export interface PaperBallotProblem {
  key: ConsoleMessageKey;
  params?: Record<string, string | number>;
}

/**
 * The entry the box is sent for what an officer marked, in the sheet's format: the ticked
 * projects (approval, knapsack); the projects given points, with them (cumulative); the ranked
 * projects in the order of their ranks (ordinal). What only the console can tell is refused
 * here, each problem named (no number; a rank given twice); the ballot's rules (limits, budget)
 * are the box's to check, with core's `checkPbBallot`.
 *
 * @example
 * paperBallotBody('approval', { number: ' P-1 ', district: '', marks: new Map([['a', true]]) });
 * // { ok: true, body: { number: 'P-1', projects: ['a'] } }
 */
export function paperBallotBody(
  format: PbBallotFormat,
  entered: PaperBallotMarks,
): { ok: true; body: PaperBallotBody } | { ok: false; problems: PaperBallotProblem[] } {
  const problems: PaperBallotProblem[] = [];
  const number = entered.number.trim();
  if (number === '') problems.push({ key: 'pbPaperNoNumber' });
  const marked = [...entered.marks].filter(([, mark]) =>
    typeof mark === 'boolean' ? mark : mark.trim() !== '',
  );
  let projects: string[];
  let points: number[] | undefined;
  if (format === 'cumulative') {
    projects = marked.map(([id]) => id);
    points = marked.map(([, mark]) => Number(String(mark).trim()));
  } else if (format === 'ordinal') {
    const ranked = marked.map(([id, mark]) => ({ id, rank: Number(String(mark).trim()) }));
    const byRank = new Map<number, string[]>();
    for (const { id, rank } of ranked) byRank.set(rank, [...(byRank.get(rank) ?? []), id]);
    for (const [rank, ids] of [...byRank].sort(([a], [b]) => a - b)) {
      if (ids.length > 1) {
        problems.push({ key: 'pbPaperRankTwice', params: { rank, projects: ids.join(', ') } });
      }
    }
    projects = ranked.sort((a, b) => a.rank - b.rank).map((r) => r.id);
  } else {
    projects = marked.map(([id]) => id);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      number,
      ...(entered.district === '' ? {} : { district: entered.district }),
      projects,
      ...(points === undefined ? {} : { points }),
    },
  };
}

/**
 * Which entry of paper ballot `number` an officer (credential id `me`) is about to make, from
 * the box's reconciliation: `first` (nobody entered it), `second` (one other officer did: this
 * entry is compared with theirs), `again` (this officer did: this entry replaces theirs),
 * `further` (two others did already), or `none` when no number is typed yet.
 *
 * @example
 * paperEntryKind([{ number: 'P-1', officers: ['cr-1'], status: 'waiting', mismatches: [] }], 'P-1', 'cr-2'); // 'second'
 */
export function paperEntryKind(
  papers: readonly ReconciledPaper[],
  number: string,
  me: string | undefined,
): 'none' | 'first' | 'second' | 'again' | 'further' {
  const typed = number.trim();
  if (typed === '') return 'none';
  const officers = papers.find((paper) => paper.number === typed)?.officers ?? [];
  if (me !== undefined && officers.includes(me)) return 'again';
  if (officers.length === 0) return 'first';
  return officers.length === 1 ? 'second' : 'further';
}
