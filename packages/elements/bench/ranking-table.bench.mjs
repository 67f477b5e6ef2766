/**
 * Benchmark of `<qy-ranking-table>` with big meetings (1,000 and 5,000 projects) in headless
 * Chromium. Not a test: it prints times and, more usefully, ratios against a floor measured in
 * the same run on the same machine, so the numbers compare across machines.
 *
 * - floor: building the same number of plain `<tr>` rows (same cells, same text) with DOM APIs
 *   into a table in a shadow root, then forcing layout.
 * - first render: setting `meeting` + `result` on a fresh element until `updateComplete`, then
 *   forcing layout.
 * - live update: one ballot arrives → a new tally `result` (computed outside the timing) is set
 *   on the rendered element; time until `updateComplete` and layout. Also the DOM mutation
 *   records the update caused (what the browser had to touch) and how many rows changed rank,
 *   total or funding.
 * - live update with `ballots`: the same, tallying in the browser with core (its cost is core's
 *   `tally`, also shown alone).
 *
 * The component is built with Vite in production mode (Lit without dev-mode checks) into a
 * temporary directory, served from 127.0.0.1 and loaded by Debian's Chromium
 * (`CHROMIUM_PATH` overrides `/usr/bin/chromium`; never `npx playwright install`).
 *
 * Usage (from packages/elements): node bench/ranking-table.bench.mjs [sizes…] [--reps=N]
 *   e.g. node bench/ranking-table.bench.mjs 1000 5000 --reps=5 [--width=360] [--root=../before/packages/elements]
 * Also `npm run bench:ranking -w @qingyuan/elements -- 1000 5000`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { build } from 'vite';

// --root=<packages/elements of another checkout> measures that checkout's element instead
// (e.g. `git worktree add /tmp/before HEAD~3` to compare before/after a change).
const root =
  process.argv.find((a) => a.startsWith('--root='))?.slice('--root='.length) ??
  fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(1000, 5000);
// --width=360 measures the narrow (phone card) layout: the element sits in a 360 px container
const width = Number(args.find((a) => a.startsWith('--width='))?.slice('--width='.length) ?? 0);
const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? 5);

// The page's code: generates a meeting, measures, returns numbers. Kept as a module source so
// Vite bundles it with the element and core exactly as an app would.
const entry = `
import { ReviewMeetingSchema, tally } from '@qingyuan/core';
import ${JSON.stringify(join(root, 'src/define/ranking-table.ts'))};

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}
const criteria = ['public-benefit', 'feasibility', 'sustainability'];

function meetingOf(n, voters) {
  const words = ['社区', 'Community', '儿童', 'garden', '老年', 'library', '文化', 'repair'];
  return {
    id: 'bench',
    title: { 'zh-CN': '评审会', en: 'Review' },
    criteria: criteria.map((id, i) => ({ id, name: { 'zh-CN': id, en: id }, weight: [0.4, 0.3, 0.3][i] })),
    method: { type: 'approval' },
    projects: Array.from({ length: n }, (_, i) => ({
      id: 'p' + i,
      title: { 'zh-CN': words[i % 8] + '项目 ' + i, en: 'Project ' + words[(i + 3) % 8] + ' ' + i },
      community: 'c' + (i % 17),
      requested: { amount: 100000 + ((i * 7919) % 900000), currency: 'CNY' },
    })),
    voters: Array.from({ length: voters }, (_, i) => ({ id: 'v' + i })),
  };
}

function ballotOf(voter, n, share, rand) {
  const marks = {};
  for (let p = 0; p < n; p++) {
    if (rand() < share) {
      const m = {};
      for (const c of criteria) if (rand() < 0.5) m[c] = true;
      marks['p' + p] = m;
    }
  }
  return { voter, marks };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function floor(n, cells) {
  const host = document.createElement('div');
  document.querySelector('main').append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const t0 = performance.now();
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  for (let i = 0; i < n; i++) {
    const tr = document.createElement('tr');
    for (let c = 0; c < cells; c++) {
      const td = document.createElement(c === 1 ? 'th' : 'td');
      td.textContent = c === 1 ? 'Project garden ' + i : String(i * c);
      tr.append(td);
    }
    const td = document.createElement('td');
    const button = document.createElement('button');
    button.textContent = 'Why?';
    td.append(button);
    tr.append(td);
    body.append(tr);
  }
  table.append(body);
  shadow.append(table);
  void host.offsetHeight;
  const t = performance.now() - t0;
  host.remove();
  await frame();
  return t;
}

async function element(props) {
  const main = document.querySelector('main');
  const el = document.createElement('qy-ranking-table');
  el.setAttribute('fund', '50000000');
  main.append(el);
  const t0 = performance.now();
  Object.assign(el, props);
  await el.updateComplete;
  const script = performance.now() - t0;
  void el.offsetHeight;
  return { el, t: performance.now() - t0, script };
}

async function update(el, props) {
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true });
  const t0 = performance.now();
  Object.assign(el, props);
  await el.updateComplete;
  void el.offsetHeight;
  const t = performance.now() - t0;
  records.push(...observer.takeRecords());
  observer.disconnect();
  const kinds = {};
  for (const record of records) {
    kinds[record.type] = (kinds[record.type] ?? 0) + 1;
    for (const node of record.addedNodes) {
      const name = node.nodeName === '#text' ? 'text:' + record.target.nodeName : node.nodeName;
      kinds[name] = (kinds[name] ?? 0) + 1;
    }
  }
  return { t, mutations: records.length, kinds };
}

function changedRows(a, b) {
  const before = new Map(a.ranking.map((r) => [r.project, r]));
  return b.ranking.filter((r) => {
    const x = before.get(r.project);
    return !x || x.rank !== r.rank || x.total !== r.total || x.tied !== r.tied;
  }).length;
}

/** Rows that must move to turn one order into the other: n minus the longest kept subsequence. */
function minimalMoves(a, b) {
  const position = new Map(a.ranking.map((r, i) => [r.project, i]));
  const tails = [];
  for (const r of b.ranking) {
    const x = position.get(r.project);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return b.ranking.length - tails.length;
}

window.runBench = async (n, reps) => {
  const voters = 40;
  const raw = meetingOf(n, voters + 2 * reps);
  const meeting = ReviewMeetingSchema.parse(raw);
  const rand = random(n);
  const ballots = Array.from({ length: voters }, (_, v) => ballotOf('v' + v, n, 0.3, rand));
  // ballots arriving one at a time during the meeting, each marking about 20 projects
  const arriving = Array.from({ length: 2 * reps }, (_, k) =>
    ballotOf('v' + (voters + k), n, 20 / n, rand),
  );
  const cast = (k) => [...ballots, ...arriving.slice(0, k)];
  const results = Array.from({ length: 2 * reps + 1 }, (_, k) => tally(meeting, cast(k)));
  const out = { n, floor: [], first: [], firstScript: [], update: [], mutations: [], ballotsUpdate: [], tally: [] };
  out.changed = changedRows(results[0], results[1]);
  out.moves = minimalMoves(results[0], results[1]);
  const live = [];
  for (let r = 0; r < reps; r++) {
    out.floor.push(await floor(n, 10));
    const { el, t, script } = await element({ meeting: raw, result: results[0] });
    out.first.push(t);
    out.firstScript.push(script);
    live.push(el);
    await frame();
  }
  // live updates on the last rendered element: one more ballot each time
  const el = live.pop();
  for (const other of live) other.remove();
  for (let k = 1; k <= 2 * reps; k++) {
    const u = await update(el, { result: results[k] });
    out.update.push(u.t);
    out.mutations.push(u.mutations);
    out.kinds = u.kinds;
    await frame();
  }
  el.remove();
  const b = await element({ meeting: raw, ballots: cast(0) });
  await frame();
  for (let k = 1; k <= reps; k++) {
    out.ballotsUpdate.push((await update(b.el, { ballots: cast(k) })).t);
    const t0 = performance.now();
    tally(meeting, cast(k));
    out.tally.push(performance.now() - t0);
    await frame();
  }
  b.el.remove();
  for (const key of ['floor', 'first', 'firstScript', 'update', 'mutations', 'ballotsUpdate', 'tally']) {
    out[key] = median(out[key]);
  }
  return out;
};
`;

const work = mkdtempSync(join(tmpdir(), 'qy-ranking-bench-'));
try {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    plugins: [
      {
        name: 'qy-ranking-bench-entry',
        resolveId: (id) => (id === 'virtual:qy-ranking-bench' ? '\0qy-ranking-bench' : null),
        load: (id) => (id === '\0qy-ranking-bench' ? entry : null),
      },
    ],
    build: {
      outDir: join(work, 'out'),
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: 'virtual:qy-ranking-bench', output: { entryFileNames: 'bench.js' } },
    },
  });
  const page =
    '<!doctype html><html lang="en"><body><main></main><script type="module" src="/bench.js"></script></body></html>';
  // The bench and the chunks it imports on first need (core's tally, for `ballots`).
  const out = join(work, 'out');
  const server = createServer((request, response) => {
    const file = normalize(join(out, new URL(request.url ?? '/', 'http://localhost').pathname));
    if (file.endsWith('.js') && file.startsWith(out) && existsSync(file)) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(readFileSync(file));
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error('page error:', error.message));
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForFunction(() => 'runBench' in globalThis);
    if (width > 0) {
      await tab.evaluate((w) => {
        globalThis.document.querySelector('main').style.width = `${w}px`;
      }, width);
    }
    const ms = (x) => `${x.toFixed(1)} ms`;
    const ratio = (x, floor) => `${(x / floor).toFixed(1)}×`;
    console.log(
      `qy-ranking-table bench, ${width ? `${width} px wide` : '1200 px window'}, median of ${reps}; ratios are against the floor`,
    );
    console.log('(plain <tr> rows built with DOM APIs + layout, measured in the same run)\n');
    for (const n of sizes) {
      const r = await tab.evaluate(([n, reps]) => globalThis.runBench(n, reps), [n, reps]);
      console.log(
        `${n} rows (the first arriving ballot re-ranks ${r.changed} rows, ${r.moves} must move):`,
      );
      console.log(`  floor (plain rows)         ${ms(r.floor)}`);
      console.log(
        `  first render               ${ms(r.first)}  ${ratio(r.first, r.floor)}  (script ${ms(r.firstScript)}, style+layout ${ms(r.first - r.firstScript)})`,
      );
      console.log(
        `  live update (result)       ${ms(r.update)}  ${ratio(r.update, r.floor)}  ${r.mutations} DOM mutation records ${JSON.stringify(r.kinds)}`,
      );
      console.log(
        `  live update (ballots)      ${ms(r.ballotsUpdate)}  ${ratio(r.ballotsUpdate, r.floor)}  of which core tally ${ms(r.tally)}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
