import type { Locale } from '@qingyuan/core';
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoxClient, BoxRefusal } from './box-client.js';
import { consoleText } from './console-messages.js';
import { consoleStyles } from './console.styles.js';
import type { ConsoleCredential } from './credential-store.js';
import { renderRefusal } from './refusal-view.js';

/**
 * Sign-in: paste the operator key, an organizer credential or a meeting's organizer token; the
 * box is asked who it is (`GET /organizations/:id`, or the meeting's results for a meeting
 * token) before the console keeps it. Fires `qy-console-sign-in` with the credential.
 *
 * @example
 * html`<qy-console-sign-in .locale=${'en'} @qy-console-sign-in=${(e) => keep(e.detail)}></qy-console-sign-in>`
 */
@customElement('qy-console-sign-in')
export class QyConsoleSignIn extends LitElement {
  static override styles = consoleStyles;

  @property() locale: Locale = 'en';
  @state() private error: unknown;
  @state() private busy = false;

  protected override render() {
    const t = consoleText(this.locale);
    return html`<section aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">${t('signInTitle')}</h2>
      <p class="help">${t('signInHelp')}</p>
      <form @submit=${this.submit} novalidate>
        <label for="token">${t('credential')}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          required
        />
        <label for="organization">${t('organization')}</label>
        <input
          id="organization"
          name="organization"
          type="text"
          value="default"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="organization-help"
        />
        <p class="help" id="organization-help">${t('organizationHelp')}</p>
        <label for="meeting">${t('meetingIdForToken')}</label>
        <input id="meeting" name="meeting" type="text" autocomplete="off" spellcheck="false" />
        <button type="submit" ?disabled=${this.busy}>
          ${this.busy ? t('working') : t('signIn')}
        </button>
      </form>
      ${renderRefusal(this.error)}
    </section>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = consoleText(this.locale);
    const form = new FormData(event.target as HTMLFormElement);
    const token = String(form.get('token') ?? '').trim();
    const organization = String(form.get('organization') ?? '').trim() || 'default';
    const meeting = String(form.get('meeting') ?? '').trim();
    this.error = undefined;
    if (token === '') {
      this.error = new Error(t('emptyCredential'));
      return;
    }
    const box = new BoxClient(
      () => token,
      () => this.locale,
      false,
    );
    this.busy = true;
    try {
      let credential: ConsoleCredential;
      if (token.startsWith('qyo_')) {
        if (meeting === '') throw new Error(t('needMeetingId'));
        // Answers only the meeting's organizers (until the results are public).
        await box.request(`/meetings/${encodeURIComponent(meeting)}/results`);
        credential = { token, meeting, role: 'meeting-organizer' };
      } else {
        const who = await box.json<{ you: { role: string } }>(
          `/organizations/${encodeURIComponent(organization)}`,
        );
        credential = { token, organization, role: who.you.role };
      }
      this.dispatchEvent(
        new CustomEvent<ConsoleCredential>('qy-console-sign-in', {
          detail: credential,
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.error = error instanceof BoxRefusal || error instanceof Error ? error : String(error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qy-console-sign-in': QyConsoleSignIn;
  }
}
