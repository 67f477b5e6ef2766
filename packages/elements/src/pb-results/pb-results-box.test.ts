import {
  Rational,
  approvalElection,
  checkJustifiedRepresentation,
  equalShares,
  exactNumberToJSON,
  explainEqualShares,
  explainVoterShare,
  outcomeAnalytics,
  outcomeAnalyticsToJSON,
  type Locale,
} from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/pb-results.js';
import { binheSheet } from '../pb-ballot/pb-ballot.fixture.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  shadowText,
  until,
} from '../testing/fixture.js';
import { activeIn, tabUntil } from '../testing/keyboard.js';
import type { QyPbResults } from './pb-results.js';

afterEach(cleanupFixtures);

const ENDPOINT = 'https://box.example/organizations/org-7/pb-elections/binhe-2026';
const RULE = { name: 'equal-shares', utility: 'cost', completion: 'none' } as const;
const sheet = binheSheet('approval');
/** The city-wide list's projects (no district) and the ballots cast, with their receipts. */
const cityWide = sheet.projects.filter((p) => p.district === undefined);
const cast = [
  { receipt: 'a'.repeat(64), projects: ['c-library', 'c-trees'] },
  { receipt: 'b'.repeat(64), projects: ['c-library'] },
  { receipt: 'c'.repeat(64), projects: ['c-canteen', 'c-trees'] },
  { receipt: 'd'.repeat(64), projects: ['c-trees'] },
  { receipt: 'e'.repeat(64), projects: ['c-canteen'] },
];

/** Rationals as the box writes them (integers or "p/q"), recursively. */
function exact(value: unknown): unknown {
  if (value instanceof Rational) return exactNumberToJSON(value);
  if (Array.isArray(value)) return value.map(exact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exact(v)]));
  }
  return value;
}

/** The city-wide list computed by core, as the box's routes compute it (pb-outcome.ts). */
function computed() {
  const built = approvalElection({
    budget: sheet.budget,
    projects: cityWide.map((p) => ({ id: p.id, cost: p.cost })),
    ballots: cast.map((b) => b.projects),
  });
  if (!built.ok) throw new Error('bad test election');
  const election = built.value;
  const outcome = equalShares(election, { utility: 'cost', completion: 'none' });
  const explanation = explainEqualShares(election, { utility: 'cost', completion: 'none' });
  return { election, outcome, explanation };
}

/**
 * Answers the box's routes with core's figures, in the request's language; `status: 'open'`
 * refuses results as the box does (409). Records every request with its language.
 */
