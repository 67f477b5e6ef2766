import type { Application } from '../domain/application.js';
import type { Money } from '../money/money.js';

/**
 * What an application requests: its budget total (which the submission rules require its lines
 * to add up to). A review meeting's `MeetingProject.requested` is this, never a copy by hand
 * (`agendaFromVetted` builds it; rule `agenda.requested-matches` checks it).
 *
 * @example
 * requestedOf(jinhualiApplication); // { amount: 1000000, currency: 'CNY' }
 */
export function requestedOf(application: Application): Money {
  return application.budget.total;
}
