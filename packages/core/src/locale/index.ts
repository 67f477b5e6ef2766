// The shipped locales (`Locale`) and the one message pair (`LocalizedMessage`).
// The public part of locale/, re-exported by the package root. Core's own modules import
// the files themselves, never this barrel.
export * from './locale.js';
export * from './localized-message.js';
