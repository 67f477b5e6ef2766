import {
  ApplicationSchema,
  IdSchema,
  projectLifecycle,
  replay,
  type Application,
  type ProjectEvent,
} from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/application-form.js';
import type { QyApplicationSubmitEvent } from '../events/application-submit.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  settle,
  shadow,
  shadowAll,
  until,
  shadowText as text,
  jsonUrl,
} from '../testing/fixture.js';
import { runFormControlTests } from '../testing/form-control-tests.js';
import { activeIn, controlName, tabUntil, typingTimeout } from '../testing/keyboard.js';
import { longText, xssPayload } from '../testing/meetings.js';
import { pilotApplication } from './application-form.fixture.js';
import type { QyApplicationForm } from './application-form.js';

afterEach(cleanupFixtures);

function field(el: QyApplicationForm, id: string): HTMLInputElement {
  return shadow<HTMLInputElement>(el, `#f-${id}`);
}

async function button(el: QyApplicationForm, label: string): Promise<HTMLButtonElement> {
  await el.updateComplete;
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) =>
    b.textContent?.replace(/\s+/g, ' ').trim().endsWith(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Types into a field with real key presses (select all first). */
async function type(el: QyApplicationForm, id: string, value: string): Promise<void> {
  field(el, id).focus();
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  if (value) await userEvent.keyboard(value);
  await el.updateComplete;
}

/**
 * Puts a value in a field at once, with the \`input\` event typing ends with: for the tests that
 * are about the form, not the keyboard (typing a whole application key by key takes 30 s and
 * more on a loaded machine; the keyboard tests type).
 */
async function put(el: QyApplicationForm, id: string, value: string): Promise<void> {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

type Enter = (el: QyApplicationForm, id: string, value: string) => Promise<void>;

/**
 * The keys that type an ISO date into a focused date field, in the order of its segments for
 * the browser's locale (Chromium shows month/day/year for en-US, day/month/year for en-GB…).
 */
function dateKeys(iso: string): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2008, 4, 1));
  const order = parts.flatMap((part) =>
    part.type === 'year'
      ? [year]
      : part.type === 'month'
        ? [month]
        : part.type === 'day'
          ? [day]
          : [],
  );
  return order.join('');
}

/**
 * Fills the basics through the UI: community, title, purpose, a need, an indicator, a budget
 * line (typed with real key presses unless \`enter\` says otherwise).
 */
async function fillBasics(el: QyApplicationForm, enter: Enter = type): Promise<void> {
  // The community is typed only where the page gave neither `community` nor `communities`.
  if (el.shadowRoot!.querySelector('input#f-community')) {
    await enter(el, 'community', 'binhe-dongli');
  }
  await enter(el, 'title', 'Merchants and residents council');
  await enter(el, 'purpose', 'Agree a charter on noise');
  await userEvent.click(await button(el, 'Add a need'));
  await enter(el, 'needs-0-description', 'Quiet nights');
  await userEvent.click(await button(el, 'Add an indicator'));
  await enter(el, 'indicators-0-description', 'Council meetings');
  await enter(el, 'indicators-0-unit', 'meetings');
  await enter(el, 'indicators-0-target', '12');
  await userEvent.click(await button(el, 'Add a budget line'));
  await enter(el, 'budget-lines-0-item', 'Meeting room');
  await enter(el, 'budget-lines-0-amount', '1200.50');
}

/**
 * {@link fillBasics} plus the parts core's submission rules require: a lead, a group, a dated
 * activity; each value put in at once (see {@link put}).
 */
