// Ballots per second and latency of the ballot box on SQLite over loopback HTTP, with 100
// concurrent voters, beside the floor: a raw better-sqlite3 loop inserting the same rows
// (one transaction per ballot, same pragmas). Two phases after WARMUP unmeasured ballots:
// PACED ballots offered at the aim's 1,500 per second by the 100 voters (open loop: the p99
// the aim is about), then BALLOTS ballots flat out (each voter sends its next ballot as soon
// as the previous is answered: the throughput, and the latency of a saturated box).
// Run after `npm run build`: `npm run bench -w @qingyuan/server` (BENCH_BALLOTS, BENCH_PACED and
// BENCH_WARMUP change the counts). Also prints the CPU time per
// ballot of the server process and of the floor, which a busy machine does not skew.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import SQLite from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';
import http from 'node:http';
import { BallotBoxRepository, openDatabase } from '../dist/index.js';
import { ballotReceipt } from '../dist/audit.js';
import { organizerEvent } from '../dist/meeting.js';

const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 2000);
// Ballots cast first and not measured: they open the 100 connections and warm the server's JIT,
// so the figures are those of a running server (after only 200, V8 is still compiling the
// ballot path on its own threads during the measured ballots).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const CONCURRENCY = 100;
// The aim's rate: 100 voters together offer this many ballots per second (open loop), and the
// latency of each ballot is measured from when it was due, not from when it could be sent.
const AIM_RATE = 1500;
const PACED = Number(process.env.BENCH_PACED ?? 3000);
const dir = mkdtempSync(join(tmpdir(), 'qingyuan-bench-'));
// BENCH_STAGES=1: the server records its timeline (group commits in stages, GC pauses,
// event-loop stalls, background checkpoints; see src/db/stage-timings.ts) and every ballot of
// the open-loop phase slower than STALL_MS is printed with what overlapped it.
const STAGES = process.env.BENCH_STAGES === '1';
const STALL_MS = Number(process.env.BENCH_STALL_MS ?? 100);
const stagesFile = join(dir, 'stages.json');
const epoch = (t) => performance.timeOrigin + t;

const projects = ['jinhuali-home', 'yuhuayuan-culture', 'xinghuayuan-children'];
const criteria = ['public-benefit', 'feasibility', 'sustainability'];
const meeting = {
  id: 'bench',
  criteria: criteria.map((id) => ({ id, name: id, weight: 1 })),
  method: { type: 'approval' },
  projects: projects.map((id) => ({
    id,
    title: id,
    community: id,
    requested: { amount: 100, currency: 'CNY' },
  })),
  voters: [],
};
const marksOf = (i) =>
  Object.fromEntries(
    projects.map((p, j) => [
      p,
      Object.fromEntries(criteria.map((c, k) => [c, (i + j + k) % 2 === 0])),
    ]),
  );

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

// ---- the ballot box over HTTP ------------------------------------------------------------
const file = join(dir, 'box.db');
const setup = await openDatabase({ file });
const repo = new BallotBoxRepository(setup);
await repo.createMeeting(meeting, { liveResults: false, corsOrigins: [] });
const issued = await repo.issueCodes('bench', { count: WARMUP + PACED + BALLOTS }, () => []);
for (const type of ['weights-locked', 'voting-opened']) {
  await repo.changeMeeting('bench', (record) => ({
    ok: true,
    change: { events: [organizerEvent(record.state, { type })], log: { kind: type, data: {} } },
  }));
}
await setup.close();

