import * as z from 'zod/mini';
import { localeRequired } from '../validation/check-messages.js';

/**
 * Text that people read: either one plain string, or one string per locale
 * (`{ "zh-CN": "公益性", "en": "Public benefit" }`).
 *
 * @example
 * LocalizedTextSchema.parse({ 'zh-CN': '公益性', en: 'Public benefit' });
 */
export const LocalizedTextSchema = z
  .union([
    z.string().check(z.minLength(1)),
    z
      .record(
        z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
        z.string().check(z.minLength(1)),
      )
      .check(
        z.refine((value) => Object.keys(value).length > 0, {
          message: localeRequired.en,
        }),
      ),
  ])
  .register(z.globalRegistry, {
    id: 'LocalizedText',
    description: 'A plain string or a map from BCP 47 locale to text.',
  });

/** A plain string, or a map from BCP 47 locale to text. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks the best string of a {@link LocalizedText} for a locale: the exact locale, then the
 * same language (`zh` for `zh-CN`), then English, then the first one given.
 *
 * @example
 * localize({ 'zh-CN': '公益性', en: 'Public benefit' }, 'en'); // 'Public benefit'
 */
export function localize(text: LocalizedText, locale: string): string {
  if (typeof text === 'string') return text;
  const exact = text[locale];
  if (exact !== undefined) return exact;
  const language = locale.split('-')[0]!.toLowerCase();
  for (const [key, value] of Object.entries(text)) {
    if (key.split('-')[0]!.toLowerCase() === language) return value;
  }
  return text['en'] ?? Object.values(text)[0] ?? '';
}
