import { compareCodePoints, type PbBallotFormat, type PbBallotJSON } from '@qingyuan/core';
import type { PaperEntry } from '../storage/pb-paper-entries.js';

/** A field of a paper ballot on which two officers' entries differ. */
export interface PaperMismatch {
  field: 'district' | 'projects' | 'points';
  /** What each officer entered there (as entered, `null` for no district / no points). */
  entries: { officer: string; value: string | string[] | number[] | null }[];
}

/** Where one paper ballot stands. */
export interface ReconciledPaper {
  number: string;
  /** The credential ids of the officers who entered it, in the order they did. */
  officers: string[];
  /**
   * `waiting`: fewer than two officers entered it; `matched`: two or more did, and every entry
   * is the same ballot (it is counted); `mismatched`: their entries differ (not counted until
   * an officer corrects theirs).
   */
  status: 'waiting' | 'matched' | 'mismatched';
  mismatches: PaperMismatch[];
}

/** The reconciliation of every paper ballot of an election. */
export interface PaperReconciliation {
  papers: ReconciledPaper[];
  /** The ballots of the `matched` papers: the only paper ballots counted. */
  counted: { number: string; ballot: PbBallotJSON }[];
  totals: { entered: number; matched: number; mismatched: number; waiting: number };
}

/**
 * A ballot as the comparison sees it: for every format but `ordinal` the order in which the
 * projects were typed does not matter, so the projects (with their points) are sorted.
 *
 * @example
 * comparableBallot({ projects: ['b', 'a'] }, 'approval'); // { projects: ['a', 'b'] }
 */
export function comparableBallot(ballot: PbBallotJSON, format: PbBallotFormat): PbBallotJSON {
  if (format === 'ordinal') return ballot;
  const pairs = ballot.projects.map((project, i) => ({ project, points: ballot.points?.[i] }));
  pairs.sort((a, b) => compareCodePoints(a.project, b.project));
  return {
    ...(ballot.district === undefined ? {} : { district: ballot.district }),
    projects: pairs.map((p) => p.project),
    ...(ballot.points === undefined ? {} : { points: pairs.map((p) => p.points ?? Number.NaN) }),
  };
}

/**
 * Reconciles the officers' entries of the paper ballots: each paper ballot, entered by at
 * least two different officers whose entries all agree, is `matched` and counted; otherwise it
 * is `waiting` (one entry) or `mismatched`, with every field on which the entries differ and
 * what each officer entered there.
 *
 * @example
 * reconcilePaper(entries, 'approval').totals; // { entered: 12, matched: 10, mismatched: 1, waiting: 1 }
 */
export function reconcilePaper(
  entries: readonly PaperEntry[],
  format: PbBallotFormat,
): PaperReconciliation {
  const byNumber = new Map<string, PaperEntry[]>();
  for (const entry of entries) {
    const list = byNumber.get(entry.number) ?? [];
    list.push(entry);
    byNumber.set(entry.number, list);
  }
  const papers: ReconciledPaper[] = [];
  const counted: PaperReconciliation['counted'] = [];
  for (const [number, list] of [...byNumber].sort(([a], [b]) => compareCodePoints(a, b))) {
    const shown = list.map((entry) => ({
      officer: entry.officer,
      ballot: comparableBallot(entry.ballot, format),
    }));
    const mismatches: PaperMismatch[] = [];
    for (const field of ['district', 'projects', 'points'] as const) {
      const values = shown.map(({ officer, ballot }) => ({
        officer,
        value: (ballot[field] ?? null) as PaperMismatch['entries'][number]['value'],
      }));
      const first = JSON.stringify(values[0]!.value);
      if (values.some(({ value }) => JSON.stringify(value) !== first)) {
        mismatches.push({ field, entries: values });
      }
    }
    const status = list.length < 2 ? 'waiting' : mismatches.length > 0 ? 'mismatched' : 'matched';
    papers.push({ number, officers: list.map((e) => e.officer), status, mismatches });
    if (status === 'matched') counted.push({ number, ballot: shown[0]!.ballot });
  }
  const count = (status: ReconciledPaper['status']) =>
    papers.filter((p) => p.status === status).length;
  return {
    papers,
    counted,
    totals: {
      entered: papers.length,
      matched: count('matched'),
      mismatched: count('mismatched'),
      waiting: count('waiting'),
    },
  };
}
