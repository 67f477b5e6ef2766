import {
  formatMoney,
  VulnerableGroupSchema,
  type Money,
  type TeamRole,
  type MessageParams,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@qingyuan/core';
import { CURRENCIES, ROLES, type Draft, type Text } from './application-draft.js';
import type { ApplicationFormMessageKey } from './application-form.messages.js';
import { rowKinds, type RowSection } from './application-rows.js';
import { fieldId } from './field-id.js';
import {
  fieldError,
  renderField,
  renderSelect,
  type FieldErrors,
  type FieldOptions,
} from './form-field.js';
import { editLocalized, fallbackIn, textIn } from './localized-edit.js';

/** What a section of the application form reads and what its controls do. */
export interface ApplicationSectionContext {
  readonly draft: Draft;
  readonly locale: Locale;
  t(key: ApplicationFormMessageKey, params?: MessageParams): string;
  readonly errors: FieldErrors;
  /** The live budget total. */
  readonly total: Money;
  /**
   * How the applying community is chosen: `given` by the page (no field), `pick` from the
   * page's list (`[id, localized name]` pairs, shown as a select), or `type` it in.
   */
  readonly community:
    | { readonly kind: 'given' }
    | { readonly kind: 'pick'; readonly options: readonly (readonly [string, string])[] }
    | { readonly kind: 'type' };
  /** The applicant left the title field after writing it: the project id is made now. */
  titleDone(): void;
  /** Changes a copy of the draft and makes it the form's. */
  edit(change: (draft: Draft) => void): void;
  addRow(section: RowSection): void;
  removeRow(section: RowSection, index: number): void;
}

type Path = (string | number)[];

/** A localized text field: edits the element's language and keeps the others. */
function text(
  c: ApplicationSectionContext,
  path: Path,
  label: string,
  value: Text,
  set: (d: Draft, v: Text) => void,
  options: FieldOptions = {},
): TemplateResult {
  return renderField(
    c.errors,
    path,
    label,
    textIn(value, c.locale),
    (raw) => c.edit((draft) => set(draft, editLocalized(value, c.locale, raw))),
    { ...options, placeholder: fallbackIn(value, c.locale) },
  );
}

/** A plain field (dates, numbers as typed). */
function raw(
  c: ApplicationSectionContext,
  path: Path,
  label: string,
  value: string,
  set: (d: Draft, v: string) => void,
  options: FieldOptions = {},
): TemplateResult {
  return renderField(c.errors, path, label, value, (v) => c.edit((d) => set(d, v)), options);
}

/** One row per item (its fields, then a remove button named after it), then the add button. */
function rows<T>(
  c: ApplicationSectionContext,
  section: RowSection,
  items: readonly T[],
  fields: (item: T, i: number) => TemplateResult,
  itemName: (n: number) => string,
  addLabel: string,
): TemplateResult {
  const addId = fieldId(rowKinds[section].path);
  return html`${items.map(
      (item, i) =>
        html`<div class="row" part="row">
          ${fields(item, i)}
          <button type="button" class="remove" @click=${() => c.removeRow(section, i)}>
            ${c.t('remove', { what: itemName(i + 1) })}
          </button>
        </div>`,
    )}
    <button
      type="button"
      id=${addId}
      aria-invalid=${c.errors.has(addId) ? 'true' : nothing}
      aria-describedby=${c.errors.has(addId) ? `${addId}-error` : nothing}
      @click=${() => c.addRow(section)}
    >
      ＋ ${addLabel}</button
    >${fieldError(c.errors, addId)}`;
}

function section(legend: string, content: TemplateResult): TemplateResult {
  return html`<fieldset class="section" part="section">
    <legend>${legend}</legend>
    ${content}
  </fieldset>`;
}

/**
 * The applying community: nothing when the page gives it, a select of the page's communities
 * (by their names; one the draft names that is not in the list is kept as an option), else a
 * text field. Residents are never asked for a project id: the form makes it (`project-id.ts`).
 */
function community(c: ApplicationSectionContext): TemplateResult | typeof nothing {
  const { draft: d, t } = c;
  const set = (v: string) => c.edit((x) => (x.community = v.trim()));
  if (c.community.kind === 'given') return nothing;
  if (c.community.kind === 'pick') {
    const known = c.community.options.some(([id]) => id === d.community);
    const options = [
      ['', t('communityChoose')] as const,
      ...c.community.options,
      ...(d.community && !known ? [[d.community, d.community] as const] : []),
    ];
    return renderSelect(c.errors, ['community'], t('community'), d.community, options, set, {
      required: true,
    });
  }
  return renderField(c.errors, ['community'], t('community'), d.community, set, {
    help: t('communityHelp'),
    required: true,
  });
}

function basics(c: ApplicationSectionContext): TemplateResult {
  const { draft: d, t } = c;
  return section(
    t('basics'),
    html`${community(c)}
    ${text(c, ['title'], t('title'), d.title, (x, v) => (x.title = v), { required: true, onCommit: () => c.titleDone() })}
    ${text(c, ['purpose'], t('purpose'), d.purpose, (x, v) => (x.purpose = v), { multiline: true, required: true })}`,
  );
}

function needs(c: ApplicationSectionContext): TemplateResult {
  const { t } = c;
  return section(
    t('needs'),
    rows(
      c,
      'needs',
      c.draft.needs,
      (need, i) =>
        text(
          c,
          ['needs', i, 'description'],
          t('needDescription', { n: i + 1 }),
          need.description,
          (x, v) => (x.needs[i]!.description = v),
          { required: true },
        ),
      (n) => t('need', { n }),
      t('addNeed'),
    ),
  );
}

function plan(c: ApplicationSectionContext): TemplateResult {
  const { t } = c;
  return section(
    t('plan'),
    rows(
      c,
      'plan',
      c.draft.plan,
      (activity, i) =>
        html`${text(c, ['plan', i, 'title'], t('activityTitle', { n: i + 1 }), activity.title, (x, v) => (x.plan[i]!.title = v), { required: true })}
          <div class="pair">
            ${raw(c, ['plan', i, 'start'], t('start', { n: i + 1 }), activity.start, (x, v) => (x.plan[i]!.start = v), { type: 'date', required: true })}
            ${raw(c, ['plan', i, 'end'], t('end', { n: i + 1 }), activity.end, (x, v) => (x.plan[i]!.end = v), { type: 'date', required: true })}
          </div>`,
      (n) => t('activity', { n }),
      t('addActivity'),
    ),
  );
}

function indicators(c: ApplicationSectionContext): TemplateResult {
  const { t } = c;
  return section(
    t('indicators'),
    rows(
      c,
      'indicators',
      c.draft.indicators,
      (indicator, i) =>
        html`${text(c, ['indicators', i, 'description'], t('indicatorDescription', { n: i + 1 }), indicator.description, (x, v) => (x.indicators[i]!.description = v), { required: true })}
          <div class="pair">
            ${text(c, ['indicators', i, 'unit'], t('unit', { n: i + 1 }), indicator.unit, (x, v) => (x.indicators[i]!.unit = v), { required: true })}
            ${raw(c, ['indicators', i, 'target'], t('target', { n: i + 1 }), indicator.target, (x, v) => (x.indicators[i]!.target = v), { type: 'number', required: true })}
            ${raw(c, ['indicators', i, 'baseline'], t('baseline', { n: i + 1 }), indicator.baseline, (x, v) => (x.indicators[i]!.baseline = v), { type: 'number' })}
          </div>`,
      (n) => t('indicator', { n }),
      t('addIndicator'),
    ),
  );
}

function team(c: ApplicationSectionContext): TemplateResult {
  const { t } = c;
  return section(
    t('team'),
    rows(
      c,
      'team',
      c.draft.team,
      (member, i) =>
        html`<div class="pair">
          ${text(c, ['team', i, 'name'], t('memberName', { n: i + 1 }), member.name, (x, v) => (x.team[i]!.name = v), { required: true })}
          ${renderSelect(
            c.errors,
            ['team', i, 'role'],
            t('role', { n: i + 1 }),
            member.role,
            ROLES.map((role) => [role, t(`role.${role}`)] as const),
            (v) => c.edit((x) => (x.team[i]!.role = v as TeamRole)),
          )}
        </div>`,
      (n) => t('member', { n }),
      t('addMember'),
    ),
  );
}

function beneficiaries(c: ApplicationSectionContext): TemplateResult {
  const { t } = c;
  return section(
    t('beneficiaries'),
    rows(
      c,
      'beneficiaries',
      c.draft.beneficiaries,
      (b, i) =>
        html`${text(c, ['beneficiaries', i, 'group'], t('group', { n: i + 1 }), b.group, (x, v) => (x.beneficiaries[i]!.group = v), { required: true })}
          <div class="pair">
            ${raw(c, ['beneficiaries', i, 'count'], t('count', { n: i + 1 }), b.count, (x, v) => (x.beneficiaries[i]!.count = v), { type: 'number' })}
            ${renderSelect(
              c.errors,
              ['beneficiaries', i, 'vulnerable'],
              t('vulnerable', { n: i + 1 }),
              b.vulnerable,
              [
                ['', t('vulnerable.none')] as const,
                ...VulnerableGroupSchema.options.map((g) => [g, t(`vulnerable.${g}`)] as const),
              ],
              (v) => c.edit((x) => (x.beneficiaries[i]!.vulnerable = v)),
            )}
          </div>`,
      (n) => t('beneficiary', { n }),
      t('addBeneficiary'),
    ),
  );
}

function budget(c: ApplicationSectionContext): TemplateResult {
  const { draft: d, t } = c;
  return section(
    t('budget'),
    html`${renderSelect(
        c.errors,
        ['budget', 'total', 'currency'],
        t('currency'),
        d.currency,
        CURRENCIES.map((code) => [code, code] as const),
        (v) => c.edit((x) => (x.currency = v)),
      )}
      ${rows(
        c,
        'lines',
        d.lines,
        (line, i) =>
          html`<div class="pair">
            ${text(c, ['budget', 'lines', i, 'item'], t('item', { n: i + 1 }), line.item, (x, v) => (x.lines[i]!.item = v), { required: true })}
            ${raw(c, ['budget', 'lines', i, 'amount'], t('amount', { n: i + 1 }), line.amount, (x, v) => (x.lines[i]!.amount = v), { inputmode: 'decimal', help: t('amountHelp'), required: true })}
          </div>`,
        (n) => t('line', { n }),
        t('addLine'),
      )}
      <p class="total" part="total">
        ${t('total')}:
        <output id="f-budget-total" tabindex="-1" aria-live="polite"
          >${formatMoney(c.total, c.locale)}</output
        >
      </p>
      ${fieldError(c.errors, 'f-budget-total')}`,
  );
}

function sustainability(c: ApplicationSectionContext): TemplateResult {
  const { t } = c;
  return section(
    t('sustainability'),
    text(
      c,
      ['sustainability'],
      t('sustainability'),
      c.draft.sustainability,
      (x, v) => (x.sustainability = v),
      { multiline: true, hideLabel: true },
    ),
  );
}

/**
 * The sections of the application form, in the order of the prescribed format: basics, needs,
 * plan, indicators, team, beneficiaries, budget (with the live total), sustainability.
 *
 * @example
 * html`${applicationSections.map((render) => render(context))}`;
 */
export const applicationSections: readonly ((
  context: ApplicationSectionContext,
) => TemplateResult)[] = [
  basics,
  needs,
  plan,
  indicators,
  team,
  beneficiaries,
  budget,
  sustainability,
];
