import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pilotMeeting } from '@qingyuan/core/examples';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { startBox, startSite, type RunningBox, type RunningSite } from './two-origins.js';

// docs/embedding.md, walked as an NGO does it: `qingyuan serve` on one origin, the NGO's own
// page with the elements' CDN files on another, a meeting created over HTTP.
const dataDir = mkdtempSync(join(tmpdir(), 'qy-embed-e2e-'));
let box: RunningBox;
let site: RunningSite;
let browser: Browser;
const pages: Record<string, string> = {};

async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${box.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates an open meeting allowing `corsOrigins`; returns its id, token and one voting code. */
async function openMeeting(id: string, corsOrigins: string[]) {
  const { organizerToken } = await call<{ organizerToken: string }>(
    'POST',
    '/meetings',
    { meeting: { ...pilotMeeting, id }, corsOrigins },
    box.operatorKey,
  );
  const { codes } = await call<{ codes: { code: string }[] }>(
    'POST',
    `/meetings/${id}/codes`,
    { count: 1 },
    organizerToken,
  );
  await call('POST', `/meetings/${id}/lock-weights`, undefined, organizerToken);
  await call('POST', `/meetings/${id}/open`, undefined, organizerToken);
  return { id, token: organizerToken, code: codes[0]!.code };
}

/** The NGO's voting page for a meeting: the ballot reads the meeting from the box. */
function votePage(meeting: string, code: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Vote</title>
<script type="module" src="/qy/ballot.js"></script>
<qy-ballot endpoint="${box.url}/meetings/${meeting}/ballots" code="${code}"></qy-ballot>
<script type="module">
  const ballot = document.querySelector('qy-ballot');
  window.rejections = [];
  ballot.addEventListener('qy-ballot-rejected', (e) => window.rejections.push(e.detail));
  const answer = await fetch('${box.url}/meetings/${meeting}');
  ballot.meeting = (await answer.json()).meeting;
</script></html>`;
}

async function vote(page: Page): Promise<void> {
  await page
    .locator('input[data-project="yuhuayuan-culture"][data-criterion="public-benefit"]')
    .check();
  await page.getByRole('button', { name: 'Review my ballot' }).click();
  await page.getByRole('button', { name: 'Submit ballot' }).click();
}

describe('an NGO page on its own origin against qingyuan serve', () => {
  let wrong: Awaited<ReturnType<typeof openMeeting>>;
  let right: Awaited<ReturnType<typeof openMeeting>>;

  beforeAll(async () => {
    box = await startBox(join(dataDir, 'box.db'));
    site = await startSite(pages);
    wrong = await openMeeting('wrong-origin', ['https://somewhere-else.example']);
    right = await openMeeting('right-origin', [site.origin]);
    pages['/wrong.html'] = votePage(wrong.id, wrong.code);
    pages['/right.html'] = votePage(right.id, right.code);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await box?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the box’s reason, not “offline”, on an origin missing from corsOrigins', async () => {
    // The site's port changes on restart, so this meeting allows another origin altogether.
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${site.origin}/wrong.html`);
    await vote(page);
    const heading = page.locator('qy-ballot #step-title');
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toContain('corsOrigins');
    expect(await heading.textContent()).toContain(site.origin);
    expect(await page.locator('qy-ballot').textContent()).not.toMatch(/offline/i);
    expect(warnings.join('\n')).toContain('corsOrigins');
    const rejections = await page.evaluate(
      () => (window as unknown as { rejections: unknown[] }).rejections,
    );
    expect(rejections).toHaveLength(1);
    // Nothing was stored, and nothing waits in the outbox to be retried as if offline.
    const { turnout } = await call<{ turnout: { voted: number } }>('GET', `/meetings/${wrong.id}`);
    expect(turnout.voted).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('qingyuan:ballot-outbox') ?? '[]')).toBe(
      '[]',
    );
    await page.close();
  });

  it('delivers the ballot from a listed origin and shows the box’s receipt', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/right.html`);
    await vote(page);
    const heading = page.locator('qy-ballot #step-title');
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toContain('received');
    const { turnout } = await call<{ turnout: { voted: number } }>('GET', `/meetings/${right.id}`);
    expect(turnout.voted).toBe(1);
    await page.close();
  });
});
