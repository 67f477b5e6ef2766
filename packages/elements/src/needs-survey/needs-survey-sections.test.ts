import { NeedsSurveySchema, validateResponse } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/needs-survey.js';
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
  shadowButton as button,
} from '../testing/fixture.js';
import { longText } from '../testing/meetings.js';
import { sectionedSurvey } from './needs-survey.fixture.js';
import type { QyNeedsSurvey } from './needs-survey.js';

const DRAFT = 'qingyuan:survey-draft:jinhuali-2007';

function active(el: QyNeedsSurvey): Element | null {
  return el.shadowRoot!.activeElement;
}

function input(el: QyNeedsSurvey, question: string, value?: string): HTMLInputElement {
  const selector = value
    ? `[data-question="${question}"] input[value="${value}"]`
    : `[data-question="${question}"] :is(input, textarea)`;
  return shadow<HTMLInputElement>(el, selector);
}

/** The page heading (level and text) and the progress line. */
function heading(el: QyNeedsSurvey): { level: string; text: string; progress: string } {
  const h = shadow(el, '#step-title');
  return {
    level: h.localName,
    text: h.textContent!.trim(),
    progress: el.shadowRoot!.querySelector('#progress-text')?.textContent?.trim() ?? '',
  };
}

/** The questions on the page shown. */
function questionsShown(el: QyNeedsSurvey): string[] {
  return shadowAll(el, '[data-question]').map((q) => q.getAttribute('data-question')!);
}

/** The text of one group of the review, whitespace collapsed. */
function reviewGroup(el: QyNeedsSurvey, id: string): string {
  return shadow(el, `dl[data-group="${id}"]`).textContent!.replace(/\s+/g, ' ');
}

async function press(key: string, el: QyNeedsSurvey): Promise<void> {
  await userEvent.keyboard(key);
  await el.updateComplete;
}

/** Tabs until `predicate` holds for the focused element (at most 30 presses). */
async function tabTo(el: QyNeedsSurvey, predicate: (focused: Element) => boolean): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await userEvent.tab();
    const focused = active(el);
    if (focused && predicate(focused)) return;
  }
  throw new Error('focus never reached the target');
}

const isNext = (focused: Element) => focused.matches('.actions button.primary');

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

