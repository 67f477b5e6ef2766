// Whole-process time of the `qingyuan` command's cheapest runs, beside the floor of a bare
// `node -e 0` measured in the same run (interleaved, so a busy machine slows both alike):
// `qingyuan --help`, `qingyuan tally` on the pilot meeting, and, for reference, what importing
// the server package alone costs (which every command paid before `serve` loaded it lazily).
// Run after `npm run build`: `npm run bench -w @qingyuan/cli` (BENCH_RUNS changes the count).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const bin = fileURLToPath(new URL('../bin/qingyuan.js', import.meta.url));
const fixture = (name) =>
  fileURLToPath(new URL(`../test/fixtures/meeting/${name}`, import.meta.url));
const cwd = fileURLToPath(new URL('..', import.meta.url));

const cases = {
  'node -e 0 (floor)': ['-e', '0'],
  'qingyuan --help': [bin, '--help'],
  'qingyuan tally (pilot, json)': [
    bin,
    'tally',
    fixture('pilot-meeting.json'),
    fixture('pilot-ballots.json'),
    '--format',
    'json',
  ],
  'import @qingyuan/core': ['--input-type=module', '-e', "await import('@qingyuan/core')"],
  'import @qingyuan/server': ['--input-type=module', '-e', "await import('@qingyuan/server')"],
};

function once(args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (const args of Object.values(cases)) once(args); // warm the file cache
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(cases)) times[name].push(once(args));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const floor = median(times['node -e 0 (floor)']);
console.log(
  `start-up: whole process, median of ${RUNS} interleaved runs (load average ${loadavg()[0].toFixed(2)})`,
);
const width = Math.max(...Object.keys(cases).map((name) => name.length));
for (const name of Object.keys(cases)) {
  const ms = median(times[name]);
  console.log(
    `  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(5)} ms  ${(ms / floor).toFixed(2)}× floor`,
  );
}