// The server runs in its own process, as in production, so the load generator does not share
// its event loop.
const child = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    '--input-type=module',
    '-e',
    `import { startServer } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
     const s = await startServer({ database: { file: ${JSON.stringify(file)} }, port: 0, perAddress: false, perCode: false });
     let cpu;
     process.on('SIGUSR2', () => { cpu = process.cpuUsage(); });
     process.on('SIGINT', () => {
       const used = process.cpuUsage(cpu);
       console.log('CPU ' + (used.user + used.system));
       void s.close().then(() => process.exit(0));
     });
     console.log('READY ' + s.url);`,
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: STAGES ? { ...process.env, QINGYUAN_STAGE_TIMINGS: stagesFile } : process.env,
  },
);
let out = '';
const url = await new Promise((resolve) => {
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = out.match(/READY (\S+)/);
    if (match) resolve(match[1]);
  });
});
// The load generator speaks HTTP/1.1 over 100 kept-alive connections (one per voter) with
// node:http, which costs the client far less CPU than fetch: on a 2-core machine the client's
// CPU is taken from the server.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const target = new URL('/meetings/bench/ballots', url);
function post(body, key) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': key,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
/** Casts ballots `from` to `to` - 1 with 100 voters at a time; returns each one's latency. */
async function castAll(from, to) {
  const latencies = [];
  let next = from;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < to) {
        const i = next++;
        const t0 = performance.now();
        const status = await post(bodyOf(i), `k${i}`);
        if (status !== 201) throw new Error(`ballot ${i}: HTTP ${status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}
/** Marks and code of ballot `i` as a request body. */
const bodyOf = (i) => JSON.stringify({ code: issued.codes[i].code, marks: marksOf(i) });

/**
 * Casts ballots `from` to `to` - 1 at `rate` per second in all, voter `v` casting ballots
 * v, v + 100, … on its own connection at their due times (evenly interleaved). A ballot whose
 * voter is still waiting for the previous answer goes out late, and its latency counts from
 * when it was due, so a slow server cannot hide its queue (no coordinated omission).
 */
/** With BENCH_STAGES: each paced ballot's due, sent and answered times (ms since the epoch). */
const pacedTimes = [];
async function castPaced(from, to, rate) {
  const latencies = [];
  const start = performance.now() + 20;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, voter) => {
      for (let i = from + voter; i < to; i += CONCURRENCY) {
        const due = start + ((i - from) * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const sent = performance.now();
        const status = await post(bodyOf(i), `k${i}`);
        if (status !== 201) throw new Error(`ballot ${i}: HTTP ${status}`);
        const done = performance.now();
        latencies.push(done - due);
        if (STAGES) pacedTimes.push({ due: epoch(due), sent: epoch(sent), done: epoch(done) });
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

await castAll(0, WARMUP);
const pacedLoad = loadavg()[0];
// The load generator's own stalls (its GC, its timers) delay sends and count as latency from
// when due: measured, so a slow run can be told apart from a slow server.
const clientDelay = monitorEventLoopDelay({ resolution: 5 });
clientDelay.enable();
const paced = await castPaced(WARMUP, WARMUP + PACED, AIM_RATE);
clientDelay.disable();
child.kill('SIGUSR2'); // the server starts counting its CPU time
await sleep(50);
const loadBefore = loadavg()[0];
const started = performance.now();
const clientCpuStart = process.cpuUsage();
const latencies = await castAll(WARMUP + PACED, WARMUP + PACED + BALLOTS);
const clientCpu = process.cpuUsage(clientCpuStart);
const httpSeconds = (performance.now() - started) / 1000;
agent.destroy();
child.kill('SIGINT');
await new Promise((resolve) => child.once('exit', resolve));
const serverCpuMs = Number(out.match(/CPU (\d+)/)?.[1] ?? NaN) / 1000;
const timeline = STAGES ? JSON.parse(readFileSync(stagesFile, 'utf8')) : null;
latencies.sort((a, b) => a - b);

// ---- the floor: raw better-sqlite3, same rows, one transaction each ------------------------
const raw = new SQLite(join(dir, 'raw.db'));
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
raw.exec(`CREATE TABLE ballots (meeting_id TEXT, code_id TEXT, seq INTEGER, marks TEXT, receipt TEXT,
  idempotency_key TEXT, log_seq INTEGER, cast_at TEXT, PRIMARY KEY (meeting_id, code_id, seq))`);
const insert = raw.prepare('INSERT INTO ballots VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
const one = raw.transaction((i) => {
  const marks = marksOf(i);
  const code = issued.codes[WARMUP + PACED + i].id;
  insert.run(
    'bench',
    code,
    1,
    JSON.stringify(marks),
    ballotReceipt({ meeting: 'bench', code, seq: 1, marks }),
    `k${i}`,
    i + 1,
    new Date().toISOString(),
  );
});
const rawStart = performance.now();
const rawCpuStart = process.cpuUsage();
for (let i = 0; i < BALLOTS; i++) one(i);
const rawCpu = process.cpuUsage(rawCpuStart);
const rawSeconds = (performance.now() - rawStart) / 1000;
const rawCpuMs = (rawCpu.user + rawCpu.system) / 1000;
raw.close();
rmSync(dir, { recursive: true, force: true });

const httpRate = BALLOTS / httpSeconds;
const rawRate = BALLOTS / rawSeconds;
const pacedP99 = percentile(paced, 99);
// Issue 6's aims, each printed beside what this run measured.
const aim = (met) => (met ? 'met' : 'NOT met');
const spread = (sorted) =>
  `p50 ${percentile(sorted, 50).toFixed(1)} ms  p90 ${percentile(sorted, 90).toFixed(1)} ms` +
  `  p99 ${percentile(sorted, 99).toFixed(1)} ms  max ${sorted.at(-1).toFixed(1)} ms`;
console.log(
  `${CONCURRENCY} concurrent voters, SQLite WAL synchronous=FULL, ${WARMUP} ballots to warm up`,
);
console.log(
  `at the aim's rate (${PACED} ballots offered at ${AIM_RATE}/s, open loop, latency from when due):` +
    `\n  ${spread(paced)}  (p99 aim < 50 ms: ${aim(pacedP99 < 50)}; load average ${pacedLoad.toFixed(1)};` +
    ` load generator's own longest stall ${(clientDelay.max / 1e6).toFixed(1)} ms)`,
);
console.log(
  `flat out (${BALLOTS} ballots, each voter sends its next on the answer): ${httpRate.toFixed(0)} ballots/s` +
    ` (aim >= ${AIM_RATE}: ${aim(httpRate >= AIM_RATE)})\n  ${spread(latencies)}` +
    `  (100 voters always waiting: p50 >= 100 / rate, so this is queueing, not the aim's p99)`,
);
console.log(`floor (raw insert): ${rawRate.toFixed(0)} ballots/s`);
console.log(
  `ratio floor/ballot box: ${(rawRate / httpRate).toFixed(2)}x (aim <= 4x: ${aim(rawRate / httpRate <= 4)})`,
);
// CPU time per ballot does not depend on what else the machine runs; rates and latencies do.
const perBallot = (ms) => ((ms * 1000) / BALLOTS).toFixed(0);
const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;
console.log(
  `CPU per ballot: ballot box server ${perBallot(serverCpuMs)} µs, floor ${perBallot(rawCpuMs)} µs` +
    ` (${(serverCpuMs / rawCpuMs).toFixed(2)}x), load generator ${perBallot(clientCpuMs)} µs`,
);
if (timeline) printStalls(timeline);
console.log(
  `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${availableParallelism()} cores` +
    ' (latencies are only comparable between runs on an idle machine)',
);

/**
 * Every stall of the open-loop phase (ballots answered more than STALL_MS after they were due,
 * overlapping ones taken together) with what the server's timeline shows inside it: the group
 * commits in stages (queue wait, checks and statements, COMMIT), GC pauses, event-loop stalls
 * and background checkpoints, and a count of stalls by what coincided with them.
 */
function printStalls({ commits, gc, stalls, checkpoints }) {
  const frames = checkpoints.map((k) => `${k.log}/${k.done}`);
  console.log(`WAL frames/copied at each background checkpoint: ${frames.join(' ')}`);
  const slow = pacedTimes.filter((b) => b.done - b.due > STALL_MS).sort((a, b) => a.sent - b.sent);
  const windows = [];
  for (const b of slow) {
    const last = windows.at(-1);
    if (last && b.sent <= last.end) {
      last.end = Math.max(last.end, b.done);
      last.ballots++;
      last.worst = Math.max(last.worst, b.done - b.due);
    } else windows.push({ start: b.sent, end: b.done, ballots: 1, worst: b.done - b.due });
  }
  const inside = (w, start, end) => start < w.end && end > w.start;
  const ms = (x) => `${x.toFixed(1)} ms`;
  const causes = { commit: 0, gc: 0, loop: 0, checkpoint: 0, none: 0 };
  console.log(`stalls (ballots answered > ${STALL_MS} ms after due): ${windows.length}`);
  const t0 = pacedTimes.length ? Math.min(...pacedTimes.map((b) => b.due)) : 0;
  for (const w of windows) {
    const wc = commits.filter((c) => inside(w, c.start, c.committed));
    const longest = wc.sort((a, b) => b.committed - b.start - (a.committed - a.start))[0];
    const wg = gc.filter((g) => inside(w, g.start, g.start + g.duration) && g.duration > 5);
    const ws = stalls.filter((s) => inside(w, s.start, s.start + s.duration));
    const wk = checkpoints.filter(
      (k) => inside(w, k.start, k.start + k.duration) && k.duration > 2,
    );
    console.log(
      `  at +${ms(w.start - t0)}: ${w.ballots} ballots, worst ${ms(w.worst)}, window ${ms(w.end - w.start)}`,
    );
    if (longest) {
      console.log(
        `    longest group commit: ${longest.n} ballots, ${ms(longest.committed - longest.start)}` +
          ` (queued ${ms(longest.start - longest.queued)} before it; checks + statements ${ms(longest.written - longest.start)};` +
          ` COMMIT ${ms(longest.committed - longest.written)}: CPU ${ms(longest.commitCpu)},` +
          ` ${longest.waits} waits, preempted ${longest.preempted} times)`,
      );
    }
    for (const g of wg) console.log(`    GC pause ${ms(g.duration)} (kind ${g.kind})`);
    if (ws.length > 0) {
      const longestStall = Math.max(...ws.map((s) => s.duration));
      console.log(`    event-loop stalls: ${ws.length}, longest ${ms(longestStall)}`);
    }
    for (const k of wk) {
      console.log(`    checkpoint ${ms(k.duration)} (WAL ${k.log} pages, ${k.done} copied)`);
    }
    // The first that explains half the threshold: a COMMIT's wait, a GC pause, any other
    // event-loop stall (CPU taken: another process, or the JIT), else a background checkpoint
    // that overlapped (one runs every 200 ms, so most windows overlap one).
    if (longest && longest.committed - longest.written > STALL_MS / 2) causes.commit++;
    else if (wg.some((g) => g.duration > STALL_MS / 2)) causes.gc++;
    else if (ws.some((s) => s.duration > STALL_MS / 2)) causes.loop++;
    else if (wk.length > 0) causes.checkpoint++;
    else causes.none++;
  }
  const slowCommits = commits.filter((c) => c.committed - c.written > STALL_MS / 2).length;
  // Without the background thread only the writer's own checkpoint (past
  // WRITER_CHECKPOINT_PAGES, inside a COMMIT) writes the database file.
  if (checkpoints.length === 0) {
    const own = commits.filter((c, i) => i > 0 && c.dbChanged !== commits[i - 1].dbChanged);
    console.log(
      `  no background checkpoint ran; COMMITs that checkpointed by themselves: ${own.length}` +
        own
          .map(
            (c) =>
              `; ${ms(c.committed - c.written)} at +${ms(c.written - t0)}` +
              ` (${c.waits} waits, CPU ${ms(c.commitCpu)})`,
          )
          .join(''),
    );
  }
  const slowWaiting = commits.filter(
    (c) => c.committed - c.written > STALL_MS / 2 && c.commitCpu < (c.committed - c.written) / 4,
  );
  console.log(
    `  COMMITs > ${STALL_MS / 2} ms that mostly waited (CPU < 1/4 of the time): ${slowWaiting.length};` +
      ` their waits ${slowWaiting.map((c) => c.waits).join(',')}, preempted ${slowWaiting.map((c) => c.preempted).join(',')}`,
  );
  console.log(
    `  by what coincided: COMMIT > ${STALL_MS / 2} ms ${causes.commit}, only a checkpoint ${causes.checkpoint},` +
      ` GC > ${STALL_MS / 2} ms ${causes.gc}, other event-loop stall > ${STALL_MS / 2} ms ${causes.loop},` +
      ` nothing seen ${causes.none}` +
      `  (whole run: ${commits.length} group commits, ${slowCommits} with COMMIT > ${STALL_MS / 2} ms;` +
      ` ${checkpoints.length} background checkpoints, ${checkpoints.filter((k) => k.duration > 2).length} > 2 ms,` +
      ` longest ${ms(Math.max(0, ...checkpoints.map((k) => k.duration)))},` +
      ` WAL frames at most ${Math.max(0, ...checkpoints.map((k) => k.log))};` +
      ` longest GC ${ms(Math.max(0, ...gc.map((g) => g.duration)))})`,
  );
}
