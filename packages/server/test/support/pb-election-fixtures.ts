import type { TestBox } from './ballot-box.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A small knapsack PB ballot sheet: a city-wide list (budget 100) and district north's list
 * (budget 50), texts in both languages.
 *
 * @example
 * await box.request('POST', url, { id: 'pb-1', sheet: knapsackSheet(), rule: { name: 'greedy' } }, operator);
 */
export function knapsackSheet(): Json {
  return {
    title: { 'zh-CN': '社区微更新', en: 'Neighbourhood budget' },
    currency: 'CNY',
    rules: { format: 'knapsack', minLength: 1 },
    budget: 100,
    districtBudgets: { north: 50 },
    projects: [
      { id: 'a', cost: 60, title: { 'zh-CN': '口袋公园', en: 'Pocket park' } },
      { id: 'b', cost: 40 },
      { id: 'c', cost: 30 },
      { id: 'n1', cost: 50, district: 'north' },
      { id: 'n2', cost: 20, district: 'north' },
    ],
  };
}

/** Where a created PB election is: its path, and the codes issued for it. */
export interface PbElectionHandle {
  path: string;
  codes: { voter: string; code: string }[];
}

/**
 * Creates a PB election as the test organisation's operator, issues `codes` voting codes and,
 * with `open`, opens voting.
 *
 * @example
 * const { path, codes } = await createPbElection(box, 'pb-1', { rule: { name: 'greedy' } });
 */
export async function createPbElection(
  box: TestBox,
  id: string,
  options: { sheet?: Json; rule?: Json; codes?: number; open?: boolean } = {},
): Promise<PbElectionHandle> {
  const { organization } = await box.testOrganization();
  const operator = await box.asOperator();
  const created = await box.request(
    'POST',
    `/organizations/${organization}/pb-elections`,
    { id, sheet: options.sheet ?? knapsackSheet(), rule: options.rule ?? { name: 'equal-shares' } },
    operator,
  );
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const path = `/organizations/${organization}/pb-elections/${id}`;
  let codes: PbElectionHandle['codes'] = [];
  if ((options.codes ?? 0) > 0) {
    const issued = await box.request('POST', `${path}/codes`, { count: options.codes }, operator);
    codes = ((await issued.json()) as { codes: PbElectionHandle['codes'] }).codes;
  }
  if (options.open === true) {
    const opened = await box.request('POST', `${path}/open`, undefined, operator);
    if (opened.status !== 200) throw new Error(`open: ${opened.status} ${await opened.text()}`);
  }
  return { path, codes };
}
