import { PbBallotSchema, type PbBallotJSON } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/pb-ballot.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  jsonUrl,
  settle,
  shadow,
  shadowAll,
  shadowButton,
  shadowText,
  until,
} from '../testing/fixture.js';
import { runFormControlTests } from '../testing/form-control-tests.js';
import { activeIn } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { stub, stubState, STUB_ENDPOINT, freshDeviceAndStub } from '../testing/stub-client.js';
import { binheSheet, type PbSheetJSON } from './pb-ballot.fixture.js';
import type { QyPbBallot } from './pb-ballot.js';

const ENDPOINT = STUB_ENDPOINT;
const OUTBOX = 'qingyuan:pb-ballot-outbox';

async function mount(
  sheet: PbSheetJSON,
  options: { lang?: string; district?: string; endpoint?: string } = {},
): Promise<QyPbBallot> {
  return fixture<QyPbBallot>(
    html`<qy-pb-ballot
      district=${options.district ?? ''}
      endpoint=${options.endpoint ?? ''}
      .election=${sheet}
    ></qy-pb-ballot>`,
    { lang: options.lang ?? 'en' },
  );
}

/** The item of a project, by its id. */
function item(el: QyPbBallot, id: string): HTMLElement {
  return shadow(el, `li[data-project="${id}"]`);
}

async function tick(el: QyPbBallot, id: string): Promise<void> {
  await userEvent.click(item(el, id).querySelector('input[type="checkbox"]')!);
  await el.updateComplete;
}

async function press(el: QyPbBallot, label: string): Promise<void> {
  await userEvent.click(await shadowButton(el, label));
  await el.updateComplete;
}

async function reviewAndSubmit(el: QyPbBallot): Promise<void> {
  await press(el, 'Review my ballot');
  expect(el.currentStep).toBe('review');
  await press(el, 'Submit ballot');
}

beforeEach(freshDeviceAndStub);
afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

