// What `<qy-ballot>` loads on demand, as one module (one file of the CDN build): the voting-code
// step with the ballot box's check of a code, and what a ballot needs once it is cast — the
// fingerprint and the submit event, the delivery through the device's outbox with its status
// view and events, the receipt, the receipts this device remembers — with the text of all of
// it. The ballot requests it at connect, in parallel with the meeting and the first render, when
// it will send or ask for a code (`box`, `endpoint`, `code` or `code-param` set) or something
// waits in the outbox; else (a ballot without endpoint, inside a host form) at the voter's
// first mark. Submitting waits for it. See docs/embedding.md, "What the ballot page holds".
export { QyBallotQueuedEvent } from '../events/ballot-queued.js';
export { QyBallotRejectedEvent } from '../events/ballot-rejected.js';
export { QyBallotSentEvent } from '../events/ballot-sent.js';
export { QyBallotSubmitEvent } from '../events/ballot-submit.js';
export { DeliveryFlow } from '../internal/delivery-flow.js';
export { renderDeliveryStatus } from '../internal/delivery-status-view.js';
export { renderCodeEntry } from './ballot-code-entry-view.js';
export { copyText, renderReceipt } from './ballot-receipt-view.js';
export { ballotFingerprint } from './ballot-fingerprint.js';
export { boxReceipt } from './box-receipt.js';
export { castBy, DeliveredBallots } from './delivered-ballots.js';
export { VotingCodeController } from './voting-code-controller.js';
export { ballotDeliveryMessages } from './ballot-delivery.messages.js';
