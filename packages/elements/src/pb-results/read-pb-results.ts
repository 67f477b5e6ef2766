import {
  Rational,
  type BudgetOutcome,
  type EqualSharesExplanation,
  type LocalizedMessage,
  type OutcomeAnalytics,
} from '@qingyuan/core';
import type { ShownIssue, DocumentResult } from '../data/document-result.js';
import type { Locale } from '@qingyuan/core';
import {
  PB_RESULT_RULES,
  type PbRepresentationCheck,
  type PbResults,
  type PbResultsProject,
} from './pb-results-data.js';
import { PB_RESULTS_FORMAT } from './pb-results-json.js';

type Path = readonly (string | number)[];

const UTILITIES = ['cost', 'cardinality'] as const;
const COMPLETIONS = ['none', 'greedy', 'add1'] as const;
const REASONS = ['no-supporters', 'no-utility', 'supporters-cannot-pay'] as const;
const PROPERTIES = ['ejr', 'ejr-up-to-one', 'pjr'] as const;
const STATUSES = ['satisfied', 'violated', 'too-large'] as const;

/** `projects[2].cost` from `['projects', 2, 'cost']`. */
function where(path: Path): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** Reads JSON values, recording a localized issue with its place for each wrong one. */
class Reader {
  readonly issues: ShownIssue[] = [];
  constructor(private readonly locale: Locale) {}

  fail(path: Path, en: string, zh: string): null {
    this.issues.push({ where: where(path), message: this.locale === 'zh-CN' ? zh : en });
    return null;
  }

  object(value: unknown, path: Path): Record<string, unknown> | null {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : this.fail(path, 'expected an object', '应为对象');
  }

  list(value: unknown, path: Path): unknown[] | null {
    return Array.isArray(value) ? value : this.fail(path, 'expected a list', '应为列表');
  }

  text(value: unknown, path: Path): string | null {
    return typeof value === 'string' ? value : this.fail(path, 'expected text', '应为文本');
  }

  count(value: unknown, path: Path, min = 0): number | null {
    return Number.isSafeInteger(value) && (value as number) >= min
      ? (value as number)
      : this.fail(path, `expected a whole number of at least ${min}`, `应为不小于 ${min} 的整数`);
  }

  flag(value: unknown, path: Path): boolean | null {
    return typeof value === 'boolean'
      ? value
      : this.fail(path, 'expected true or false', '应为 true 或 false');
  }

  exact(value: unknown, path: Path): Rational | null {
    if (
      (typeof value === 'number' && Number.isSafeInteger(value)) ||
      (typeof value === 'string' && /^-?\d+(\/[1-9]\d*)?$/.test(value))
    ) {
      return Rational.parse(value);
    }
    return this.fail(
      path,
      'expected an exact number: an integer or a fraction written "p/q"',
      '应为精确数：整数或写作 "p/q" 的分数',
    );
  }

  oneOf<T extends string>(value: unknown, path: Path, allowed: readonly T[]): T | null {
    return (allowed as readonly unknown[]).includes(value)
      ? (value as T)
      : this.fail(
          path,
          `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
          `应为 ${allowed.join('、')} 之一，实际为 ${JSON.stringify(value)}`,
        );
  }

  message(value: unknown, path: Path): LocalizedMessage | null {
    const o = this.object(value, path);
    if (!o) return null;
    const en = this.text(o.en, [...path, 'en']);
    const zh = this.text(o['zh-CN'], [...path, 'zh-CN']);
    return en === null || zh === null ? null : { en, 'zh-CN': zh };
  }

  /** Each element read by `read`; the failures are dropped (their issues recorded). */
  each<T>(value: unknown, path: Path, read: (item: unknown, path: Path) => T | null): T[] {
    const items = this.list(value, path) ?? [];
    const out: T[] = [];
    items.forEach((item, i) => {
      const read1 = read(item, [...path, i]);
      if (read1 !== null) out.push(read1);
    });
    return out;
  }

  /** A project id that must be one of `known`. */
  project(value: unknown, path: Path, known: ReadonlySet<string>): string | null {
    const id = this.text(value, path);
    if (id === null) return null;
    return known.has(id)
      ? id
      : this.fail(
          path,
          `project "${id}" is not in the document's projects`,
          `项目"${id}"不在文档的项目列表中`,
        );
  }
}

