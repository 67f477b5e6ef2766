import {
  ApplicationOriginSchema,
  ApplicationSchema,
  BudgetContributionSchema,
  CurrencyCodeSchema,
  LocalizedTextSchema,
  minorDigits,
  minorUnitsToDecimal,
  missingForNext,
  moneyTotal,
  parseDecimalMoney,
  parseDocument,
  projectLifecycle,
  SurveyFindingRefSchema,
  VulnerableGroupSchema,
  type Application,
  type BudgetContribution,
  type LocalizedText,
  type Money,
  type TeamRole,
} from '@qingyuan/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyApplicationSubmitEvent } from '../events/application-submit.js';
import { QyFormControl, type ControlValidity } from '../form/form-control.js';
import { formatMoney } from '../internal/format-money.js';
import { sharedStyles } from '../internal/shared-styles.js';
import {
  applicationFormMessages,
  type ApplicationFormMessageKey,
} from './application-form.messages.js';
import { applicationFormStyles } from './application-form.styles.js';
import { editLocalized, fallbackIn, textIn } from './localized-edit.js';

type Text = LocalizedText | undefined;
type Need = Application['needs'][number];

interface Draft {
  id: string;
  community: string;
  authors?: string[] | undefined;
  /** Where the application came from (an Open Space session's ideas); kept, not edited. */
  origin?: Application['origin'];
  title: Text;
  purpose: Text;
  sustainability: Text;
  needs: { id: string; description: Text; findings: Need['findings'] }[];
  plan: { id: string; title: Text; description: Text; start: string; end: string }[];
  indicators: { id: string; description: Text; unit: Text; target: string; baseline: string }[];
  team: { key: string; name: Text; participant?: string | undefined; role: TeamRole }[];
  beneficiaries: { key: string; group: Text; count: string; vulnerable: string }[];
  currency: string;
  lines: { id: string; item: Text; amount: string; note: Text }[];
  /** Co-funding and income lines: not edited here, kept as they came. */
  contributions?: BudgetContribution[] | undefined;
}

/** One thing missing or wrong: where (a path into the application) and what, localized. */
export interface ApplicationProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The core rule id, for problems found by the project lifecycle rules. */
  readonly rule?: string;
}

const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'JPY'] as const;
const ROLES: readonly TeamRole[] = ['overall-lead', 'finance-lead', 'member'];

function emptyDraft(): Draft {
  return {
    id: '',
    community: '',
    title: undefined,
    purpose: undefined,
    sustainability: undefined,
    needs: [],
    plan: [],
    indicators: [],
    team: [],
    beneficiaries: [],
    currency: 'CNY',
    lines: [],
  };
}

