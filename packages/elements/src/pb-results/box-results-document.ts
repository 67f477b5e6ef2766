import type { Locale } from '@qingyuan/core';
import { PB_RESULTS_FORMAT } from './pb-results-json.js';

/** A localized text of a ballot sheet: one string, or one per locale. */
type SheetText = string | Partial<Record<Locale, string>>;

/** What the ballot box answers, as read here (unknown fields are ignored). */
interface BoxAnswers {
  /** `GET …/pb-elections/{id}/results`. */
  results: unknown;
  /** `GET …/explanation` (Equal Shares only; absent for another rule). */
  explanation?: unknown;
  /** `GET …/sheet`: the ballot sheet with its texts (titles, names). */
  sheet: unknown;
}

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function textIn(value: unknown, locale: Locale): string | undefined {
  if (typeof value === 'string') return value;
  const texts = obj(value) as Partial<Record<Locale, string>> & SheetText;
  const text = texts[locale] ?? texts.en ?? texts['zh-CN'];
  return typeof text === 'string' ? text : undefined;
}

/** The box's rule (`{ name, utility?, completion? }`) as a results document's rule. */
function ruleOf(rule: Obj): Obj {
  const name = rule.name === 'sequential-phragmen' ? 'phragmen' : rule.name;
  return {
    rule: name,
    utility: rule.utility ?? 'cost',
    completion: rule.completion ?? 'none',
  };
}

/**
 * One list of a ballot box's PB election as a results document (the one `readPbResults`
 * checks): the list's budget, voters, outcome and analytics from the box's results, its
 * projects (names in `locale`, costs) from the ballot sheet with the approvals the rule read,
 * and, for Equal Shares, the list's explanation. `district` picks the list: `null` (or absent)
 * the city-wide list, or the first list when the election has none. Also answers how many
 * ballots were counted (from paper), whether points and ranks were read as approvals, and
 * whether the count is provisional or certified (final, with when). The list's EJR/PJR checks
 * are the box's (`representation`).
 * The document is checked by `readPbResults` afterwards: a box answer of another shape becomes
 * localized issues there, not an exception here.
 *
 * @example
 * const { document } = boxResultsDocument({ results, explanation, sheet }, null, 'en');
 * readPbResults(document, 'en');
 */
export function boxResultsDocument(
  answers: BoxAnswers,
  district: string | null,
  locale: Locale,
): {
  document: unknown;
  ballots: { total: number; online: number; paper: number } | null;
  approvalReading: boolean;
  certifiedAt: string | null | undefined;
} {
  const results = obj(answers.results);
  const sheet = obj(answers.sheet);
  const lists = list(results.lists).map(obj);
  const chosen =
    lists.find((l) => (l.district ?? null) === district) ??
    (district === null ? lists[0] : undefined) ??
    {};
  const listDistrict = (chosen.district as string | null | undefined) ?? null;
  const approvals = obj(chosen.approvals);
  const projects = list(sheet.projects)
    .map(obj)
    .filter((p) => (p.district ?? null) === listDistrict)
    .map((p) => {
      const name = textIn(p.title, locale);
      return {
        id: p.id,
        ...(name === undefined ? {} : { name }),
        cost: p.cost,
        votes: typeof approvals[p.id as string] === 'number' ? approvals[p.id as string] : 0,
      };
    });
  const explained = list(obj(answers.explanation).lists)
    .map(obj)
    .find((l) => (l.district ?? null) === listDistrict);
  const ballots = obj(results.ballots);
  const title = textIn(sheet.title, locale) ?? '';
  const districtName =
    listDistrict === null ? undefined : textIn(obj(sheet.districts)[listDistrict], locale);
  return {
    document: {
      format: PB_RESULTS_FORMAT,
      version: 1,
      title: districtName ? `${title} · ${districtName}` : title,
      budget: chosen.budget,
      voters: chosen.voters,
      projects,
      rule: ruleOf(obj(results.rule)),
      outcome: {
        selected: chosen.selected,
        cost: chosen.cost,
        budget: chosen.budget,
        ...(chosen.perVoterBudget === undefined ? {} : { perVoterBudget: chosen.perVoterBudget }),
      },
      ...(chosen.analytics === undefined ? {} : { analytics: chosen.analytics }),
      representation: chosen.representation ?? [],
      ...(explained ? { explanation: explained.explanation } : {}),
    },
    ballots:
      typeof ballots.total === 'number'
        ? {
            total: ballots.total,
            online: Number(ballots.online ?? 0),
            paper: Number(ballots.paper ?? 0),
          }
        : null,
    approvalReading: results.approvalReading === true,
    // A box without certification says nothing (undefined); null: provisional.
    certifiedAt:
      typeof results.certifiedAt === 'string' || results.certifiedAt === null
        ? results.certifiedAt
        : undefined,
  };
}
