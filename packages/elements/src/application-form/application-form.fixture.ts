import type { Application } from '@qingyuan/core';
import { jinhualiApplication } from '@qingyuan/core/examples';

/**
 * Jinhuali's 2007 application “New Residents' Home” from `@qingyuan/core/examples` (bilingual,
 * a 10,000-yuan budget in two lines), a fresh copy each call, with a typographic apostrophe in
 * the English title — test and story data.
 *
 * @example
 * html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`;
 */
export function pilotApplication(): Application {
  const application = structuredClone(jinhualiApplication);
  const title = application.title;
  if (typeof title !== 'string') title['en'] = title['en']!.replaceAll("'", '\u2019');
  return application;
}
