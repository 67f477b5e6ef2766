import {
  NeedsSurveySchema,
  SurveyResponseSchema,
  validateResponse,
  type NeedsSurveyInput,
} from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/needs-survey.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import type { QySurveySubmitEvent } from '../events/survey-submit.js';
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
  shadowButton as button,
} from '../testing/fixture.js';
import { runFormControlTests } from '../testing/form-control-tests.js';
import { activeIn, controlName, tabUntil } from '../testing/keyboard.js';
import { stub, stubState } from '../testing/stub-client.js';
import { longText, xssPayload } from '../testing/meetings.js';
import { pilotSurvey } from './needs-survey.fixture.js';
import type { QyNeedsSurvey } from './needs-survey.js';

const ACTION = '/__stub/ballots';

function active(el: QyNeedsSurvey): Element | null {
  return el.shadowRoot!.activeElement;
}

function input(el: QyNeedsSurvey, question: string, value?: string): HTMLInputElement {
  const selector = value
    ? `[data-question="${question}"] input[value="${value}"]`
    : `[data-question="${question}"] :is(input, textarea)`;
  return shadow<HTMLInputElement>(el, selector);
}

/** Answers page 1 (housing + needs) with clicks and goes to page 2. */
async function answerFirstPage(el: QyNeedsSurvey): Promise<void> {
  await userEvent.click(input(el, 'q-housing', 'bungalow'));
  await userEvent.click(input(el, 'q-needs', 'goods'));
  await userEvent.click(await button(el, 'Next'));
  await el.updateComplete;
}

async function reachReviewAndSubmit(el: QyNeedsSurvey): Promise<void> {
  await answerFirstPage(el);
  await userEvent.click(await button(el, 'Check my answers'));
  await userEvent.click(await button(el, 'Send my answers'));
}

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanupFixtures();
  localStorage.clear();
  await stub({ down: false, refuse: false, reset: true });
});