/**
 * Reads a results document (the JSON `<qy-pb-results src>` fetches and its download writes,
 * see {@link pbResultsToJSON}): checks every field, that numbers are exact, and that every
 * project the outcome and the explanation name is one of the document's projects. Every
 * problem becomes a localized issue naming its place (`explanation.rounds[0].price`).
 *
 * @example
 * readPbResults(await (await fetch('/pb/7/results')).json(), 'zh-CN');
 */
export function readPbResults(data: unknown, locale: Locale): DocumentResult<PbResults> {
  const r = new Reader(locale);
  const doc = r.object(data, []);
  if (!doc) return { ok: false, issues: r.issues };
  if (doc.format !== PB_RESULTS_FORMAT) {
    r.fail(
      ['format'],
      `expected "${PB_RESULTS_FORMAT}": this is not a participatory-budgeting results document`,
      `应为 "${PB_RESULTS_FORMAT}"：这不是参与式预算结果文档`,
    );
    return { ok: false, issues: r.issues };
  }
  if (doc.version !== 1) {
    r.fail(['version'], 'only version 1 is understood', '只支持第 1 版');
  }
  const title = doc.title === undefined ? '' : (r.text(doc.title, ['title']) ?? '');
  const budget = r.exact(doc.budget, ['budget']);
  const voters = r.count(doc.voters, ['voters']);
  const projects = r.each(doc.projects, ['projects'], (item, path): PbResultsProject | null => {
    const o = r.object(item, path);
    if (!o) return null;
    const id = r.text(o.id, [...path, 'id']);
    const name = o.name === undefined ? undefined : r.text(o.name, [...path, 'name']);
    const cost = r.exact(o.cost, [...path, 'cost']);
    const votes = r.count(o.votes, [...path, 'votes']);
    if (id === null || cost === null || votes === null || name === null) return null;
    return { id, ...(name === undefined ? {} : { name }), cost, votes };
  });
  const known = new Set<string>();
  projects.forEach((p, i) => {
    if (known.has(p.id)) {
      r.fail(['projects', i, 'id'], `project "${p.id}" is listed twice`, `项目"${p.id}"出现两次`);
    }
    known.add(p.id);
  });

  const ruleObject = r.object(doc.rule, ['rule']);
  const rule = ruleObject
    ? {
        rule: r.oneOf(ruleObject.rule, ['rule', 'rule'], PB_RESULT_RULES),
        utility: r.oneOf(ruleObject.utility, ['rule', 'utility'], UTILITIES),
        completion: r.oneOf(ruleObject.completion, ['rule', 'completion'], COMPLETIONS),
      }
    : null;

  const outcome = readOutcome(r, doc.outcome, known);
  const analytics = doc.analytics === undefined ? null : readAnalytics(r, doc.analytics, known);
  const representation =
    doc.representation === undefined
      ? []
      : r.each(
          doc.representation,
          ['representation'],
          (item, path): PbRepresentationCheck | null => {
            const o = r.object(item, path);
            if (!o) return null;
            const property = r.oneOf(o.property, [...path, 'property'], PROPERTIES);
            const utility = r.oneOf(o.utility, [...path, 'utility'], UTILITIES);
            const status = r.oneOf(o.status, [...path, 'status'], STATUSES);
            const message =
              o.message === undefined ? undefined : r.message(o.message, [...path, 'message']);
            if (property === null || utility === null || status === null || message === null)
              return null;
            return { property, utility, status, ...(message ? { message } : {}) };
          },
        );
  const explanation =
    doc.explanation === undefined ? null : readExplanation(r, doc.explanation, known);
  if (rule?.rule === 'equal-shares' && doc.explanation === undefined) {
    r.fail(
      ['explanation'],
      'an Equal Shares outcome needs its explanation',
      '平等份额法的结果需要附带解释',
    );
  }

  if (
    r.issues.length > 0 ||
    budget === null ||
    voters === null ||
    !rule ||
    rule.rule === null ||
    rule.utility === null ||
    rule.completion === null ||
    outcome === null
  ) {
    return { ok: false, issues: r.issues };
  }
  return {
    ok: true,
    value: {
      title,
      budget,
      voters,
      projects,
      rule: { rule: rule.rule, utility: rule.utility, completion: rule.completion },
      outcome,
      analytics,
      representation,
      explanation,
      ballots: null,
    },
  };
}

