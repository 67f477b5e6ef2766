// What `<qy-ballot>` loads on demand, as one module (one file of the CDN build): the voting-code
// step with the ballot box's check of a code, and what a ballot needs once it is on its way —
// the delivery through the device's outbox with its status view, the receipt and the box's
// answer. The ballot requests it at connect when it will need it at once (a box or endpoint and
// no voter: the code step; a voting code set; something waiting in the outbox), else when the
// voter makes a first mark (so a ballot submitted offline is still queued and later gets its
// receipt); submitting waits for it. See docs/embedding.md, "What the ballot page holds".
export { DeliveryFlow } from '../internal/delivery-flow.js';
export { renderDeliveryStatus } from '../internal/delivery-status-view.js';
export { renderCodeEntry } from './ballot-code-entry-view.js';
export { copyText, renderReceipt } from './ballot-receipt-view.js';
export { boxReceipt } from './box-receipt.js';
export { VotingCodeController } from './voting-code-controller.js';
export { ballotDeliveryMessages } from './ballot-delivery.messages.js';
