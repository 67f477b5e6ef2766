import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../define/ranking-table.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, fixture, shadow, until } from '../testing/fixture.js';
import { pilotMeeting } from '../testing/meetings.js';
import type { QyRankingTable } from './ranking-table.js';

// The load error of a bad document: the event, the visible localized message, and axe.

afterEach(cleanupFixtures);

const loadError = {
  en: 'the document has problems',
  'zh-CN': '文档存在以下问题',
} as const;

describe.each(['en', 'zh-CN'] as const)('<qy-ranking-table> load errors (%s)', (lang) => {
  it('a result naming an unknown project fires qy-load-error and shows it', async () => {
    const errors: QyLoadErrorEvent[] = [];
    const listener = (e: QyLoadErrorEvent) => errors.push(e);
    document.addEventListener('qy-load-error', listener);
    try {
      const result = {
        ranking: [{ project: 'nowhere', rank: 1, total: 1, tied: false, criteria: {} }],
        counted: 0,
        rejected: [],
      };
      const el = await fixture<QyRankingTable>(
        html`<qy-ranking-table .meeting=${pilotMeeting()} .result=${result}></qy-ranking-table>`,
        { lang },
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]!.target).toBe(el);
      expect(errors[0]!.detail.issues.length).toBeGreaterThan(0);
      const alert = shadow(el, '[part="error"]');
      expect(alert.getAttribute('role')).toBe('alert');
      expect(alert.checkVisibility()).toBe(true);
      expect(alert.textContent).toContain(loadError[lang]);
      expect(alert.textContent).toContain('nowhere');
      expect(el.shadowRoot!.querySelector('table')).toBeNull();
      await expectNoAxeViolations(el.parentElement!);
    } finally {
      document.removeEventListener('qy-load-error', listener);
    }
  });

  it('an inline document that is not JSON fires qy-load-error from the inline source', async () => {
    const errors: QyLoadErrorEvent[] = [];
    const listener = (e: QyLoadErrorEvent) => errors.push(e);
    document.addEventListener('qy-load-error', listener);
    try {
      const el = await fixture<QyRankingTable>(
        html`<qy-ranking-table
          ><script type="application/json">
            { not json
          </script></qy-ranking-table
        >`,
        { lang },
      );
      await until(() => errors.length === 1, 'qy-load-error');
      expect(errors[0]!.detail.source).toBe('inline');
      const alert = shadow(el, '[part="error"]');
      expect(alert.textContent).toContain(loadError[lang]);
      expect(alert.textContent).toContain('JSON');
      await expectNoAxeViolations(el.parentElement!);
    } finally {
      document.removeEventListener('qy-load-error', listener);
    }
  });
});