function readOutcome(r: Reader, value: unknown, known: ReadonlySet<string>): BudgetOutcome | null {
  const path = ['outcome'];
  const o = r.object(value, path);
  if (!o) return null;
  const selected = r.each(o.selected, [...path, 'selected'], (id, p) => r.project(id, p, known));
  const cost = r.exact(o.cost, [...path, 'cost']);
  const budget = r.exact(o.budget, [...path, 'budget']);
  const perVoterBudget =
    o.perVoterBudget === undefined
      ? undefined
      : r.exact(o.perVoterBudget, [...path, 'perVoterBudget']);
  if (cost === null || budget === null || perVoterBudget === null) return null;
  return { selected, cost, budget, ...(perVoterBudget ? { perVoterBudget } : {}) };
}

function readAnalytics(
  r: Reader,
  value: unknown,
  known: ReadonlySet<string>,
): OutcomeAnalytics | null {
  const path = ['analytics'];
  const o = r.object(value, path);
  if (!o) return null;
  const selected = r.each(o.selected, [...path, 'selected'], (id, p) => r.project(id, p, known));
  const voters = r.count(o.voters, [...path, 'voters']);
  const [nonEmptyHanded, avgSatCost, avgSatCard, giniCost, giniCard] = (
    ['nonEmptyHanded', 'avgSatCost', 'avgSatCard', 'giniCost', 'giniCard'] as const
  ).map((key) => r.exact(o[key], [...path, key]));
  if (voters === null || !nonEmptyHanded || !avgSatCost || !avgSatCard || !giniCost || !giniCard) {
    return null;
  }
  return { selected, voters, nonEmptyHanded, avgSatCost, avgSatCard, giniCost, giniCard };
}

