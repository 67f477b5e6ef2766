export * from './money/money.js';
export * from './text/localized-text.js';
export * from './meeting/review-meeting.js';
export * from './meeting/ballot.js';
export * from './schemas/registry.js';
export * from './math/rational.js';
export * from './validation/validation-messages.js';
export * from './validation/parse-document.js';
