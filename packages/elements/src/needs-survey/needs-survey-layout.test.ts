import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/needs-survey.js';
import { cleanupFixtures, fixture, shadowAll } from '../testing/fixture.js';
import { pilotSurvey } from './needs-survey.fixture.js';
import type { QyNeedsSurvey } from './needs-survey.js';

afterEach(() => {
  cleanupFixtures();
  localStorage.clear();
});

describe('<qy-needs-survey> choice options', () => {
  for (const lang of ['en', 'zh-CN']) {
    it(`sit inside their question, below its title, in normal weight (${lang}, 360 px)`, async () => {
      await page.viewport(360, 800);
      const el = await fixture<QyNeedsSurvey>(
        html`<qy-needs-survey .survey=${pilotSurvey()}></qy-needs-survey>`,
        { lang },
      );
      const questions = shadowAll(el, 'fieldset.question.choices');
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) {
        const legend = question.querySelector(':scope > legend')!.getBoundingClientRect();
        const box = question.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(question).borderLeftWidth);
        for (const option of question.querySelectorAll<HTMLElement>(':scope > label.option')) {
          const style = getComputedStyle(option);
          // an unchosen option is not bold and not floated like the question's title
          expect(Number(style.fontWeight)).toBeLessThan(600);
          expect(style.float).toBe('none');
          const rect = option.getBoundingClientRect();
          // below the title, and clear of the fieldset's border on both sides
          expect(rect.top).toBeGreaterThanOrEqual(legend.bottom - 0.5);
          expect(rect.left).toBeGreaterThanOrEqual(box.left + border + 4);
          expect(rect.right).toBeLessThanOrEqual(box.right - border - 4);
        }
      }
    });
  }
});