function readExplanation(
  r: Reader,
  value: unknown,
  known: ReadonlySet<string>,
): EqualSharesExplanation | null {
  const path = ['explanation'];
  const o = r.object(value, path);
  if (!o) return null;
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const utility = r.oneOf(o.utility, at('utility'), UTILITIES);
  const completion = r.oneOf(o.completion, at('completion'), COMPLETIONS);
  const budget = r.exact(o.budget, at('budget'));
  const voters = r.count(o.voters, at('voters'));
  const perVoterBudget = r.exact(o.perVoterBudget, at('perVoterBudget'));
  const unusedBudget = r.exact(o.unusedBudget, at('unusedBudget'));
  const rounds = r.each(o.rounds, at('rounds'), (item, p) => {
    const q = r.object(item, p);
    if (!q) return null;
    const round = r.count(q.round, [...p, 'round'], 1);
    const project = r.project(q.project, [...p, 'project'], known);
    const payments = r.each(q.payments, [...p, 'payments'], (pay, pp) => {
      const w = r.object(pay, pp);
      if (!w) return null;
      const amount = r.exact(w.amount, [...pp, 'amount']);
      const payers = r.count(w.voters, [...pp, 'voters']);
      return amount === null || payers === null ? null : { amount, voters: payers };
    });
    const cost = r.exact(q.cost, [...p, 'cost']);
    const price = r.exact(q.price, [...p, 'price']);
    const fullShare = r.exact(q.fullShare, [...p, 'fullShare']);
    const supporters = r.count(q.supporters, [...p, 'supporters']);
    const effectiveVotes = r.exact(q.effectiveVotes, [...p, 'effectiveVotes']);
    const spent = r.exact(q.spent, [...p, 'spent']);
    if (
      round === null ||
      project === null ||
      cost === null ||
      price === null ||
      fullShare === null ||
      supporters === null ||
      effectiveVotes === null ||
      spent === null
    ) {
      return null;
    }
    return { round, project, cost, price, fullShare, supporters, payments, effectiveVotes, spent };
  });
  const completionProjects = r.each(o.completionProjects, at('completionProjects'), (id, p) =>
    r.project(id, p, known),
  );
  const unfunded = r.each(o.unfunded, at('unfunded'), (item, p) => {
    const q = r.object(item, p);
    if (!q) return null;
    const project = r.project(q.project, [...p, 'project'], known);
    const cost = r.exact(q.cost, [...p, 'cost']);
    const reason = r.oneOf(q.reason, [...p, 'reason'], REASONS);
    const supporters = r.count(q.supporters, [...p, 'supporters']);
    const supportersStartMoney = r.exact(q.supportersStartMoney, [...p, 'supportersStartMoney']);
    const supportersMoney = r.exact(q.supportersMoney, [...p, 'supportersMoney']);
    const shortfall = r.exact(q.shortfall, [...p, 'shortfall']);
    const moreSupportersNeeded =
      q.moreSupportersNeeded === null
        ? null
        : r.count(q.moreSupportersNeeded, [...p, 'moreSupportersNeeded']);
    const fitsUnusedBudget = r.flag(q.fitsUnusedBudget, [...p, 'fitsUnusedBudget']);
    const boughtByCompletion = r.flag(q.boughtByCompletion, [...p, 'boughtByCompletion']);
    let lostTo: EqualSharesExplanation['unfunded'][number]['lostTo'] = null;
    if (q.lostTo !== null) {
      const l = r.object(q.lostTo, [...p, 'lostTo']);
      const round = l ? r.count(l.round, [...p, 'lostTo', 'round'], 1) : null;
      const winner = l ? r.project(l.project, [...p, 'lostTo', 'project'], known) : null;
      const winnerPrice = l ? r.exact(l.winnerPrice, [...p, 'lostTo', 'winnerPrice']) : null;
      const ownPrice = l ? r.exact(l.ownPrice, [...p, 'lostTo', 'ownPrice']) : null;
      if (round === null || winner === null || winnerPrice === null || ownPrice === null)
        return null;
      lostTo = { round, project: winner, winnerPrice, ownPrice };
    }
    if (
      project === null ||
      cost === null ||
      reason === null ||
      supporters === null ||
      supportersStartMoney === null ||
      supportersMoney === null ||
      shortfall === null ||
      (q.moreSupportersNeeded !== null && moreSupportersNeeded === null) ||
      fitsUnusedBudget === null ||
      boughtByCompletion === null
    ) {
      return null;
    }
    return {
      project,
      cost,
      reason,
      supporters,
      supportersStartMoney,
      supportersMoney,
      shortfall,
      moreSupportersNeeded,
      lostTo,
      fitsUnusedBudget,
      boughtByCompletion,
    };
  });
  const voterShares = r.each(o.voterShares, at('voterShares'), (item, p) => {
    const q = r.object(item, p);
    if (!q) return null;
    const approved = r.each(q.approved, [...p, 'approved'], (id, pp) => r.project(id, pp, known));
    const count = r.count(q.voters, [...p, 'voters']);
    const paid = r.each(q.paid, [...p, 'paid'], (pay, pp) => {
      const w = r.object(pay, pp);
      if (!w) return null;
      const project = r.project(w.project, [...pp, 'project'], known);
      const round = r.count(w.round, [...pp, 'round'], 1);
      const amount = r.exact(w.amount, [...pp, 'amount']);
      return project === null || round === null || amount === null
        ? null
        : { project, round, amount };
    });
    const spent = r.exact(q.spent, [...p, 'spent']);
    const left = r.exact(q.left, [...p, 'left']);
    if (count === null || spent === null || left === null) return null;
    return { approved, voters: count, paid, spent, left };
  });
  if (
    utility === null ||
    completion === null ||
    budget === null ||
    voters === null ||
    perVoterBudget === null ||
    unusedBudget === null
  ) {
    return null;
  }
  return {
    utility,
    completion,
    budget,
    voters,
    perVoterBudget,
    rounds,
    completionProjects,
    unfunded,
    unusedBudget,
    voterShares,
  };
}
