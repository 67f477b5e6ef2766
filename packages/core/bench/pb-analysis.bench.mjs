// Analytics, the exact EJR / PJR checks and the Equal Shares explanation on the largest Pabulib
// fixtures and on a generated 150,000-voter election. Each time is printed with its ratio to a
// floor measured in this run: the Equal Shares outcome itself (the explanation redoes its
// rounds with payments; analytics and checks read the outcome).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  approvalElectionFromPabulib,
  checkJustifiedRepresentation,
  equalShares,
  explainEqualShares,
  greedy,
  outcomeAnalytics,
  parsePabulib,
} from '../dist/index.js';
import { approvalElectionFile } from './approval-election-file.mjs';

const fixtures = new URL('../test/fixtures/pabulib/', import.meta.url);
const RUNS = Number(process.env.PB_ANALYSIS_RUNS ?? 10);

function measure(fn) {
  fn();
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { min: times[0], median: times[Math.floor(times.length / 2)], result };
}

const ms = (x) => `${x.toFixed(2)} ms`;
const sources = [
  ...['poland_gdansk_2020_.pb', 'poland_warszawa_2022_wesola.pb'].map((file) => [
    file,
    readFileSync(new URL(file, fixtures), 'utf8'),
  ]),
  ['generated 150,000 voters, 60 projects', approvalElectionFile()],
];
console.log(`runs per measurement: ${RUNS}; times: fastest / median; ×: median / floor median`);
for (const [name, text] of sources) {
  const parsed = parsePabulib(text);
  if (!parsed.ok) throw new Error(parsed.violations[0].message.en);
  const election = approvalElectionFromPabulib(parsed.value).value;
  const floor = measure(() => equalShares(election));
  const selected = floor.result.selected;
  const greedySelected = greedy(election).selected;
  console.log(
    `\n${name}: ${election.voterCount} voters, ${election.ballots.length} distinct ballots`,
  );
  console.log(`  floor: equalShares              ${ms(floor.min)} / ${ms(floor.median)}`);
  const rows = [
    ['outcomeAnalytics (MES)', () => outcomeAnalytics(election, selected)],
    ['explainEqualShares', () => explainEqualShares(election)],
    ['EJR check (MES)', () => checkJustifiedRepresentation(election, selected).status],
    [
      'PJR check (MES)',
      () => checkJustifiedRepresentation(election, selected, { property: 'pjr' }).status,
    ],
    [
      'PJR check (greedy)',
      () => checkJustifiedRepresentation(election, greedySelected, { property: 'pjr' }).status,
    ],
  ];
  for (const [label, fn] of rows) {
    const t = measure(fn);
    const extra = typeof t.result === 'string' ? `  → ${t.result}` : '';
    console.log(
      `  ${label.padEnd(30)}  ${ms(t.min)} / ${ms(t.median)}  ×${(t.median / floor.median).toFixed(1)}${extra}`,
    );
  }
}