describe('<qy-needs-survey> input forms', () => {
  it('renders a survey given as a property, with every question type', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey per-page="10" .survey=${pilotSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    expect(text(el)).toContain('Jinhuali needs survey');
    expect(text(el)).toContain('Page 1 of 1');
    expect(shadowAll(el, '[data-question="q-housing"] input[type="radio"]')).toHaveLength(2);
    expect(shadowAll(el, '[data-question="q-needs"] input[type="checkbox"]')).toHaveLength(3);
    expect(shadowAll(el, '[data-question="q-satisfaction"] input[type="radio"]')).toHaveLength(5);
    expect(shadowAll(el, '[data-question="q-priority"] button[data-action="add"]')).toHaveLength(3);
    expect(shadow(el, '[data-question="q-idea"] textarea').getAttribute('maxlength')).toBe('200');
    // the number question is hidden until its show-if holds
    expect(el.shadowRoot!.querySelector('[data-question="q-kids"]')).toBeNull();
    expect(text(el)).toContain('Residency');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('renders a survey from an inline JSON child, in Chinese', async () => {
    const json = JSON.stringify(pilotSurvey());
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        ><script type="application/json">
          ${json}
        </script></qy-needs-survey
      >`,
      { lang: 'zh-CN' },
    );
    expect(text(el)).toContain('金华里社区需求调查');
    expect(text(el)).toContain('第 1 页，共 2 页');
    expect(text(el)).toContain('(必答)');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('renders a survey fetched from src', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(pilotSurvey())], { type: 'application/json' }),
    );
    const el = await fixture<QyNeedsSurvey>(html`<qy-needs-survey src=${url}></qy-needs-survey>`);
    await until(() => el.shadowRoot?.querySelector('[data-question="q-housing"]') !== null, 'src');
    expect(text(el)).toContain('What kind of home do you live in?');
  });

  it('shows a malformed survey as a localized error and fires qy-load-error', async () => {
    const bad = { ...pilotSurvey(), questions: [{ id: 'q', type: 'essay', label: 'x' }] };
    const errors: QyLoadErrorEvent[] = [];
    document.addEventListener('qy-load-error', (e) => errors.push(e), { once: true });
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${bad}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    const alert = shadow(el, '[role="alert"]');
    expect(alert.textContent).toContain('文档存在以下问题');
    expect(alert.textContent).toContain('questions[0]');
    expect(errors).toHaveLength(1);
    expect(el.checkValidity()).toBe(false);
    await expectNoAxeViolations(el.parentElement!);
    const notJson = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey
        ><script type="application/json">
          { nope
        </script></qy-needs-survey
      >`,
    );
    expect(shadow(notJson, '[role="alert"]').textContent).toContain('not valid JSON');
  });

  it('keeps payloads in survey text inert', async () => {
    const survey = pilotSurvey();
    survey.title = xssPayload;
    survey.questions[0]!.label = xssPayload;
    (survey.questions[0] as { options: { id: string; label: string }[] }).options[0]!.label =
      xssPayload;
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${survey}></qy-needs-survey>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(text(el)).toContain('<img src=x onerror=');
    expect((window as { __qyXss?: number }).__qyXss).toBeUndefined();
  });
});

describe('<qy-needs-survey> answering', () => {
  it('shows a follow-up when its show-if holds and leaves hidden answers out', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    await userEvent.click(input(el, 'q-needs', 'childcare'));
    const kids = input(el, 'q-kids');
    await userEvent.click(kids);
    await userEvent.keyboard('2');
    expect(el.value!.answers).toEqual({ 'q-needs': ['childcare'], 'q-kids': 2 });
    await userEvent.click(input(el, 'q-needs', 'childcare'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-question="q-kids"]')).toBeNull();
    expect(el.value!.answers).toEqual({});
  });

  it('blocks the next page on missing answers, links the messages, and focuses the first', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    await userEvent.click(await button(el, 'Next'));
    await el.updateComplete;
    expect(el.currentPage).toBe(0);
    const housing = shadow(el, '[data-question="q-housing"]');
    expect(housing.getAttribute('aria-invalid')).toBe('true');
    const error = shadow(el, '#err-q-housing');
    expect(error.textContent).toContain(
      'Required question “What kind of home do you live in?” is not answered',
    );
    expect(input(el, 'q-housing', 'bungalow').getAttribute('aria-describedby')).toBe(
      'err-q-housing',
    );
    expect(input(el, 'q-needs', 'goods').getAttribute('aria-describedby')).toBe(
      'help-q-needs err-q-needs',
    );
    expect(active(el)).toBe(input(el, 'q-housing', 'bungalow'));
    expect(shadow(el, '.page-errors').textContent).toContain('correct 2 answer(s)');
    await expectNoAxeViolations(el.parentElement!);
    // a rule from core: at most two services
    await userEvent.click(input(el, 'q-housing', 'flat'));
    for (const option of ['goods', 'childcare', 'mending']) {
      await userEvent.click(input(el, 'q-needs', option));
    }
    await userEvent.click(await button(el, 'Next'));
    await el.updateComplete;
    expect(shadow(el, '#err-q-needs').textContent).toContain('takes 0–2 distinct options, got 3');
    expect(el.shadowRoot!.querySelector('#err-q-housing')).toBeNull();
  });

  it('says what is wrong in Chinese, from core’s rules', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    await userEvent.click(input(el, 'q-housing', 'flat'));
    await userEvent.click(input(el, 'q-needs', 'childcare'));
    await userEvent.click(input(el, 'q-kids'));
    await userEvent.keyboard('2.5');
    await userEvent.click(await button(el, '下一页'));
    await el.updateComplete;
    expect(shadow(el, '#err-q-kids').textContent).toContain('0–10 之间的整数，实际为 2.5');
    expect(active(el)).toBe(input(el, 'q-kids'));
    expect(el.validationMessage).toContain('之间的整数');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('is filled in with the keyboard only, and submits a response core accepts', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey respondent="p-wang" .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    const submitted: QySurveySubmitEvent[] = [];
    el.addEventListener('qy-survey-submit', (e) => submitted.push(e));
    // page 1: residency, housing, needs
    await userEvent.tab();
    expect(active(el)).toBe(shadowAll(el, '.about input')[0]);
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(input(el, 'q-housing', 'flat').checked).toBe(true);
    await userEvent.tab();
    await userEvent.tab();
    expect(active(el)).toBe(input(el, 'q-needs', 'childcare'));
    await userEvent.keyboard(' ');
    // the follow-up appears after the last option of the question it depends on
    await userEvent.tab();
    expect(active(el)).toBe(input(el, 'q-needs', 'mending'));
    await userEvent.tab();
    expect(active(el)).toBe(input(el, 'q-kids'));
    await userEvent.keyboard('3');
    await userEvent.tab();
    expect(active(el)?.textContent?.trim()).toBe('Next');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentPage).toBe(1);
    expect(active(el)?.id).toBe('step-title');
    expect(text(el)).toContain('Page 2 of 2');
    // page 2: rating with arrows, ranking with buttons, free text
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(input(el, 'q-satisfaction', '4').checked).toBe(true);
    await userEvent.tab();
    expect(active(el)?.getAttribute('aria-label')).toBe('Add “Love supermarket” to my order');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    // focus stays on the ranked item (its remove button, the only one enabled)
    expect(active(el)?.getAttribute('aria-label')).toBe('Take “Love supermarket” out of my order');
    await userEvent.tab();
    expect(active(el)?.getAttribute('aria-label')).toBe('Add “Little paradise” to my order');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(active(el)?.getAttribute('aria-label')).toBe('Move “Little paradise” up');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value!.answers['q-priority']).toEqual(['paradise', 'supermarket']);
    // at the top, focus moves to the item's other direction
    expect(active(el)?.getAttribute('aria-label')).toBe('Move “Little paradise” down');
    expect(text(el)).toContain('“Little paradise” is now number 1.');
    shadow(el, 'textarea').focus();
    await userEvent.keyboard('More benches');
    expect(text(el)).toContain('12 of 200 characters');
    (await button(el, 'Check my answers')).focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentStep).toBe('review');
    expect(active(el)?.id).toBe('step-title');
    expect(text(el)).toContain('Child care');
    expect(text(el)).toContain('3 children');
    expect(text(el)).toContain('4 of 5');
    expect(text(el)).toContain('1. Little paradise 2. Love supermarket');
    await expectNoAxeViolations(el.parentElement!);
    (await button(el, 'Send my answers')).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => submitted.length === 1, 'submit event');
    const response = submitted[0]!.detail.response;
    expect(SurveyResponseSchema.safeParse(response).success).toBe(true);
    expect(validateResponse(NeedsSurveySchema.parse(pilotSurvey()), response)).toEqual({
      ok: true,
    });
    expect(response).toMatchObject({
      survey: 'jinhuali-2007',
      respondent: 'p-wang',
      attributes: { residency: 'migrant' },
      answers: {
        'q-housing': 'flat',
        'q-needs': ['childcare'],
        'q-kids': 3,
        'q-satisfaction': 4,
        'q-priority': ['paradise', 'supermarket'],
        'q-idea': 'More benches',
      },
    });
    expect(el.currentStep).toBe('done');
    expect(text(el)).toContain(response.id);
  });

  it('goes back from the review to change one answer', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    await answerFirstPage(el);
    await userEvent.click(await button(el, 'Check my answers'));
    await userEvent.click(
      await button(el, 'Change the answer to “What kind of home do you live in?”'),
    );
    await el.updateComplete;
    expect(el.currentStep).toBe('answer');
    expect(el.currentPage).toBe(0);
    expect(active(el)).toBe(input(el, 'q-housing', 'bungalow'));
  });
});

