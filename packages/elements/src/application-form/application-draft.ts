import {
  ApplicationOriginSchema,
  BudgetContributionSchema,
  CurrencyCodeSchema,
  IdSchema,
  LocalizedTextSchema,
  minorUnitsToDecimal,
  SurveyFindingRefSchema,
  VulnerableGroupSchema,
  type Application,
  type BudgetContribution,
  type LocalizedText,
  type TeamRole,
} from '@qingyuan/core';

/** A text as the form holds it: a localized text, or nothing typed yet. */
export type Text = LocalizedText | undefined;
type Need = Application['needs'][number];

/**
 * The application as the form holds it while it is written: texts per locale, numbers and
 * amounts as typed (strings), rows with stable ids or keys. {@link applicationCandidate} turns
 * it into an application.
 */
export interface Draft {
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

/** The currencies the budget can be written in. */
export const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'JPY'] as const;
/** The team roles, in the order the role select lists them. */
export const ROLES: readonly TeamRole[] = ['overall-lead', 'finance-lead', 'member'];

/**
 * A blank application: no rows, budget in CNY.
 *
 * @example
 * const draft = emptyDraft(); // { id: '', needs: [], currency: 'CNY', … }
 */
export function emptyDraft(): Draft {
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

/**
 * The draft of a complete application to edit (amounts back to decimals as typed).
 *
 * @example
 * draftOf(application).lines[0]!.amount; // '6000.00'
 */
export function draftOf(application: Application): Draft {
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
 * that reads is kept; a field that does not is left empty (an id `IdSchema` refuses too), a
 * row that is not an object is dropped. Undefined when the state is not an object at all.
 *
 * @example
 * draftFromState({ id: 'p-1', budget: { lines: [{ amount: '12.5' }] } })!.lines[0]!.amount; // '12.5'
 */
export function draftFromState(state: unknown): Draft | undefined {
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
    // An id core would refuse is dropped: the form makes a new one from the title.
    id: IdSchema.safeParse(state['id']).success ? (state['id'] as string) : '',
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

/**
 * A typed number field as the application holds it: a number when it reads as one, the text
 * otherwise (the schema then names the field), undefined when empty.
 *
 * @example
 * numberOrRaw('12'); // 12
 * numberOrRaw('twelve'); // 'twelve'
 */
export function numberOrRaw(raw: string): number | string | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : raw;
}

/**
 * The first `prefix-n` id not taken by a row of the list.
 *
 * @example
 * freshId('need', [{ id: 'need-1' }]); // 'need-2'
 */
export function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((item) => item.id));
  for (let n = taken.length + 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
