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

  it(`gives the same outcome when a part of ${FILE}'s ballots come on paper, each entered by two officers`, async () => {
    const instance = load();
    const operator = await box.asOperator();
    const [wang, zhao] = await box.bearers('officer', ['Officer Wang', 'Officer Zhao']);
    const onPaper = 60;
    const online = instance.votes.slice(0, -onPaper);
    const paper = instance.votes.slice(-onPaper);
    const { path, codes } = await createPbElection(box, 'konczyce-paper', {
      sheet: sheetOf(instance),
      rule: { name: 'greedy' },
      codes: online.length,
      open: true,
    });
    for (const [i, vote] of online.entries()) {
      await box.request('POST', `${path}/ballots`, {
        code: codes[i]!.code,
        projects: vote.projects,
      });
    }
    await box.request('POST', `${path}/close`, undefined, operator);
    const wrong = instance.projects.find((p) => p.id !== paper[0]!.projects[0])!.id;
    for (const [i, vote] of paper.entries()) {
      const number = `P-${String(i + 1).padStart(3, '0')}`;
      await box.request('POST', `${path}/paper-ballots`, { number, projects: vote.projects }, wang);
      // Officer Zhao mistypes the first paper ballot.
      const typed = i === 0 ? [wrong] : vote.projects;
      await box.request('POST', `${path}/paper-ballots`, { number, projects: typed }, zhao);
    }
    const before = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    expect(before.ballots).toEqual({ total: 288, online: 229, paper: 59 });
    expect(before.paper).toEqual({ entered: 60, matched: 59, mismatched: 1, waiting: 0 });
    const reconciliation = (await (
      await box.request('GET', `${path}/reconciliation`, undefined, zhao)
    ).json()) as Json;
    const [mismatch] = (reconciliation.papers as Json[]).filter((p) => p.status === 'mismatched');
    expect(mismatch).toMatchObject({
      number: 'P-001',
      mismatches: [
        { field: 'projects', entries: [{ value: paper[0]!.projects }, { value: [wrong] }] },
      ],
    });
    // Zhao corrects the entry: every ballot counts, and the outcome is pabutools'.
    await box.request(
      'POST',
      `${path}/paper-ballots`,
      { number: 'P-001', projects: paper[0]!.projects },
      zhao,
    );
    const results = (await (await box.request('GET', `${path}/results`)).json()) as Json;
    expect(results.ballots).toEqual({ total: 289, online: 229, paper: 60 });
    expect(results.selected).toEqual(expected.instances[FILE].outcomes.greedy_cost.order);
    const exported = parsePabulib(
      await (await box.request('GET', `${path}/export/pabulib`)).text(),
    );
    expect(
      exported.ok && exported.value.votes.filter((v) => v.extra.voting_method === 'paper').length,
    ).toBe(60);
  }, 120_000);
});