describe('<qy-needs-survey> draft', () => {
  it('keeps answers and page across a reload, keyed by survey id, until start over', async () => {
    const first = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    await answerFirstPage(first);
    const id = first.value!.id;
    expect(localStorage.getItem('qingyuan:survey-draft:jinhuali-2007')).toContain('bungalow');
    cleanupFixtures();
    const other = { ...pilotSurvey(), id: 'another-survey' };
    const unrelated = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${other}></qy-needs-survey>`,
    );
    expect(unrelated.value!.answers).toEqual({});
    cleanupFixtures();
    const again = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    expect(again.value!.id).toBe(id);
    expect(again.value!.answers).toEqual({ 'q-housing': 'bungalow', 'q-needs': ['goods'] });
    expect(again.currentPage).toBe(1);
    expect(text(again)).toContain('earlier answers on this device were restored');
    await userEvent.click(await button(again, 'Start over'));
    expect(again.value!.answers).toEqual({});
    expect(again.value!.id).not.toBe(id);
    expect(again.currentPage).toBe(0);
    expect(localStorage.getItem('qingyuan:survey-draft:jinhuali-2007')).toBeNull();
  });

  it('forgets the draft once the response is submitted', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    await reachReviewAndSubmit(el);
    await until(() => el.currentStep === 'done', 'done');
    expect(localStorage.getItem('qingyuan:survey-draft:jinhuali-2007')).toBeNull();
  });
});

describe('<qy-needs-survey> posting to an action', () => {
  it('posts once with an Idempotency-Key', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey action=${ACTION} .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    let sentKey = '';
    el.addEventListener('qy-survey-sent', (e) => (sentKey = e.detail.key));
    await reachReviewAndSubmit(el);
    await until(() => el.currentStep === 'sent', 'sent');
    const state = await stubState();
    expect(state.attempts).toBe(1);
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(sentKey);
    expect(JSON.parse(state.stored[0]!.body).answers).toEqual({
      'q-housing': 'bungalow',
      'q-needs': ['goods'],
    });
    expect(text(el)).toContain('Your answers were received');
    expect(localStorage.length).toBe(0);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('queues while offline, retries when back online, and never stores it twice', async () => {
    await stub({ down: true });
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey action=${ACTION} .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    const queued: string[] = [];
    el.addEventListener('qy-survey-queued', (e) => queued.push(e.detail.key));
    await reachReviewAndSubmit(el);
    await until(() => el.currentStep === 'queued', 'queued');
    expect(queued).toHaveLength(1);
    expect(text(el)).toContain('saved on this device');
    expect(localStorage.getItem('qingyuan:survey-outbox')).toContain(queued[0]);
    await expectNoAxeViolations(el.parentElement!);
    await stub({ down: false });
    window.dispatchEvent(new Event('online'));
    await until(() => el.currentStep === 'sent', 'sent after online');
    window.dispatchEvent(new Event('online'));
    await el.retryNow();
    const state = await stubState();
    expect(state.answered).toBe(1);
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(queued[0]);
    expect(localStorage.getItem('qingyuan:survey-outbox')).toBeNull();
  });

  it('is sent, retried and started again with the keyboard; an answer lost after the server stored it is not stored twice', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey action=${ACTION} .survey=${pilotSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    const queued: string[] = [];
    const sent: string[] = [];
    el.addEventListener('qy-survey-queued', (e) => queued.push(e.detail.key));
    el.addEventListener('qy-survey-sent', (e) => sent.push(e.detail.key));
    await answerFirstPage(el);
    expect(active(el)?.id).toBe('step-title');
    // Page 2: "Back" comes before "Check my answers"; Enter on it shows page 1 as it was left.
    expect((await tabUntil(el, 'Check my answers')).slice(-2)).toEqual([
      'Back',
      'Check my answers',
    ]);
    await userEvent.tab({ shift: true });
    expect(controlName(activeIn(el))).toBe('Back');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentPage).toBe(0);
    expect(active(el)?.id).toBe('step-title');
    expect(input(el, 'q-housing', 'bungalow').checked).toBe(true);
    expect((await tabUntil(el, 'Next')).at(-1)).toBe('Next');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.currentPage).toBe(1);
    await tabUntil(el, 'Check my answers');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentStep).toBe('review');
    // Review: Back, then Send (after the "Change …" links of every answer).
    expect((await tabUntil(el, 'Send my answers')).slice(-2)).toEqual(['Back', 'Send my answers']);
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.currentStep).toBe('answer');
    expect(el.currentPage).toBe(1);
    await tabUntil(el, 'Check my answers');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const id = el.value!.id;

    // The server stores the response, but its answer never comes back.
    await stub({ loseAnswers: true });
    await tabUntil(el, 'Send my answers');
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'queued', 'queued after a lost answer');
    expect((await stubState()).stored.map((item) => item.key)).toEqual(queued);
    expect(text(el)).toContain('saved on this device');
    await expectNoAxeViolations(el.parentElement!);

    await stub({ loseAnswers: false });
    expect(await tabUntil(el, 'Try again now')).toEqual(['Try again now']);
    await userEvent.keyboard('{Enter}');
    await until(() => el.currentStep === 'sent', 'sent on retry');
    const state = await stubState();
    expect(state.stored).toHaveLength(1);
    expect(state.stored[0]!.key).toBe(queued[0]);
    expect(JSON.parse(state.stored[0]!.body)).toMatchObject({
      id,
      answers: { 'q-housing': 'bungalow', 'q-needs': ['goods'] },
    });
    expect(sent).toEqual(queued);
    expect(text(el)).toContain('Your answers were received');
    expect(text(el)).toContain(id);
    expect(localStorage.getItem('qingyuan:survey-outbox')).toBeNull();
    await expectNoAxeViolations(el.parentElement!);

    // "Fill in another survey" (Space) starts a new, empty response on page 1.
    expect(active(el)?.id).toBe('step-title');
    expect(await tabUntil(el, 'Fill in another survey')).toEqual(['Fill in another survey']);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.currentStep).toBe('answer');
    expect(el.currentPage).toBe(0);
    expect(active(el)?.id).toBe('step-title');
    expect(el.value!.answers).toEqual({});
    expect(el.value!.id).not.toBe(id);
    expect(input(el, 'q-housing', 'bungalow').checked).toBe(false);
  });

  it('retries with the Space key on 立即重试 after being offline', async () => {
    await stub({ down: true });
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey action=${ACTION} .survey=${pilotSurvey()}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    await userEvent.click(input(el, 'q-housing', 'bungalow'));
    await userEvent.click(input(el, 'q-needs', 'goods'));
    await userEvent.click(await button(el, '下一页'));
    await userEvent.click(await button(el, '检查我的回答'));
    await userEvent.click(await button(el, '提交我的回答'));
    await until(() => el.currentStep === 'queued', 'queued');
    await stub({ down: false });
    expect(await tabUntil(el, '立即重试')).toEqual(['立即重试']);
    await userEvent.keyboard(' ');
    await until(() => el.currentStep === 'sent', 'sent on retry');
    expect((await stubState()).stored).toHaveLength(1);
    expect(await tabUntil(el, '再填一份')).toEqual(['再填一份']);
  });

  it('shows a refusal and does not retry it', async () => {
    await stub({ refuse: true });
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey action=${ACTION} .survey=${pilotSurvey()}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    await userEvent.click(input(el, 'q-housing', 'bungalow'));
    await userEvent.click(input(el, 'q-needs', 'goods'));
    await userEvent.click(await button(el, '下一页'));
    await userEvent.click(await button(el, '检查我的回答'));
    await userEvent.click(await button(el, '提交我的回答'));
    await until(() => el.currentStep === 'rejected', 'rejected');
    expect(text(el)).toContain('服务器拒绝了这些回答：voter already voted');
    await el.retryNow();
    expect((await stubState()).attempts).toBe(1);
  });

  it('does not post when the host cancels the submit event', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey action=${ACTION} .survey=${pilotSurvey()}></qy-needs-survey>`,
    );
    el.addEventListener('qy-survey-submit', (e) => e.preventDefault());
    await reachReviewAndSubmit(el);
    await until(() => el.currentStep === 'done', 'done');
    expect((await stubState()).attempts).toBe(0);
  });
});

