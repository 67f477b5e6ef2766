import type { FundingDecisionFromResult, ResultsSummarySheet } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionViewContext } from './decision-view-context.js';

/**
 * The final ranking against the fund: each project's request, what the rule grants, the final
 * grant and its status (marked when a recorded change departs from the rule), with the fund
 * line drawn before the first project the fund no longer covers.
 *
 * @example
 * renderDecisionRanking(view, sheet, outcome.result, fund.amount);
 */
export function renderDecisionRanking(
  view: DecisionViewContext,
  sheet: ResultsSummarySheet,
  result: Extract<FundingDecisionFromResult, { ok: true }>,
  fund: number,
): TemplateResult {
  const { t, money } = view;
  let cumulative = 0;
  let lineDrawn = false;
  return html`<table part="ranking" class="ranking">
    <caption>
      ${t('ranking')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('rank')}</th>
        <th scope="col">${t('project')}</th>
        <th scope="col" class="num">${t('requested')}</th>
        <th scope="col" class="num">${t('rule')}</th>
        <th scope="col" class="num">${t('final')}</th>
        <th scope="col">${t('status')}</th>
      </tr>
    </thead>
    <tbody>
      ${result.grants.map((grant) => {
        cumulative += grant.requested;
        const line = !lineDrawn && cumulative > fund;
        if (line) lineDrawn = true;
        return html`${
            line
              ? html`<tr part="fund-line" class="fund-line">
                  <td colspan="6">${t('fundLine', { fund: money(fund) })}</td>
                </tr>`
              : nothing
          }
          <tr data-project=${grant.project} data-status=${grant.status}>
            <td>${grant.rank}</td>
            <th scope="row">${view.projectTitle(sheet, grant.project)}</th>
            <td class="num">${money(grant.requested)}</td>
            <td class="num">${money(grant.ruleGranted)}</td>
            <td class="num">${money(grant.granted)}</td>
            <td>
              ${t(grant.status)}${
                grant.override && grant.granted !== grant.ruleGranted
                  ? html` <span class="changed">(${t('changed')})</span>`
                  : nothing
              }
            </td>
          </tr>`;
      })}
    </tbody>
  </table>`;
}
