import { entryHash, type AuditEntry } from '../audit/hash-chain.js';
import { now } from './meeting-rows.js';

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

/** A row that heads a hash chain (a meeting, round, Open Space session or PB election). */
export interface ChainHead {
  log_length: number | string;
  log_head: string;
}

/**
 * The next link of a hash chain (`seq` one more than the head's length, `prev_hash` its hash,
 * `data` as stored JSON), which advances the caller's copy of the head in place so the next
 * link chains on. The caller adds its table's keys and writes the row.
 *
 * @example
 * const link = nextLogLink(row, 'ballot.cast', { code: 'c-1' }); // { seq: 8, prev_hash: row's old head, … }
 */
export function nextLogLink(
  head: ChainHead,
  kind: string,
  data: Record<string, unknown>,
): LogRow & { seq: number } {
  const seq = Number(head.log_length) + 1;
  const at = now();
  const prev_hash = head.log_head;
  const hash = entryHash(prev_hash, { seq, kind, at, data });
  head.log_length = seq;
  head.log_head = hash;
  return { seq, kind, at, data: JSON.stringify(data), prev_hash, hash };
}

/**
 * The audit entry of a link just written, with the data the caller already holds (no reparse).
 *
 * @example
 * return linkEntry(nextLogLink(row, 'pb.opened', {}), {}); // { seq, kind: 'pb.opened', … }
 */
export function linkEntry(
  link: LogRow & { seq: number },
  data: Record<string, unknown>,
): AuditEntry {
  return {
    seq: link.seq,
    kind: link.kind,
    at: link.at,
    data,
    prevHash: link.prev_hash,
    hash: link.hash,
  };
}