function draftOf(application: Application): Draft {
  const currency = application.budget.total.currency;
  let key = 0;
  return {
    id: application.id,
    community: application.community,
    authors: application.authors,
    origin: application.origin,
    title: application.title,
    purpose: application.purpose,
    sustainability: application.sustainability,
    needs: application.needs.map((need) => ({ ...need })),
    plan: application.plan.map((a) => ({ ...a, description: a.description })),
    indicators: application.indicators.map((i) => ({
      id: i.id,
      description: i.description,
      unit: i.unit,
      target: String(i.target),
      baseline: i.baseline === undefined ? '' : String(i.baseline),
    })),
    team: application.team.map((member) => ({ ...member, key: `m${key++}` })),
    beneficiaries: application.beneficiaries.map((b) => ({
      key: `b${key++}`,
      group: b.group,
      count: b.count === undefined ? '' : String(b.count),
      vulnerable: b.vulnerable ?? '',
    })),
    currency,
    lines: application.budget.lines.map((line) => ({
      id: line.id,
      item: line.item,
      note: line.note,
      amount: minorUnitsToDecimal(line.amount.amount, line.amount.currency),
    })),
    contributions: application.budget.contributions,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The objects of a saved list (anything else is dropped). */
function recordsIn(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function stringIn(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A saved number field as the editor holds it: a finite number as text, or the text typed. */
function rawNumberIn(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return stringIn(value);
}

/** A saved localized text, keeping the locales whose entry is valid; undefined when none is. */
function textOf(value: unknown): Text {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (!isRecord(value)) return undefined;
  const kept = Object.entries(value).filter(
    ([locale, text]) => LocalizedTextSchema.safeParse({ [locale]: text }).success,
  );
  return kept.length > 0 ? (Object.fromEntries(kept) as LocalizedText) : undefined;
}

/**
 * The draft of a saved form state — a complete application, or one half written (what the
 * form submits while problems remain: empty fields left out, amounts as typed). Every field
 * that reads is kept; a field that does not is left empty, a row that is not an object is
 * dropped. Undefined when the state is not an object at all.
 */
function draftFromState(state: unknown): Draft | undefined {
  if (!isRecord(state)) return undefined;
  let key = 0;
  const withIds = <T extends { id: string }>(
    rows: Record<string, unknown>[],
    prefix: string,
    make: (row: Record<string, unknown>) => Omit<T, 'id'>,
  ): T[] => {
    const out: T[] = [];
    for (const row of rows) {
      const id = stringIn(row['id']) || freshId(prefix, out);
      out.push({ id, ...make(row) } as T);
    }
    return out;
  };
  const budget = isRecord(state['budget']) ? state['budget'] : {};
  const total = isRecord(budget['total']) ? budget['total'] : {};
  const currency = CurrencyCodeSchema.safeParse(total['currency']).success
    ? (total['currency'] as string)
    : 'CNY';
  const authors = Array.isArray(state['authors'])
    ? state['authors'].filter((a): a is string => typeof a === 'string')
    : undefined;
  const sustainability = textOf(state['sustainability']);
  const origin = ApplicationOriginSchema.safeParse(state['origin']);
  return {
    id: stringIn(state['id']),
    community: stringIn(state['community']),
    ...(authors ? { authors } : {}),
    ...(origin.success ? { origin: origin.data } : {}),
    title: textOf(state['title']),
    purpose: textOf(state['purpose']),
    sustainability,
    needs: withIds(recordsIn(state['needs']), 'need', (need) => ({
      description: textOf(need['description']),
      findings: recordsIn(need['findings']).flatMap((finding) => {
        const parsed = SurveyFindingRefSchema.safeParse(finding);
        return parsed.success ? [parsed.data] : [];
      }),
    })),
    plan: withIds(recordsIn(state['plan']), 'activity', (activity) => ({
      title: textOf(activity['title']),
      description: textOf(activity['description']),
      start: stringIn(activity['start']),
      end: stringIn(activity['end']),
    })),
    indicators: withIds(recordsIn(state['indicators']), 'indicator', (indicator) => ({
      description: textOf(indicator['description']),
      unit: textOf(indicator['unit']),
      target: rawNumberIn(indicator['target']),
      baseline: rawNumberIn(indicator['baseline']),
    })),
    team: recordsIn(state['team']).map((member, index) => {
      const participant = stringIn(member['participant']);
      const role = ROLES.find((r) => r === member['role']);
      return {
        key: `r${key++}`,
        name: textOf(member['name']),
        ...(participant ? { participant } : {}),
        role: role ?? (index === 0 ? 'overall-lead' : 'member'),
      };
    }),
    beneficiaries: recordsIn(state['beneficiaries']).map((b) => ({
      key: `r${key++}`,
      group: textOf(b['group']),
      count: rawNumberIn(b['count']),
      vulnerable: VulnerableGroupSchema.safeParse(b['vulnerable']).success
        ? (b['vulnerable'] as string)
        : '',
    })),
    currency,
    lines: withIds(recordsIn(budget['lines']), 'line', (line) => ({
      item: textOf(line['item']),
      amount: amountIn(line['amount']),
      note: textOf(line['note']),
    })),
    contributions: contributionsIn(budget['contributions']),
  };
}

/** Saved co-funding and income lines, when they are valid (kept as they are). */
function contributionsIn(value: unknown): BudgetContribution[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return undefined;
  const parsed = value.map((line) => BudgetContributionSchema.safeParse(line));
  return parsed.every((result) => result.success)
    ? parsed.map((result) => result.data!)
    : undefined;
}

/** A saved budget line amount as typed: money back to decimals, text as it was. */
function amountIn(value: unknown): string {
  if (isRecord(value)) {
    const { amount, currency } = value;
    if (Number.isSafeInteger(amount) && CurrencyCodeSchema.safeParse(currency).success) {
      return minorUnitsToDecimal(amount as number, currency as string);
    }
    return '';
  }
  return stringIn(value);
}

function numberOrRaw(raw: string): number | string | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : raw;
}

function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  for (let n = taken.length + 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** A list of rows the applicant adds and removes (budget lines live under `budget`). */
type RowSection = 'needs' | 'plan' | 'indicators' | 'team' | 'beneficiaries' | 'lines';

/** The document path of a row list, where its add button and its list-level problems sit. */
function sectionPath(section: RowSection): string[] {
  return section === 'lines' ? ['budget', 'lines'] : [section];
}

function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}

/**
 * The project application 项目申请书 in the prescribed format: purpose, needs answered, plan
 * activities with dates, indicators with units and targets, the team, beneficiaries with
 * vulnerable groups, and budget lines with a live total in the chosen currency (amounts typed
 * as decimals, kept as integer minor units, summed exactly). A panel lists everything still
 * missing before submission — `ApplicationSchema` issues and the project rules core checks on
 * submission (`missingForNext` from a draft: an indicator, budget lines adding up) — each
 * linked to its field. Form-associated: submits the application as JSON under `name`.
 *
 * An existing application to edit comes as the `application` property, a `src` URL or an
 * inline `<script type="application/json">` child; without one the form starts blank.
 * Bilingual text keeps its other language when one is edited.
 *
 * @tag qy-application-form
 * @summary Write a project application with a live budget total and see what is missing.
 *
 * @slot - An optional `<script type="application/json">` with an application to edit.
 *
 * @event qy-application-submit - A complete application was submitted (`detail.application`).
 * @event qy-load - The application to edit was read and validated.
 * @event qy-load-error - The application to edit is unreachable or malformed.
 *
 * @csspart base - The outer fieldset.
 * @csspart section - One section (basics, needs, plan, …).
 * @csspart row - One repeated row (a need, an activity, a budget line, …).
 * @csspart input - A text, number, date or select input.
 * @csspart field-error - The message under a field that is missing or wrong.
 * @csspart total - The live budget total.
 * @csspart missing - The panel listing what is missing before submission.
 * @csspart actions - The submit row.
 * @csspart status - Loading and submission status text.
 * @csspart error - The error box shown for a bad application document.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text colour.
 * @cssproperty --qy-color-border - Borders of sections, rows and inputs.
 * @cssproperty --qy-color-accent - The submit button and the total.
 * @cssproperty --qy-color-accent-contrast - Text on the accent.
 * @cssproperty --qy-color-danger - Error messages and invalid fields.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-application-form-max-width - Maximum width of the form.
 */
export class QyApplicationForm extends QyFormControl<ApplicationFormMessageKey> {
  static override styles = [sharedStyles, applicationFormStyles];

  protected readonly catalogs = applicationFormMessages;

  /** An application to edit (interchange format); wins over `src` and an inline JSON child. */
  @property({ attribute: false }) application: unknown;

  /** A URL to fetch the application to edit from. */
  @property() src = '';

  @state() private draft: Draft = emptyDraft();
  @state() private showErrors = false;
  @state() private submitted = false;
  private initial: Draft = emptyDraft();
  private rowKey = 0;
  private focusTarget: string | undefined;

  private readonly doc = new DocumentController<Application>(this, {
    property: () => this.application,
    src: () => this.src,
    parse: (data, locale) => parseDocument(ApplicationSchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (application) => {
      this.initial = draftOf(application);
      this.draft = structuredClone(this.initial);
      this.showErrors = false;
      this.submitted = false;
      // A draft the browser restored before the application arrived applies on top of it.
      this.applyPendingRestore();
    },
  });

  /** The application as typed, when `ApplicationSchema` accepts it; otherwise undefined. */
  get value(): Application | undefined {
    const { data, inputProblems } = this.candidate();
    if (inputProblems.length > 0) return undefined;
    const result = parseDocument(ApplicationSchema, data);
    return result.ok ? result.value : undefined;
  }

  /** The budget total in integer minor units of the chosen currency (lines that parse). */
  get total(): Money {
    return { amount: Number(this.totalMinor()), currency: this.draft.currency };
  }

  /** Everything missing or wrong before submission, in the element's language. */
  get problems(): readonly ApplicationProblem[] {
    const { data, inputProblems, rulesView } = this.candidate();
    const taken = new Set(inputProblems.map((p) => p.path.join('/')));
    const schema = parseDocument(ApplicationSchema, data, { locale: this.locale });
    const schemaProblems: ApplicationProblem[] = schema.ok
      ? []
      : schema.issues
          .filter((issue) => !taken.has(issue.path.slice(0, 4).join('/')))
          .map((issue) => ({ path: issue.path, message: issue.message }));
    const state = { ...projectLifecycle.initial, application: rulesView };
    const next = missingForNext(projectLifecycle, state, { bodies: [] });
    // A field the schema or the input already flags (a blank purpose, an end before its start)
    // is listed once, with that message; the rules add what the schema cannot see.
    const flagged = new Set(
      [...inputProblems, ...schemaProblems].map((problem) => problem.path.join('/')),
    );
    const ruleProblems = next.missing
      .map((violation) => ({
        path: violation.path[0] === 'application' ? violation.path.slice(1) : violation.path,
        message: violation.message[this.locale],
        rule: violation.rule,
      }))
      .filter((problem) => !flagged.has(problem.path.join('/')));
    return [...inputProblems, ...schemaProblems, ...ruleProblems];
  }

  private totalMinor(): bigint {
    const amounts = this.parsedLines().flatMap((line) => (line.money ? [line.money] : []));
    const total = moneyTotal(amounts, this.draft.currency);
    return total.ok ? total.minorUnits : 0n;
  }

  private parsedLines() {
    return this.draft.lines.map((line) => {
      const parsed = parseDecimalMoney(line.amount, this.draft.currency);
      return {
        line,
        parsed,
        money: parsed.ok ? { amount: parsed.amount, currency: this.draft.currency } : undefined,
      };
    });
  }

  /** The application object as typed (numbers parsed), input problems, and what the rules read. */
  private candidate(): {
    data: Record<string, unknown>;
    inputProblems: ApplicationProblem[];
    rulesView: Application;
  } {
    const d = this.draft;
    const inputProblems: ApplicationProblem[] = [];
    const lines = this.parsedLines().map(({ line, parsed, money }, index) => {
      if (!parsed.ok) {
        inputProblems.push({
          path: ['budget', 'lines', index, 'amount'],
          message: this.t(`money.${parsed.reason}`, { digits: minorDigits(d.currency) }),
        });
      }
      return {
        id: line.id,
        item: line.item,
        amount: money ?? line.amount,
        ...(line.note !== undefined ? { note: line.note } : {}),
      };
    });
    const budget = {
      total: this.total,
      lines,
      ...(d.contributions ? { contributions: d.contributions } : {}),
    };
    const data: Record<string, unknown> = {
      id: d.id,
      community: d.community,
      ...(d.authors ? { authors: d.authors } : {}),
      title: d.title,
      purpose: d.purpose,
      needs: d.needs,
      plan: d.plan.map(({ description, ...activity }) =>
        description === undefined ? activity : { ...activity, description },
      ),
      indicators: d.indicators.map(({ target, baseline, ...indicator }) => {
        const base = numberOrRaw(baseline);
        return {
          ...indicator,
          target: numberOrRaw(target),
          ...(base !== undefined ? { baseline: base } : {}),
        };
      }),
      team: d.team.map(({ key: _key, participant, ...member }) =>
        participant ? { ...member, participant } : member,
      ),
      beneficiaries: d.beneficiaries.map(({ key: _key, count, vulnerable, group }) => {
        const n = numberOrRaw(count);
        return {
          group,
          ...(n !== undefined ? { count: n } : {}),
          ...(vulnerable ? { vulnerable } : {}),
        };
      }),
      budget,
      ...(d.sustainability !== undefined ? { sustainability: d.sustainability } : {}),
      ...(d.origin ? { origin: d.origin } : {}),
    };
    // The submission rules read the indicators and the budget; give them what was typed, with
    // only the lines whose amounts parse (the others are reported above).
    const rulesView = {
      ...(data as unknown as Application),
      indicators: d.indicators as unknown as Application['indicators'],
      budget: {
        total: budget.total,
        lines: lines.filter(
          (line) => typeof line.amount !== 'string',
        ) as Application['budget']['lines'],
      },
    };
    return { data, inputProblems, rulesView };
  }

  // ----- form participation -----

  protected formValue(): string | null {
    return JSON.stringify(this.value ?? this.candidate().data);
  }

  protected resetValue(): void {
    this.draft = structuredClone(this.initial);
    this.showErrors = false;
    this.submitted = false;
  }

  /** The blank form, or an application to edit that has loaded. */
  protected override restoreReady(): boolean {
    const { status } = this.doc.state;
    return status === 'ready' || status === 'empty';
  }

  /** Restores a saved draft, complete or half written (see {@link draftFromState}). */
  protected restoreValue(saved: string): void {
    let state: unknown;
    try {
      state = JSON.parse(saved);
    } catch {
      return;
    }
    const draft = draftFromState(state);
    if (!draft) return;
    this.draft = draft;
    this.submitted = false;
  }

  protected checkControlValidity(): ControlValidity | undefined {
    const first = this.problems[0];
    return first ? { flags: { customError: true }, message: first.message } : undefined;
  }

  // ----- editing -----

  private edit(change: (draft: Draft) => void): void {
    const next = structuredClone(this.draft);
    change(next);
    this.draft = next;
    this.submitted = false;
  }

  private addRow(section: RowSection): void {
    let focus = '';
    this.edit((d) => {
      const index = (d[section] as unknown[]).length;
      switch (section) {
        case 'needs':
          d.needs.push({ id: freshId('need', d.needs), description: undefined, findings: [] });
          focus = fieldId(['needs', index, 'description']);
          break;
        case 'plan':
          d.plan.push({
            id: freshId('activity', d.plan),
            title: undefined,
            description: undefined,
            start: '',
            end: '',
          });
          focus = fieldId(['plan', index, 'title']);
          break;
        case 'indicators':
          d.indicators.push({
            id: freshId('indicator', d.indicators),
            description: undefined,
            unit: undefined,
            target: '',
            baseline: '',
          });
          focus = fieldId(['indicators', index, 'description']);
          break;
        case 'team':
          d.team.push({
            key: `new${this.rowKey++}`,
            name: undefined,
            role: index === 0 ? 'overall-lead' : 'member',
          });
          focus = fieldId(['team', index, 'name']);
          break;
        case 'beneficiaries':
          d.beneficiaries.push({
            key: `new${this.rowKey++}`,
            group: undefined,
            count: '',
            vulnerable: '',
          });
          focus = fieldId(['beneficiaries', index, 'group']);
          break;
        case 'lines':
          d.lines.push({
            id: freshId('line', d.lines),
            item: undefined,
            amount: '',
            note: undefined,
          });
          focus = fieldId(['budget', 'lines', index, 'item']);
          break;
      }
    });
    this.focusTarget = `#${focus}`;
  }

  private removeRow(section: RowSection, index: number): void {
    this.edit((d) => (d[section] as unknown[]).splice(index, 1));
    this.focusTarget = `#${fieldId(sectionPath(section))}`;
  }

  private submit(): void {
    if (this.isDisabled) return;
    const application = this.value;
    if (!application || this.problems.length > 0) {
      this.showErrors = true;
      this.focusTarget = '#missing-title';
      return;
    }
    this.submitted = true;
    this.focusTarget = '#submitted';
    this.dispatchEvent(new QyApplicationSubmitEvent({ application }));
  }

  private focusField(path: readonly (string | number)[]): void {
    this.showErrors = true;
    for (let length = path.length; length > 0; length--) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        `#${CSS.escape(fieldId(path.slice(0, length)))}`,
      );
      if (target) {
        target.focus();
        return;
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
      this.focusTarget = undefined;
    }
  }

  // ----- rendering -----

  protected override render(): TemplateResult | typeof nothing {
    const state = this.doc.state;
    if (state.status === 'loading' || state.status === 'error') {
      return renderLoadState(state, (key, params) => this.t(key, params));
    }
    const problems = this.problems;
    const errors = new Map<string, string>();
    if (this.showErrors) {
      for (const problem of problems) {
        const id = this.resolveField(problem.path);
        if (id && !errors.has(id)) errors.set(id, problem.message);
      }
    }
    const d = this.draft;
    const loc = this.locale;
    const text = (
      path: (string | number)[],
      label: string,
      value: Text,
      set: (d: Draft, v: Text) => void,
      options: FieldOptions = {},
    ) =>
      this.field(
        errors,
        path,
        label,
        textIn(value, loc),
        (raw) => this.edit((draft) => set(draft, editLocalized(value, loc, raw))),
        { ...options, placeholder: fallbackIn(value, loc) },
      );
    const raw = (
      path: (string | number)[],
      label: string,
      value: string,
      set: (d: Draft, v: string) => void,
      options: FieldOptions = {},
    ) =>
      this.field(errors, path, label, value, (v) => this.edit((draft) => set(draft, v)), options);
    // One row per item (its fields, then a remove button named after it), then the add button.
    const rows = <T>(
      section: RowSection,
      items: readonly T[],
      fields: (item: T, i: number) => TemplateResult,
      itemName: (n: number) => string,
      addLabel: string,
    ) => {
      const addId = fieldId(sectionPath(section));
      return html`${items.map(
          (item, i) =>
            html`<div class="row" part="row">
              ${fields(item, i)}
              <button type="button" class="remove" @click=${() => this.removeRow(section, i)}>
                ${this.t('remove', { what: itemName(i + 1) })}
              </button>
            </div>`,
        )}
        <button
          type="button"
          id=${addId}
          aria-invalid=${errors.has(addId) ? 'true' : nothing}
          aria-describedby=${errors.has(addId) ? `${addId}-error` : nothing}
          @click=${() => this.addRow(section)}
        >
          ＋ ${addLabel}</button
        >${this.errorText(errors, addId)}`;
    };
    const total = this.total;
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend><h2>${d.title ? textIn(d.title, loc) : this.t('heading')}</h2></legend>

      <fieldset class="section" part="section">
        <legend>${this.t('basics')}</legend>
        ${raw(['id'], this.t('projectId'), d.id, (x, v) => (x.id = v.trim()), { help: this.t('projectIdHelp'), required: true })}
        ${raw(['community'], this.t('community'), d.community, (x, v) => (x.community = v.trim()), { help: this.t('communityHelp'), required: true })}
        ${text(['title'], this.t('title'), d.title, (x, v) => (x.title = v), { required: true })}
        ${text(['purpose'], this.t('purpose'), d.purpose, (x, v) => (x.purpose = v), { multiline: true, required: true })}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('needs')}</legend>
        ${rows(
          'needs',
          d.needs,
          (need, i) =>
            text(
              ['needs', i, 'description'],
              this.t('needDescription', { n: i + 1 }),
              need.description,
              (x, v) => (x.needs[i]!.description = v),
              { required: true },
            ),
          (n) => this.t('need', { n }),
          this.t('addNeed'),
        )}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('plan')}</legend>
        ${rows(
          'plan',
          d.plan,
          (activity, i) =>
            html`${text(['plan', i, 'title'], this.t('activityTitle', { n: i + 1 }), activity.title, (x, v) => (x.plan[i]!.title = v), { required: true })}
              <div class="pair">
                ${raw(['plan', i, 'start'], this.t('start', { n: i + 1 }), activity.start, (x, v) => (x.plan[i]!.start = v), { type: 'date', required: true })}
                ${raw(['plan', i, 'end'], this.t('end', { n: i + 1 }), activity.end, (x, v) => (x.plan[i]!.end = v), { type: 'date', required: true })}
              </div>`,
          (n) => this.t('activity', { n }),
          this.t('addActivity'),
        )}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('indicators')}</legend>
        ${rows(
          'indicators',
          d.indicators,
          (indicator, i) =>
            html`${text(['indicators', i, 'description'], this.t('indicatorDescription', { n: i + 1 }), indicator.description, (x, v) => (x.indicators[i]!.description = v), { required: true })}
              <div class="pair">
                ${text(['indicators', i, 'unit'], this.t('unit', { n: i + 1 }), indicator.unit, (x, v) => (x.indicators[i]!.unit = v), { required: true })}
                ${raw(['indicators', i, 'target'], this.t('target', { n: i + 1 }), indicator.target, (x, v) => (x.indicators[i]!.target = v), { type: 'number', required: true })}
                ${raw(['indicators', i, 'baseline'], this.t('baseline', { n: i + 1 }), indicator.baseline, (x, v) => (x.indicators[i]!.baseline = v), { type: 'number' })}
              </div>`,
          (n) => this.t('indicator', { n }),
          this.t('addIndicator'),
        )}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('team')}</legend>
        ${rows(
          'team',
          d.team,
          (member, i) =>
            html`<div class="pair">
              ${text(['team', i, 'name'], this.t('memberName', { n: i + 1 }), member.name, (x, v) => (x.team[i]!.name = v), { required: true })}
              ${this.select(
                errors,
                ['team', i, 'role'],
                this.t('role', { n: i + 1 }),
                member.role,
                ROLES.map((role) => [role, this.t(`role.${role}`)] as const),
                (v) => this.edit((x) => (x.team[i]!.role = v as TeamRole)),
              )}
            </div>`,
          (n) => this.t('member', { n }),
          this.t('addMember'),
        )}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('beneficiaries')}</legend>
        ${rows(
          'beneficiaries',
          d.beneficiaries,
          (b, i) =>
            html`${text(['beneficiaries', i, 'group'], this.t('group', { n: i + 1 }), b.group, (x, v) => (x.beneficiaries[i]!.group = v), { required: true })}
              <div class="pair">
                ${raw(['beneficiaries', i, 'count'], this.t('count', { n: i + 1 }), b.count, (x, v) => (x.beneficiaries[i]!.count = v), { type: 'number' })}
                ${this.select(
                  errors,
                  ['beneficiaries', i, 'vulnerable'],
                  this.t('vulnerable', { n: i + 1 }),
                  b.vulnerable,
                  [
                    ['', this.t('vulnerable.none')] as const,
                    ...VulnerableGroupSchema.options.map(
                      (g) => [g, this.t(`vulnerable.${g}`)] as const,
                    ),
                  ],
                  (v) => this.edit((x) => (x.beneficiaries[i]!.vulnerable = v)),
                )}
              </div>`,
          (n) => this.t('beneficiary', { n }),
          this.t('addBeneficiary'),
        )}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('budget')}</legend>
        ${this.select(
          errors,
          ['budget', 'total', 'currency'],
          this.t('currency'),
          d.currency,
          CURRENCIES.map((c) => [c, c] as const),
          (v) => this.edit((x) => (x.currency = v)),
        )}
        ${rows(
          'lines',
          d.lines,
          (line, i) =>
            html`<div class="pair">
              ${text(['budget', 'lines', i, 'item'], this.t('item', { n: i + 1 }), line.item, (x, v) => (x.lines[i]!.item = v), { required: true })}
              ${raw(['budget', 'lines', i, 'amount'], this.t('amount', { n: i + 1 }), line.amount, (x, v) => (x.lines[i]!.amount = v), { inputmode: 'decimal', help: this.t('amountHelp'), required: true })}
            </div>`,
          (n) => this.t('line', { n }),
          this.t('addLine'),
        )}
        <p class="total" part="total">
          ${this.t('total')}:
          <output id="f-budget-total" tabindex="-1" aria-live="polite"
            >${formatMoney(total, loc)}</output
          >
        </p>
        ${this.errorText(errors, 'f-budget-total')}
      </fieldset>

      <fieldset class="section" part="section">
        <legend>${this.t('sustainability')}</legend>
        ${text(['sustainability'], this.t('sustainability'), d.sustainability, (x, v) => (x.sustainability = v), { multiline: true, hideLabel: true })}
      </fieldset>

      ${this.renderMissing(problems)}
      <div class="actions" part="actions">
        <button type="button" class="primary" @click=${this.submit}>${this.t('submit')}</button>
      </div>
      ${this.submitted ? html`<p id="submitted" class="submitted" part="status" role="status" tabindex="-1">${this.t('submitted')}</p>` : nothing}
    </fieldset>`;
  }

  private resolveField(path: readonly (string | number)[]): string | undefined {
    const known = this.knownFields();
    for (let length = path.length; length > 0; length--) {
      const id = fieldId(path.slice(0, length));
      if (known.has(id)) return id;
    }
    return undefined;
  }

  private knownFields(): Set<string> {
    const d = this.draft;
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
    d.needs.forEach((_, i) => ids.push(`needs-${i}-description`));
    d.plan.forEach((_, i) => ids.push(`plan-${i}-title`, `plan-${i}-start`, `plan-${i}-end`));
    d.indicators.forEach((_, i) =>
      ids.push(...['description', 'unit', 'target', 'baseline'].map((f) => `indicators-${i}-${f}`)),
    );
    d.team.forEach((_, i) => ids.push(`team-${i}-name`, `team-${i}-role`));
    d.beneficiaries.forEach((_, i) =>
      ids.push(...['group', 'count', 'vulnerable'].map((f) => `beneficiaries-${i}-${f}`)),
    );
    d.lines.forEach((_, i) => ids.push(`budget-lines-${i}-item`, `budget-lines-${i}-amount`));
    return new Set(ids.map((id) => `f-${id}`));
  }

  private errorText(errors: Map<string, string>, id: string): TemplateResult | typeof nothing {
    const message = errors.get(id);
    return message
      ? html`<p class="field-error" part="field-error" id=${`${id}-error`}>${message}</p>`
      : nothing;
  }

  private field(
    errors: Map<string, string>,
    path: (string | number)[],
    label: string,
    value: string,
    onInput: (value: string) => void,
    options: FieldOptions,
  ): TemplateResult {
    const id = fieldId(path);
    const error = errors.get(id);
    const helpId = options.help ? `${id}-help` : '';
    const describedBy = [helpId, error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const handler = (event: Event) => onInput((event.target as HTMLInputElement).value);
    return html`<div class="field">
      <label for=${id} class=${options.hideLabel ? 'visually-hidden' : ''}>
        ${label}${options.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}
      </label>
      ${options.help ? html`<span class="help" id=${helpId}>${options.help}</span>` : nothing}
      ${
        options.multiline
          ? html`<textarea
              part="input"
              id=${id}
              rows="3"
              placeholder=${options.placeholder || nothing}
              .value=${value}
              aria-required=${options.required ? 'true' : nothing}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${describedBy}
              @input=${handler}
            ></textarea>`
          : html`<input
              part="input"
              id=${id}
              type=${options.type ?? 'text'}
              inputmode=${options.inputmode ?? nothing}
              placeholder=${options.placeholder || nothing}
              .value=${value}
              aria-required=${options.required ? 'true' : nothing}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${describedBy}
              @input=${handler}
            />`
      }
      ${this.errorText(errors, id)}
    </div>`;
  }

  private select(
    errors: Map<string, string>,
    path: (string | number)[],
    label: string,
    value: string,
    options: readonly (readonly [string, string])[],
    onChange: (value: string) => void,
  ): TemplateResult {
    const id = fieldId(path);
    const error = errors.get(id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        part="input"
        id=${id}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
      >
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
      ${this.errorText(errors, id)}
    </div>`;
  }

  private renderMissing(problems: readonly ApplicationProblem[]): TemplateResult {
    return html`<section class="missing" part="missing" aria-labelledby="missing-title">
      <h3 id="missing-title" tabindex="-1">${this.t('missingTitle')}</h3>
      ${
        problems.length === 0
          ? html`<p class="ok">✓ ${this.t('nothingMissing')}</p>`
          : html`<p>${this.t('missingCount', { count: problems.length })}</p>
              <ul>
                ${problems.map(
                  (problem) =>
                    html`<li>
                      <button
                        type="button"
                        class="link"
                        data-rule=${problem.rule ?? nothing}
                        @click=${() => this.focusField(problem.path)}
                      >
                        ${problem.message}
                      </button>
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }
}

interface FieldOptions {
  type?: 'text' | 'date' | 'number';
  inputmode?: string;
  multiline?: boolean;
  required?: boolean;
  help?: string;
  hideLabel?: boolean;
  /** Shown while empty: the field's text in another language, as a hint. */
  placeholder?: string;
}
