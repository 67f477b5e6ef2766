import { hash } from 'node:crypto';
import { canonicalJson } from '@qingyuan/core';

/** What a ballot receipt is the hash of. */
export interface ReceiptInput {
  meeting: string;
  code: string;
  seq: number;
  marks: unknown;
}

/**
 * A ballot's receipt: SHA-256 (hex) of the canonical JSON of the meeting id, the anonymous
 * code id, the submission number of that code and the marks. The voter keeps it; it appears
 * in the audit log, and anyone holding the exported ballots can recompute it.
 *
 * @example
 * ballotReceipt({ meeting: 'qingyuan-2008', code: 'c-7K2Q9XWD1M3P', seq: 1, marks: {} }).length; // 64
 */
export function ballotReceipt(input: ReceiptInput): string {
  const body = canonicalJson({
    meeting: input.meeting,
    code: input.code,
    seq: input.seq,
    marks: input.marks,
  });
  return hash('sha256', body, 'hex');
}
