// Greedy, Method of Equal Shares and sequential Phragmén on the largest Pabulib fixtures
// (issue 4, Performance). Prints the parse time, the time to prepare the election from the
// parsed file, each rule's time (fastest and median of repeated runs), a floor measured in
// this run (counting every approval of the parsed ballots in a plain loop: work any rule has
// to do), and the ratio to pabutools' time.
//
// The pabutools times are NOT measured here: Python packages cannot be installed on this
// machine. They are the `wall_seconds` recorded in test/fixtures/pabulib/expected.json
// (pabutools 1.2.3, exact gmpy2 rationals, rule call only, parse excluded, one run, on a
// comparable 2-core x86_64 VM with two instances computed in parallel).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  approvalElectionFromPabulib,
  equalShares,
  greedy,
  parsePabulib,
  sequentialPhragmen,
} from '../dist/index.js';

const fixtures = new URL('../test/fixtures/pabulib/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', fixtures), 'utf8')).instances;
const FILES = [
  'poland_gdansk_2020_.pb',
  'poland_poznan_2023_13-jezyce-sw-lazarz.pb',
  'poland_warszawa_2022_wesola.pb',
];
const RUNS = Number(process.env.BUDGET_RUNS ?? 30);

const RULES = {
  greedy_cost: ['greedy', (e) => greedy(e)],
  mes_cost: ['equal-shares (cost)', (e) => equalShares(e)],
  mes_cost_greedy: [
    'equal-shares (cost) + greedy',
    (e) => equalShares(e, { completion: 'greedy' }),
  ],
  mes_card: ['equal-shares (cardinality)', (e) => equalShares(e, { utility: 'cardinality' })],
  seqphragmen: ['sequential Phragmén', (e) => sequentialPhragmen(e)],
};

function measure(fn) {
  for (let i = 0; i < 3; i++) fn();
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

const ms = (x) => `${x.toFixed(3)} ms`;
console.log(`runs per measurement: ${RUNS}; times: fastest / median`);
console.log(
  'pabutools: recorded wall_seconds from expected.json (comparable 2-core VM), not measured in this run',
);

for (const file of FILES) {
  const text = readFileSync(new URL(file, fixtures), 'utf8');
  const parse = measure(() => parsePabulib(text));
  if (!parse.result.ok) throw new Error(parse.result.violations[0].message.en);
  const instance = parse.result.value;
  const floor = measure(() => {
    const index = new Map(instance.projects.map((p, i) => [p.id, i]));
    const counts = new Int32Array(instance.projects.length);
    for (const vote of instance.votes) for (const id of vote.projects) counts[index.get(id)]++;
    return counts;
  });
  console.log(
    `\n${file}: ${instance.votes.length} voters, ${instance.projects.length} projects, ${text.length} chars`,
  );
  console.log(`  parse .pb                       ${ms(parse.min)} / ${ms(parse.median)}`);
  console.log(`  floor (count approvals)         ${ms(floor.min)} / ${ms(floor.median)}`);
  const prepare = measure(() => approvalElectionFromPabulib(instance).value);
  const election = prepare.result;
  console.log(`  prepare election (once)         ${ms(prepare.min)} / ${ms(prepare.median)}`);
  for (const [key, [name, rule]] of Object.entries(RULES)) {
    // Rule call only, like pabutools' wall_seconds (its profile is built by its parser).
    const timing = measure(() => rule(election));
    const reference = expected[file].outcomes[key];
    const same =
      JSON.stringify([...timing.result.selected].sort()) === JSON.stringify(reference.selected) &&
      timing.result.cost.toString() === String(reference.total_cost);
    const pabutoolsMs = reference.wall_seconds * 1000;
    console.log(
      `  ${name.padEnd(30)}  ${ms(timing.min)} / ${ms(timing.median)}` +
        `  floor ×${(timing.median / floor.median).toFixed(1)}` +
        `  pabutools ${ms(pabutoolsMs)} → ${(pabutoolsMs / timing.min).toFixed(0)}× / ${(pabutoolsMs / timing.median).toFixed(0)}× faster` +
        `  (preparation included: ${(pabutoolsMs / (timing.min + prepare.min)).toFixed(0)}× / ${(pabutoolsMs / (timing.median + prepare.median)).toFixed(0)}×)` +
        `${same ? '' : '  OUTCOME DIFFERS FROM PABUTOOLS'}`,
    );
  }
}