describe('<qy-needs-survey> with sections', () => {
  it('shows one titled page per section, ignoring per-page (en)', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey per-page="10" .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    expect(heading(el)).toEqual({
      level: 'h2',
      text: 'About your home',
      progress: 'Part 1 of 4: About your home',
    });
    expect(questionsShown(el)).toEqual(['q-housing']);
    // The survey's title and description stay on the first page, above the section.
    expect(shadow(el, '.survey-title').textContent).toBe('Jinhuali needs survey');
    expect(text(el)).toContain('Tell us which services you and your family need most.');
    expect(shadow(el, '[part="section-description"]').textContent?.trim()).toBe(
      'First, a little about where you live.',
    );
    expect(shadowAll(el, 'h2')).toHaveLength(1);
    await expectNoAxeViolations(el.parentElement!);
    await userEvent.click(input(el, 'q-housing', 'flat'));
    await userEvent.click(await button(el, 'Next'));
    expect(heading(el)).toEqual({ level: 'h2', text: 'Needs', progress: 'Part 2 of 4: Needs' });
    expect(questionsShown(el)).toEqual(['q-needs']);
    expect(text(el)).not.toContain('Tell us which services you and your family need most.');
    expect(active(el)).toBe(shadow(el, '#step-title'));
    await userEvent.click(input(el, 'q-needs', 'goods'));
    await userEvent.click(await button(el, 'Next'));
    // The ranking's list titles sit one level under the section heading.
    expect(heading(el).text).toBe('Community services');
    expect(shadowAll(el, '.list-title').map((h) => h.localName)).toEqual(['h3', 'h3']);
    expect(el.shadowRoot!.querySelector('[part="section-description"]')).toBeNull();
    await expectNoAxeViolations(el.parentElement!);
  });

  it('names the section in Chinese, and says what is missing in Chinese', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    expect(heading(el)).toEqual({
      level: 'h2',
      text: '基本情况',
      progress: '第 1 部分，共 4 部分：基本情况',
    });
    expect(shadow(el, '.survey-title').textContent).toBe('金华里社区需求调查');
    await userEvent.click(input(el, 'q-housing', 'bungalow'));
    await userEvent.click(await button(el, '下一页'));
    expect(heading(el)).toEqual({
      level: 'h2',
      text: '社区需求',
      progress: '第 2 部分，共 4 部分：社区需求',
    });
    expect(shadow(el, '[part="section-description"]').textContent?.trim()).toBe(
      '您和家人最需要社区提供哪些服务？',
    );
    await userEvent.click(await button(el, '下一页'));
    expect(el.currentPage).toBe(1);
    expect(shadow(el, '#err-q-needs').textContent).toContain('必答题');
    expect(shadow(el, '.page-errors').textContent).toContain('本页有 1 个回答需要修改');
    expect(active(el)).toBe(input(el, 'q-needs', 'goods'));
    await expectNoAxeViolations(el.parentElement!);
  });

  it('blocks a section on a missing required answer, in English', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    await userEvent.click(await button(el, 'Next'));
    expect(el.currentPage).toBe(0);
    expect(heading(el).text).toBe('About your home');
    expect(shadow(el, '#err-q-housing').textContent).toContain(
      'Required question “What kind of home do you live in?” is not answered',
    );
    expect(active(el)).toBe(input(el, 'q-housing', 'bungalow'));
    await expectNoAxeViolations(el.parentElement!);
  });

  it('adds a section when show-if shows its question and skips it when all are hidden', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    await userEvent.click(input(el, 'q-housing', 'flat'));
    await userEvent.click(await button(el, 'Next'));
    await userEvent.click(input(el, 'q-needs', 'childcare'));
    await el.updateComplete;
    // The follow-up is in its own section: not on this page, but the page count grows.
    expect(questionsShown(el)).toEqual(['q-needs']);
    expect(heading(el).progress).toBe('Part 2 of 5: Needs');
    await userEvent.click(await button(el, 'Next'));
    expect(heading(el)).toEqual({
      level: 'h2',
      text: 'Child care',
      progress: 'Part 3 of 5: Child care',
    });
    expect(questionsShown(el)).toEqual(['q-kids']);
    await userEvent.click(await button(el, 'Back'));
    await userEvent.click(input(el, 'q-needs', 'childcare'));
    await userEvent.click(input(el, 'q-needs', 'goods'));
    await userEvent.click(await button(el, 'Next'));
    // No empty "Child care" page: straight to the next section.
    expect(heading(el)).toEqual({
      level: 'h2',
      text: 'Community services',
      progress: 'Part 3 of 4: Community services',
    });
  });

  it('is filled in with the keyboard only; the review groups answers under the sections', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    const submitted: QySurveySubmitEvent[] = [];
    el.addEventListener('qy-survey-submit', (e) => submitted.push(e));
    // About your home: residency (attribute), then housing.
    await tabTo(el, (f) => f.matches('.about input'));
    await press(' ', el);
    await tabTo(el, (f) => f === input(el, 'q-housing', 'bungalow'));
    await press('{ArrowDown}', el);
    expect(input(el, 'q-housing', 'flat').checked).toBe(true);
    await tabTo(el, isNext);
    await press('{Enter}', el);
    expect(heading(el).text).toBe('Needs');
    expect(active(el)).toBe(shadow(el, '#step-title'));
    // Needs: child care, which adds the Child care section.
    await tabTo(el, (f) => f === input(el, 'q-needs', 'childcare'));
    await press(' ', el);
    await tabTo(el, isNext);
    await press('{Enter}', el);
    expect(heading(el).progress).toBe('Part 3 of 5: Child care');
    expect(active(el)).toBe(shadow(el, '#step-title'));
    await tabTo(el, (f) => f === input(el, 'q-kids'));
    await press('2', el);
    await tabTo(el, isNext);
    await press('{Enter}', el);
    // Community services: a rating with arrows, a ranking with buttons.
    expect(heading(el).text).toBe('Community services');
    await tabTo(el, (f) => f.matches('[data-question="q-satisfaction"] input'));
    await press('{ArrowRight}{ArrowRight}', el);
    expect(input(el, 'q-satisfaction', '3').checked).toBe(true);
    await tabTo(el, (f) => f.getAttribute('aria-label') === 'Add “Mending corner” to my order');
    await press('{Enter}', el);
    await tabTo(el, (f) => f.getAttribute('aria-label') === 'Add “Love supermarket” to my order');
    await press('{Enter}', el);
    await tabTo(el, isNext);
    await press('{Enter}', el);
    // Your ideas, then the review.
    expect(heading(el)).toMatchObject({ text: 'Your ideas', progress: 'Part 5 of 5: Your ideas' });
    await tabTo(el, (f) => f.localName === 'textarea');
    await press('More benches', el);
    await tabTo(el, isNext);
    expect(active(el)?.textContent?.trim()).toBe('Check my answers');
    await press('{Enter}', el);
    expect(el.currentStep).toBe('review');
    expect(active(el)).toBe(shadow(el, '#step-title'));
    const groups = shadowAll(el, '.review h3').map((h) => h.textContent!.trim());
    expect(groups).toEqual([
      'About you (optional)',
      'About your home',
      'Needs',
      'Child care',
      'Community services',
      'Your ideas',
    ]);
    const groupText = (id: string) => reviewGroup(el, id);
    const group = (id: string) =>
      shadowAll(el, `dl[data-group="${id}"] [data-review]`).map((row) =>
        row.getAttribute('data-review'),
      );
    expect(group('children')).toEqual(['q-kids']);
    expect(group('services')).toEqual(['q-satisfaction', 'q-priority']);
    expect(groupText('services')).toContain('1. Mending corner 2. Love supermarket');
    expect(groupText('attributes')).toContain('Migrant');
    await expectNoAxeViolations(el.parentElement!);
    // "Change" returns to the question's section.
    await tabTo(
      el,
      (f) => f.getAttribute('aria-label') === 'Change the answer to “Rank these projects”',
    );
    await press('{Enter}', el);
    expect(heading(el).text).toBe('Community services');
    expect(active(el)?.closest('[data-question]')?.getAttribute('data-question')).toBe(
      'q-priority',
    );
    // Back to the review through the remaining section, then send.
    await tabTo(el, isNext);
    await press('{Enter}', el);
    await tabTo(el, isNext);
    await press('{Enter}', el);
    await tabTo(el, (f) => f.textContent?.trim() === 'Send my answers');
    await press('{Enter}', el);
    await until(() => submitted.length === 1, 'submit event');
    const response = submitted[0]!.detail.response;
    expect(validateResponse(NeedsSurveySchema.parse(sectionedSurvey()), response)).toEqual({
      ok: true,
    });
    expect(response.answers).toEqual({
      'q-housing': 'flat',
      'q-needs': ['childcare'],
      'q-kids': 2,
      'q-satisfaction': 3,
      'q-priority': ['tailor', 'supermarket'],
      'q-idea': 'More benches',
    });
  });

  it('groups the review under Chinese section titles and leaves out a skipped section', async () => {
    const el = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    await userEvent.click(input(el, 'q-housing', 'bungalow'));
    await userEvent.click(await button(el, '下一页'));
    await userEvent.click(input(el, 'q-needs', 'goods'));
    await userEvent.click(await button(el, '下一页'));
    await userEvent.click(await button(el, '下一页'));
    await userEvent.click(await button(el, '检查我的回答'));
    expect(shadowAll(el, '.review h3').map((h) => h.textContent!.trim())).toEqual([
      '关于您（选填）',
      '基本情况',
      '社区需求',
      '社区服务',
      '您的想法',
    ]);
    expect(reviewGroup(el, 'needs')).toContain('低价生活用品');
    expect(reviewGroup(el, 'ideas')).toContain('未回答');
    await expectNoAxeViolations(el.parentElement!);
    // "Back" from the review returns to the last section shown.
    await userEvent.click(await button(el, '上一页'));
    expect(heading(el).progress).toBe('第 4 部分，共 4 部分：您的想法');
  });

  it('restores the draft on the section the respondent was on, even if sections changed', async () => {
    const first = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    await userEvent.click(input(first, 'q-housing', 'bungalow'));
    await userEvent.click(await button(first, 'Next'));
    await userEvent.click(input(first, 'q-needs', 'goods'));
    await userEvent.click(await button(first, 'Next'));
    expect(heading(first).text).toBe('Community services');
    expect(JSON.parse(localStorage.getItem(DRAFT)!)).toMatchObject({
      page: 2,
      section: 'services',
    });
    cleanupFixtures();
    const again = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${sectionedSurvey()}></qy-needs-survey>`,
      { lang: 'en' },
    );
    expect(heading(again)).toMatchObject({ progress: 'Part 3 of 4: Community services' });
    expect(again.value!.answers).toEqual({ 'q-housing': 'bungalow', 'q-needs': ['goods'] });
    expect(text(again)).toContain('earlier answers on this device were restored');
    cleanupFixtures();
    // The author merged the first two sections: the same section is now the second page.
    const merged = sectionedSurvey();
    const [home, needs, ...rest] = merged.sections!;
    merged.sections = [{ ...home!, questions: ['q-housing', 'q-needs'] }, ...rest];
    void needs;
    const changed = await fixture<QyNeedsSurvey>(
      html`<qy-needs-survey .survey=${merged}></qy-needs-survey>`,
      { lang: 'zh-CN' },
    );
    expect(changed.currentPage).toBe(1);
    expect(heading(changed).progress).toBe('第 2 部分，共 3 部分：社区服务');
    expect(text(changed)).toContain('已恢复您之前在本设备上填写的回答');
    await expectNoAxeViolations(changed.parentElement!);
  });
});

describe('<qy-needs-survey> with sections on a narrow phone', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits 360 px with a long ${lang} section title and keeps 44 px targets`, async () => {
      await page.viewport(360, 740);
      const survey = sectionedSurvey();
      survey.sections![0]!.title = longText[lang];
      survey.sections![0]!.description = longText[lang];
      const el = await fixture<QyNeedsSurvey>(
        html`<qy-needs-survey .survey=${survey}></qy-needs-survey>`,
        { lang },
      );
      await settle();
      expect(shadow(el, '[part="base"]').scrollWidth).toBeLessThanOrEqual(el.clientWidth);
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(360);
      for (const target of shadowAll(el, '.option, button')) {
        expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
      }
      await expectNoAxeViolations(el.parentElement!);
      await page.viewport(1280, 800);
    });
  }
});
