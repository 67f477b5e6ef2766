import type * as z from 'zod/mini';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { duplicateId } from './reference-messages.js';
import { validationIssue } from './validation-text.js';

/**
 * Adds a localizable `duplicate-id` issue for every repeated id in a list, at the later
 * occurrence (`[...path, index, 'id']`). For use inside `z.superRefine`. `list` names the list
 * in both languages (`{ 'zh-CN': '预算条目', en: 'lines' }`); a plain key is shown as written.
 *
 * @example
 * z.object({ lines: z.array(LineSchema) }).check(
 *   z.superRefine((doc, ctx) =>
 *     addDuplicateIdIssues(ctx, doc.lines.map((line) => line.id), ['lines'], { 'zh-CN': '预算条目', en: 'lines' })),
 * );
 */
export function addDuplicateIdIssues(
  ctx: z.core.$RefinementCtx,
  ids: readonly string[],
  path: readonly PropertyKey[],
  list: string | LocalizedMessage,
  field: PropertyKey = 'id',
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id))
      ctx.addIssue(validationIssue(duplicateId, { id, list }, [...path, index, field]));
    seen.add(id);
  });
}
