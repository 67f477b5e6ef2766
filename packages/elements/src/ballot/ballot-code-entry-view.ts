import type { MessageParams } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { BallotMessageKey } from './ballot.messages.js';

/** What the voting-code step shows. */
export interface CodeEntryView {
  readonly t: (key: BallotMessageKey, params?: MessageParams) => string;
  /** The text in the field (a code that was refused stays, to be corrected). */
  readonly value: string;
  /** Why the code cannot be used, in the page's language; '' when nothing is wrong. */
  readonly error: string;
  /** True while the ballot box checks the code. */
  readonly checking: boolean;
  readonly onSubmit: (code: string) => void;
}

/**
 * The voting-code step: a heading, a labelled text field a phone keyboard types easily (no
 * autocorrect or autocapitalize surprises, monospace, "go" key), where the code is printed,
 * the ballot box's verdict as an alert tied to the field (`aria-invalid`, `aria-describedby`),
 * and "Continue".
 *
 * @example
 * renderCodeEntry({ t, value: '', error: '', checking: false, onSubmit: (code) => check(code) });
 */
export function renderCodeEntry(view: CodeEntryView): TemplateResult {
  const { t, error } = view;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('code');
    view.onSubmit(input instanceof HTMLInputElement ? input.value : '');
  };
  return html`<section class="code-entry" part="code-entry" aria-labelledby="step-title">
    <h2 id="step-title" tabindex="-1">${t('codeTitle')}</h2>
    <form @submit=${submit} novalidate>
      <label for="voting-code">${t('codeLabel')}</label>
      <p class="help" id="voting-code-help">${t('codeHelp')}</p>
      <input
        id="voting-code"
        name="code"
        part="code-input"
        type="text"
        inputmode="text"
        autocomplete="one-time-code"
        autocapitalize="characters"
        autocorrect="off"
        spellcheck="false"
        enterkeyhint="go"
        maxlength="64"
        .value=${view.value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'voting-code-help voting-code-error' : 'voting-code-help'}
        ?readonly=${view.checking}
      />
      ${error ? html`<p class="alert" id="voting-code-error" role="alert">${error}</p>` : nothing}
      ${
        view.checking
          ? html`<p class="progress" part="status" role="status">${t('codeChecking')}</p>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="submit" class="primary" ?disabled=${view.checking}>
          ${t('codeContinue')}
        </button>
      </div>
    </form>
  </section>`;
}
