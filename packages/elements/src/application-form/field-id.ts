import type { Draft } from './application-draft.js';

/**
 * The id of the form control for a path into the application (`['plan', 0, 'title']` →
 * `f-plan-0-title`); a row list's path names its add button.
 *
 * @example
 * fieldId(['budget', 'lines', 1, 'amount']); // 'f-budget-lines-1-amount'
 */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}

/** The ids of every control the form shows for a draft. */
function knownFieldIds(draft: Draft): Set<string> {
  const ids = [
    'id',
    'community',
    'title',
    'purpose',
    'sustainability',
    'needs',
    'plan',
    'indicators',
    'team',
    'beneficiaries',
    'budget-lines',
    'budget-total',
    'budget-total-currency',
  ];
  draft.needs.forEach((_, i) => ids.push(`needs-${i}-description`));
  draft.plan.forEach((_, i) => ids.push(`plan-${i}-title`, `plan-${i}-start`, `plan-${i}-end`));
  draft.indicators.forEach((_, i) =>
    ids.push(...['description', 'unit', 'target', 'baseline'].map((f) => `indicators-${i}-${f}`)),
  );
  draft.team.forEach((_, i) => ids.push(`team-${i}-name`, `team-${i}-role`));
  draft.beneficiaries.forEach((_, i) =>
    ids.push(...['group', 'count', 'vulnerable'].map((f) => `beneficiaries-${i}-${f}`)),
  );
  draft.lines.forEach((_, i) => ids.push(`budget-lines-${i}-item`, `budget-lines-${i}-amount`));
  return new Set(ids.map((id) => `f-${id}`));
}

/**
 * The control a problem at this path is shown under: the deepest prefix of the path that the
 * form has a control for (a problem inside a list goes to its add button), or none.
 *
 * @example
 * resolveField(draft, ['plan', 0, 'start']); // 'f-plan-0-start'
 * resolveField(draft, ['indicators']); // 'f-indicators'
 */
export function resolveField(draft: Draft, path: readonly (string | number)[]): string | undefined {
  const known = knownFieldIds(draft);
  for (let length = path.length; length > 0; length--) {
    const id = fieldId(path.slice(0, length));
    if (known.has(id)) return id;
  }
  return undefined;
}
