import { describe, expect, it } from 'vitest';
import { emptyDraft } from './application-draft.js';
import { addRow, rowKinds } from './application-rows.js';
import { resolveField } from './field-id.js';

describe('application rows table', () => {
  it('adds a blank row to each list and names the field to focus', () => {
    const draft = emptyDraft();
    expect(addRow(draft, 'needs', 'k0')).toEqual(['needs', 0, 'description']);
    expect(addRow(draft, 'needs', 'k1')).toEqual(['needs', 1, 'description']);
    expect(draft.needs.map((need) => need.id)).toEqual(['need-1', 'need-2']);
    expect(addRow(draft, 'lines', 'k2')).toEqual(['budget', 'lines', 0, 'item']);
    expect(draft.lines[0]).toEqual({ id: 'line-1', item: undefined, amount: '', note: undefined });
    addRow(draft, 'team', 'a');
    addRow(draft, 'team', 'b');
    // the first member leads; later ones are members
    expect(draft.team.map((member) => [member.key, member.role])).toEqual([
      ['a', 'overall-lead'],
      ['b', 'member'],
    ]);
  });

  it('puts a problem under the deepest control the form has for its path', () => {
    const draft = emptyDraft();
    addRow(draft, 'plan', 'k');
    expect(resolveField(draft, ['plan', 0, 'start'])).toBe('f-plan-0-start');
    expect(resolveField(draft, ['plan', 3, 'start'])).toBe('f-plan');
    expect(resolveField(draft, [...rowKinds.lines.path])).toBe('f-budget-lines');
    expect(resolveField(draft, ['nowhere'])).toBeUndefined();
  });
});
