import {
  ApplicationSchema,
  minorDigits,
  missingForSubmission,
  moneyTotal,
  parseDecimalMoney,
  parseDocument,
  type Application,
  type Money,
  type MessageParams,
} from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';
import { numberOrRaw, type Draft } from './application-draft.js';
import type { ApplicationFormMessageKey } from './application-form.messages.js';

/** One thing missing or wrong: where (a path into the application) and what, localized. */
export interface ApplicationProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The core rule id, for problems found by the project lifecycle rules. */
  readonly rule?: string;
}

/** A draft read as an application: what the schema checks, what the rules read, what is wrong. */
export interface ApplicationCandidate {
  /** The application object as typed (numbers parsed where they read, text otherwise). */
  readonly data: Record<string, unknown>;
  /** Amounts that do not read as money in the currency. */
  readonly inputProblems: readonly ApplicationProblem[];
  /** What core's submission rules read: the indicators and the lines whose amounts parse. */
  readonly rulesView: Application;
  /** The budget total of the lines that parse, in minor units of the draft's currency. */
  readonly total: Money;
}

type T = (key: ApplicationFormMessageKey, params?: MessageParams) => string;

/** Each budget line's amount read as money in the draft's currency (or why it does not read). */
function parsedLines(draft: Draft) {
  return draft.lines.map((line) => {
    const parsed = parseDecimalMoney(line.amount, draft.currency);
    return {
      line,
      parsed,
      money: parsed.ok ? { amount: parsed.amount, currency: draft.currency } : undefined,
    };
  });
}

/**
 * The budget total of a draft: the lines whose amounts parse, summed exactly in integer minor
 * units of its currency (core's `moneyTotal`).
 *
 * @example
 * draftTotal(draft); // { amount: 1000000, currency: 'CNY' }
 */
export function draftTotal(draft: Draft): Money {
  const amounts = parsedLines(draft).flatMap((line) => (line.money ? [line.money] : []));
  const total = moneyTotal(amounts, draft.currency);
  return { amount: Number(total.ok ? total.minorUnits : 0n), currency: draft.currency };
}

/**
 * Reads a draft as an application: the object as typed, the amounts that do not read as money
 * (localized with `t`), and what core's submission rules read.
 *
 * @example
 * const { data, inputProblems } = applicationCandidate(draft, t);
 */
export function applicationCandidate(draft: Draft, t: T): ApplicationCandidate {
  const d = draft;
  const inputProblems: ApplicationProblem[] = [];
  const lines = parsedLines(d).map(({ line, parsed, money }, index) => {
    if (!parsed.ok) {
      inputProblems.push({
        path: ['budget', 'lines', index, 'amount'],
        message: t(`money.${parsed.reason}`, { digits: minorDigits(d.currency) }),
      });
    }
    return {
      id: line.id,
      item: line.item,
      amount: money ?? line.amount,
      ...(line.note !== undefined ? { note: line.note } : {}),
    };
  });
  const total = draftTotal(d);
  const budget = {
    total,
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
  return { data, inputProblems, rulesView, total };
}

/**
 * Everything missing or wrong before submission, in order: amounts that do not read, then
 * `ApplicationSchema` issues (not repeating a field already named), then core's project rules
 * for a draft to be submitted (`missingForSubmission`, what `missingForNext` finds for a draft).
 *
 * @example
 * applicationProblems(applicationCandidate(draft, t), 'en'); // [{ path: ['title'], message: … }]
 */
export function applicationProblems(
  candidate: ApplicationCandidate,
  locale: Locale,
): ApplicationProblem[] {
  const { data, inputProblems, rulesView } = candidate;
  const taken = new Set(inputProblems.map((p) => p.path.join('/')));
  const schema = parseDocument(ApplicationSchema, data, { locale });
  const schemaProblems: ApplicationProblem[] = schema.ok
    ? []
    : schema.issues
        .filter((issue) => !taken.has(issue.path.slice(0, 4).join('/')))
        .map((issue) => ({ path: issue.path, message: issue.message }));
  const missing = missingForSubmission(rulesView);
  // A field the schema or the input already flags (a blank purpose, an end before its start)
  // is listed once, with that message; the rules add what the schema cannot see.
  const flagged = new Set(
    [...inputProblems, ...schemaProblems].map((problem) => problem.path.join('/')),
  );
  const ruleProblems = missing
    .map((violation) => ({
      path: violation.path[0] === 'application' ? violation.path.slice(1) : violation.path,
      message: violation.message[locale],
      rule: violation.rule,
    }))
    .filter((problem) => !flagged.has(problem.path.join('/')));
  return [...inputProblems, ...schemaProblems, ...ruleProblems];
}