async function fillMinimal(el: QyApplicationForm, enter: Enter = put): Promise<void> {
  await fillBasics(el, enter);
  await userEvent.click(await button(el, 'Add a team member'));
  await enter(el, 'team-0-name', 'Ms Li');
  await userEvent.click(await button(el, 'Add a group of beneficiaries'));
  await enter(el, 'beneficiaries-0-group', 'Residents and merchants');
  await userEvent.click(await button(el, 'Add an activity'));
  await enter(el, 'plan-0-title', 'First council meeting');
  field(el, 'plan-0-start').value = '2008-05-01';
  field(el, 'plan-0-start').dispatchEvent(new Event('input'));
  field(el, 'plan-0-end').value = '2008-05-31';
  field(el, 'plan-0-end').dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<qy-application-form>', () => {
  it('starts blank and lists what is missing, from the schema and core’s submission rules', async () => {
    const el = await fixture<QyApplicationForm>(html`<qy-application-form></qy-application-form>`);
    const rules = el.problems.flatMap((p) => (p.rule ? [p.rule] : []));
    expect(rules).toEqual([
      'application.has-indicator',
      'application.budget-adds-up',
      'application.has-need',
      'application.plan-dated',
      'application.team-lead',
      'application.beneficiaries',
    ]);
    expect(el.problems.map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining(['community', 'title', 'purpose', 'indicators']),
    );
    // The project id is the form's to make: never missing, never asked for.
    expect(el.problems.map((p) => p.path.join('.'))).not.toContain('id');
    expect(text(el)).toContain('The application needs at least one indicator');
    expect(text(el)).toContain('The budget has no lines');
    expect(el.checkValidity()).toBe(false);
    expect(text(el)).toContain('CN¥0.00');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('keeps a live exact total of decimal amounts in minor units', async () => {
    const el = await fixture<QyApplicationForm>(html`<qy-application-form></qy-application-form>`);
    for (let i = 0; i < 3; i++) {
      await userEvent.click(await button(el, 'Add a budget line'));
      expect(el.shadowRoot!.activeElement).toBe(field(el, `budget-lines-${i}-item`));
      await type(el, `budget-lines-${i}-amount`, i === 2 ? '0.2' : '0.1');
    }
    expect(el.total).toEqual({ amount: 40, currency: 'CNY' });
    expect(shadow(el, '#f-budget-total').textContent).toBe('CN¥0.40');
    await type(el, 'budget-lines-0-amount', '10,000.05');
    expect(el.total).toEqual({ amount: 1_000_035, currency: 'CNY' });
    expect(shadow(el, '#f-budget-total').textContent).toBe('CN¥10,000.35');
    // a currency without minor units refuses decimals, with a localized message
    const currency = shadow<HTMLSelectElement>(el, '#f-budget-total-currency');
    currency.focus();
    await userEvent.selectOptions(currency, 'JPY');
    await el.updateComplete;
    expect(el.problems.map((p) => p.message)).toContain(
      'This currency takes at most 0 decimal place(s).',
    );
  });

  it(
    'is filled in with the keyboard, shows no more problems, and submits a valid application',
    { timeout: typingTimeout },
    async () => {
      const el = await fixture<QyApplicationForm>(
        html`<qy-application-form></qy-application-form>`,
      );
      const submitted: QyApplicationSubmitEvent[] = [];
      el.addEventListener('qy-application-submit', (e) => submitted.push(e));
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe(field(el, 'community'));
      await userEvent.keyboard('binhe-dongli');
      await userEvent.tab();
      await userEvent.keyboard('Merchants and residents council');
      await fillBasics(el);
      await userEvent.click(await button(el, 'Add a team member'));
      await type(el, 'team-0-name', 'Ms Li');
      expect(shadow<HTMLSelectElement>(el, '#f-team-0-role').value).toBe('overall-lead');
      await userEvent.click(await button(el, 'Add a group of beneficiaries'));
      await type(el, 'beneficiaries-0-group', 'Elderly residents');
      await userEvent.selectOptions(
        shadow<HTMLSelectElement>(el, '#f-beneficiaries-0-vulnerable'),
        'elderly',
      );
      await userEvent.click(await button(el, 'Add an activity'));
      await type(el, 'plan-0-title', 'First council meeting');
      field(el, 'plan-0-start').value = '2008-05-01';
      field(el, 'plan-0-start').dispatchEvent(new Event('input'));
      field(el, 'plan-0-end').value = '2008-04-01';
      field(el, 'plan-0-end').dispatchEvent(new Event('input'));
      await el.updateComplete;
      // core's date-order check
      expect(el.problems.map((p) => p.path.join('.'))).toEqual(['plan.0.end']);
      field(el, 'plan-0-end').value = '2008-05-31';
      field(el, 'plan-0-end').dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.problems).toEqual([]);
      expect(text(el)).toContain('Nothing is missing');
      await expectNoAxeViolations(el.parentElement!);
      (await button(el, 'Submit the application')).focus();
      await userEvent.keyboard('{Enter}');
      await until(() => submitted.length === 1, 'submit');
      const application: Application = submitted[0]!.detail.application;
      expect(ApplicationSchema.safeParse(application).success).toBe(true);
      expect(application.budget).toEqual({
        total: { amount: 120_050, currency: 'CNY' },
        lines: [
          { id: 'line-1', item: 'Meeting room', amount: { amount: 120_050, currency: 'CNY' } },
        ],
      });
      expect(application.indicators[0]!.target).toBe(12);
      expect(application.beneficiaries).toEqual([
        { group: 'Elderly residents', vulnerable: 'elderly' },
      ]);
      expect(el.shadowRoot!.activeElement?.id).toBe('submitted');
      expect(application.id).toMatch(/^merchants-and-residents-[a-z0-9]{6}$/);
    },
  );

  it(
    'is operated with keys: Add buttons by Enter and Space, selects by arrow keys, dates typed',
    { timeout: typingTimeout },
    async () => {
      const el = await fixture<QyApplicationForm>(
        html`<qy-application-form></qy-application-form>`,
        {
          lang: 'en',
        },
      );
      const focused = () => activeIn(el);
      // Tab visits the sections in the order they are shown, each ending with its add button,
      // and ends on the submit button.
      const stops = await tabUntil(el, 'Submit the application');
      expect(stops.slice(0, 10)).toEqual([
        'Your community *',
        'Project title *',
        'Purpose *',
        '＋ Add a need',
        '＋ Add an activity',
        '＋ Add an indicator',
        '＋ Add a team member',
        '＋ Add a group of beneficiaries',
        'Currency',
        '＋ Add a budget line',
      ]);

      // Shift+Tab back to "Add an activity"; Enter adds a row and puts the focus in it.
      await tabUntil(el, '＋ Add an activity', { shift: true });
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(focused()).toBe(field(el, 'plan-0-title'));
      await userEvent.keyboard('First council meeting');
      // The dates are typed digit by digit into the date fields' segments.
      expect(await tabUntil(el, controlName(field(el, 'plan-0-start')))).toHaveLength(1);
      await userEvent.keyboard(dateKeys('2008-05-01'));
      // Tab may stop on the field's own parts (Chromium's date segments) before the next field.
      const start = controlName(field(el, 'plan-0-start'));
      const toEnd = await tabUntil(el, controlName(field(el, 'plan-0-end')));
      expect(toEnd.slice(0, -1).every((stop) => stop === start)).toBe(true);
      await userEvent.keyboard(dateKeys('2008-04-01'));
      await el.updateComplete;
      expect(field(el, 'plan-0-start').value).toBe('2008-05-01');
      expect(field(el, 'plan-0-end').value).toBe('2008-04-01');
      // core's date-order check
      expect(el.problems.map((p) => p.path.join('.'))).toContain('plan.0.end');
      // Back out of the field and in again (Tab enters a date field at its first segment).
      await tabUntil(el, start, { shift: true });
      await tabUntil(el, controlName(field(el, 'plan-0-end')));
      await userEvent.keyboard(dateKeys('2008-05-31'));
      await el.updateComplete;
      expect(field(el, 'plan-0-end').value).toBe('2008-05-31');
      expect(el.problems.map((p) => p.path.join('.'))).not.toContain('plan.0.end');

      // Space on "Add a team member"; the role is changed with the arrow keys.
      await tabUntil(el, '＋ Add a team member');
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(focused()).toBe(field(el, 'team-0-name'));
      await userEvent.keyboard('Ms Li');
      await userEvent.tab();
      const role = shadow<HTMLSelectElement>(el, '#f-team-0-role');
      expect(focused()).toBe(role);
      const roles = [...role.options].map((option) => option.value);
      expect(role.value).toBe(roles[0]);
      await userEvent.keyboard('{ArrowDown}');
      await el.updateComplete;
      expect(role.value).toBe(roles[1]);
      await userEvent.keyboard('{ArrowDown}{ArrowUp}');
      await el.updateComplete;
      expect(role.value).toBe(roles[1]);

      // Enter on "Add a group of beneficiaries"; its group picked with the arrow keys.
      await tabUntil(el, '＋ Add a group of beneficiaries');
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(focused()).toBe(field(el, 'beneficiaries-0-group'));
      await userEvent.keyboard('Elderly residents');
      const vulnerable = shadow<HTMLSelectElement>(el, '#f-beneficiaries-0-vulnerable');
      await tabUntil(el, controlName(vulnerable));
      const from = vulnerable.selectedIndex;
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await el.updateComplete;
      expect(vulnerable.selectedIndex).toBe(from + 2);

      // The currency is a select too: ArrowDown picks the next one.
      const currency = shadow<HTMLSelectElement>(el, '#f-budget-total-currency');
      await tabUntil(el, 'Currency');
      const currencies = [...currency.options].map((option) => option.value);
      const before = currencies.indexOf(currency.value);
      await userEvent.keyboard('{ArrowDown}');
      await el.updateComplete;
      expect(currency.value).toBe(currencies[before + 1]);
      await userEvent.keyboard('{ArrowUp}');
      await el.updateComplete;
      expect(currency.value).toBe('CNY');

      // Space on "Add a budget line", Enter on "Add an indicator" (reached back with Shift+Tab).
      await tabUntil(el, '＋ Add a budget line');
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect(focused()).toBe(field(el, 'budget-lines-0-item'));
      await tabUntil(el, '＋ Add an indicator', { shift: true });
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(focused()).toBe(field(el, 'indicators-0-description'));

      // The rest typed in, then Enter on the submit button: the application carries what the
      // keys chose.
      const submitted: QyApplicationSubmitEvent[] = [];
      el.addEventListener('qy-application-submit', (e) => submitted.push(e));
      await type(el, 'indicators-0-description', 'Council meetings');
      await type(el, 'indicators-0-unit', 'meetings');
      await type(el, 'indicators-0-target', '12');
      await type(el, 'budget-lines-0-item', 'Meeting room');
      await type(el, 'budget-lines-0-amount', '1200.50');
      await type(el, 'community', 'binhe-dongli');
      await type(el, 'title', 'Merchants and residents council');
      await type(el, 'purpose', 'Agree a charter on noise');
      await userEvent.click(await button(el, 'Add a need'));
      await type(el, 'needs-0-description', 'Quiet nights');
      // The role the arrow keys chose is not the overall lead, which core requires: add one.
      expect(el.problems.map((p) => p.rule)).toEqual(['application.team-lead']);
      await userEvent.click(await button(el, 'Add a team member'));
      await type(el, 'team-1-name', 'Mr Zhao');
      await userEvent.selectOptions(
        shadow<HTMLSelectElement>(el, '#f-team-1-role'),
        'overall-lead',
      );
      await el.updateComplete;
      expect(el.problems).toEqual([]);
      await tabUntil(el, 'Submit the application');
      await userEvent.keyboard('{Enter}');
      await until(() => submitted.length === 1, 'submit');
      const application = submitted[0]!.detail.application;
      expect(application.plan).toEqual([
        expect.objectContaining({
          title: 'First council meeting',
          start: '2008-05-01',
          end: '2008-05-31',
        }),
      ]);
      expect(application.team).toEqual([
        expect.objectContaining({ name: 'Ms Li', role: roles[1] }),
        expect.objectContaining({ name: 'Mr Zhao', role: 'overall-lead' }),
      ]);
      expect(application.beneficiaries).toEqual([
        { group: 'Elderly residents', vulnerable: vulnerable.value },
      ]);
      expect(application.budget.total.currency).toBe('CNY');
      await expectNoAxeViolations(el.parentElement!);
    },
  );

  it('on a blocked submit marks fields, links messages, and jumps from the list to the field', async () => {
    const el = await fixture<QyApplicationForm>(html`<qy-application-form></qy-application-form>`, {
      lang: 'zh-CN',
    });
    const submitted: unknown[] = [];
    el.addEventListener('qy-application-submit', (e) => submitted.push(e));
    await userEvent.click(await button(el, '提交申请书'));
    await el.updateComplete;
    expect(submitted).toHaveLength(0);
    expect(el.shadowRoot!.activeElement?.id).toBe('missing-title');
    expect(field(el, 'title').getAttribute('aria-invalid')).toBe('true');
    expect(field(el, 'title').getAttribute('aria-describedby')).toBe('f-title-error');
    expect(text(el)).toContain('申请书至少需要一项指标');
    expect(text(el)).toContain('预算没有任何条目');
    await expectNoAxeViolations(el.parentElement!);
    const indicatorProblem = shadowAll<HTMLButtonElement>(el, '.missing button').find((b) =>
      b.textContent?.includes('指标'),
    )!;
    indicatorProblem.focus();
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.activeElement).toBe(shadow(el, '#f-indicators'));
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-invalid')).toBe('true');
  });

  it('edits an application given as a property and keeps its other language', async () => {
    const el = await fixture<QyApplicationForm>(
      html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`,
      { lang: 'en' },
    );
    expect(field(el, 'title').value).toBe('New Residents’ Home');
    expect(field(el, 'budget-lines-0-amount').value).toBe('6000.00');
    expect(shadow(el, '#f-budget-total').textContent).toBe('CN¥10,000.00');
    expect(el.problems).toEqual([]);
    await type(el, 'title', 'New Residents House');
    expect(el.value!.title).toEqual({ 'zh-CN': '新居民之家', en: 'New Residents House' });
    await userEvent.click(await button(el, 'Remove Line 2'));
    expect(el.total.amount).toBe(600_000);
    expect(el.shadowRoot!.activeElement).toBe(shadow(el, '#f-budget-lines'));
  });

  it('reads an application from an inline JSON child or src, and shows a bad one as an error', async () => {
    const json = JSON.stringify(pilotApplication());
    const inline = await fixture<QyApplicationForm>(
      html`<qy-application-form
        ><script type="application/json">
          ${json}
        </script></qy-application-form
      >`,
      { lang: 'zh-CN' },
    );
    expect(field(inline, 'title').value).toBe('新居民之家');
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const fetched = await fixture<QyApplicationForm>(
      html`<qy-application-form src=${url}></qy-application-form>`,
    );
    await until(() => fetched.shadowRoot?.querySelector('#f-title') !== null, 'src');
    expect(fetched.value!.id).toBe('jinhuali-home');
    const errors: QyLoadErrorEvent[] = [];
    document.addEventListener('qy-load-error', (e) => errors.push(e), { once: true });
    const bad = {
      ...pilotApplication(),
      budget: { total: { amount: 10.5, currency: 'CNY' }, lines: [] },
    };
    const broken = await fixture<QyApplicationForm>(
      html`<qy-application-form .application=${bad}></qy-application-form>`,
      { lang: 'zh-CN' },
    );
    expect(shadow(broken, '[role="alert"]').textContent).toContain('budget.total.amount');
    expect(shadow(broken, '[role="alert"]').textContent).toContain('整数');
    expect(errors).toHaveLength(1);
    await expectNoAxeViolations(broken.parentElement!);
  });

  it('keeps payloads in document text inert', async () => {
    const application = pilotApplication();
    application.title = xssPayload;
    application.budget.lines[0]!.item = xssPayload;
    const el = await fixture<QyApplicationForm>(
      html`<qy-application-form .application=${application}></qy-application-form>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(text(el)).toContain('<img src=x onerror=');
    expect(field(el, 'budget-lines-0-item').value).toBe(xssPayload);
    expect((window as { __qyXss?: number }).__qyXss).toBeUndefined();
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone with long ${lang} text and 44 px targets`, async () => {
      await page.viewport(360, 740);
      const application = pilotApplication();
      application.title = longText[lang];
      application.budget.lines[0]!.item = longText[lang];
      const el = await fixture<QyApplicationForm>(
        html`<qy-application-form .application=${application}></qy-application-form>`,
        { lang },
      );
      await settle();
      expect(shadow(el, '[part="base"]').scrollWidth).toBeLessThanOrEqual(el.clientWidth);
      for (const target of shadowAll(el, 'button, input, select')) {
        expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
      }
      await expectNoAxeViolations(el.parentElement!);
      await page.viewport(1280, 800);
    });
  }
});

/** The application as the form hands it to a host `<form>` (its form value), id included. */
function formApplication(form: HTMLFormElement): Record<string, unknown> {
  return JSON.parse(new FormData(form).get('application') as string) as Record<string, unknown>;
}

/** A blank form named `application` inside a host `<form>`, with the given attributes. */
async function inForm(
  lang: string,
  template = html`<form><qy-application-form name="application"></qy-application-form></form>`,
): Promise<{ form: HTMLFormElement; el: QyApplicationForm }> {
  const form = await fixture<HTMLFormElement>(template, { lang });
  return { form, el: form.querySelector<QyApplicationForm>('qy-application-form')! };
}

/** Every label of the form's controls, as read out. */
function labels(el: QyApplicationForm): string[] {
  return shadowAll(el, 'input, select, textarea').map((control) => controlName(control));
}

const communities = [
  { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
  { id: 'yuhuayuan', name: { 'zh-CN': '郁花园', en: 'Yuhuayuan' } },
];

describe('<qy-application-form> project id and community', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`asks no resident for an id (${lang})`, async () => {
      const { el } = await inForm(lang);
      // One row of each kind, so every field the form can show is there.
      for (const add of shadowAll<HTMLButtonElement>(el, 'button')) {
        if (add.textContent?.trim().startsWith('＋')) add.click();
      }
      await el.updateComplete;
      expect(labels(el).length).toBeGreaterThanOrEqual(20);
      expect(shadowAll(el, '#f-id')).toEqual([]);
      for (const label of labels(el)) {
        expect(label).not.toMatch(/\b(id|code)\b|编号|代码/i);
      }
      // Nor do the messages after a blocked submit speak of ids: the community's is in plain words.
      shadow<HTMLButtonElement>(el, '.actions button.primary').click();
      await el.updateComplete;
      expect(text(el)).not.toMatch(/\bid\b|标识|编号/i);
      expect(shadow(el, '#f-community-error').textContent).toContain(
        lang === 'en' ? 'Write your community' : '请按组织方给您的写法填写所在社区',
      );
      await expectNoAxeViolations(el.parentElement!.parentElement!);
    });
  }

  it('makes a garden-… id from a Latin title, keeps it when the title changes and after a restore', async () => {
    const { form, el } = await inForm('en');
    field(el, 'title').focus();
    await userEvent.keyboard('Garden');
    await userEvent.tab();
    await el.updateComplete;
    const id = formApplication(form)['id'] as string;
    expect(id).toMatch(/^garden-[a-z0-9]{6}$/);
    expect(IdSchema.safeParse(id).success).toBe(true);
    await type(el, 'title', 'Rose garden by the school');
    await userEvent.tab();
    await el.updateComplete;
    expect(formApplication(form)['id']).toBe(id);
    expect(formApplication(form)['title']).toBe('Rose garden by the school');

    // Another resident's "Garden" gets another id.
    const other = await inForm('en');
    field(other.el, 'title').focus();
    await userEvent.keyboard('Garden');
    await userEvent.tab();
    await other.el.updateComplete;
    expect(formApplication(other.form)['id']).toMatch(/^garden-[a-z0-9]{6}$/);
    expect(formApplication(other.form)['id']).not.toBe(id);

    // The browser restores the saved state into a new form (a reload): the id comes back, and
    // a title edited after the restore does not change it.
    const saved = new FormData(form).get('application') as string;
    const reloaded = await inForm('en');
    reloaded.el.formStateRestoreCallback(saved, 'restore');
    await reloaded.el.updateComplete;
    expect(field(reloaded.el, 'title').value).toBe('Rose garden by the school');
    expect(formApplication(reloaded.form)['id']).toBe(id);
    await type(reloaded.el, 'title', 'Vegetable patch');
    await userEvent.tab();
    await reloaded.el.updateComplete;
    expect(formApplication(reloaded.form)['id']).toBe(id);

    // Filled in and submitted: the application carries the id made from the first title.
    const submitted: QyApplicationSubmitEvent[] = [];
    reloaded.el.addEventListener('qy-application-submit', (e) => submitted.push(e));
    await fillMinimal(reloaded.el);
    await userEvent.click(await button(reloaded.el, 'Submit the application'));
    await until(() => submitted.length === 1, 'submit');
    expect(submitted[0]!.detail.application.id).toBe(id);
    expect(submitted[0]!.detail.application.title).toBe('Merchants and residents council');
  });

  it('makes a p-… id from a Chinese title, and an application to edit keeps its own', async () => {
    const { form, el } = await inForm('zh-CN');
    field(el, 'title').focus();
    await userEvent.keyboard('社区花园');
    await userEvent.tab();
    await el.updateComplete;
    const id = formApplication(form)['id'] as string;
    expect(id).toMatch(/^p-[a-z0-9]{6}$/);
    expect(IdSchema.safeParse(id).success).toBe(true);
    await type(el, 'title', 'Garden 花园');
    expect(formApplication(form)['id']).toBe(id);

    const editing = await fixture<QyApplicationForm>(
      html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`,
      { lang: 'zh-CN' },
    );
    await type(editing, 'title', '新居民之家（二期）');
    await userEvent.tab();
    expect(editing.value!.id).toBe('jinhuali-home');
  });

  it('takes the community from the page: no field, and the submitted application carries it', async () => {
    const el = await fixture<QyApplicationForm>(
      html`<qy-application-form community="jinhuali"></qy-application-form>`,
      { lang: 'en' },
    );
    expect(shadowAll(el, '#f-community')).toEqual([]);
    expect(labels(el)).not.toContain('Your community *');
    expect(el.problems.map((p) => p.path.join('.'))).not.toContain('community');
    // Tab starts at the title.
    await userEvent.tab();
    expect(activeIn(el)).toBe(field(el, 'title'));
    const submitted: QyApplicationSubmitEvent[] = [];
    el.addEventListener('qy-application-submit', (e) => submitted.push(e));
    await fillMinimal(el);
    await userEvent.click(await button(el, 'Submit the application'));
    await until(() => submitted.length === 1, 'submit');
    expect(submitted[0]!.detail.application.community).toBe('jinhuali');
    expect(ApplicationSchema.safeParse(submitted[0]!.detail.application).success).toBe(true);
    await expectNoAxeViolations(el.parentElement!);
  });

  for (const [lang, names, label, choose] of [
    ['zh-CN', ['金华里', '郁花园'], '所在社区 *', '请选择所在社区'],
    ['en', ['Jinhuali', 'Yuhuayuan'], 'Your community *', 'Choose your community'],
  ] as const) {
    it(`lets the resident pick the community by its ${lang} name with the keyboard`, async () => {
      const el = await fixture<QyApplicationForm>(
        html`<qy-application-form .communities=${communities}></qy-application-form>`,
        { lang },
      );
      const select = shadow<HTMLSelectElement>(el, '#f-community');
      expect(select.localName).toBe('select');
      expect(controlName(select)).toBe(label);
      expect([...select.options].map((o) => o.text.trim())).toEqual([choose, ...names]);
      expect(el.problems.find((p) => p.path.join('.') === 'community')?.message).toBe(
        lang === 'en' ? 'Choose your community.' : '请选择所在社区。',
      );
      await userEvent.tab();
      expect(activeIn(el)).toBe(select);
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await el.updateComplete;
      expect(select.value).toBe('yuhuayuan');
      expect(el.problems.map((p) => p.path.join('.'))).not.toContain('community');
      await userEvent.tab();
      expect(activeIn(el)).toBe(field(el, 'title'));
      await expectNoAxeViolations(el.parentElement!);
    });
  }

  it('says the application was passed on for submission; its project is submitted once the page records it', async () => {
    const el = await fixture<QyApplicationForm>(html`<qy-application-form></qy-application-form>`, {
      lang: 'en',
    });
    const submitted: QyApplicationSubmitEvent[] = [];
    el.addEventListener('qy-application-submit', (e) => submitted.push(e));
    await fillMinimal(el);
    (await button(el, 'Submit the application')).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => submitted.length === 1, 'submit');
    const status = shadow(el, '#submitted');
    expect(status.getAttribute('role')).toBe('status');
    // The form does not claim a status it cannot know: the page (the ballot box) submits.
    expect(status.textContent).toBe(
      'The application is complete and was passed on for submission.',
    );
    expect(status.textContent).not.toMatch(/was submitted/);
    const application = submitted[0]!.detail.application;
    const at = '2008-03-01T09:00:00+08:00';
    const saved: ProjectEvent[] = [
      { type: 'application-saved', at, by: 'p-li', payload: { application } },
    ];
    const draft = replay(projectLifecycle, saved, { bodies: [] });
    expect(draft.ok && draft.state.status).toBe('draft');
    const submission: ProjectEvent[] = [...saved, { type: 'submitted', at, by: 'p-li' }];
    const recorded = replay(projectLifecycle, submission, { bodies: [] });
    expect(recorded.ok && recorded.state.status).toBe('submitted');
  });
});

