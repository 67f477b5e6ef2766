import {
  localize,
  type GovernanceBody,
  type ResultsSummarySheet,
  type Violation,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionViewContext } from './decision-view-context.js';
import { renderHeading } from '../internal/heading-view.js';

/**
 * The summary sheet's sign-off: who signed it off for which body and when, and every rule the
 * decision still breaks because of it (core's `checkSummarySheet`).
 *
 * @example
 * renderSignOff(view, sheet, bodies, outcome.blocking);
 */
export function renderSignOff(
  view: DecisionViewContext,
  sheet: ResultsSummarySheet,
  bodies: readonly GovernanceBody[],
  blocking: readonly Violation[],
): TemplateResult {
  const { t, locale } = view;
  const signOff = sheet.signOff;
  const body = signOff ? bodies.find((b) => b.id === signOff.body) : undefined;
  return html`<section part="sign-off" class="sign-off" aria-labelledby="sign-off-title">
    ${renderHeading(view.headingLevel, 1, t('signOff'), { id: 'sign-off-title' })}
    ${
      signOff
        ? html`<p>
            ${t('signedOff', {
              sheet: sheet.id,
              name: view.personName(signOff.by),
              body: body ? localize(body.name, locale) : signOff.body,
              at: signOff.at.slice(0, 16).replace('T', ' '),
            })}
          </p>`
        : nothing
    }
    ${
      blocking.length > 0
        ? html`<div id="blocking" class="qy-error" tabindex="-1">
            <p>${t('notSignedOff')}</p>
            <ul>
              ${blocking.map((v) => html`<li data-rule=${v.rule}>${v.message[locale]}</li>`)}
            </ul>
          </div>`
        : nothing
    }
  </section>`;
}
