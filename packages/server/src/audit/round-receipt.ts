import type { AuditEntry } from './hash-chain.js';

/** A receipt for what a round's log recorded: the round, the entry's place and its hash. */
export interface RoundReceipt {
  round: string;
  /** The entry's position in the round's log, from 1. */
  seq: number;
  /** The entry's hash: it covers what was recorded and every entry before it. */
  hash: string;
}

/**
 * The receipt an applicant or a signer keeps for their entry of a round's log: an export of
 * the round holds an entry at `seq` with this `hash` exactly when what they sent is recorded
 * unchanged (`verifyRoundExport` checks receipts given to it).
 *
 * @example
 * roundReceipt('qingyuan-2007', entry); // { round: 'qingyuan-2007', seq: 7, hash: '3f…' }
 */
export function roundReceipt(round: string, entry: Pick<AuditEntry, 'seq' | 'hash'>): RoundReceipt {
  return { round, seq: entry.seq, hash: entry.hash };
}