function serveBox(status: 'open' | 'closed' = 'closed', certifiedAt: string | null = null) {
  const seen: { url: string; language: string }[] = [];
  const realFetch = window.fetch;
  const { election, outcome, explanation } = computed();
  window.fetch = async (input, init) => {
    const url = String(input);
    if (!url.startsWith(ENDPOINT)) return realFetch(input, init);
    const language = new Headers(init?.headers).get('accept-language') ?? '';
    seen.push({ url, language });
    const locale: Locale = language.startsWith('zh') ? 'zh-CN' : 'en';
    const json = (body: unknown, code = 200) =>
      new Response(JSON.stringify(body), {
        status: code,
        headers: { 'Content-Type': 'application/json' },
      });
    const path = url.slice(ENDPOINT.length);
    if (path === '/sheet') return json(sheet);
    if (status === 'open') {
      return json(
        {
          error: 'wrong-status',
          message:
            locale === 'zh-CN'
              ? '该参与式预算投票当前为"投票中"；投票截止后才计票'
              : 'The PB election is open; results are counted once voting is closed',
        },
        409,
      );
    }
    if (path === '/results') {
      return json({
        election: 'binhe-2026',
        status: 'closed',
        standing: certifiedAt === null ? 'provisional' : 'final',
        certifiedAt,
        rule: RULE,
        format: 'approval',
        approvalReading: false,
        ballots: { total: cast.length, online: cast.length - 1, paper: 1 },
        lists: [
          {
            district: null,
            budget: exactNumberToJSON(election.budget),
            voters: election.voterCount,
            selected: outcome.selected,
            cost: exactNumberToJSON(outcome.cost),
            perVoterBudget: exact(outcome.perVoterBudget),
            approvals: Object.fromEntries(
              election.projectIds.map((id, p) => [id, election.approvals[p]!]),
            ),
            analytics: outcomeAnalyticsToJSON(outcomeAnalytics(election, outcome.selected)),
            // As the box answers them (pb-outcome.ts): EJR decided, PJR cut short at one step.
            representation: (['ejr', 'pjr'] as const).map((property) => {
              const check = checkJustifiedRepresentation(election, outcome.selected, {
                property,
                maxSteps: property === 'pjr' ? 1 : 200_000,
              });
              return {
                property,
                utility: 'cost',
                status: check.status,
                ...(check.status === 'satisfied' ? {} : { message: check.message }),
              };
            }),
          },
        ],
      });
    }
    if (path === '/explanation') {
      return json({
        election: 'binhe-2026',
        lists: [{ district: null, explanation: exact(explanation) }],
      });
    }
    const receipt = /^\/explanation\?receipt=([0-9a-f]+)$/.exec(path)?.[1];
    const ballot = cast.find((b) => b.receipt === receipt);
    if (ballot) {
      const share = explainVoterShare(explanation, ballot.projects)!;
      return json({
        election: 'binhe-2026',
        receipt,
        shares: [{ district: null, share: exact(share.share), text: share.text[locale] }],
      });
    }
    return json(
      {
        error: 'no-such-receipt',
        message:
          locale === 'zh-CN' ? '没有计入的选票使用此回执' : 'No counted ballot has this receipt',
      },
      404,
    );
  };
  return { seen, restore: () => (window.fetch = realFetch), outcome, explanation };
}

