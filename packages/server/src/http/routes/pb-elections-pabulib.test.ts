import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  exactNumberToJSON,
  parsePabulib,
  pbBallotRulesFromPabulib,
  type PabulibInstance,
} from '@qingyuan/core';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { TestBox } from '../../../test/support/ballot-box.js';
import { createPbElection } from '../../../test/support/pb-election-fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** pabutools 1.2.3's outcomes and analytics for core's open Pabulib fixtures. */
const fixtures = new URL('../../../../core/test/fixtures/pabulib/', import.meta.url);
const FILE = 'poland_zabrze_2021_konczyce.pb';
const expected = JSON.parse(readFileSync(new URL('expected.json', fixtures), 'utf8')) as Json;
const analytics = JSON.parse(
  readFileSync(new URL('expected-analytics.json', fixtures), 'utf8'),
) as Json;

function load(): PabulibInstance {
  const parsed = parsePabulib(readFileSync(new URL(FILE, fixtures), 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.value;
}

/** The ballot sheet of a Pabulib election: its META limits, budget and projects. */
function sheetOf(instance: PabulibInstance): Json {
  const rules = pbBallotRulesFromPabulib(instance)!;
  return {
    rules: { ...rules },
    budget: exactNumberToJSON(instance.budget),
    projects: instance.projects.map((p) => ({ id: p.id, cost: exactNumberToJSON(p.cost) })),
  };
}

describeEachBackend('a real Pabulib election cast through the ballot box', (backend) => {
  let store: TestDatabase;
  let box: TestBox;

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store, { pdfFont: false });
  });
  afterEach(async () => {
    await store.dispose();
  });

  const rules: [string, Json][] = [
    ['greedy_cost', { name: 'greedy' }],
    ['mes_cost', { name: 'equal-shares' }],
    ['mes_cost_greedy', { name: 'equal-shares', completion: 'greedy' }],
    ['seqphragmen', { name: 'sequential-phragmen' }],
  ];

  it(`gives pabutools' outcome and analytics of ${FILE} for every rule, each ballot cast by HTTP`, async () => {
    const instance = load();
    const operator = await box.asOperator();
    for (const [name, rule] of rules) {
      const id = `konczyce-${name.replaceAll('_', '-')}`;
      const { path, codes } = await createPbElection(box, id, {
        sheet: sheetOf(instance),
        rule,
        codes: instance.votes.length,
        open: true,
      });
      for (const [i, vote] of instance.votes.entries()) {
        const res = await box.request('POST', `${path}/ballots`, {
          code: codes[i]!.code,
          projects: vote.projects,
        });
        expect(res.status, `ballot of voter ${vote.voterId}`).toBe(201);
      }
      await box.request('POST', `${path}/close`, undefined, operator);
      const results = (await (await box.request('GET', `${path}/results`)).json()) as Json;
      const outcome = expected.instances[FILE].outcomes[name] as Json;
      // Greedy and Equal Shares answer in selection order; Phragmén's expected order is sorted.
      expect(
        name === 'seqphragmen' ? [...(results.selected as string[])].sort() : results.selected,
        name,
      ).toEqual(outcome.order);
      expect(results.cost, name).toBe(outcome.total_cost);
      expect(results.ballots).toEqual({ total: 289, online: 289, paper: 0 });
      const figures = analytics.instances[FILE].rules[name] as Json | undefined;
      if (figures !== undefined) {
        expect(results.lists[0].analytics, name).toEqual({
          selected: results.selected,
          voters: 289,
          nonEmptyHanded: figures.non_empty_handed,
          avgSatCost: figures.avg_sat_cost,
          avgSatCard: figures.avg_sat_card,
          giniCost: figures.gini_cost,
          giniCard: figures.gini_card,
        });
      }
    }
  }, 120_000);
});
