import { UsageError } from '../io.js';

/** The two languages of the commands' output. */
export type Lang = 'zh-CN' | 'en';

/**
 * Reads `--lang`: `zh-CN` (or `zh`) or `en` (the default); anything else is a UsageError.
 *
 * @example
 * parseLang('zh'); // 'zh-CN'
 * parseLang(undefined); // 'en'
 */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN' || value === 'zh') return 'zh-CN';
  throw new UsageError(`--lang: expected zh-CN or en, got "${value}"`);
}
