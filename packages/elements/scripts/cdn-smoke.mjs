// Checks of the built package, run at the end of `npm test`. First the npm build, in Node:
// scripts/tree-shaking.mjs (a helper or a class imported alone brings no other element and
// registers nothing; a define entry registers) and scripts/manifest-check.mjs
// (custom-elements.json names every element, event and part, and only published paths).
// Then the smoke test of the CDN build in real Chromium: a plain page loads dist/cdn/ballot.js
// and shows a meeting; a bad meeting gets a localized error naming the place (so the build's
// zod trimming in vite.cdn.config.ts still validates); the ballot is sent to a stub box and
// shows its receipt (its own copy of the delivery, loaded on demand) and shows its code step; a page loading dist/cdn/qingyuan.js
// registers the element of every other entry without a page error, and loading ballot.js
// again from another URL (a second copy of its code, as when two widgets each bring the
// bundle) throws nothing and keeps the first definition, which still renders a ballot. Last,
// each self-contained file of dist/cdn/standalone/ loads alone, fetching nothing else (the
// standalone project status replays a termination with the rules inside it).
// Usage: node scripts/cdn-smoke.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { createServer } from 'node:http';
/* global customElements, document, getComputedStyle, localStorage, setTimeout -- these run inside the page (page.evaluate) */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { tally } from '@qingyuan/core';
import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotBallots,
  pilotBodies,
  pilotMeeting,
  pilotParticipants,
  pilotProjectContext,
  pilotSummarySheet,
} from '@qingyuan/core/examples';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { manifestFailures } from './manifest-check.mjs';
import { treeShakingFailures } from './tree-shaking.mjs';