describe('<qy-pb-ballot> approval', () => {
  it('shows core’s count limits beside the list, live for too many, on review for too few', async () => {
    const el = await mount(binheSheet('approval', { minLength: 2, maxLength: 2 }));
    expect(shadowText(el)).toContain('Choose 2 to 2 projects.');
    await tick(el, 'c-library');
    // Too few is not shouted at a voter who has just started…
    expect(shadowAll(el, '[part="field-error"]')).toEqual([]);
    await press(el, 'Review my ballot');
    // …but named beside the list once they ask to review, and the review waits.
    expect(el.currentStep).toBe('vote');
    const list = shadow(el, 'section[data-list=""]');
    expect(list.querySelector('[part="field-error"]')!.textContent).toContain(
      '1 project chosen on the city-wide list; at least 2',
    );
    expect(activeIn(el)?.classList.contains('fix-first')).toBe(true);
    await expectNoAxeViolations(el.parentElement!);
    await tick(el, 'c-trees');
    await tick(el, 'c-canteen');
    expect(list.querySelector('[part="field-error"]')!.textContent).toContain(
      '3 projects chosen on the city-wide list; at most 2',
    );
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toContain('at most 2');
    await tick(el, 'c-library');
    expect(shadowAll(el, '[part="field-error"]')).toEqual([]);
    expect(el.value).toEqual({ projects: ['c-trees', 'c-canteen'] });
    expect(el.checkValidity()).toBe(true);
  });

  it('goes through review to submit with core’s ballot document and its fingerprint', async () => {
    const el = await mount(binheSheet('approval', { maxLength: 3 }));
    const submitted: { ballot: PbBallotJSON; fingerprint: string }[] = [];
    el.addEventListener('qy-pb-ballot-submit', (e) => submitted.push(e.detail));
    await tick(el, 'c-trees');
    await tick(el, 'c-library');
    await press(el, 'Review my ballot');
    expect(shadow(el, '[part="review"]').textContent).toContain('Community library');
    expect(activeIn(el)?.id).toBe('step-title');
    await expectNoAxeViolations(el.parentElement!);
    await press(el, 'Change my choices');
    expect(el.currentStep).toBe('vote');
    await press(el, 'Review my ballot');
    await press(el, 'Submit ballot');
    await until(() => el.currentStep === 'done', 'done');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.ballot).toEqual({ projects: ['c-library', 'c-trees'] });
    expect(PbBallotSchema.safeParse(submitted[0]!.ballot).success).toBe(true);
    expect(shadow(el, '[part="receipt"]').textContent).toContain(submitted[0]!.fingerprint);
    expect(submitted[0]!.fingerprint).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('speaks Chinese, core’s messages included', async () => {
    const el = await mount(binheSheet('approval', { maxLength: 1 }), { lang: 'zh-CN' });
    expect(shadowText(el)).toContain('滨河街道参与式预算');
    expect(shadowText(el)).toContain('¥120,000');
    await tick(el, 'c-trees');
    await tick(el, 'c-library');
    expect(shadow(el, 'section[data-list=""] [part="field-error"]').textContent).toContain(
      '全市清单选了 2 个项目；最多 1 个',
    );
    expect(await shadowButton(el, '核对我的选票')).toBeTruthy();
    await expectNoAxeViolations(el.parentElement!);
  });
});

describe('<qy-pb-ballot> knapsack', () => {
  it('keeps a running budget, politely announced, and names the overspend beside the list', async () => {
    const el = await mount(binheSheet('knapsack'));
    const budget = shadow(el, 'section[data-list=""] [part="budget"]');
    const status = budget.querySelector('[role="status"]')!;
    expect(status.textContent).toMatch(/CN¥0 of CN¥200,000 used\s*·\s*CN¥200,000 left/);
    await tick(el, 'c-library');
    await tick(el, 'c-trees');
    expect(status.textContent).toMatch(/CN¥170,000 of CN¥200,000 used\s*·\s*CN¥30,000 left/);
    const fill = budget.querySelector<HTMLElement>('.fill')!;
    expect(fill.style.inlineSize).toBe('85%');
    await tick(el, 'c-canteen');
    expect(status.textContent).toContain('CN¥40,000 over the limit');
    expect(fill.classList.contains('over')).toBe(true);
    expect(shadow(el, 'section[data-list=""] [part="field-error"]').textContent).toContain(
      'the projects chosen on the city-wide list cost 240000, more than the limit of 200000',
    );
    await expectNoAxeViolations(el.parentElement!);
  });

  it('gives a district voter their district’s list with its own sub-budget', async () => {
    const el = await mount(binheSheet('knapsack'), { district: 'north' });
    expect(shadowAll(el, 'section[part="list"] h3').map((h) => h.textContent)).toEqual([
      'Projects of North',
      'City-wide projects',
    ]);
    expect(shadowAll(el, 'li[data-project="s-light"]')).toEqual([]);
    await tick(el, 'n-park');
    await tick(el, 'n-bench');
    expect(shadow(el, 'section[data-list="north"] [role="status"]').textContent).toContain(
      'CN¥55,000 of CN¥60,000 used',
    );
    expect(el.value).toEqual({ district: 'north', projects: ['n-park', 'n-bench'] });
  });

  it('lets a voter pick their district, and drops projects of a list they leave', async () => {
    const el = await mount(binheSheet('knapsack'));
    const select = shadow<HTMLSelectElement>(el, '#district');
    await userEvent.selectOptions(select, 'south');
    await el.updateComplete;
    await tick(el, 's-light');
    expect(el.value).toEqual({ district: 'south', projects: ['s-light'] });
    await userEvent.selectOptions(select, 'north');
    await el.updateComplete;
    expect(el.value).toEqual({ district: 'north', projects: [] });
  });

  it('shows per-category limits and core’s violation beside the category', async () => {
    const el = await mount(
      binheSheet('knapsack', {
        categoryLimits: { green: { maxCount: 1 }, elderly: { maxCost: 60000 } },
      }),
      { district: 'north' },
    );
    const green = shadow(el, 'li[data-category="green"]');
    expect(green.textContent).toContain('Green spaces: 0 of at most 1 projects');
    await tick(el, 'n-park');
    await tick(el, 'c-trees');
    expect(green.textContent).toContain('Green spaces: 2 of at most 1 projects');
    expect(green.querySelector('[part="field-error"]')!.textContent).toContain(
      '2 projects of category "green" chosen; at most 1',
    );
    await tick(el, 'c-canteen');
    const elderly = shadow(el, 'li[data-category="elderly"]');
    expect(elderly.querySelector('[part="field-error"]')!.textContent).toContain(
      'more than its limit of 60000',
    );
    expect(green.querySelectorAll('[part="field-error"] li')).toHaveLength(1);
    await expectNoAxeViolations(el.parentElement!);
  });
});

describe('<qy-pb-ballot> cumulative', () => {
  it('spreads points with buttons and typing, shows the points left and the per-project cap', async () => {
    const el = await mount(binheSheet('cumulative', { maxSumPoints: 10, maxPoints: 4 }));
    const left = shadow(el, 'section[data-list=""] [part="points-left"]');
    expect(left.textContent).toContain('10 of 10 points left');
    await press(el, 'One point more for Community library');
    await press(el, 'One point more for Community library');
    expect(left.textContent).toContain('8 of 10 points left');
    const trees = item(el, 'c-trees').querySelector<HTMLInputElement>('input[type="number"]')!;
    await userEvent.fill(trees, '5');
    await el.updateComplete;
    expect(el.value).toEqual({ projects: ['c-library', 'c-trees'], points: [2, 5] });
    expect(item(el, 'c-trees').querySelector('[part="field-error"]')!.textContent).toContain(
      'project c-trees gets 5 points; at most 4 per project',
    );
    expect(trees.getAttribute('aria-invalid')).toBe('true');
    await userEvent.fill(
      item(el, 'c-canteen').querySelector<HTMLInputElement>('input[type="number"]')!,
      '4',
    );
    await el.updateComplete;
    expect(left.textContent).toContain('1 points too many');
    expect(shadow(el, 'section[data-list=""] > [part="field-error"]').textContent).toContain(
      '11 points given on the city-wide list; each voter has 10',
    );
    await expectNoAxeViolations(el.parentElement!);
    await press(el, 'One point less for Trees on the embankment');
    await press(el, 'One point less for Trees on the embankment');
    expect(shadowAll(el, '[part="field-error"]')).toEqual([]);
    await press(el, 'Review my ballot');
    expect(shadow(el, '[part="review"]').textContent).toContain('3 points');
  });
});

describe('<qy-pb-ballot> ordinal', () => {
  it('ranks without dragging: add, move up and down by button and Alt+arrows, focus follows', async () => {
    const el = await mount(binheSheet('ordinal', { maxLength: 3 }));
    expect(shadowText(el)).toContain('Rank at most 3 projects.');
    await press(el, 'Add Community library to my ranking');
    await press(el, 'Add Trees on the embankment to my ranking');
    await press(el, 'Add Canteen for older people to my ranking');
    expect(el.value!.projects).toEqual(['c-library', 'c-trees', 'c-canteen']);
    await press(el, 'Move Canteen for older people up');
    expect(el.value!.projects).toEqual(['c-library', 'c-canteen', 'c-trees']);
    expect(activeIn(el)?.getAttribute('aria-label')).toBe('Move Canteen for older people up');
    expect(shadow(el, 'fieldset > [role="status"]').textContent).toContain(
      'Canteen for older people is now number 2 of 3.',
    );
    // Keyboard only: Alt + arrow up on the focused project moves it to the top.
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await el.updateComplete;
    expect(el.value!.projects).toEqual(['c-canteen', 'c-library', 'c-trees']);
    // At the top "Up" is disabled: the focus moved to the same project's "Down".
    expect(activeIn(el)?.getAttribute('aria-label')).toBe('Move Canteen for older people down');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value!.projects).toEqual(['c-library', 'c-canteen', 'c-trees']);
    await expectNoAxeViolations(el.parentElement!);
    await press(el, 'Remove Community library from my ranking');
    expect(el.value!.projects).toEqual(['c-canteen', 'c-trees']);
    expect(activeIn(el)?.getAttribute('aria-label')).toBe('Add Community library to my ranking');
  });

  it('names a ranking longer than the maximum', async () => {
    const el = await mount(binheSheet('ordinal', { maxLength: 1 }));
    await press(el, 'Add Community library to my ranking');
    await press(el, 'Add Trees on the embankment to my ranking');
    expect(shadow(el, 'section[data-list=""] > [part="field-error"]').textContent).toContain(
      '2 projects ranked on the city-wide list; a ranking holds at most 1',
    );
  });
});

