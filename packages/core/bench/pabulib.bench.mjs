// Pabulib `.pb` parsing and PB rules on city-size files (issues 13 and 19). Prints, against
// floors measured in this same run:
// - parse speed (read the bytes, check UTF-8, parse) in MB/s and its ratio to the floor
//   "read the file and split it into lines" (readFileSync(file, 'utf8').split('\n'));
// - an adversarial file beside a clean one of the same size: a stray quote, and quoted fields
//   that each stay open for 99 lines (the worst case the 100-line bound allows);
// - the parse in a fresh process (start node, load core's pabulib entry, read, parse): the cold
//   parse a user waits for, against the floor process below, with and without node's start;
// - the whole process `qingyuan allocate FILE --rule … --format json` (start, read, parse,
//   rule, print), spawned on packages/cli/dist/bin.js, against a floor process (start node,
//   read and split the file) and its peak RSS (GNU time), with each outcome compared with
//   pabutools' recorded one where expected.json has it.
// Files: the largest open fixture (Gdańsk 2020) and a generated 150,000-voter approval
// election (seeded, see approval-election-file.mjs). Never asserted: this prints.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parsePabulib } from '../dist/index.js';
import { approvalElectionFile } from './approval-election-file.mjs';

const RUNS = Number(process.env.PB_RUNS ?? 7);
const PROCESS_RUNS = Number(process.env.PB_PROCESS_RUNS ?? 3);
const fixtures = fileURLToPath(new URL('../test/fixtures/pabulib/', import.meta.url));
const bin = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')).instances;
const dir = mkdtempSync(join(tmpdir(), 'qy-pb-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// CPU time of this process (user + system, ms): on a machine other jobs load, it moves far
// less than wall time, so the ratios below are of CPU times (wall times printed beside).
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/**
 * Median wall time and median CPU time of `runs` runs (after one warm-up), in ms. Each run
 * starts after a full collection (`collect`), so no garbage of the last run is timed; note that
 * such a collection also makes V8 drop optimised code whose objects died (deopt reason "weak
 * objects"), so a JIT-compiled parse is timed half cold. `collect: false` times it warm.
 */
function timeBoth(fn, runs = RUNS, collect = true) {
  fn();
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    if (collect) globalThis.gc?.();
    const cpu = cpuNow();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    cpus.push(cpuNow() - cpu);
  }
  return { wall: median(walls), cpu: median(cpus) };
}
const time = (fn, runs = RUNS) => timeBoth(fn, runs).wall;
const ms = (x) => `${x.toFixed(1)} ms`;
const mbps = (bytes, t) => `${(bytes / 1e6 / (t / 1000)).toFixed(1)} MB/s`;

const generated = join(dir, 'generated-150k.pb');
writeFileSync(generated, approvalElectionFile({ voters: 150_000, seed: 2026 }));
const FILES = [
  ['Gdańsk 2020 (largest fixture)', join(fixtures, 'poland_gdansk_2020_.pb')],
  ['generated 150k voters (seed 2026)', generated],
];

const floorOf = (file) => timeBoth(() => readFileSync(file, 'utf8').split('\n'));
const parseOf = (file, collect = true) =>
  timeBoth(
    () => {
      const result = parsePabulib(readFileSync(file));
      if (!result.ok && !process.env.PB_ALLOW_FAIL) {
        throw new Error(result.violations[0].message.en);
      }
    },
    RUNS,
    collect,
  );

console.log(`in-process: median of ${RUNS} runs; whole process: median of ${PROCESS_RUNS}`);
for (const [name, file] of FILES) {
  const bytes = readFileSync(file).length;
  const floorBoth = floorOf(file);
  const parseBoth = parseOf(file);
  const floor = floorBoth.cpu;
  const parse = parseBoth.cpu;
  console.log(`\n${name}: ${(bytes / 1e6).toFixed(2)} MB  (CPU time; wall time in brackets)`);
  console.log(
    `  floor: read + split lines     ${ms(floor)}  ${mbps(bytes, floor)}  [${ms(floorBoth.wall)}]`,
  );
  console.log(
    `  parse (read, UTF-8, parse)    ${ms(parse)}  ${mbps(bytes, parse)}  ×${(parse / floor).toFixed(2)} floor  [${ms(parseBoth.wall)}, ×${(parseBoth.wall / floorBoth.wall).toFixed(2)}]`,
  );
  // The same, without a full collection before each run: the optimised parser, once warm.
  const warm = parseOf(file, false).cpu;
  const warmFloor = timeBoth(() => readFileSync(file, 'utf8').split('\n'), RUNS, false).cpu;
  console.log(
    `  warm, no collection between runs: floor ${ms(warmFloor)}, parse ${ms(warm)}  ${mbps(bytes, warm)}  ×${(warm / warmFloor).toFixed(2)} floor`,
  );
  const fast = bytes / 1e6 / (parse / 1000) >= 50;
  const near = parse / floor <= 2;
  const warmNear = warm / warmFloor <= 2;
  console.log(
    `  aims (issue 19), in this process: ≥ 50 MB/s ${fast ? 'met' : 'NOT met'}; within 2× of the floor ${near ? 'met' : 'NOT met'} (warm: ${warmNear ? 'met' : 'NOT met'})  (load average ${loadavg()[0].toFixed(2)})`,
  );
}

// Adversarial files of the same size as a clean one.
{
  const clean = readFileSync(join(fixtures, 'poland_gdansk_2020_.pb'), 'utf8');
  const votes = clean.indexOf('\nVOTES\n');
  const firstVote = clean.indexOf('\n', clean.indexOf('\n', votes + 1) + 1) + 1;
  // One stray quote at the start of the first voter's vote field (same size: replaces a char).
  const semi = clean.indexOf(';', firstVote);
  const stray = `${clean.slice(0, semi + 1)}"${clean.slice(semi + 2)}`;
  // Every 99 lines a vote field opens a quote that closes 99 lines later.
  const lines = clean.split('\n');
  const start = lines.indexOf('VOTES') + 2;
  for (let i = start; i + 98 < lines.length; i += 99) {
    lines[i] = lines[i].replace(';', ';"').slice(0, -1);
    lines[i + 98] = lines[i + 98].replace(';', '";').slice(0, -1);
  }
  const quoted = lines.join('\n');
  const parseText = (text) =>
    time(() => {
      const reader = parsePabulib(Buffer.from(text));
      return reader;
    });
  const tClean = parseText(clean);
  console.log(
    `\nadversarial files beside the clean Gdańsk file (${(clean.length / 1e6).toFixed(2)} MB):`,
  );
  console.log(`  clean                          ${ms(tClean)}`);
  for (const [label, text] of [
    ['one stray quote', stray],
    ['a quote open for 99 lines, repeatedly', quoted],
  ]) {
    const t = parseText(text);
    const result = parsePabulib(text);
    console.log(
      `  ${label.padEnd(38)} ${ms(t)}  ×${(t / tClean).toFixed(2)} clean  (${text.length === clean.length ? 'same size' : `${text.length} chars`}; ${result.ok ? 'read' : `refused: ${result.violations[0].message.en.slice(0, 70)}…`})`,
    );
  }
}

// Whole process.
if (!existsSync(bin)) {
  console.log(`\nwhole process: skipped (${bin} not built: npm run build -w @qingyuan/cli)`);
} else {
  const hasTime = existsSync('/usr/bin/time');
  const run = (args) => {
    const start = performance.now();
    const out = hasTime
      ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        })
      : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = performance.now() - start;
    if (out.status !== 0) throw new Error(out.stderr);
    const [user, system, rssKb] = hasTime
      ? out.stderr.trim().split('\n').pop().split(' ').map(Number)
      : [NaN, NaN, NaN];
    return { wall, cpu: (user + system) * 1000, rssKb, stdout: out.stdout };
  };
  const measure = (args) => {
    const runs = Array.from({ length: PROCESS_RUNS }, () => run(args));
    return {
      wall: median(runs.map((r) => r.wall)),
      cpu: median(runs.map((r) => r.cpu)),
      rss: Math.max(...runs.map((r) => r.rssKb)),
      stdout: runs[0].stdout,
    };
  };
  const RULES = [
    ['greedy', ['--rule', 'greedy'], 'greedy_cost'],
    ['greedy (cardinality)', ['--rule', 'greedy', '--utility', 'cardinality'], null],
    ['equal-shares (cost)', ['--rule', 'equal-shares'], 'mes_cost'],
    [
      'equal-shares (cardinality)',
      ['--rule', 'equal-shares', '--utility', 'cardinality'],
      'mes_card',
    ],
    [
      'equal-shares (cost) + greedy',
      ['--rule', 'equal-shares', '--completion', 'greedy'],
      'mes_cost_greedy',
    ],
    ['equal-shares (cost) + add1', ['--rule', 'equal-shares', '--completion', 'add1'], null],
    ['phragmen', ['--rule', 'phragmen'], 'seqphragmen'],
  ];
  const nodeBare = measure(['-e', '0']);
  const pabulibEntry = new URL('../dist/pabulib/index.js', import.meta.url).href;
  const parseScript = (file) =>
    `import { readFileSync } from 'node:fs'; import { parsePabulib } from ${JSON.stringify(pabulibEntry)}; if (!parsePabulib(readFileSync(${JSON.stringify(file)})).ok) process.exit(1);`;
  console.log(
    `\nwhole process (${process.version}, load average ${loadavg()[0].toFixed(2)}); bare \`node -e 0\`: ${ms(nodeBare.wall)}, ${(nodeBare.rss / 1024).toFixed(0)} MB`,
  );
  for (const [name, file] of FILES) {
    const floorScript = `require('fs').readFileSync(${JSON.stringify(file)},'utf8').split('\\n')`;
    const floor = measure(['-e', floorScript]);
    const reference = expected[file.split('/').pop()];
    console.log(
      `  ${name}: floor process (node, read, split lines) ${ms(floor.wall)} wall, ${ms(floor.cpu)} CPU, ${(floor.rss / 1024).toFixed(0)} MB`,
    );
    // The parse as `qingyuan allocate` does it, once, in a fresh process (core's pabulib entry
    // loaded, the file read and parsed): what a user waits for, cold. "start excluded" takes the
    // bare `node -e 0` off both processes.
    const parsed = measure(['--input-type=module', '-e', parseScript(file)]);
    const bytes = readFileSync(file).length;
    const startExcluded = (parsed.cpu - nodeBare.cpu) / (floor.cpu - nodeBare.cpu);
    console.log(
      `    parse process                  ${ms(parsed.wall)} wall ×${(parsed.wall / floor.wall).toFixed(2)}, ${ms(parsed.cpu)} CPU ×${(parsed.cpu / floor.cpu).toFixed(2)} floor process, start excluded ×${startExcluded.toFixed(2)} (within 2×: ${startExcluded <= 2 ? 'met' : 'NOT met'}), ${mbps(bytes, parsed.cpu - nodeBare.cpu)} start excluded`,
    );
    for (const [label, flags, key] of RULES) {
      const r = measure([bin, 'allocate', file, ...flags, '--format', 'json']);
      const outcome = JSON.parse(r.stdout);
      let check = '';
      if (reference && key) {
        const ref = reference.outcomes[key];
        const same =
          JSON.stringify([...outcome.selected].sort()) === JSON.stringify(ref.selected) &&
          String(outcome.cost) === String(ref.total_cost);
        check = same
          ? `  = pabutools (${ref.wall_seconds.toFixed(2)} s rule only, recorded: ×${((ref.wall_seconds * 1000) / r.wall).toFixed(1)} of this whole process)`
          : '  OUTCOME DIFFERS FROM PABUTOOLS';
      }
      console.log(
        `    ${label.padEnd(30)} ${ms(r.wall)} wall ×${(r.wall / floor.wall).toFixed(2)}, ${ms(r.cpu)} CPU ×${(r.cpu / floor.cpu).toFixed(2)} floor process${r.cpu / floor.cpu <= 3 ? ' (CPU ≤ 3×: met)' : ' (CPU ≤ 3×: NOT met)'}  peak RSS ${(r.rss / 1024).toFixed(0)} MB${check}`,
      );
    }
  }
}
execFileSync('rm', ['-rf', dir]);
