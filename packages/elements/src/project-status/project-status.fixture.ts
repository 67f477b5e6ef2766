import type { ProjectEvent } from '@qingyuan/core';
import { pilotApplication } from '../application-form/application-form.fixture.js';

/**
 * The first events of Jinhuali's New Residents' Home, up to `upTo` of them: saved, submitted,
 * reviewed, approved — test and story data.
 *
 * @example
 * html`<qy-project-status .history=${pilotHistory(4)}></qy-project-status>`;
 */
export function pilotHistory(upTo = 4): ProjectEvent[] {
  const events: ProjectEvent[] = [
    {
      type: 'application-saved',
      at: '2008-03-01T09:00:00+08:00',
      by: 'p-li',
      payload: { application: pilotApplication() },
    },
    { type: 'submitted', at: '2008-03-05T09:00:00+08:00', by: 'p-li' },
    {
      type: 'review-started',
      at: '2008-03-20T14:00:00+08:00',
      by: 'p-center',
      payload: { meeting: 'qingyuan-2008' },
    },
    {
      type: 'approved',
      at: '2008-04-02T10:00:00+08:00',
      by: 'p-center',
      payload: { granted: { amount: 1_000_000, currency: 'CNY' } },
    },
  ];
  return events.slice(0, upTo);
}
