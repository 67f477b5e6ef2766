// The shipped locales (`Locale`), the one message pair (`LocalizedMessage`) and the one
// catalogue form (`Catalogs`, `formatMessage`).
// The public part of locale/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './locale.js';
export * from './localized-message.js';
export * from './message-catalog.js';
