// What `<qy-ballot>` loads on demand, as one module (one file of the CDN build): the voting-code
// step with the ballot box's check of a code, and what a ballot needs once it is cast — the
// fingerprint and the submit event, the delivery through the device's outbox with its status
// view and events, the receipt, the receipts this device remembers — with the text of all of
// it. The ballot requests it at connect, in parallel with the meeting and the first render, when
// it will send or ask for a code (`box`, `endpoint`, `code` or `code-param` set) or something
// waits in the outbox; else (a ballot without endpoint, inside a host form) at the voter's
// first mark. Submitting waits for it. See docs/embedding.md, "What the ballot page holds".
export { castBy } from './delivered-ballots.js';
export { renderCodeEntry } from './ballot-code-entry-view.js';
export { BallotOutcome } from './ballot-outcome.js';

export { VotingCodeController } from './voting-code-controller.js';
export { ballotDeliveryMessages } from './ballot-delivery.messages.js';
export { ballotDeliveryStyles } from './ballot-delivery.styles.js';