describe('<qy-needs-survey> on a narrow phone', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits 360 px with long ${lang} labels and keeps 44 px targets`, async () => {
      await page.viewport(360, 740);
      const survey: NeedsSurveyInput = pilotSurvey();
      survey.questions[0]!.label = longText[lang];
      (survey.questions[1] as { options: { id: string; label: string }[] }).options[0]!.label =
        longText[lang];
      const el = await fixture<QyNeedsSurvey>(
        html`<qy-needs-survey .survey=${survey}></qy-needs-survey>`,
        { lang },
      );
      await settle();
      const base = shadow(el, '[part="base"]');
      expect(base.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(360);
      for (const target of shadowAll(el, '.option, button')) {
        expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
      }
      await expectNoAxeViolations(el.parentElement!);
      await page.viewport(1280, 800);
    });
  }
});

runFormControlTests<QyNeedsSurvey>({
  tag: 'qy-needs-survey',
  create: async (form) => {
    // Each control starts blank: no local draft left by the previous one.
    localStorage.clear();
    const el = document.createElement('qy-needs-survey');
    el.name = 'field';
    el.survey = pilotSurvey();
    form.querySelector('fieldset')!.append(el);
    await settle(form);
    return el;
  },
  fill: async (el) => {
    input(el, 'q-housing', 'flat').focus();
    await userEvent.keyboard(' ');
    input(el, 'q-needs', 'mending').focus();
    await userEvent.keyboard(' ');
  },
  fillPartly: async (el) => {
    input(el, 'q-housing', 'flat').focus();
    await userEvent.keyboard(' ');
  },
  resetAfterRestore: true,
  comparable: (value) => {
    if (typeof value !== 'string') return value;
    const { id: _id, ...response } = JSON.parse(value) as Record<string, unknown>;
    return response;
  },
  lateDocument: {
    create: (form) => {
      localStorage.clear();
      const el = document.createElement('qy-needs-survey');
      el.name = 'field';
      el.src = jsonUrl(pilotSurvey());
      form.querySelector('fieldset')!.append(el);
      return el;
    },
    load: async (el) => {
      await until(() => el.shadowRoot?.querySelector('[data-question]') != null, 'survey from src');
      await el.updateComplete;
    },
  },
  invalidWhenEmpty: true,
});
