// The outbox moved to `internal/outbox.ts` (the ballot and the needs survey share it); this path
// is kept because the package's public entry re-exports it from here.
export { BallotOutbox, type DeliveryOutcome, type OutboxEntry } from '../internal/outbox.js';
