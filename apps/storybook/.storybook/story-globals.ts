/** The locales the toolbar offers; the first is the default. */
export const storyLocales = ['zh-CN', 'en'] as const;
/** A locale the toolbar offers. */
export type StoryLocale = (typeof storyLocales)[number];

/** The themes the toolbar offers; the first is the default. */
export const storyThemes = ['light', 'dark'] as const;
/** A theme the toolbar offers. */
export type StoryTheme = (typeof storyThemes)[number];

/**
 * The locale a story renders in, from Storybook's globals (zh-CN unless `en` is chosen).
 *
 * @example
 * storyLocale({ locale: 'en' }); // 'en'
 */
export function storyLocale(globals: Record<string, unknown>): StoryLocale {
  return storyLocales.find((l) => l === globals['locale']) ?? storyLocales[0];
}

/**
 * The theme a story renders in, from Storybook's globals (light unless `dark` is chosen).
 *
 * @example
 * storyTheme({ theme: 'dark' }); // 'dark'
 */
export function storyTheme(globals: Record<string, unknown>): StoryTheme {
  return storyThemes.find((t) => t === globals['theme']) ?? storyThemes[0];
}
