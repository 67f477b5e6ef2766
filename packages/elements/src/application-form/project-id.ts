import type { LocalizedText } from '@qingyuan/core';

/** The characters of a project id's random suffix. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** How long the readable part of a project id may be, before its suffix. */
export const PROJECT_ID_SLUG_LENGTH = 24;
/** How many random characters end a project id. */
export const PROJECT_ID_SUFFIX_LENGTH = 6;

/**
 * A random suffix of `length` characters from `[a-z0-9]`, drawn from `crypto.getRandomValues`
 * (bytes past the last whole multiple of 36 are drawn again, so every character is as likely).
 *
 * @example
 * randomIdSuffix(); // 'k3x9qa'
 */
export function randomIdSuffix(length = PROJECT_ID_SUFFIX_LENGTH): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

/**
 * The readable part of a title: its Latin letters and digits, accents dropped, lower case, words
 * joined by hyphens, at most {@link PROJECT_ID_SLUG_LENGTH} characters (cut at a word when it can
 * be). Empty when the title has no Latin letter or digit (a Chinese title). A bilingual title
 * reads its English text first, then the others in order.
 *
 * @example
 * titleSlug({ 'zh-CN': '社区花园', en: 'Garden' }); // 'garden'
 * titleSlug('Café & Kinder-Ecke 2'); // 'cafe-kinder-ecke-2'
 * titleSlug('新居民之家'); // ''
 */
export function titleSlug(title: LocalizedText | undefined): string {
  if (title === undefined) return '';
  const texts =
    typeof title === 'string'
      ? [title]
      : [title['en'] ?? '', ...Object.entries(title).flatMap(([k, v]) => (k === 'en' ? [] : [v]))];
  for (const text of texts) {
    const words = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g);
    if (!words) continue;
    let slug = '';
    for (const word of words) {
      const next = slug ? `${slug}-${word}` : word;
      if (next.length > PROJECT_ID_SLUG_LENGTH) {
        if (!slug) slug = word.slice(0, PROJECT_ID_SLUG_LENGTH);
        break;
      }
      slug = next;
    }
    return slug;
  }
  return '';
}

/**
 * The id of a new project, made once from its title: the title's readable Latin part and a
 * random suffix (`garden-k3x9qa`), or `p-` and the suffix when the title has no Latin letter or
 * digit (`p-k3x9qa` for 社区花园). Residents are never asked to invent an id; the suffix keeps two
 * residents' “Garden” apart. Every id made passes core's `IdSchema`.
 *
 * @example
 * projectIdFrom({ en: 'Garden' }, 'k3x9qa'); // 'garden-k3x9qa'
 * projectIdFrom('社区花园', 'k3x9qa'); // 'p-k3x9qa'
 */
export function projectIdFrom(
  title: LocalizedText | undefined,
  suffix: string = randomIdSuffix(),
): string {
  return `${titleSlug(title) || 'p'}-${suffix}`;
}
