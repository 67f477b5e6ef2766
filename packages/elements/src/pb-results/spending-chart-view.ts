import { Rational, type MessageParams } from '@qingyuan/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Locale } from '@qingyuan/core';
import { formatExact, formatShare } from './format-exact.js';
import type { PbResults } from './pb-results-data.js';
import type { PbResultsMessageKey } from './pb-results.messages.js';
import type { SpendingStep } from './spending-steps.js';
import { renderHeading } from '../internal/heading-view.js';

/** The track shows 110% of the budget, so the budget line stands inside it. */
const TRACK = Rational.of(11, 10);
const BAR_HEIGHT = 18;

/** What the chart needs from its element. */
export interface SpendingChartContext {
  results: PbResults;
  steps: readonly SpendingStep[];
  locale: Locale;
  /** The element's `heading-level`: the chart's heading is one level below. */
  headingLevel: number;
  t: (key: PbResultsMessageKey, params?: MessageParams) => string;
  name: (id: string) => string;
}

/**
 * The cumulative spending of an outcome against its budget, as an accessible bar chart (the
 * approach of the demo's report charts): a one-sentence summary first; per purchase a text label,
 * a bar as long as the spending so far with the amount and share written beside it; a dashed
 * budget line; purchases from the voters' shares and from the completion told apart by pattern
 * as well as colour (and in words in the label); the same numbers as a table behind a
 * disclosure. The bars are decoration (`aria-hidden`): every value is in the text.
 *
 * @example
 * html`${renderSpendingChart({ results, steps: spendingSteps(results), locale, t, name })}`;
 */
export function renderSpendingChart(c: SpendingChartContext): TemplateResult {
  const { results, steps, locale, t } = c;
  const amount = (value: Rational) => formatExact(value, locale);
  const share = (value: Rational) =>
    results.budget.isZero() ? '—' : formatShare(value.div(results.budget), locale);
  const spent = steps.at(-1)?.cumulative ?? Rational.ZERO;
  const scale = results.budget.mul(TRACK);
  const percent = (value: Rational) =>
    scale.isZero() ? 0 : Math.min(100, value.div(scale).toNumber() * 100);
  const budgetAt = percent(results.budget);
  const label = (step: SpendingStep, i: number) =>
    step.round !== undefined
      ? t('chartRound', { round: step.round, name: c.name(step.project) })
      : step.completion
        ? t('chartCompletion', { name: c.name(step.project) })
        : t('chartPosition', { position: i + 1, name: c.name(step.project) });
  const hasCompletion = steps.some((s) => s.completion);
  const summary =
    steps.length === 0
      ? t('chartEmpty', { budget: amount(results.budget) })
      : t('chartSummary', {
          steps: steps.length,
          spent: amount(spent),
          budget: amount(results.budget),
          share: share(spent),
          left: amount(results.budget.sub(spent)),
        });
  return html`<figure part="chart" class="chart" aria-labelledby="chart-heading">
    <svg width="0" height="0" class="defs" aria-hidden="true">
      <defs>
        <pattern id="qy-fill-shares" width="4" height="4" patternUnits="userSpaceOnUse">
          <rect width="4" height="4" class="fill-shares" />
        </pattern>
        <pattern
          id="qy-fill-completion"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" class="fill-completion-bg" />
          <rect width="3" height="6" class="fill-completion" />
        </pattern>
      </defs>
    </svg>
    ${renderHeading(c.headingLevel, 1, t('chartHeading'), { id: 'chart-heading', className: 'section-title' })}
    <p class="chart-summary" part="chart-summary">${summary}</p>
    <ul class="legend" aria-hidden="true">
      <li>
        <svg width="22" height="14">
          <rect class="bar" width="22" height="14" fill="url(#qy-fill-shares)" />
        </svg>
        ${results.explanation ? t('legendShares') : c.t('colSpent')}
      </li>
      ${
        hasCompletion
          ? html`<li>
              <svg width="22" height="14">
                <rect class="bar" width="22" height="14" fill="url(#qy-fill-completion)" />
              </svg>
              ${t('legendCompletion')}
            </li>`
          : nothing
      }
      <li>
        <svg width="22" height="14">
          <line class="budget-line" x1="11" x2="11" y1="0" y2="14" />
        </svg>
        ${t('legendBudget')} (${amount(results.budget)})
      </li>
    </ul>
    <div class="bars">
      ${steps.map(
        (step, i) =>
          html`<div class="bar-row" data-project=${step.project}>
            <div class="bar-label">${label(step, i)}</div>
            <svg class="track" aria-hidden="true" width="100%" height=${BAR_HEIGHT}>
              <rect class="track" x="0" y="0" width="100%" height=${BAR_HEIGHT} />
              ${svg`<rect class="bar" x="0" y="0" width="${percent(step.cumulative)}%"
              height=${BAR_HEIGHT}
              fill=${step.completion ? 'url(#qy-fill-completion)' : 'url(#qy-fill-shares)'}
              data-width=${percent(step.cumulative).toFixed(2)} />`}
              ${svg`<line class="budget-line" x1="${budgetAt}%" x2="${budgetAt}%" y1="0"
              y2=${BAR_HEIGHT} />`}
            </svg>
            <span class="bar-value"
              >${t('chartValue', { spent: amount(step.cumulative), share: share(step.cumulative) })}</span
            >
          </div>`,
      )}
    </div>
    <details part="chart-table" class="chart-table">
      <summary>${t('chartTable')}</summary>
      <div class="scroll" role="region" aria-label=${t('chartHeading')} tabindex="0">
        <table>
          <caption class="visually-hidden">
            ${t('chartHeading')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('colProject')}</th>
              <th scope="col" class="num">${t('colCost')}</th>
              <th scope="col" class="num">${t('colSpent')}</th>
              <th scope="col" class="num">${t('colShare')}</th>
            </tr>
          </thead>
          <tbody>
            ${steps.map(
              (step, i) =>
                html`<tr>
                  <th scope="row">${label(step, i)}</th>
                  <td class="num">${amount(step.cost)}</td>
                  <td class="num">${amount(step.cumulative)}</td>
                  <td class="num">${share(step.cumulative)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}
