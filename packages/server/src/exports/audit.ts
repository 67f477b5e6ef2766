/**
 * `@qingyuan/server/audit`: what a recount or an auditor recomputes: canonical JSON and
 * content hashes, the agenda hash, the hash chain of the audit log, ballot receipts and the
 * commitment published with the results, and the census hash organisers send a PB election
 * (`censusHash`).
 *
 * @example
 * import { tallyHash, verifyChain } from '@qingyuan/server/audit';
 *
 * @packageDocumentation
 */
export { canonicalJson } from '@qingyuan/core';
export { contentHash } from '../audit/content-hash.js';
export { agendaHash } from '../audit/agenda-hash.js';
export {
  publishCommitment,
  tallyHash,
  type LogPosition,
  type PublishCommitment,
} from '../audit/publish-commitment.js';
export { entryHash, verifyChain, GENESIS_HASH, type AuditEntry } from '../audit/hash-chain.js';
export { ballotReceipt } from '../audit/receipt.js';
export { censusHash } from '../pb/census-hash.js';
