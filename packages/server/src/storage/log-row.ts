import type { AuditEntry } from '../audit/hash-chain.js';

/** The columns every hash-chained log table stores (meetings, rounds, sessions, PB elections). */
export interface LogRow {
  seq: number | string;
  kind: string;
  at: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/**
 * A stored log row as an audit entry (the shape `verifyChain` checks): `seq` as a number (a
 * PostgreSQL bigint arrives as a string), `data` parsed.
 *
 * @example
 * const entry = asAuditEntry(row); // { seq: 1, kind: 'round.created', … }
 */
export function asAuditEntry(row: LogRow): AuditEntry {
  return {
    seq: Number(row.seq),
    kind: row.kind,
    at: row.at,
    data: JSON.parse(row.data) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
