import { hash } from 'node:crypto';
import { canonicalJson } from '@qingyuan/core';

/** The `prevHash` of a chain's first entry: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** One entry of a meeting's append-only audit log. */
export interface AuditEntry {
  /** Position in the chain, from 1. */
  seq: number;
  /** What happened: `meeting.created`, `ballot.cast`, `voting.opened`, … */
  kind: string;
  /** When, as ISO 8601. */
  at: string;
  /** What is needed to check it (e.g. a ballot's code id and receipt). */
  data: Record<string, unknown>;
  /** The `hash` of the entry before (GENESIS_HASH for the first). */
  prevHash: string;
  /** SHA-256 of `prevHash + "\n" + canonicalJson({ seq, kind, at, data })`. */
  hash: string;
}

/**
 * The hash of an audit entry: SHA-256 (hex) of the previous entry's hash, a newline, and the
 * canonical JSON of the entry's `seq`, `kind`, `at` and `data`. Changing, removing or
 * reordering any earlier entry changes every later hash.
 *
 * @example
 * const hash = entryHash(GENESIS_HASH, { seq: 1, kind: 'meeting.created', at: '2026-01-01T00:00:00.000Z', data: {} });
 */
export function entryHash(
  prevHash: string,
  entry: Pick<AuditEntry, 'seq' | 'kind' | 'at' | 'data'>,
): string {
  const body = canonicalJson({ seq: entry.seq, kind: entry.kind, at: entry.at, data: entry.data });
  return hash('sha256', `${prevHash}\n${body}`, 'hex');
}

/** A place where an audit chain does not hold. */
export interface ChainProblem {
  seq: number;
  /** Where the entry stands in the log, from 1 (where entry `position` belongs). */
  position: number;
  /**
   * What is wrong: `numbering` (the entry is not the next number: one is missing, inserted or
   * moved), `prev-hash` (it does not point at the entry before it), `hash` (its content was
   * changed after it was written).
   */
  reason: 'numbering' | 'prev-hash' | 'hash';
  /** The problem in English. */
  message: string;
}

/**
 * Checks a whole audit chain: numbered 1…n without gaps, each entry pointing at the hash of
 * the one before, each hash matching its content. Returns every problem found (empty when the
 * chain holds).
 *
 * @example
 * verifyChain(log).length === 0; // the log was not changed, cut or reordered
 */
export function verifyChain(entries: readonly AuditEntry[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = GENESIS_HASH;
  entries.forEach((entry, index) => {
    if (entry.seq !== index + 1) {
      problems.push({
        seq: entry.seq,
        position: index + 1,
        reason: 'numbering',
        message: `Expected entry ${index + 1}, found ${entry.seq}`,
      });
    }
    if (entry.prevHash !== prev) {
      problems.push({
        seq: entry.seq,
        position: index + 1,
        reason: 'prev-hash',
        message: 'prevHash does not match the previous entry',
      });
    }
    if (entryHash(entry.prevHash, entry) !== entry.hash) {
      problems.push({
        seq: entry.seq,
        position: index + 1,
        reason: 'hash',
        message: 'hash does not match the entry content',
      });
    }
    prev = entry.hash;
  });
  return problems;
}
