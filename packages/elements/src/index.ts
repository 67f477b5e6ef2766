export { defineElement } from './internal/define.js';
export { resolveLocale, toSupportedLocale, type SupportedLocale } from './i18n/locale.js';
