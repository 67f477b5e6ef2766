import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/weight-editor.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, fixture, shadow, shadowAll } from '../testing/fixture.js';
import { pilotMeeting } from '../testing/meetings.js';
import type { QyWeightEditor } from './weight-editor.js';

// axe in every state of the editor, and the load error a bad meeting gives, in both languages.

afterEach(cleanupFixtures);

const text = {
  en: { over: '5 % too many', locked: 'Weights locked', loadError: 'the document has problems' },
  'zh-CN': { over: '超出 5%', locked: '权重已锁定', loadError: '文档存在以下问题' },
} as const;

describe.each(['en', 'zh-CN'] as const)('<qy-weight-editor> states pass axe (%s)', (lang) => {
  it('ready, over 100 %, back at 100 % and locked', async () => {
    const el = await fixture<QyWeightEditor>(
      html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
      { lang },
    );
    await expectNoAxeViolations(el.parentElement!);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    await el.updateComplete;
    expect(el.total).toBe(105);
    const total = shadow(el, '[part="total"]');
    expect(total.classList.contains('invalid')).toBe(true);
    expect(total.textContent).toContain(text[lang].over);
    expect(shadow<HTMLButtonElement>(el, '[part="lock-button"]').disabled).toBe(true);
    await expectNoAxeViolations(el.parentElement!);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    expect(el.total).toBe(100);
    shadow(el, '[part="lock-button"]').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.locked).toBe(true);
    expect(el.shadowRoot!.textContent).toContain(text[lang].locked);
    expect(shadowAll<HTMLInputElement>(el, 'input').every((i) => i.readOnly)).toBe(true);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('a bad meeting fires qy-load-error and shows the localized error', async () => {
    const errors: QyLoadErrorEvent[] = [];
    const listener = (e: QyLoadErrorEvent) => errors.push(e);
    document.addEventListener('qy-load-error', listener);
    try {
      const el = await fixture<QyWeightEditor>(
        html`<qy-weight-editor .meeting=${{ id: 'x', criteria: 'none' }}></qy-weight-editor>`,
        { lang },
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]!.target).toBe(el);
      expect(errors[0]!.detail.source).toBe('property');
      expect(errors[0]!.detail.issues.map((i) => i.where)).toContain('criteria');
      const alert = shadow(el, '[part="error"]');
      expect(alert.getAttribute('role')).toBe('alert');
      expect(alert.checkVisibility()).toBe(true);
      expect(alert.textContent).toContain(text[lang].loadError);
      expect(alert.textContent).toContain('criteria');
      await expectNoAxeViolations(el.parentElement!);
    } finally {
      document.removeEventListener('qy-load-error', listener);
    }
  });
});
