import {
  formatMoney,
  localize,
  type FundingDecision,
  type ResultsSummarySheet,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionViewContext } from './decision-view-context.js';
import { renderHeading } from '../internal/heading-view.js';

/**
 * The grants of the decision the ballot box stored, project by project, each departure from
 * the rule with who decided it and why.
 *
 * @example
 * renderStoredDecision(view, decision, sheet);
 */
export function renderStoredDecision(
  view: DecisionViewContext,
  decision: FundingDecision,
  sheet: ResultsSummarySheet | undefined,
): TemplateResult {
  const { t, locale } = view;
  const money = (amount: number) =>
    formatMoney({ amount, currency: decision.fund.currency }, locale);
  return html`<section part="stored" class="stored" aria-labelledby="stored-title">
    ${renderHeading(view.headingLevel, 1, t('stored'), { id: 'stored-title' })}
    <ul class="items">
      ${decision.grants.map((grant) => {
        const departure = decision.departures.find((d) => d.project === grant.project);
        return html`<li data-project=${grant.project} data-granted=${grant.amount.amount}>
          <span
            >${t('storedGrant', {
              project: sheet ? view.projectTitle(sheet, grant.project) : grant.project,
              amount: grant.amount.amount > 0 ? money(grant.amount.amount) : t('notFunded'),
            })}${
              departure
                ? html` <span class="changed"
                    >(${t('storedChange', {
                      name: view.personName(departure.by),
                      reason: localize(departure.reason, locale),
                    })})</span
                  >`
                : nothing
            }</span
          >
        </li>`;
      })}
    </ul>
  </section>`;
}
