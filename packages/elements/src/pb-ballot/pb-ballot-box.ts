import type { PbBallotJSON } from '@qingyuan/core';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BallotMessageKey } from '../ballot/ballot.messages.js';
import { renderCodeEntry } from '../ballot/ballot-code-entry-view.js';
import { VotingCodeController } from '../ballot/voting-code-controller.js';
import type { DocumentState } from '../data/document-controller.js';
import type { DocumentResult } from '../data/document-issue.js';
import type { LoadMessageKey } from '../data/load-messages.js';
import type { SupportedLocale } from '../i18n/locale.js';
import { translate, type MessageOverrides, type MessageParams } from '../i18n/messages.js';
import { refusalReason, type DeliveryOutcome } from '../internal/outbox.js';
import type { QyElement } from '../internal/qy-element.js';
import { pbBallotBoxMessages, type PbBallotBoxMessageKey } from './pb-ballot-box.messages.js';
import { pbBallotBoxStyles } from './pb-ballot-box.styles.js';
import type { PbBallotSheet } from './pb-ballot-sheet.js';
import type { PbElectionBoxAddresses } from './pb-election-box-address.js';

/** The election's status as the ballot box reports it (`GET …/pb-elections/{id}`). */
export type PbElectionStatus = 'draft' | 'open' | 'closed';

/** What the ballot asks of its connection to the ballot box. */
export interface PbBallotBoxOptions {
  /** The election's addresses on the box, or `undefined` when the ballot is not connected. */
  readonly addresses: () => PbElectionBoxAddresses | undefined;
  /** The page's voting code (`code`), '' for none. */
  readonly code: () => string;
  /** The page URL's parameter holding the code (`code-param`), or null for none. */
  readonly codeParam: () => string | null;
  /** The language the box answers in (its refusals are shown as they come). */
  readonly locale: () => SupportedLocale;
  /** The host's text overrides (the `messages` property): they apply to the code step too. */
  readonly messages: () => MessageOverrides | undefined;
  /** The host's text of the loading states. */
  readonly loadText: (key: LoadMessageKey, params?: MessageParams) => string;
  /** Reads the sheet inside the box's answer, as the host reads any sheet. */
  readonly parse: (data: unknown, locale: SupportedLocale) => DocumentResult<PbBallotSheet>;
  /** The sheet was read from the box. */
  readonly onSheet: (sheet: PbBallotSheet) => void;
  /** The voter's code was accepted: the ballot goes on (to the choices, or back to review). */
  readonly onCode: () => void;
  /** Moves focus after the next render (a CSS selector in the shadow root). */
  readonly focus: (selector: string) => void;
}

type Host = QyElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * `<qy-pb-ballot>`'s connection to a Qingyuan ballot box's participatory-budgeting election:
 * reads the election (its sheet and status) in the ballot's language, showing the box's own
 * reason when it refuses; asks for the voting code (or census identifier) before any choice
 * when the page gave none — typed, from `code`, or from the page URL's `code-param`, which it
 * takes out of the address bar — and sends it beside core's PB ballot document. The box has
 * no separate check of a PB code: it checks the code when the ballot arrives, so a refused
 * code (`401`) brings the voter back to the code field, with the box's reason and every choice
 * kept. Loaded on first need, so a page that feeds the ballot a sheet never downloads it.
 *
 * @example
 * const { PbBallotBoxController } = await import('./pb-ballot-box.js');
 * this.boxed = new PbBallotBoxController(this, { addresses: () => …, code: () => this.code, … });
 */
export class PbBallotBoxController implements ReactiveController {
  /** The loading state of the sheet read from the box. */
  state: DocumentState<PbBallotSheet> = { status: 'empty' };
  /** The election's status when it was read. */
  status: PbElectionStatus | undefined;
  /** True while the voter is asked for the code (before the choices, or after a refusal). */
  asking = false;

