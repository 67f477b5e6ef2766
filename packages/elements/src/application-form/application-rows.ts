import { freshId, type Draft } from './application-draft.js';

/** A list of rows the applicant adds and removes (budget lines live under `budget`). */
export type RowSection = 'needs' | 'plan' | 'indicators' | 'team' | 'beneficiaries' | 'lines';

/** How one row list behaves: where it sits in the document, and what a new row is. */
export interface RowKind<S extends RowSection> {
  /** The document path of the list, where its add button and list-level problems sit. */
  readonly path: readonly string[];
  /** The field a new row's first input fills (focused after "Add"). */
  readonly firstField: string;
  /** A blank row; `key` is a fresh key for lists whose rows have no id. */
  blank(draft: Draft, index: number, key: string): Draft[S][number];
}

/**
 * The row lists of the application form, one entry each: adding a row, where its add button
 * is and which field takes focus come from here, not from a switch per list.
 *
 * @example
 * const kind = rowKinds.plan;
 * draft.plan.push(kind.blank(draft, draft.plan.length, 'new1'));
 */
export const rowKinds: { readonly [S in RowSection]: RowKind<S> } = {
  needs: {
    path: ['needs'],
    firstField: 'description',
    blank: (d) => ({ id: freshId('need', d.needs), description: undefined, findings: [] }),
  },
  plan: {
    path: ['plan'],
    firstField: 'title',
    blank: (d) => ({
      id: freshId('activity', d.plan),
      title: undefined,
      description: undefined,
      start: '',
      end: '',
    }),
  },
  indicators: {
    path: ['indicators'],
    firstField: 'description',
    blank: (d) => ({
      id: freshId('indicator', d.indicators),
      description: undefined,
      unit: undefined,
      target: '',
      baseline: '',
    }),
  },
  team: {
    path: ['team'],
    firstField: 'name',
    // the first member leads the project
    blank: (_d, index, key) => ({
      key,
      name: undefined,
      role: index === 0 ? 'overall-lead' : 'member',
    }),
  },
  beneficiaries: {
    path: ['beneficiaries'],
    firstField: 'group',
    blank: (_d, _index, key) => ({ key, group: undefined, count: '', vulnerable: '' }),
  },
  lines: {
    path: ['budget', 'lines'],
    firstField: 'item',
    blank: (d) => ({ id: freshId('line', d.lines), item: undefined, amount: '', note: undefined }),
  },
};

/**
 * Adds a blank row to a list of the draft (in place) and returns the path of the field to
 * focus in it.
 *
 * @example
 * addRow(draft, 'lines', 'new1'); // ['budget', 'lines', 2, 'item']
 */
export function addRow(draft: Draft, section: RowSection, key: string): (string | number)[] {
  const kind = rowKinds[section] as RowKind<RowSection>;
  const rows = draft[section] as unknown[];
  const index = rows.length;
  rows.push(kind.blank(draft, index, key));
  return [...kind.path, index, kind.firstField];
}