describe('<qy-pb-ballot> sheet', () => {
  it('reads an inline JSON sheet and names every problem of a bad one', async () => {
    const errors: string[] = [];
    const bad = { ...binheSheet('approval'), currency: 'yuan', budget: -5 };
    const el = await fixture<QyPbBallot>(
      html`<qy-pb-ballot @qy-load-error=${() => errors.push('x')} .election=${bad}></qy-pb-ballot>`,
    );
    expect(errors).toHaveLength(1);
    const box = shadow(el, '[part="error"]');
    expect(box.textContent).toContain('budget');
    expect(box.textContent).toContain('currency');
    await expectNoAxeViolations(el.parentElement!);
    const inline = await fixture<QyPbBallot>(
      html`<qy-pb-ballot
        ><script type="application/json">
          ${JSON.stringify(binheSheet('approval'))}
        </script></qy-pb-ballot
      >`,
    );
    expect(shadowText(inline)).toContain('Community library');
  });

  it('fits a 360 px phone with 44 px targets', async () => {
    await page.viewport(360, 800);
    for (const format of ['knapsack', 'cumulative', 'ordinal'] as const) {
      const el = await fixture<QyPbBallot>(
        html`<div style="width:360px">
          <qy-pb-ballot district="north" .election=${binheSheet(format)}></qy-pb-ballot>
        </div>`,
        { lang: 'zh-CN', selector: 'qy-pb-ballot' },
      );
      if (format === 'ordinal') {
        await press(el, '把社区图书室加入我的排序');
        await press(el, '把河堤植树加入我的排序');
      }
      expectFitsNarrow(el, {
        targets: 'button, label.toggle, select, input[type="number"]',
        texts: 'h2, h3, p:not(.visually-hidden)',
      });
      cleanupFixtures();
    }
  });
});

