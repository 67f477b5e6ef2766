import {
  ExecutionTeamSchema,
  localize,
  parseDocument,
  teamRules,
  type ExecutionTeam,
  type ExecutionTeamMember,
  type LocalizedText,
  type Participant,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QySignatureQueuedEvent } from '../events/signature-queued.js';
import { QySignatureRejectedEvent } from '../events/signature-rejected.js';
import { QySignatureSentEvent } from '../events/signature-sent.js';
import { QySignatureSubmitEvent, type ContractSignedEvent } from '../events/signature-submit.js';
import { DeliveryFlow, type DeliveryStep } from '../internal/delivery-flow.js';
import { renderDeliveryStatus } from '../internal/delivery-status-view.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import type { DeliveryOutcome } from '../base/outbox.js';
import { QyElement } from '../base/qy-element.js';
import { sharedStyles } from '../base/shared-styles.js';
import { executionTeamMessages, type ExecutionTeamMessageKey } from './execution-team.messages.js';
import { executionTeamStyles } from './execution-team.styles.js';
import { contractSignedEvent, signatureViolations } from './signature-check.js';
import { renderHeading } from '../internal/heading-view.js';

const OUTBOX_KEY = 'qingyuan:signature-outbox';

/**
 * The execution team 项目执行小组 of a funded project and its responsibility contracts 职责合同:
 * the roster with each member's role and duties, the rules the team set itself, the contract
 * text, who has not signed yet, and signing — each member in person with their own signing code
 * (typed, or from the page address when the member scanned the QR code on their signing slip:
 * `code-param`). The signature is core's `contract-signed` project event, checked with core's
 * rule `team.signs-own-contract` before it leaves the device, and with `endpoint` POSTed as
 * `{ "code": "<signing code>", "event": <contract-signed event> }` with an `Idempotency-Key`
 * through the shared outbox (kept on the device while offline, retried, never stored twice).
 *
 * The team comes as the `team` property, a `src` URL, or an inline
 * `<script type="application/json">` child (an `ExecutionTeam` document). Not form-associated:
 * a signing code is a one-time credential, never a form value.
 *
 * @tag qy-execution-team
 * @summary The team's roster, roles, duties, rules and contract; each member signs in person.
 *
 * @slot - An optional `<script type="application/json">` with the team.
 * @slot contract - The contract text, if the host has its own (else `contract`, else a default).
 *
 * @event qy-signature-submit - A member confirmed a valid signature (cancelable: stops the POST).
 * @event qy-signature-sent - The `endpoint` accepted a signature.
 * @event qy-signature-queued - A signature could not be sent now and waits on the device.
 * @event qy-signature-rejected - The `endpoint` refused a signature for good.
 * @event qy-load - The team was read and validated.
 * @event qy-load-error - The team document is missing, unreachable or malformed.
 *
 * @csspart base - The outer section.
 * @csspart summary - Who has not signed yet.
 * @csspart roster - The list of members.
 * @csspart member - One member.
 * @csspart contract-state - A member's signed / not signed mark.
 * @csspart sign-button - The button opening a member's signing form.
 * @csspart rules - The team's rules.
 * @csspart contract - The contract text.
 * @csspart sign-form - The signing form.
 * @csspart input - The signing code field.
 * @csspart field-error - A message under a field.
 * @csspart actions - A row of buttons.
 * @csspart delivery - The delivery step after signing.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad team document.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Card borders.
 * @cssproperty --qy-color-accent - The main buttons and the signed mark.
 * @cssproperty --qy-color-accent-contrast - Text on the accent.
 * @cssproperty --qy-color-danger - Errors and the not-signed mark.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-target-size - Minimum size of touch targets (44px).
 * @cssproperty --qy-focus-ring - Focus outline.
 * @cssproperty --qy-execution-team-max-width - Maximum width.
 */
export class QyExecutionTeam extends QyElement<ExecutionTeamMessageKey> {
  static override styles = [sharedStyles, executionTeamStyles];

  protected readonly catalogs = executionTeamMessages;

  /** The team (`ExecutionTeam`); wins over `src` and inline JSON. */
  @property({ attribute: false }) team: unknown;

  /** A URL to fetch the team from. */
  @property() src = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Where to POST a signature (`{ code, event }`, JSON, with an `Idempotency-Key` header). */
  @property() endpoint = '';

  /** The participants, to show names (a member's own `name` wins) (optional). */
  @property({ attribute: false }) participants: readonly Participant[] = [];

  /** The project's name as shown in the heading (default: the team's `project` id). */
  @property({ attribute: 'project-name' }) projectName = '';

