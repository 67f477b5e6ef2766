// Tally of 1,000,000 approval ballots × 30 projects × 3 criteria (issue 4). Prints the time of
// the columnar path and of the object path, the floor (a plain loop summing the same marks
// from a typed array) and the ratio to the floor, and peak memory. Run: npm run bench.
import { tally, tallyColumns } from '../dist/index.js';

const BALLOTS = Number(process.env.TALLY_BALLOTS ?? 1_000_000);
const OBJECT_BALLOTS = Math.min(BALLOTS, Number(process.env.TALLY_OBJECT_BALLOTS ?? 50_000));
const P = 30;
const C = 3;
const PC = P * C;
const COMMUNITIES = 30;

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function meetingFor(voterCount) {
  return {
    id: 'bench',
    criteria: [
      { id: 'public-benefit', name: '公益性', weight: 0.4 },
      { id: 'feasibility', name: '可行性', weight: 0.3 },
      { id: 'sustainability', name: '可持续性', weight: 0.3 },
    ],
    method: { type: 'approval' },
    aggregate: 'sum',
    recusal: 'own-community',
    projects: Array.from({ length: P }, (_, p) => ({
      id: `p${p}`,
      title: `Project ${p}`,
      community: `c${p % COMMUNITIES}`,
      requested: { amount: 1_000_000 + p, currency: 'CNY' },
    })),
    voters: Array.from({ length: voterCount }, (_, v) => ({
      id: `v${v}`,
      community: `c${v % (COMMUNITIES * 3)}`, // two thirds live outside the applying communities
    })),
  };
}

// Deterministic pseudo-random marks (xorshift32), about 40 % approvals.
let state = 0x9e3779b9;
const marks = new Uint8Array(BALLOTS * PC);
for (let i = 0; i < marks.length; i++) {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  marks[i] = (state >>> 0) % 5 < 2 ? 1 : 0;
}
const voter = Int32Array.from({ length: BALLOTS }, (_, b) => b);
const meeting = meetingFor(BALLOTS);
sample();

function time(fn, runs = 3) {
  let best = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = process.hrtime.bigint();
    result = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    sample();
  }
  return { ms: best, result };
}

// The floor: sum the same marks per (project, criterion) in a plain loop.
const floor = time(() => {
  const sums = new Float64Array(PC);
  for (let b = 0; b < BALLOTS; b++) {
    const base = b * PC;
    for (let k = 0; k < PC; k++) sums[k] += marks[base + k];
  }
  return sums;
});

const columnar = time(() => tallyColumns(meeting, { voter, marks }));
const peakColumnar = peakRss;

// The object path on a slice (a million ballot objects alone would take gigabytes).
const objectMeeting = meetingFor(OBJECT_BALLOTS);
const ballots = Array.from({ length: OBJECT_BALLOTS }, (_, b) => {
  const entry = {};
  for (let p = 0; p < P; p++) {
    const base = b * PC + p * C;
    entry[`p${p}`] = {
      'public-benefit': marks[base] === 1,
      feasibility: marks[base + 1] === 1,
      sustainability: marks[base + 2] === 1,
    };
  }
  return { voter: `v${b}`, marks: entry };
});
const object = time(() => tally(objectMeeting, ballots), 1);
const objectSame =
  JSON.stringify(object.result.ranking) ===
  JSON.stringify(
    tallyColumns(objectMeeting, {
      voter: voter.subarray(0, OBJECT_BALLOTS),
      marks: marks.subarray(0, OBJECT_BALLOTS * PC),
    }).ranking,
  );
const objectPerMillion = (object.ms * 1_000_000) / OBJECT_BALLOTS;

const top = columnar.result.ranking[0];
console.log(`ballots ${BALLOTS.toLocaleString('en')} × ${P} projects × ${C} criteria (approval)`);
console.log(`floor (plain typed-array sum)   ${floor.ms.toFixed(0)} ms`);
console.log(
  `columnar tallyColumns           ${columnar.ms.toFixed(0)} ms  ratio to floor ${(columnar.ms / floor.ms).toFixed(2)}× (aim ≤ 3×)`,
);
console.log(
  `object tally, ${OBJECT_BALLOTS.toLocaleString('en')} ballots    ${object.ms.toFixed(0)} ms  → ${objectPerMillion.toFixed(0)} ms per million (${(objectPerMillion / floor.ms).toFixed(1)}× floor), same ranking as columnar: ${objectSame}`,
);
console.log(
  `peak RSS during the 1M columnar tally ${mb(peakColumnar)} (aim < 500 MB); overall ${mb(peakRss)}`,
);
console.log(
  `winner ${top.project} total ${top.exact.total} (${top.total}), counted ${columnar.result.counted}`,
);