  private readonly voting: VotingCodeController;
  private connectedTo = '';
  private fetchController: AbortController | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: PbBallotBoxOptions,
  ) {
    host.addController(this);
    this.voting = new VotingCodeController(host, {
      code: options.code,
      codeParam: options.codeParam,
      // The box checks a PB code when the ballot arrives: there is no check to ask first.
      checkUrl: () => '',
      lang: options.locale,
      t: (key, params) => this.t(key as PbBallotBoxMessageKey, params),
    });
    const root = host.renderRoot;
    const sheet = pbBallotBoxStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** The voting code sent with the ballot ('' before the voter gave one). */
  get code(): string {
    return this.voting.current;
  }

  hostConnected(): void {
    // Reconnected to a page: read the election again (it may have opened or closed).
    this.connectedTo = '';
  }

  hostDisconnected(): void {
    this.fetchController?.abort();
  }

  hostUpdate(): void {
    const where = this.options.addresses()?.view ?? '';
    if (where !== this.connectedTo) void this.load(where);
  }

  /** The text of a key: the host's override, else the shipped text. */
  private t(key: PbBallotBoxMessageKey, params?: MessageParams): string {
    const overrides = this.options.messages() as MessageOverrides<PbBallotBoxMessageKey>;
    return translate(pbBallotBoxMessages, overrides, this.options.locale(), key, params);
  }

  private async load(view: string): Promise<void> {
    this.connectedTo = view;
    this.fetchController?.abort();
    this.status = undefined;
    if (!view) {
      this.state = { status: 'empty' };
      return;
    }
    const controller = new AbortController();
    this.fetchController = controller;
    this.state = { status: 'loading', source: 'src' };
    const fail = (message: string): void => {
      this.state = { status: 'error', issues: [{ where: '', message }], source: 'src' };
      this.host.requestUpdate();
    };
    let answer: unknown;
    try {
      const response = await fetch(view, {
        signal: controller.signal,
        headers: { Accept: 'application/json', 'Accept-Language': this.options.locale() },
      });
      const text = await response.text();
      if (controller.signal.aborted) return;
      if (!response.ok) {
        // The box's own reason ("no such PB election"), in the ballot's language.
        const reason = refusalReason(text);
        fail(reason || this.options.loadText('httpError', { url: view, status: response.status }));
        return;
      }
      answer = JSON.parse(text);
    } catch (error) {
      if (controller.signal.aborted) return;
      const detail = error instanceof Error ? error.message : String(error);
      fail(this.options.loadText('unreachable', { url: view, detail }));
      return;
    }
    const election = (answer ?? {}) as { sheet?: unknown; status?: unknown };
    const parsed = this.options.parse(election.sheet, this.options.locale());
    if (!parsed.ok) {
      this.state = { status: 'error', issues: parsed.issues, source: 'src' };
      this.host.requestUpdate();
      return;
    }
    const status = election.status;
    this.status =
      status === 'draft' || status === 'open' || status === 'closed' ? status : undefined;
    this.state = { status: 'ready', value: parsed.value, source: 'src' };
    this.voting.takeFromUrl();
    this.asking = this.voting.current === '';
    this.options.onSheet(parsed.value);
    this.host.requestUpdate();
  }

  /** The body the box takes: the voting code beside core's PB ballot document. */
  bodyOf(ballot: PbBallotJSON): string {
    return JSON.stringify({ code: this.voting.current, ...ballot });
  }

  /**
   * A refusal of a ballot: the box does not know the code (`401`), so the voter goes back to
   * the code field with the box's reason, the choices kept; true when that is the case. Any
   * other refusal (closed, already voted, a broken rule) is for the host to show.
   */
  refused(outcome: DeliveryOutcome & { status: 'rejected' }): boolean {
    if (outcome.httpStatus !== 401) return false;
    let code = '';
    try {
      const sent = JSON.parse(outcome.entry.body) as { code?: unknown };
      if (typeof sent.code === 'string') code = sent.code;
    } catch {
      // not a body of ours: the field starts empty
    }
    this.voting.refusedOnDelivery(code, outcome.message);
    this.asking = true;
    this.options.focus('#voting-code');
    this.host.requestUpdate();
    return true;
  }

  /** Forgets the code after a delivered ballot, so the next voter on this device types theirs. */
  forgetCode(): void {
    this.voting.clear();
    this.asking = this.voting.current === '';
  }

  /** The voting-code step. */
  renderCodeStep(): TemplateResult {
    return renderCodeEntry({
      t: (key: BallotMessageKey, params) => this.t(key as PbBallotBoxMessageKey, params),
      value: this.voting.typed || this.voting.current,
      error: this.voting.error,
      checking: this.voting.checking,
      onSubmit: (typed) => void this.enter(typed),
    });
  }

  /** A notice above the choices when the election is not open for voting. */
  renderStatus(): TemplateResult | typeof nothing {
    if (this.status === 'closed' || this.status === 'draft') {
      return html`<p class="election-status" part="election-status">
        ${this.t(this.status === 'closed' ? 'electionClosed' : 'electionDraft')}
      </p>`;
    }
    return nothing;
  }

  private async enter(typed: string): Promise<void> {
    const verdict = await this.voting.check(typed);
    if (verdict === undefined) return;
    if (verdict === 'refused') {
      this.options.focus('#voting-code');
      this.host.requestUpdate();
      return;
    }
    this.asking = false;
    this.options.onCode();
    this.host.requestUpdate();
  }
}
