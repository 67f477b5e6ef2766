import type { MessageParams } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ApplicationProblem } from './application-candidate.js';
import type { ApplicationFormMessageKey } from './application-form.messages.js';

/**
 * The panel listing everything still missing before submission, each problem a button that
 * takes the applicant to its field (or "Nothing is missing").
 *
 * @example
 * renderMissingPanel(problems, t, (path) => focusField(path));
 */
export function renderMissingPanel(
  problems: readonly ApplicationProblem[],
  t: (key: ApplicationFormMessageKey, params?: MessageParams) => string,
  goTo: (path: readonly (string | number)[]) => void,
): TemplateResult {
  return html`<section class="missing" part="missing" aria-labelledby="missing-title">
    <h3 id="missing-title" tabindex="-1">${t('missingTitle')}</h3>
    ${
      problems.length === 0
        ? html`<p class="ok">✓ ${t('nothingMissing')}</p>`
        : html`<p>${t('missingCount', { count: problems.length })}</p>
            <ul>
              ${problems.map(
                (problem) =>
                  html`<li>
                    <button
                      type="button"
                      class="link"
                      data-rule=${problem.rule ?? nothing}
                      @click=${() => goTo(problem.path)}
                    >
                      ${problem.message}
                    </button>
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}