  /** The contract text (a `contract` slot wins over it). */
  @property({ attribute: false }) contract: LocalizedText | undefined;

  /**
   * The member signing on this device (the phone view of one member): the roster opens that
   * member's signing form. Without it, a member picks their own name.
   */
  @property() member = '';

  /** The member's signing code; never reflected to an attribute. */
  @property({ attribute: false }) code = '';

  /**
   * Take the signing code from this query parameter of the page URL (the QR code on a signing
   * slip): `code-param="c"` reads `?c=…`, an empty attribute reads `?code=…`. The parameter is
   * removed from the address bar once read.
   */
  @property({ attribute: 'code-param' }) codeParam: string | null = null;

  @state() private roster: ExecutionTeam | undefined;
  @state() private signing: string | undefined;
  @state() private typedCode = '';
  @state() private agreed = false;
  @state() private errors: { code?: string; agree?: string; rules?: string } = {};
  @state() private signed: ContractSignedEvent | undefined;

  private readonly focusAfter = new FocusAfterUpdateController(this);

  private readonly doc = new DocumentController<ExecutionTeam>(this, {
    property: () => this.team,
    src: () => this.src,
    parse: (data, locale) => parseDocument(ExecutionTeamSchema, data, { locale }),
    t: (key, params) => this.t(key, params),
    locale: () => this.locale,
    onReady: (team) => this.start(team),
  });

  private readonly delivery = new DeliveryFlow(this, {
    endpoint: () => this.endpoint,
    storageKey: OUTBOX_KEY,
    onOutcome: (outcome, mine, before) => this.announce(outcome, mine, before),
  });

  /** The team with every signature made here so far (undefined until one is read). */
  get value(): ExecutionTeam | undefined {
    return this.doc.state.status === 'ready' ? this.roster : undefined;
  }

  /** The members who have not signed their contract yet, in roster order. */
  get unsigned(): readonly ExecutionTeamMember[] {
    return (this.roster?.members ?? []).filter((member) => !member.contract.signed);
  }