describe('<qy-pb-ballot> delivery', () => {
  it('posts core’s ballot document once, with an Idempotency-Key, and shows the receipt', async () => {
    const el = await mount(binheSheet('approval'), { endpoint: ENDPOINT, district: 'north' });
    let sent = '';
    el.addEventListener('qy-pb-ballot-sent', (e) => (sent = e.detail.key));
    await tick(el, 'n-park');
    await tick(el, 'c-trees');
    await reviewAndSubmit(el);
    await until(() => el.currentStep === 'sent', 'sent');
    const state = await stubState();
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(sent);
    expect(JSON.parse(state.stored[0]!.body)).toEqual({
      district: 'north',
      projects: ['n-park', 'c-trees'],
    });
    expect(shadowText(el)).toContain('Your ballot was received');
    expect(JSON.parse(localStorage.getItem(OUTBOX) ?? '[]')).toEqual([]);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('waits on the device while offline and is stored once when back', async () => {
    await stub({ down: true });
    const el = await mount(binheSheet('approval'), { endpoint: ENDPOINT });
    const queued: string[] = [];
    el.addEventListener('qy-pb-ballot-queued', (e) => queued.push(e.detail.key));
    await tick(el, 'c-trees');
    await reviewAndSubmit(el);
    await until(() => el.currentStep === 'queued', 'queued');
    expect(queued).toHaveLength(1);
    expect(shadowText(el)).toContain('saved on this device');
    expect(localStorage.getItem(OUTBOX)).toContain(queued[0]);
    await expectNoAxeViolations(el.parentElement!);

    // A new page (the voter closed the tab) shows the waiting ballot, not a blank one.
    cleanupFixtures();
    const again = await mount(binheSheet('approval'), { endpoint: ENDPOINT });
    expect(again.currentStep).toBe('queued');
    await stub({ down: false });
    await again.retryNow();
    await again.retryNow();
    await until(() => again.currentStep === 'sent', 'sent');
    const state = await stubState();
    expect(state.stored.map((s) => s.key)).toEqual(queued);
  });

  it('shows the server’s reason for a refusal and goes back with the choices kept', async () => {
    await stub({ refuse: true, refusal: { status: 409, body: { message: 'voting is closed' } } });
    const el = await mount(binheSheet('approval'), { endpoint: ENDPOINT });
    let reason = '';
    el.addEventListener('qy-pb-ballot-rejected', (e) => (reason = e.detail.message));
    await tick(el, 'c-trees');
    await reviewAndSubmit(el);
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(reason).toBe('voting is closed');
    expect(shadowText(el)).toContain('refused this ballot: voting is closed');
    await press(el, 'Change my choices');
    expect(el.value).toEqual({ projects: ['c-trees'] });
  });

  it('reads the sheet from <box>/organizations/<organization>/pb-elections/<election> and casts the code beside the ballot there', async () => {
    const seen: { method: string; url: string; body: string; key: string }[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = String(input);
      if (!url.includes('/pb-elections/')) return realFetch(input, init);
      const headers = new Headers(init?.headers);
      const method = init?.method ?? 'GET';
      seen.push({
        method,
        url,
        body: String(init?.body),
        key: headers.get('Idempotency-Key') ?? '',
      });
      const answer =
        method === 'GET'
          ? { id: 'binhe 2026', status: 'open', sheet: binheSheet('approval') }
          : url.endsWith('/codes/check')
            ? { result: 'valid' }
            : { receipt: 'box-7f3a', replaced: false };
      return new Response(JSON.stringify(answer), {
        status: method === 'GET' ? 200 : 201,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    try {
      const el = await fixture<QyPbBallot>(
        html`<qy-pb-ballot
          box="https://box.example/"
          organization="org 7"
          election="binhe 2026"
          code="K7Q2-PB"
        ></qy-pb-ballot>`,
        { lang: 'en' },
      );
      const election = 'https://box.example/organizations/org%207/pb-elections/binhe%202026';
      expect(el.postUrl).toBe(`${election}/ballots`);
      await until(() => shadowAll(el, 'li[data-project]').length > 0, 'the sheet');
      // The page's code is checked with the box before any choice.
      await until(() => seen.length === 2, 'the code check');
      expect(seen.map((s) => [s.method, s.url])).toEqual([
        ['GET', election],
        ['POST', `${election}/codes/check`],
      ]);
      expect(JSON.parse(seen[1]!.body)).toEqual({ code: 'K7Q2-PB' });
      const sent: (string | undefined)[] = [];
      el.addEventListener('qy-pb-ballot-sent', (e) => sent.push(e.detail.receipt));
      await tick(el, 'c-library');
      await reviewAndSubmit(el);
      await until(() => el.currentStep === 'sent', 'sent');
      expect(seen).toHaveLength(3);
      expect(seen[2]!.url).toBe(`${election}/ballots`);
      expect(JSON.parse(seen[2]!.body)).toEqual({ code: 'K7Q2-PB', projects: ['c-library'] });
      expect(seen[2]!.key).not.toBe('');
      expect(sent).toEqual(['box-7f3a']);
      expect(shadow(el, '[part="receipt"]').textContent).toContain('box-7f3a');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('stops a code that has voted at the code field before any choice, and leaves a code the box cannot check to the ballot’s arrival', async () => {
    const realFetch = window.fetch;
    let check: { status: number; result?: string } = { status: 200, result: 'already-used' };
    const ballots: string[] = [];
    window.fetch = async (input, init) => {
      const url = String(input);
      if (!url.includes('/pb-elections/')) return realFetch(input, init);
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        });
      if ((init?.method ?? 'GET') === 'GET') {
        return json(200, { id: 'binhe', status: 'open', sheet: binheSheet('approval') });
      }
      if (url.endsWith('/codes/check')) return json(check.status, { result: check.result });
      ballots.push(String(init?.body));
      return json(401, { error: 'invalid-code', message: 'Not a code of this election' });
    };
    try {
      const el = await fixture<QyPbBallot>(
        html`<qy-pb-ballot box="/box" organization="org-7" election="binhe"></qy-pb-ballot>`,
        { lang: 'en' },
      );
      await until(() => el.currentStep === 'code', 'the code step');
      const input = shadow<HTMLInputElement>(el, '#voting-code');
      input.focus();
      await userEvent.keyboard('USED-CODE{Enter}');
      await until(() => shadow(el, '#voting-code-error').textContent!.includes('voted'), 'why');
      expect(shadow(el, '#voting-code-error').textContent).toContain(
        'This code has voted already: a ballot cannot be changed once it is cast.',
      );
      expect(el.currentStep).toBe('code');
      expect(shadowAll(el, 'li[data-project]')).toHaveLength(0);
      expect(el.shadowRoot!.activeElement?.id).toBe('voting-code');

      // A box without the check (404): the voter goes on, told the code is checked on arrival;
      // the box refuses it then, and the voter is back at the code field with the choices kept.
      check = { status: 404 };
      await userEvent.clear(input);
      await userEvent.keyboard('OTHER-CODE{Enter}');
      await until(() => shadowAll(el, 'li[data-project]').length > 0, 'the choices');
      expect(shadow(el, '[part="code-notice"]').textContent).toContain(
        'it is checked when your ballot is sent',
      );
      await tick(el, 'c-library');
      await reviewAndSubmit(el);
      await until(() => el.currentStep === 'code', 'back at the code field');
      expect(ballots).toHaveLength(1);
      expect(shadow(el, '#voting-code-error').textContent).toContain('Not a code of this election');
      expect(el.value).toEqual({ projects: ['c-library'] });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('has no ballot box without an organisation, and an endpoint wins for where ballots go', async () => {
    const el = await fixture<QyPbBallot>(
      html`<qy-pb-ballot
        box="/box"
        election="binhe"
        .election=${binheSheet('approval')}
      ></qy-pb-ballot>`,
      { lang: 'en' },
    );
    expect(el.postUrl).toBe('');
    expect(shadowAll(el, 'li[data-project]').length).toBeGreaterThan(0);
    el.organization = 'org-7';
    el.endpoint = '/api/pb-ballots';
    expect(el.postUrl).toBe('/api/pb-ballots');
    el.endpoint = '';
    // The box connection loads on first need; `updateComplete` waits for it.
    await el.updateComplete;
    expect(el.postUrl).toBe(
      new URL('/box/organizations/org-7/pb-elections/binhe/ballots', location.href).href,
    );
  });

  it('names the attribute a box ballot lacks (organization, election), in English and Chinese', async () => {
    const el = await fixture<QyPbBallot>(
      html`<qy-pb-ballot box="/box" election="binhe"></qy-pb-ballot>`,
      { lang: 'en' },
    );
    const status = () => shadow(el, '[part="status"]').textContent;
    expect(status()).toBe(
      'The ballot cannot load: box is set, but this attribute is missing: organization.',
    );
    await expectNoAxeViolations(el.parentElement!);
    el.electionId = '';
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(status()).toBe('选票无法加载：已设置 box，但缺少此属性：organization, election。');
    // without a box it is the plain empty state
    el.box = '';
    await el.updateComplete;
    expect(status()).toBe('暂无内容：没有提供文档。');
  });
});

runFormControlTests<QyPbBallot>({
  tag: 'qy-pb-ballot',
  create: async (form) => {
    const el = document.createElement('qy-pb-ballot');
    el.name = 'field';
    el.election = binheSheet('approval', { minLength: 1, maxLength: 2 });
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: async (el) => {
    await tick(el, 'c-trees');
  },
  fillPartly: async (el) => {
    // Not yet valid: one project more than the two a ballot may hold.
    await tick(el, 'c-trees');
    await tick(el, 'c-library');
    await tick(el, 'c-canteen');
  },
  resetAfterRestore: true,
  lateDocument: {
    create: (form) => {
      const el = document.createElement('qy-pb-ballot');
      el.name = 'field';
      el.src = jsonUrl(binheSheet('approval', { minLength: 1, maxLength: 2 }));
      form.querySelector('fieldset')!.append(el);
      return el;
    },
    load: async (el) => {
      await until(() => shadowAll(el, 'li[data-project]').length > 0, 'the sheet');
    },
  },
  invalidWhenEmpty: true,
});
