import {
  checkOpenSpaceSession,
  OpenSpaceSessionSchema,
  parseDocument,
  type OpenSpaceSession,
} from '@qingyuan/core';
import type { DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';

/**
 * Reads what `<qy-idea-board>` is given: an `OpenSpaceSession` document, checked by its schema
 * and then by core's Open Space rules (known participants, dot limits, hide reasons…). Every
 * problem becomes a localized issue naming its place.
 *
 * @example
 * readSession(pilotOpenSpaceSession, 'en'); // { ok: true, value: { id: 'os-qingyuan-2007', … } }
 */
export function readSession(data: unknown, locale: Locale): DocumentResult<OpenSpaceSession> {
  const parsed = parseDocument(OpenSpaceSessionSchema, data, { locale });
  if (!parsed.ok) return parsed;
  const check = checkOpenSpaceSession(parsed.value);
  if (check.ok) return parsed;
  return {
    ok: false,
    issues: check.violations.map((violation) => ({
      where: violation.path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join(''),
      message: violation.message[locale],
    })),
  };
}