  /** Where the signing stands: the roster, a member's form, or a delivery step. */
  get currentStep(): 'roster' | 'sign' | DeliveryStep {
    return this.delivery.step ?? (this.signing ? 'sign' : 'roster');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.codeParam === null) return;
    const name = this.codeParam || 'code';
    const url = new URL(location.href);
    const fromUrl = url.searchParams.get(name)?.trim();
    if (!fromUrl) return;
    if (!this.code) this.code = fromUrl;
    url.searchParams.delete(name);
    history.replaceState(history.state, '', url);
  }

  /** Sends every signature for this `endpoint` still waiting on the device, now. */
  retryNow(): Promise<void> {
    return this.delivery.retryNow();
  }

  private start(team: ExecutionTeam): void {
    this.roster = team;
    const waiting = this.delivery.waiting()[0];
    if (waiting && !this.delivery.step) this.delivery.adopt(waiting);
    const mine = team.members.find((m) => m.participant === this.member);
    this.signing = mine && !mine.contract.signed ? mine.participant : undefined;
    this.typedCode = this.code;
  }

  private name(member: ExecutionTeamMember | string): string {
    const id = typeof member === 'string' ? member : member.participant;
    const own = typeof member === 'string' ? undefined : member.name;
    if (own) return localize(own, this.locale);
    const participant = this.participants.find((p) => p.id === id);
    if (participant) return localize(participant.name, this.locale);
    const found = this.roster?.members.find((m) => m.participant === id);
    return found?.name ? localize(found.name, this.locale) : id;
  }

  private openSigning(member: string): void {
    this.signing = member;
    this.typedCode = this.code;
    this.agreed = false;
    this.errors = {};
    this.focusAfter.request('#sign-title');
  }

  private closeSigning(): void {
    const member = this.signing;
    this.signing = undefined;
    this.errors = {};
    this.focusAfter.request(`[part="sign-button"][data-member="${CSS.escape(member ?? '')}"]`);
  }

  private async sign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const team = this.roster;
    const member = this.signing;
    if (!team || !member) return;
    const code = this.typedCode.trim();
    const errors: typeof this.errors = {};
    if (!code) errors.code = this.t('codeRequired');
    if (!this.agreed) errors.agree = this.t('agreeRequired');
    const signature = contractSignedEvent(member);
    const violations = signatureViolations(team, signature);
    if (violations.length > 0) {
      errors.rules = this.t('refused', {
        messages: violations.map((v) => v.message[this.locale]).join(' '),
      });
    }
    this.errors = errors;
    if (errors.code || errors.agree || errors.rules) {
      this.focusAfter.request(errors.code ? '#code' : errors.agree ? '#agree' : '#sign-title');
      return;
    }
    const submit = new QySignatureSubmitEvent({ event: signature, code });
    this.dispatchEvent(submit);
    this.signed = signature;
    this.focusAfter.request('#step-title');
    if (submit.defaultPrevented || !this.endpoint) {
      this.record(signature);
      this.delivery.finishLocally();
      return;
    }
    await this.delivery.send({
      endpoint: this.endpoint,
      body: JSON.stringify({ code, event: signature }),
      summary: JSON.stringify(signature),
      lang: this.locale,
    });
  }

  /** Marks the member's contract signed in the element's copy of the team. */
  private record(signature: ContractSignedEvent): void {
    const team = this.roster;
    if (!team) return;
    const { member, signedAt } = signature.payload;
    this.roster = {
      ...team,
      members: team.members.map((m) =>
        m.participant === member
          ? { ...m, contract: { ...m.contract, signed: true, signedAt } }
          : m,
      ),
    };
  }

  private announce(
    outcome: DeliveryOutcome,
    mine: boolean,
    before: DeliveryStep | undefined,
  ): void {
    const { key } = outcome.entry;
    const signature = readSignature(outcome.entry.summary);
    const member = signature?.payload.member ?? '';
    switch (outcome.status) {
      case 'sent':
        if (signature) this.record(signature);
        if (mine) {
          this.signed = signature;
          this.focusAfter.request('#step-title');
        }
        this.dispatchEvent(new QySignatureSentEvent({ key, member, status: outcome.httpStatus }));
        break;
      case 'queued':
        if (mine && before !== 'queued') {
          this.signed = signature;
          this.focusAfter.request('#step-title');
          this.dispatchEvent(new QySignatureQueuedEvent({ key, member }));
        }
        break;
      case 'rejected':
        if (mine) this.focusAfter.request('#step-title');
        this.dispatchEvent(
          new QySignatureRejectedEvent({
            key,
            status: outcome.httpStatus,
            message: outcome.message,
          }),
        );
        break;
      case 'busy':
        break;
    }
  }

  private backToTeam(): void {
    const member = this.signed?.payload.member;
    this.delivery.reset();
    this.signing = undefined;
    this.signed = undefined;
    this.code = '';
    this.typedCode = '';
    this.focusAfter.request(member ? `[data-member="${CSS.escape(member)}"]` : '#title');
  }

  // ----- rendering -----

  protected override render(): TemplateResult | typeof nothing {
    const team = this.value;
    if (!team) return renderLoadState(this.doc.state, (key, params) => this.t(key, params));
    const step = this.delivery.step;
    return html`<section part="base" aria-labelledby="title">
      ${renderHeading(this.headingLevel, 0, this.t('title', { project: this.projectName || team.project }), { id: 'title', tabindex: -1 })}
      ${step ? this.renderDelivery(step) : this.signing ? this.renderSignForm(this.signing) : this.renderTeam(team)}
    </section>`;
  }

  private renderSummary(team: ExecutionTeam): TemplateResult {
    const unsigned = this.unsigned;
    return html`<p part="summary" class=${unsigned.length ? 'pending' : 'complete'}>
      ${
        unsigned.length === 0
          ? this.t('allSigned')
          : this.t('notSigned', {
              count: unsigned.length,
              total: team.members.length,
              names: unsigned.map((m) => this.name(m)).join(this.locale === 'zh-CN' ? '、' : ', '),
            })
      }
    </p>`;
  }

  private renderTeam(team: ExecutionTeam): TemplateResult {
    return html`${this.renderSummary(team)} ${renderHeading(this.headingLevel, 1, this.t('roster'))}
      <ul part="roster" class="roster">
        ${team.members.map((member) => this.renderMember(member))}
      </ul>
      ${renderHeading(this.headingLevel, 1, this.t('rules'))}
      ${
        team.rules?.length
          ? html`<ol part="rules">
              ${team.rules.map((rule) => html`<li>${localize(rule, this.locale)}</li>`)}
            </ol>`
          : html`<p class="qy-status">${this.t('noRules')}</p>`
      }
      ${renderHeading(this.headingLevel, 1, this.t('signingRules'))}
      <ul>
        ${teamRules.map((rule) => html`<li>${rule.description[this.locale]}</li>`)}
      </ul>
      ${this.renderContract()}`;
  }

  private renderContract(): TemplateResult {
    return html`${renderHeading(this.headingLevel, 1, this.t('contract'))}
      <div part="contract" class="contract">
        <slot name="contract"
          >${this.contract ? localize(this.contract, this.locale) : this.t('noContract')}</slot
        >
      </div>`;
  }

  private renderMember(member: ExecutionTeamMember): TemplateResult {
    const name = this.name(member);
    const { contract } = member;
    return html`<li part="member" data-member=${member.participant} tabindex="-1">
      <p class="who"><strong>${name}</strong> · ${this.t(member.role)}</p>
      <p class="duties">
        <span class="label">${this.t('duties')}:</span>
        ${contract.duties ? localize(contract.duties, this.locale) : this.t('noDuties')}
      </p>
      <p part="contract-state" class=${contract.signed ? 'signed' : 'unsigned'}>
        <span aria-hidden="true">${contract.signed ? '✓' : '○'}</span>
        ${contract.signed ? this.t('signedOn', { date: contract.signedAt ?? '' }) : this.t('unsigned')}
      </p>
      ${
        contract.signed
          ? nothing
          : html`<button
              type="button"
              part="sign-button"
              data-member=${member.participant}
              @click=${() => this.openSigning(member.participant)}
            >
              ${this.t('signAs', { name })}
            </button>`
      }
    </li>`;
  }

  private renderSignForm(id: string): TemplateResult {
    const member = this.roster?.members.find((m) => m.participant === id);
    const name = this.name(member ?? id);
    const errors = this.errors;
    return html`<form part="sign-form" novalidate @submit=${(e: SubmitEvent) => void this.sign(e)}>
      ${renderHeading(this.headingLevel, 1, this.t('signHeading', { name }), { id: 'sign-title', tabindex: -1 })}
      ${errors.rules ? html`<p class="qy-error" role="alert">${errors.rules}</p>` : nothing}
      <p>
        <span class="label">${this.t('duties')}:</span>
        ${
          member?.contract.duties
            ? localize(member.contract.duties, this.locale)
            : this.t('noDuties')
        }
      </p>
      ${this.renderContract()}
      <div class="field">
        <label for="code">${this.t('code')}</label>
        <p id="code-hint" class="qy-status">${this.t('codeHint')}</p>
        <input
          id="code"
          part="input"
          name="code"
          autocomplete="one-time-code"
          spellcheck="false"
          .value=${this.typedCode}
          aria-invalid=${errors.code ? 'true' : 'false'}
          aria-describedby=${errors.code ? 'code-hint code-error' : 'code-hint'}
          @input=${(e: Event) => (this.typedCode = (e.target as HTMLInputElement).value)}
        />
        ${errors.code ? html`<p id="code-error" part="field-error">${errors.code}</p>` : nothing}
      </div>
      <div class="field check">
        <input
          type="checkbox"
          id="agree"
          .checked=${this.agreed}
          aria-invalid=${errors.agree ? 'true' : 'false'}
          aria-describedby=${errors.agree ? 'agree-error' : nothing}
          @change=${(e: Event) => (this.agreed = (e.target as HTMLInputElement).checked)}
        />
        <label for="agree">${this.t('agree')}</label>
      </div>
      ${errors.agree ? html`<p id="agree-error" part="field-error">${errors.agree}</p>` : nothing}
      <div class="actions" part="actions">
        <button type="submit" class="primary">${this.t('sign')}</button>
        <button type="button" @click=${() => this.closeSigning()}>${this.t('cancel')}</button>
      </div>
    </form>`;
  }

  private renderDelivery(step: DeliveryStep): TemplateResult {
    const signature = this.signed ?? readSignature(this.delivery.entry?.summary ?? '');
    return renderDeliveryStatus({
      step,
      refusal: this.delivery.refusal,
      t: (key, params) => this.t(key, params),
      onRetry: () => void this.retryNow(),
      part: 'delivery',
      body:
        signature && step !== 'rejected'
          ? html`<p>
              ${this.t('signedReceipt', {
                name: this.name(signature.payload.member),
                date: signature.payload.signedAt,
              })}
            </p>`
          : nothing,
      actions: html`<button type="button" @click=${() => this.backToTeam()}>
        ${this.t('back')}
      </button>`,
    });
  }
}

/** The signature event kept as an outbox entry's receipt, or undefined if it is not one. */
function readSignature(receipt: string): ContractSignedEvent | undefined {
  try {
    const data = JSON.parse(receipt) as ContractSignedEvent;
    return data?.type === 'contract-signed' ? data : undefined;
  } catch {
    return undefined;
  }
}