describe('<qy-pb-results endpoint> reads a ballot box', () => {
  it('shows the box’s outcome with the sheet’s names, the paper count and the rounds', async () => {
    const box = serveBox();
    try {
      const el = await fixture<QyPbResults>(
        html`<qy-pb-results endpoint=${ENDPOINT}></qy-pb-results>`,
        { lang: 'en' },
      );
      await until(() => el.value !== undefined, 'the results');
      await el.updateComplete;
      expect(box.seen.map((s) => s.url.slice(ENDPOINT.length)).sort()).toEqual([
        '/explanation',
        '/results',
        '/sheet',
      ]);
      expect(box.seen.every((s) => s.language === 'en')).toBe(true);
      const funded = shadowAll(el, '[part="outcome"] tbody tr').map((tr) => tr.dataset.project);
      expect(funded).toEqual(box.outcome.selected);
      expect(funded.length).toBeGreaterThan(0);
      const names = shadowAll(el, '[part="outcome"] tbody th').map((th) => th.textContent!.trim());
      const titles: Record<string, string> = {
        'c-library': 'Community library',
        'c-trees': 'Trees on the embankment',
        'c-canteen': 'Canteen for older people',
      };
      const title = (id: string) => titles[id];
      expect(names).toEqual(box.outcome.selected.map(title));
      const text = shadowText(el);
      expect(text).toContain('Binhe participatory budget');
      expect(text).toContain('5 ballots counted, 1 of them entered from paper.');
      // The box's count is not certified yet: said so.
      expect(shadow(el, '[data-standing]').dataset.standing).toBe('provisional');
      expect(text).toContain('Provisional outcome: the count is not certified yet');
      // The box's exact EJR/PJR checks of the outcome, the one too large to decide said so.
      const checks = shadowAll(el, '.representation li');
      // Equal Shares guarantees EJR up to one project for cost utility, not EJR: core finds the
      // group this outcome leaves short, and the page shows core's words for it.
      expect(checks.map((li) => li.dataset.status)).toEqual(['violated', 'too-large']);
      expect(checks[0]!.textContent).toContain('EJR (extended justified representation)');
      expect(checks[0]!.textContent).toContain('not satisfied');
      expect(checks[1]!.textContent).toContain('not checked');
      expect(shadowAll(el, '[part="rounds"] tbody tr')).toHaveLength(box.explanation.rounds.length);
      expect(shadow(el, 'label[for="share-input"]').textContent).toContain('receipt code');
      await expectNoAxeViolations(el.parentElement!);
    } finally {
      box.restore();
    }
  });

  it('answers “what my share paid for” from the 64-character receipt the box gave, by keyboard', async () => {
    const box = serveBox();
    try {
      const el = await fixture<QyPbResults>(
        html`<qy-pb-results endpoint=${ENDPOINT}></qy-pb-results>`,
        { lang: 'zh-CN' },
      );
      await until(() => el.value !== undefined, 'the results');
      await el.updateComplete;
      const input = shadow<HTMLInputElement>(el, '#share-input');
      input.focus();
      // Upper case as a voter may copy it; the box is asked in lower case.
      await userEvent.keyboard(`${'C'.repeat(64)}{Enter}`);
      const answer = () =>
        shadow(el, '[part="share-answer"]').textContent!.replace(/\s+/g, ' ').trim();
      const expected = explainVoterShare(box.explanation, cast[2]!.projects)!.text['zh-CN'];
      await until(() => answer() === expected.replace(/\s+/g, ' ').trim(), 'the share');
      expect(box.seen.at(-1)).toEqual({
        url: `${ENDPOINT}/explanation?receipt=${'c'.repeat(64)}`,
        language: 'zh-CN',
      });
      // An unknown receipt: the box's own words, the field marked and focused again.
      input.select();
      await userEvent.keyboard(`${'f'.repeat(64)}{Enter}`);
      await until(() => answer().includes('没有计入的选票使用此回执'), 'the refusal');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(activeIn(el)).toBe(input);
      // Project ids still answer from the explanation in the page.
      input.select();
      await userEvent.keyboard('c-library{Enter}');
      await until(() => answer().includes('c-library'), 'the projects answer');
      expect(box.seen.filter((s) => s.url.includes('receipt='))).toHaveLength(2);
      expect(await tabUntil(el, '查看我的份额支付了什么')).toContain('查看我的份额支付了什么');
    } finally {
      box.restore();
    }
  });

  it('says the outcome is final once the box certified the count, in the reader’s language', async () => {
    const box = serveBox('closed', '2026-12-07T21:40:00.000Z');
    try {
      const el = await fixture<QyPbResults>(
        html`<qy-pb-results endpoint=${ENDPOINT}></qy-pb-results>`,
        { lang: 'zh-CN' },
      );
      await until(() => el.value !== undefined, 'the results');
      await el.updateComplete;
      expect(shadow(el, '[data-standing]').dataset.standing).toBe('final');
      expect(shadowText(el)).toContain('最终结果：计票结果已于 2026-12-07 认证。');
      expect(shadowText(el)).toContain('EJR（扩展正当代表性）');
      await expectNoAxeViolations(el.parentElement!);
    } finally {
      box.restore();
    }
  });

  it('answers a receipt given as the voter attribute as soon as the results are there', async () => {
    const box = serveBox();
    try {
      const el = await fixture<QyPbResults>(
        html`<qy-pb-results endpoint=${ENDPOINT} voter=${'a'.repeat(64)}></qy-pb-results>`,
        { lang: 'en' },
      );
      const expected = explainVoterShare(box.explanation, cast[0]!.projects)!.text.en;
      await until(
        () =>
          el.value !== undefined &&
          shadow(el, '[part="share-answer"]').textContent!.includes(expected),
        'the share',
      );
    } finally {
      box.restore();
    }
  });

  it('says, in the reader’s language, that the box counts only once voting closed', async () => {
    const box = serveBox('open');
    try {
      const el = await fixture<QyPbResults>(
        html`<qy-pb-results endpoint=${ENDPOINT}></qy-pb-results>`,
        { lang: 'zh-CN' },
      );
      await until(() => shadowAll(el, '[part="error"]').length > 0, 'the error');
      const error = shadow(el, '[part="error"]').textContent!;
      expect(error).toContain(`${ENDPOINT}/results 返回 409：`);
      expect(error).toContain('投票截止后才计票');
      await expectNoAxeViolations(el.parentElement!);
    } finally {
      box.restore();
    }
  });
});
