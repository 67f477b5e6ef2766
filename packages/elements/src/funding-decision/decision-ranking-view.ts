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
  // Explicit roles: on a phone the rows become cards (display: block), which must not drop the
  // table's semantics. The column names in the cards (.label) are for the eyes only.
  const label = (key: 'rank' | 'requested' | 'rule' | 'final' | 'status') =>
    html`<span class="label" aria-hidden="true">${t(key)}</span>`;
  return html`<table part="ranking" class="ranking" role="table">
    <caption>
      ${t('ranking')}
    </caption>
    <thead role="rowgroup">
      <tr role="row">
        <th scope="col" role="columnheader">${t('rank')}</th>
        <th scope="col" role="columnheader">${t('project')}</th>
        <th scope="col" role="columnheader" class="num">${t('requested')}</th>
        <th scope="col" role="columnheader" class="num">${t('rule')}</th>
        <th scope="col" role="columnheader" class="num">${t('final')}</th>
        <th scope="col" role="columnheader">${t('status')}</th>
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${result.grants.map((grant) => {
        cumulative += grant.requested;
        const line = !lineDrawn && cumulative > fund;
        if (line) lineDrawn = true;
        return html`${
            line
              ? html`<tr part="fund-line" class="fund-line" role="row">
                  <td colspan="6" role="cell">${t('fundLine', { fund: money(fund) })}</td>
                </tr>`
              : nothing
          }
          <tr data-project=${grant.project} data-status=${grant.status} role="row">
            <td class="rank" role="cell">${label('rank')}${grant.rank}</td>
            <th scope="row" role="rowheader">${view.projectTitle(sheet, grant.project)}</th>
            <td class="num" role="cell">${label('requested')}${money(grant.requested)}</td>
            <td class="num" role="cell">${label('rule')}${money(grant.ruleGranted)}</td>
            <td class="num" role="cell">${label('final')}${money(grant.granted)}</td>
            <td class="status" role="cell">
              ${label('status')}${t(grant.status)}${
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
