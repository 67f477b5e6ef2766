// Money: integer minor units with a currency code, decimal input, formatting for people, exact totals.
// The public part of money/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './money.js';
export * from './decimal-money.js';
export * from './parse-decimal-money.js';
export * from './format-money.js';
export * from './money-total.js';
