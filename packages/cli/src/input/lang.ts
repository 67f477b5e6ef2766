import type { Locale } from '@qingyuan/core';
import { UsageError } from '../io.js';

/**
 * The language the user's environment asks for, by the POSIX order `LC_ALL`, `LC_MESSAGES`,
 * `LANG` (the first one set and not empty wins): Chinese for any `zh…` locale
 * (`zh_CN.UTF-8`, `zh_TW`, `zh`), English otherwise.
 *
 * @example
 * langFromEnvironment({ LANG: 'zh_CN.UTF-8' }); // 'zh-CN'
 * langFromEnvironment({}); // 'en'
 */
export function langFromEnvironment(env: Record<string, string | undefined>): Locale {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value) ?? '';
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh-CN' : 'en';
}

/**
 * Reads `--lang`: `zh-CN` (or `zh`) or `en`; without it, the environment's locale (see
 * {@link langFromEnvironment}), so `LANG=zh_CN.UTF-8 qingyuan …` answers in Chinese.
 * Anything else is a UsageError.
 *
 * @example
 * parseLang('zh'); // 'zh-CN'
 * parseLang(undefined, { LANG: 'en_US.UTF-8' }); // 'en'
 */
export function parseLang(
  value: string | undefined,
  env: Record<string, string | undefined> = process.env,
): Locale {
  if (value === undefined) return langFromEnvironment(env);
  if (value === 'en') return 'en';
  if (value === 'zh-CN' || value === 'zh') return 'zh-CN';
  throw new UsageError(`--lang: expected zh-CN or en, got "${value}"`);
}