const packageFailures = [...(await treeShakingFailures()), ...manifestFailures()];
if (packageFailures.length > 0) {
  console.error(`package checks: ${packageFailures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'package checks: a helper or a class imported alone brings no other element and registers nothing; ' +
    'define entries register; custom-elements.json names every element, event and part, in published files',
);

const root = new URL('../dist/cdn/', import.meta.url).pathname;
if (!existsSync(join(root, 'ballot.js'))) {
  console.error('cdn-smoke: dist/cdn/ballot.js is missing: run the CDN build first.');
  process.exit(1);
}
// every entry the build made (one per src/define/ file) but qingyuan.js names a tag it defines
const tags = readdirSync(root)
  .filter((file) => file.endsWith('.js') && file !== 'qingyuan.js')
  .map((file) => `qy-${file.slice(0, -3)}`);

const pages = {
  '/ballot.html': `<!doctype html><html lang="zh-CN"><body><main>
    <qy-ballot id="good" voter="v1"></qy-ballot><qy-ballot id="bad" voter="v1"></qy-ballot>
    </main><script type="module" src="/ballot.js"></script></body></html>`,
  '/funding-decision.html': `<!doctype html><html lang="en"><body><main>
    <qy-funding-decision id="good"></qy-funding-decision><qy-funding-decision id="bad"></qy-funding-decision>
    </main><script type="module" src="/funding-decision.js"></script></body></html>`,
  '/project-status.html': `<!doctype html><html lang="en"><body><main>
    <qy-project-status></qy-project-status>
    </main><script type="module" src="/project-status.js"></script></body></html>`,
  '/closing-report.html': `<!doctype html><html lang="en"><body><main>
    <qy-closing-report submitted-by="p-caizheng"></qy-closing-report>
    </main><script type="module" src="/closing-report.js"></script></body></html>`,
  '/pb-ballot.html': `<!doctype html><html lang="en"><body><main></main>
    <script type="module" src="/pb-ballot.js"></script></body></html>`,
  '/ranking-table.html': `<!doctype html><html lang="en"><body><main>
    <qy-ranking-table fund="1700000"></qy-ranking-table>
    </main><script type="module" src="/ranking-table.js"></script></body></html>`,
  '/all.html': `<!doctype html><html lang="en"><body><main><qy-ballot voter="v1"></qy-ballot></main>
    <script type="module" src="/qingyuan.js"></script></body></html>`,
};
const standaloneDir = join(root, 'standalone');
const standalone = existsSync(standaloneDir)
  ? readdirSync(standaloneDir).filter((file) => file.endsWith('.js'))
  : [];
if (standalone.length !== tags.length + 1) {
  console.error(
    `cdn-smoke: dist/cdn/standalone/ has ${standalone.length} files for ${tags.length + 1} entries: run \`npm run build\``,
  );
  process.exit(1);
}
/** The ballots the smoke ballot box received: idempotency key and body. */
const posted = [];
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/smoke-box/ballots' && request.method === 'POST') {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      posted.push({ key: request.headers['idempotency-key'] ?? '', body });
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ receipt: 'smoke-receipt-1', replaced: false }));
    });
    return;
  }
  if (path === '/standalone.html') {
    const file = url.searchParams.get('file') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="zh-CN"><body><script type="module" src="/standalone/${file}"></script></body></html>`,
    );
    return;
  }
  if (path in pages) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pages[path]);
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  const type = extname(file) === '.js' ? 'text/javascript' : 'application/json';
  response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch(chromiumLaunchOptions());
const failures = [];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => failures.push(`ballot page error: ${error.message}`));
  await page.goto(`${base}/ballot.html`);
  await page.waitForFunction(() => customElements.get('qy-ballot') !== undefined);
  const meeting = {
    id: 'smoke',
    criteria: [
      { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 1 },
    ],
    method: { type: 'approval' },
    projects: [
      {
        id: 'p1',
        title: { 'zh-CN': '新居民之家', en: "New Residents' Home" },
        community: 'jinhuali',
        requested: { amount: 1000000, currency: 'CNY' },
      },
    ],
    voters: [{ id: 'v1', community: 'yuhuayuan' }],
  };
  const shown = await page.evaluate(async (good) => {
    const bad = { ...good, criteria: [{ ...good.criteria[0], weight: -1 }] };
    const [goodBallot, badBallot] = ['good', 'bad'].map((id) => document.getElementById(id));
    goodBallot.meeting = good;
    badBallot.meeting = bad;
    await Promise.all([goodBallot.updateComplete, badBallot.updateComplete]);
    return {
      good: goodBallot.shadowRoot.querySelector('[part="project"] legend')?.textContent ?? '',
      bad: badBallot.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
    };
  }, meeting);
  if (!shown.good.includes('新居民之家')) failures.push(`good meeting not shown: "${shown.good}"`);
  if (!shown.bad.includes('criteria[0].weight') || !/[\u4e00-\u9fff]/.test(shown.bad)) {
    failures.push(`bad meeting without a localized error naming the place: "${shown.bad}"`);
  }

  // The ballot's page bundles its own copy of the outbox and the delivery (see ownCoreCopies in
  // vite.cdn.config.ts): the good ballot is reviewed, sent once with an idempotency key, and
  // shows the box's receipt; nothing is left waiting on the device.
  const delivered = await page.evaluate(async () => {
    const ballot = document.getElementById('good');
    const sent = new Promise((resolve) => ballot.addEventListener('qy-ballot-sent', resolve));
    ballot.endpoint = '/smoke-box/ballots';
    await ballot.updateComplete;
    ballot.shadowRoot.querySelector('button.primary').click();
    await ballot.updateComplete;
    ballot.shadowRoot.querySelector('[part="review"] button.primary').click();
    const event = await sent;
    await ballot.updateComplete;
    return {
      receipt: event.detail.receipt ?? '',
      shown: ballot.shadowRoot.querySelector('.receipt-value')?.textContent ?? '',
      waiting: localStorage.getItem('qingyuan:ballot-outbox'),
    };
  });
  const body = posted.length === 1 ? JSON.parse(posted[0].body) : undefined;
  if (
    posted.length !== 1 ||
    posted[0].key === '' ||
    body?.voter !== 'v1' ||
    body?.marks?.p1?.['public-benefit'] !== false ||
    delivered.receipt !== 'smoke-receipt-1' ||
    !delivered.shown.includes('smoke-receipt-1') ||
    delivered.waiting !== null
  ) {
    failures.push(`the ballot was not delivered: ${JSON.stringify({ posted, delivered })}`);
  }

  // The code step comes with the ballot's on-demand module (chunks/ballot-delivery-*.js), with
  // its text and its styles: a ballot that will ask for a code shows it once updateComplete.
  const codeStep = await page.evaluate(async (meeting) => {
    const ballot = document.createElement('qy-ballot');
    ballot.setAttribute('code-param', 'c');
    // Not the endpoint above: this device remembers the ballot delivered there.
    ballot.setAttribute('endpoint', '/smoke-box/other-ballots');
    ballot.meeting = meeting;
    document.body.append(ballot);
    await ballot.updateComplete;
    const input = ballot.shadowRoot.querySelector('#voting-code');
    const shown = {
      title: ballot.shadowRoot.querySelector('#step-title')?.textContent ?? '',
      font: input ? getComputedStyle(input).fontFamily : '',
    };
    ballot.remove();
    return shown;
  }, meeting);
  if (!/[\u4e00-\u9fff]/.test(codeStep.title) || !codeStep.font.includes('monospace')) {
    failures.push(
      `the ballot's code step was not shown with its text and styles: ${JSON.stringify(codeStep)}`,
    );
  }

  // When the on-demand module cannot be fetched (the CDN out of reach for a moment), the ballot
  // says so in the page's language, and "Try again now" fetches it and goes on to the code step.
  {
    const flaky = await browser.newContext();
    const flakyPage = await flaky.newPage();
    flakyPage.on('pageerror', (error) =>
      failures.push(`ballot page (module refused once) error: ${error.message}`),
    );
    let refusals = 0;
    await flakyPage.route(/\/chunks\/ballot-delivery-[^/]*\.js$/, (route) =>
      refusals++ === 0 ? route.abort('connectionrefused') : route.continue(),
    );
    await flakyPage.goto(`${base}/ballot.html`);
    await flakyPage.waitForFunction(() => customElements.get('qy-ballot') !== undefined);
    const retried = await flakyPage.evaluate(async (meeting) => {
      const ballot = document.createElement('qy-ballot');
      ballot.setAttribute('code-param', 'c');
      ballot.setAttribute('endpoint', '/smoke-box/flaky-ballots');
      ballot.meeting = meeting;
      document.body.append(ballot);
      await ballot.updateComplete;
      const alert = ballot.shadowRoot.querySelector('[role="alert"]');
      const refused = alert?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      alert?.querySelector('button')?.click();
      for (let i = 0; i < 200 && !ballot.shadowRoot.querySelector('#voting-code'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { refused, codeStep: ballot.shadowRoot.querySelector('#voting-code') !== null };
    }, meeting);
    if (!/[\u4e00-\u9fff]/.test(retried.refused) || !retried.codeStep || refusals < 2) {
      failures.push(
        `a ballot whose module was refused once did not say so or did not recover on "try again": ${JSON.stringify({ ...retried, refusals })}`,
      );
    }
    await flaky.close();
  }

  // The funding decision's page bundles its own copies of core's funding and money rules (see
  // ownCoreCopies in vite.cdn.config.ts) beside the shared zod: the rules still run there.
  const funding = await context.newPage();
  funding.on('pageerror', (error) =>
    failures.push(`funding decision page error: ${error.message}`),
  );
  await funding.goto(`${base}/funding-decision.html`);
  await funding.waitForFunction(() => customElements.get('qy-funding-decision') !== undefined);
  const decided = await funding.evaluate(
    async ({ sheet, bodies, participants }) => {
      const [good, bad] = ['good', 'bad'].map((id) => document.getElementById(id));
      for (const el of [good, bad]) {
        Object.assign(el, { fund: { amount: 2100000, currency: 'CNY' }, bodies, participants });
        el.opinions = [
          { by: 'p-street-leader', text: { en: 'Favour the projects for children' } },
          { by: 'p-expert', text: { en: 'The fourth project needs a pilot first' } },
        ];
      }
      good.sheet = sheet;
      bad.sheet = {
        ...sheet,
        rows: [{ ...sheet.rows[0], requested: { amount: 1.5, currency: 'CNY' } }],
      };
      await Promise.all([good.updateComplete, bad.updateComplete]);
      const root = good.shadowRoot;
      const shown = {
        statuses: [...root.querySelectorAll('tbody tr[data-status]')].map(
          (tr) => tr.dataset.status,
        ),
        fund: root.querySelector('[part="fund"]')?.textContent ?? '',
        grants: good.value?.grants.length ?? 0,
        postable: root.querySelector('[part="post"]')?.getAttribute('aria-disabled') ?? '',
        bad: bad.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
      };
      good.overrides = [
        { project: sheet.rows[1].project, granted: 99900000, by: 'p-expert', reason: { en: 'x' } },
      ];
      await good.updateComplete;
      shown.refused = root.querySelector('[part="error"]')?.textContent ?? '';
      return shown;
    },
    { sheet: pilotSummarySheet, bodies: pilotBodies, participants: pilotParticipants },
  );
  if (decided.statuses.length !== pilotSummarySheet.rows.length || decided.grants === 0) {
    failures.push(`funding decision not computed: ${JSON.stringify(decided)}`);
  }
  if (!/21,000|21000/.test(decided.fund) || decided.postable !== 'false') {
    failures.push(`funding decision without its fund or not postable: ${JSON.stringify(decided)}`);
  }
  if (!decided.refused.includes('above its request')) {
    failures.push(`a grant above the request was not refused by core's rule: "${decided.refused}"`);
  }
  if (!decided.bad.includes('rows[0].requested')) {
    failures.push(`a bad summary sheet without an error naming the place: "${decided.bad}"`);
  }

  // So does the project status page with the project lifecycle's rules: it replays a history,
  // and loads the rules of terminations (a chunk of their own) only for a history with one.
  const project = await context.newPage();
  const projectFetched = [];
  project.on('request', (request) => projectFetched.push(new URL(request.url()).pathname));
  project.on('pageerror', (error) => failures.push(`project status page error: ${error.message}`));
  await project.goto(`${base}/project-status.html`);
  await project.waitForFunction(() => customElements.get('qy-project-status') !== undefined);
  const { bodies, ...documents } = pilotProjectContext;
  // The accountability view of a funded project (a chunk of its own, with its texts and
  // styles) comes with the first funded project shown, not before.
  const accountabilityChunk = () =>
    projectFetched.filter((path) => path.includes('project-accountability-view'));
  // (a project rejected: never funded, and no next step, so no rules' descriptions either)
  const unfunded = await project.evaluate(async () => {
    const el = document.querySelector('qy-project-status');
    el.status = 'rejected';
    await el.updateComplete;
    return el.currentStatus;
  });
  if (unfunded !== 'rejected' || accountabilityChunk().length > 0) {
    failures.push(`project status loaded the accountability view without a grant: ${unfunded}`);
  }
  const replayed = await project.evaluate(
    async (given) => {
      const el = document.querySelector('qy-project-status');
      Object.assign(el, { status: '' }, given);
      await el.updateComplete;
      const money = el.shadowRoot.querySelector('[part="money-summary"]');
      return {
        status: el.currentStatus,
        steps: el.shadowRoot.querySelectorAll('[part="step"]').length,
        money: money?.textContent ?? '',
        styled: money ? getComputedStyle(money.closest('section')).borderTopStyle : '',
      };
    },
    { history: jinhualiExecutionHistory, bodies, documents },
  );
  if (replayed.status !== 'closed' || replayed.steps === 0) {
    failures.push(`project status did not replay the history: ${JSON.stringify(replayed)}`);
  }
  if (
    !replayed.money.includes('9,650.00') ||
    replayed.styled !== 'solid' ||
    accountabilityChunk().length !== 1
  ) {
    failures.push(
      `project status did not show the accountability view on demand: ${JSON.stringify(replayed)}, ${accountabilityChunk()}`,
    );
  }
  const onDemand = () => projectFetched.filter((path) => path.includes('project-lifecycle-loader'));
  if (onDemand().length > 0) {
    failures.push(`project status loaded the termination rules for a history without one`);
  }
  const terminated = await project.evaluate(
    async (given) => {
      const el = document.querySelector('qy-project-status');
      Object.assign(el, given);
      await el.updateComplete;
      return el.currentStatus;
    },
    { history: liuyinliTerminationHistory },
  );
  if (terminated !== 'terminated' || onDemand().length !== 1) {
    failures.push(
      `project status did not replay a termination with its rules loaded: ${terminated}, ${onDemand()}`,
    );
  }
  // What each rule asks comes with the first next step that misses something ("Which rule?").
  const described = () => projectFetched.some((path) => path.includes('rule-descriptions-loader'));
  const descriptionsBefore = described();
  const explained = await project.evaluate(async () => {
    const el = document.querySelector('qy-project-status');
    Object.assign(el, { history: undefined, status: 'approved' });
    await el.updateComplete;
    return el.shadowRoot.querySelectorAll('[part="missing"] details code').length;
  });
  if (descriptionsBefore || !described() || explained === 0) {
    failures.push(
      `project status did not load the rules' descriptions only for a missing step: ${descriptionsBefore}, ${explained}`,
    );
  }

  // The closing report writes the execution report with what its page holds, and loads the
  // audit's form (a chunk of its own, with core's rules that check it) only for writes="audit".
  const closing = await context.newPage();
  const closingFetched = [];
  closing.on('request', (request) => closingFetched.push(new URL(request.url()).pathname));
  closing.on('pageerror', (error) => failures.push(`closing report page error: ${error.message}`));
  await closing.goto(`${base}/closing-report.html`);
  await closing.waitForFunction(() => customElements.get('qy-closing-report') !== undefined);
  const application = jinhualiExecutionHistory.find((e) => e.type === 'application-saved').payload
    .application;
  const reportFields = await closing.evaluate(async (given) => {
    const el = document.querySelector('qy-closing-report');
    el.documents = { application: given };
    await el.updateComplete;
    return el.shadowRoot.querySelectorAll('#f-period-start').length;
  }, application);
  const auditChunk = () => closingFetched.filter((path) => path.includes('closing-audit-form'));
  if (reportFields !== 1 || auditChunk().length > 0) {
    failures.push(`closing report: report form ${reportFields}, audit chunk ${auditChunk()}`);
  }
  const audit = await closing.evaluate(async () => {
    const el = document.querySelector('qy-closing-report');
    el.writes = 'audit';
    for (let i = 0; i < 200 && !el.shadowRoot.querySelector('#f-lines-0-actual'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { lines: el.value?.lines.length ?? 0, rules: el.violations.length };
  });
  const auditLines =
    application.budget.lines.length + (application.budget.contributions ?? []).length;
  if (audit.lines !== auditLines || audit.rules === 0 || auditChunk().length !== 1) {
    failures.push(
      `closing report did not load its audit form on demand: ${JSON.stringify(audit)}, ${auditChunk()}`,
    );
  }

  // And the ranking table with the funding rules: it shows a tally result without downloading
  // core's tally (its own chunk, loaded on first need), then ranks the pilot's ballots with it.
  const table = await context.newPage();
  table.on('pageerror', (error) => failures.push(`ranking table page error: ${error.message}`));
  const fetched = [];
  table.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await table.goto(`${base}/ranking-table.html`);
  await table.waitForFunction(() => customElements.get('qy-ranking-table') !== undefined);
  const rank = (given) =>
    table.evaluate(async (given) => {
      const el = document.querySelector('qy-ranking-table');
      Object.assign(el, { result: undefined, ballots: undefined }, given);
      await el.updateComplete;
      return {
        rows: el.shadowRoot.querySelectorAll('[part="row"]').length,
        line: el.shadowRoot.querySelector('[part="funding-line"]') !== null,
      };
    }, given);
  const tallyChunk = () => fetched.some((path) => /\/chunks\/ranking-tally-[\w-]+\.js$/.test(path));
  const result = JSON.parse(JSON.stringify(tally(pilotMeeting, pilotBallots)));
  const resultShown = await rank({ meeting: pilotMeeting, result });
  if (resultShown.rows !== pilotMeeting.projects.length || !resultShown.line || tallyChunk()) {
    failures.push(
      `ranking table did not show the result alone: ${JSON.stringify({ ...resultShown, fetched })}`,
    );
  }
  const ranked = await rank({ meeting: pilotMeeting, ballots: pilotBallots });
  if (ranked.rows !== pilotMeeting.projects.length || !ranked.line || !tallyChunk()) {
    failures.push(
      `ranking table did not rank the ballots: ${JSON.stringify({ ...ranked, fetched })}`,
    );
  }

  // The PB ballot's page bundles its own zod with core's validation (kind `validation` in
  // ownCoreCopies): it still reads an election and names the place of a bad one. The page with
  // every element loads that zod beside the shared one: checked there too, below.
  const election = {
    rules: { format: 'approval' },
    budget: 100,
    projects: [{ id: 'a', cost: 60, title: { 'zh-CN': '种树', en: 'Trees' } }],
  };
  const readsElection = async (page, label) => {
    const shown = await page.evaluate(async (good) => {
      const [ok, bad] = [good, { ...good, projects: [{ ...good.projects[0], cost: -1 }] }].map(
        (value) => {
          const el = document.createElement('qy-pb-ballot');
          el.election = value;
          document.querySelector('main').append(el);
          return el;
        },
      );
      await Promise.all([ok.updateComplete, bad.updateComplete]);
      const shown = {
        good: ok.shadowRoot.querySelector('[part="project"]')?.textContent ?? '',
        bad: bad.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '',
      };
      ok.remove();
      bad.remove();
      return shown;
    }, election);
    if (!shown.good.includes('Trees'))
      failures.push(`${label}: election not shown: "${shown.good}"`);
    if (!shown.bad.includes('projects[0].cost')) {
      failures.push(`${label}: a bad election without an error naming the place: "${shown.bad}"`);
    }
  };
  const pb = await context.newPage();
  pb.on('pageerror', (error) => failures.push(`PB ballot page error: ${error.message}`));
  await pb.goto(`${base}/pb-ballot.html`);
  await pb.waitForFunction(() => customElements.get('qy-pb-ballot') !== undefined);
  await readsElection(pb, 'pb-ballot.js');

  const all = await context.newPage();
  all.on('pageerror', (error) => failures.push(`qingyuan.js page error: ${error.message}`));
  await all.goto(`${base}/all.html`);
  await all.waitForFunction(() => customElements.get('qy-ballot') !== undefined);
  const missing = await all.evaluate(
    (names) => names.filter((name) => customElements.get(name) === undefined),
    tags,
  );
  if (missing.length > 0) failures.push(`qingyuan.js did not define ${missing.join(', ')}`);
  await readsElection(all, 'qingyuan.js');

  // The same page loads ballot.js again from another URL: the browser evaluates a second copy
  // of its module (its own QyBallot class), as when a second widget brings the bundle.
  const warnings = [];
  all.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const twice = await all.evaluate(async (good) => {
    const first = customElements.get('qy-ballot');
    let error = '';
    let copy;
    try {
      copy = await import('/ballot.js?copy=2');
    } catch (thrown) {
      error = String(thrown);
    }
    const ballot = document.querySelector('qy-ballot');
    ballot.meeting = good;
    await ballot.updateComplete;
    return {
      error,
      keptFirst: customElements.get('qy-ballot') === first,
      secondCopy: copy !== undefined && copy.QyBallot !== first,
      upgraded: ballot instanceof first,
      shown: ballot.shadowRoot?.querySelector('[part="project"] legend')?.textContent ?? '',
    };
  }, meeting);
  if (twice.error) failures.push(`loading ballot.js a second time threw: ${twice.error}`);
  if (!twice.secondCopy) failures.push('ballot.js?copy=2 did not evaluate a second copy');
  if (!twice.keptFirst) failures.push('a second ballot.js replaced the first <qy-ballot>');
  if (!twice.upgraded || !twice.shown.includes("New Residents' Home")) {
    failures.push(`after a second ballot.js the ballot does not render: "${twice.shown}"`);
  }
  const named = warnings.filter((text) => text.includes('<qy-ballot> is already defined'));
  if (named.length !== 1 || warnings.length !== 1) {
    failures.push(`want one warning naming <qy-ballot>, got: ${JSON.stringify(warnings)}`);
  }

  // Each self-contained file alone: the page fetches that one file and nothing else (no
  // chunks), defines its element(s), the standalone ballot shows a meeting and the standalone
  // ranking table ranks ballots.
  for (const file of standalone) {
    const alone = await context.newPage();
    const fetched = [];
    alone.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    alone.on('pageerror', (error) =>
      failures.push(`standalone/${file} page error: ${error.message}`),
    );
    await alone.goto(`${base}/standalone.html?file=${file}`);
    const tag = file === 'qingyuan.js' ? 'qy-ballot' : `qy-${file.slice(0, -3)}`;
    const defined = await alone
      .waitForFunction((name) => customElements.get(name) !== undefined, tag, { timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    if (!defined) failures.push(`standalone/${file} alone did not define <${tag}>`);
    if (defined && file === 'ranking-table.js') {
      // core's tally is inside the file: ranking ballots fetches nothing more (checked below)
      const rows = await alone.evaluate(
        async (given) => {
          const table = document.createElement('qy-ranking-table');
          document.body.append(table);
          Object.assign(table, given);
          await table.updateComplete;
          return table.shadowRoot.querySelectorAll('[part="row"]').length;
        },
        { meeting: pilotMeeting, ballots: pilotBallots },
      );
      if (rows !== pilotMeeting.projects.length) {
        failures.push(`standalone ranking table did not rank the ballots: ${rows} rows`);
      }
    }
    const others = fetched.filter(
      (path) => path !== '/standalone.html' && path !== `/standalone/${file}`,
    );
    if (others.length > 0) failures.push(`standalone/${file} fetched more: ${others.join(', ')}`);
    if (defined && file === 'ballot.js') {
      const legend = await alone.evaluate(async (good) => {
        const ballot = document.createElement('qy-ballot');
        ballot.setAttribute('voter', 'v1');
        document.body.append(ballot);
        ballot.meeting = good;
        await ballot.updateComplete;
        return ballot.shadowRoot.querySelector('[part="project"] legend')?.textContent ?? '';
      }, meeting);
      if (!legend.includes('新居民之家')) failures.push(`standalone ballot not shown: "${legend}"`);
    }
    if (defined && file === 'project-status.js') {
      // Its rules of terminations are inside the file, not loaded on demand.
      const status = await alone.evaluate(
        async (given) => {
          const el = document.createElement('qy-project-status');
          document.body.append(el);
          Object.assign(el, given);
          await el.updateComplete;
          return el.currentStatus;
        },
        { history: liuyinliTerminationHistory, bodies, documents },
      );
      if (status !== 'terminated') failures.push(`standalone project status: ${status}`);
    }
    await alone.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) {
  console.error(`cdn-smoke: ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `cdn-smoke: the CDN ballot validates and shows a meeting; the funding decision reads its sheet and applies core's funding rules; the project status replays a project's history (a termination's with its rules loaded on demand, what each rule asks once a next step misses something, and a funded project's accountability view); the closing report loads its audit form on demand; the ranking table shows a tally result without loading core's tally, then ranks ballots against a fund; the PB ballot reads an election on its page and beside every element; qingyuan.js defines ${tags.join(', ')}; ` +
    'a second ballot.js keeps the first definition with one warning; ' +
    `each of ${standalone.length} standalone files works alone, fetching nothing else (the ranking table ranks ballots)`,
);