describe('<qy-application-form> restoring a saved state', () => {
  it('restores a half-written draft: whatever parses, and lists what is missing', async () => {
    const el = await fixture<QyApplicationForm>(html`<qy-application-form></qy-application-form>`, {
      lang: 'zh-CN',
    });
    const saved = {
      id: '',
      community: 42,
      title: { 'zh-CN': '商户居民议事会', en: '' },
      needs: [{ id: 'need-1', description: '噪音', findings: [{ survey: 's', question: 7 }] }],
      plan: 'none',
      indicators: [{ id: 'indicator-1', description: '议事会次数', target: 12 }],
      team: [{ name: '李女士', role: 'boss' }, 'junk'],
      beneficiaries: [{ group: '居民', count: 300, vulnerable: 'aliens' }],
      budget: {
        total: { amount: 0, currency: 'HKD' },
        lines: [
          { id: 'line-1', item: '会议室', amount: { amount: 120_050, currency: 'HKD' } },
          { id: 'line-2', amount: '12.345' },
        ],
      },
    };
    el.formStateRestoreCallback(JSON.stringify(saved), 'restore');
    await el.updateComplete;
    expect(field(el, 'title').value).toBe('商户居民议事会');
    expect(field(el, 'community').value).toBe('');
    expect(field(el, 'needs-0-description').value).toBe('噪音');
    expect(field(el, 'indicators-0-description').value).toBe('议事会次数');
    expect(field(el, 'indicators-0-target').value).toBe('12');
    expect(field(el, 'indicators-0-unit').value).toBe('');
    expect(field(el, 'team-0-name').value).toBe('李女士');
    expect(shadow<HTMLSelectElement>(el, '#f-team-0-role').value).toBe('overall-lead');
    expect(shadowAll(el, '[id^="f-team-"][id$="-name"]')).toHaveLength(1);
    expect(field(el, 'beneficiaries-0-count').value).toBe('300');
    expect(shadow<HTMLSelectElement>(el, '#f-beneficiaries-0-vulnerable').value).toBe('');
    expect(shadow<HTMLSelectElement>(el, '#f-budget-total-currency').value).toBe('HKD');
    expect(field(el, 'budget-lines-0-amount').value).toBe('1200.50');
    expect(field(el, 'budget-lines-1-amount').value).toBe('12.345');
    expect(field(el, 'budget-lines-1-item').value).toBe('');
    expect(el.total).toEqual({ amount: 120_050, currency: 'HKD' });
    const paths = el.problems.map((p) => p.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['community', 'purpose', 'indicators.0.unit']));
    expect(paths).not.toContain('id');
    expect(paths).toContain('budget.lines.1.amount');
    expect(paths).not.toContain('title');
    expect(el.value).toBeUndefined();
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe(el.problems[0]!.message);
    expect(text(el)).toContain('HK$1,200.50');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('restores a new application’s draft delivered right after upgrade, before it first renders', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`, { lang: 'en' });
    const el = document.createElement('qy-application-form');
    el.name = 'draft';
    form.append(el);
    el.formStateRestoreCallback(
      JSON.stringify({ id: 'binhe-189', title: 'Merchants and residents council' }),
      'restore',
    );
    await settle(form);
    expect(shadowAll(el, '#f-id')).toEqual([]);
    expect(field(el, 'title').value).toBe('Merchants and residents council');
    expect(JSON.parse(new FormData(form).get('draft') as string)).toMatchObject({
      id: 'binhe-189',
      title: 'Merchants and residents council',
    });
    expect(el.validity.valid).toBe(false);
  });

  it('keeps a draft restored while the application to edit is fetching', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`, { lang: 'en' });
    const el = document.createElement('qy-application-form');
    el.src = jsonUrl(pilotApplication());
    form.append(el);
    el.formStateRestoreCallback(
      JSON.stringify({
        ...pilotApplication(),
        title: { en: 'Home for new residents' },
        purpose: '',
      }),
      'restore',
    );
    await until(() => el.shadowRoot?.querySelector('#f-title') !== null, 'application from src');
    await el.updateComplete;
    expect(field(el, 'title').value).toBe('Home for new residents');
    expect(field(el, 'purpose').value).toBe('');
    expect(el.problems.map((p) => p.path.join('.'))).toEqual(['purpose']);
    form.reset();
    await el.updateComplete;
    expect(field(el, 'title').value).toBe('New Residents’ Home');
    expect(el.problems).toEqual([]);
  });

  it('ignores a saved state that is not an application', async () => {
    const el = await fixture<QyApplicationForm>(
      html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`,
    );
    for (const saved of ['not json', '42', '[]', 'null']) {
      el.formStateRestoreCallback(saved, 'restore');
      await el.updateComplete;
      expect(el.value).toEqual(pilotApplication());
    }
  });
});

runFormControlTests<QyApplicationForm>({
  tag: 'qy-application-form',
  create: async (form) => {
    const el = document.createElement('qy-application-form');
    el.name = 'field';
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: fillMinimal,
  fillPartly: async (el) => {
    await type(el, 'title', 'Merchants and residents council');
    await userEvent.click(await button(el, 'Add an indicator'));
    await type(el, 'indicators-0-description', 'Council meetings');
    await userEvent.click(await button(el, 'Add a budget line'));
    await type(el, 'budget-lines-0-item', 'Meeting room');
    await type(el, 'budget-lines-0-amount', '1200.5');
  },
  resetAfterRestore: true,
  lateDocument: {
    create: (form) => {
      const el = document.createElement('qy-application-form');
      el.name = 'field';
      el.src = jsonUrl(pilotApplication());
      form.querySelector('fieldset')!.append(el);
      return el;
    },
    load: (el) => until(() => el.shadowRoot?.querySelector('#f-title') !== null, 'src'),
  },
  invalidWhenEmpty: true,
});
