import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { startDemo, type RunningDemo } from './demo-server.js';

// The PB screen, keyboard only, on a 360 px phone: the organizer opens an invented district's
// vote in two ballot formats, voters cast with the box's codes, the organizer closes, and the
// outcome shown is the ballot box's.
const dataDir = mkdtempSync(join(tmpdir(), 'qy-pb-e2e-'));
/** Screenshots to look at (QY_SHOTS=dir keeps them; by default beside the data, removed). */
const shots = process.env.QY_SHOTS ?? join(dataDir, 'shots');
let demo: RunningDemo;
let browser: Browser;

/** A page at 360 px in `locale`, as the demo remembers its language. */
async function phone(locale: 'en' | 'zh-CN'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript((l) => localStorage.setItem('qy-demo-locale', l), locale);
  return context.newPage();
}

const screen = (page: Page): Locator => page.locator('demo-pb-screen');

async function box<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, demo.url), init);
  return { status: response.status, body: (await response.json()) as T };
}

/** The election the screen shows (its id on the box) and the organisation. */
async function shownElection(page: Page) {
  const id = await screen(page).locator('#pb-status').getAttribute('data-election');
  const { body } = await box<{ organization: string }>('/demo/pb-elections');
  return { id: id!, path: `/api/organizations/${body.organization}/pb-elections/${id}` };
}

async function pressAction(page: Page, action: 'open' | 'close', status: string): Promise<void> {
  await screen(page).locator(`#pb-action[data-action="${action}"]`).press('Enter');
  await expect
    .poll(() => screen(page).locator('#pb-status').getAttribute('data-status'))
    .toBe(status);
}

/** Votes as voter `n`: `mark` makes the choices on the ballot, then review and submit. */
async function vote(
  page: Page,
  n: number,
  mark: (ballot: Locator) => Promise<void>,
  names: { review: string; submit: string },
): Promise<string> {
  const view = screen(page);
  await view.locator(`button[data-voter="${n}"]`).press('Enter');
  const ballot = view.locator('qy-pb-ballot');
  await ballot.locator('li[data-project]').first().waitFor();
  await mark(ballot);
  await ballot.getByRole('button', { name: names.review }).press('Enter');
  await ballot.getByRole('button', { name: names.submit }).press('Enter');
  const receipt = view.locator(`p[data-receipt][data-voter="${n}"]`);
  await receipt.waitFor();
  return (await receipt.getAttribute('data-receipt'))!;
}

/** The funded projects the results element shows, in its order. */
async function shownOutcome(page: Page): Promise<string[]> {
  const rows = screen(page).locator('qy-pb-results [part="outcome"] tbody tr');
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.project!));
}

/** A full-page screenshot in 1,200 px slices (`name-1.png`, …), each readable when looked at. */
async function shoot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < height; y += 1200, i++) {
    await page.screenshot({
      path: join(shots, `${name}-${i}.png`),
      fullPage: true,
      clip: { x: 0, y, width: 360, height: Math.min(1200, height - y) },
    });
  }
}

/** The page is no wider than the phone (nothing scrolls sideways). */
async function fitsPhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  demo = await startDemo(dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the PB screen: an invented district’s budget on the ballot box', () => {
  it('finds the four elections on the box before the screen is first visited, and new ones after a reset', async () => {
    const listed = async () => {
      const organizer = await box<{ token: string }>('/demo/roles/organizer');
      const headers = { authorization: `Bearer ${organizer.body.token}` };
      const session = await box<{ round: { organization: string } }>('/demo/session');
      const list = await box<{ items: { id: string; status: string }[] }>(
        `/api/organizations/${session.body.round.organization}/pb-elections?limit=500`,
        { headers },
      );
      return list.body.items.filter((e) => e.id.startsWith('district-pb-'));
    };
    const seeded = await listed();
    expect(seeded.map((e) => e.id.split('-')[2]).sort()).toEqual([
      'approval',
      'cumulative',
      'knapsack',
      'ordinal',
    ]);
    expect(seeded.every((e) => e.status === 'draft')).toBe(true);
    // What the screen reads is what was seeded: the same elections, nothing created on the visit.
    const shown = await box<{ elections: { id: string }[] }>('/demo/pb-elections');
    expect(shown.body.elections.map((e) => e.id).sort()).toEqual(seeded.map((e) => e.id).sort());
    expect(await listed()).toHaveLength(4);
    // A reset seeds four fresh drafts with the rest of the demo.
    expect((await box('/demo/reset', { method: 'POST' })).status).toBe(200);
    const reseeded = (await listed()).map((e) => e.id);
    const after = await box<{ elections: { id: string }[] }>('/demo/pb-elections');
    const afterIds = after.body.elections.map((e) => e.id);
    expect(afterIds).toHaveLength(4);
    for (const id of afterIds) {
      expect(reseeded).toContain(id);
      expect(seeded.map((e) => e.id)).not.toContain(id);
    }
  });

  it('approval ballots: open, three voters, the format locked, closed; the outcome is the box’s', async () => {
    const page = await phone('en');
    await page.goto(`${demo.url}#/pb`);
    const view = screen(page);
    expect(await view.locator('#pb-invented').textContent()).toContain(
      'Qingyuan Example District is invented',
    );
    expect(await view.locator('input[value="approval"]').isChecked()).toBe(true);
    await expect.poll(() => view.locator('#pb-status').getAttribute('data-status')).toBe('draft');
    await pressAction(page, 'open', 'open');
    const election = await shownElection(page);

    // Once voting opens the box refuses to change the format, limits or rule.
    const organizer = await box<{ token: string }>('/demo/roles/organizer');
    const patched = await box<{ message: string }>(election.path, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${organizer.body.token}`,
      },
      body: JSON.stringify({ rule: { name: 'greedy', utility: 'cost' } }),
    });
    expect(patched.status).toBe(409);

    const names = { review: 'Review my ballot', submit: 'Submit ballot' };
    const tick = (ids: string[]) => async (ballot: Locator) => {
      for (const id of ids) {
        await ballot.locator(`li[data-project="${id}"] input[type="checkbox"]`).press('Space');
      }
    };
    await shoot(page, 'pb-approval-open-en');
    const receipts = [
      await vote(page, 1, tick(['playground', 'lane-lights', 'bike-shelter']), names),
      await vote(page, 2, tick(['reading-room', 'lane-lights']), names),
      await vote(page, 3, tick(['canteen', 'river-trees', 'playground']), names),
    ];
    for (const receipt of receipts) expect(receipt).toMatch(/^[0-9a-f]{64}$/);
    await shoot(page, 'pb-approval-voting-en');
    await expect.poll(() => view.locator('#pb-status').textContent()).toContain('3 ballots cast');
    await pressAction(page, 'close', 'closed');

    const results = await box<{ selected: string[]; ballots: { total: number } }>(
      `${election.path}/results`,
    );
    expect(results.body.ballots.total).toBe(3);
    expect(results.body.selected.length).toBeGreaterThan(0);
    expect(await shownOutcome(page)).toEqual(results.body.selected);
    // "What my share paid for", from the first voter's receipt, in the box's own words.
    const share = await box<{ shares: { text: string }[] }>(
      `${election.path}/explanation?receipt=${receipts[0]}`,
      { headers: { 'accept-language': 'en' } },
    );
    const answer = view.locator('qy-pb-results [part="share-answer"]');
    await expect
      .poll(async () => (await answer.textContent())?.replace(/\s+/g, ' ').trim())
      .toBe(share.body.shares[0]!.text);
    await fitsPhone(page);
    await shoot(page, 'pb-approval-results-en');

    // Only the organizer starts a format again: a fresh draft, the closed election kept.
    const anonymous = await box<{ message: string }>('/demo/pb-elections/approval', {
      method: 'POST',
      headers: { 'accept-language': 'en' },
    });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.message).toContain('Only the organizer');
    await view.locator('#pb-action[data-action="again"]').press('Enter');
    await expect.poll(() => view.locator('#pb-status').getAttribute('data-status')).toBe('draft');
    expect(await view.locator('#pb-status').getAttribute('data-election')).not.toBe(election.id);
    expect((await box<{ status: string }>(election.path)).body.status).toBe('closed');
  });

  it('cumulative ballots in Chinese: points with the keyboard, closed; the outcome is the box’s', async () => {
    const page = await phone('zh-CN');
    await page.goto(`${demo.url}#/pb`);
    const view = screen(page);
    expect(await view.locator('#pb-invented').textContent()).toContain('青苑示例区是虚构的街区');
    await view.locator('input[value="cumulative"]').press('Space');
    await expect.poll(() => view.locator('#pb-status').getAttribute('data-status')).toBe('draft');
    await pressAction(page, 'open', 'open');
    const election = await shownElection(page);
    expect(election.id).toContain('cumulative');
    const names = { review: '核对我的选票', submit: '提交选票' };
    const points = (given: Record<string, number>) => async (ballot: Locator) => {
      for (const [title, n] of Object.entries(given)) {
        const more = ballot.getByRole('button', { name: `${title}加一分` });
        for (let i = 0; i < n; i++) await more.press('Enter');
      }
    };
    await vote(page, 1, points({ 长者食堂: 5, 儿童游乐场翻新: 5 }), names);
    await vote(page, 2, points({ 社区阅览室: 3, 小巷路灯: 2 }), names);
    await shoot(page, 'pb-cumulative-voting-zh');
    await pressAction(page, 'close', 'closed');
    const results = await box<{ selected: string[]; approvalReading: boolean }>(
      `${election.path}/results`,
    );
    expect(results.body.approvalReading).toBe(true);
    expect(await shownOutcome(page)).toEqual(results.body.selected);
    // Points were read as approvals, and the results say so.
    await view.locator('qy-pb-results p', { hasText: '计票规则把这些选票读作赞成票' }).waitFor();
    await fitsPhone(page);
    await shoot(page, 'pb-cumulative-results-zh');
  });
});
