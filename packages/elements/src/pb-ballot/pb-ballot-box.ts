import type { PbBallotJSON, MessageParams } from '@qingyuan/core';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { BallotMessageKey } from '../ballot/ballot.messages.js';
import { renderCodeEntry } from '../ballot/ballot-code-entry-view.js';
import { VotingCodeController } from '../ballot/voting-code-controller.js';
import type { DocumentState } from '../data/document-controller.js';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { Locale } from '@qingyuan/core';
import { translate, type MessageOverrides } from '../i18n/messages.js';
import { refusalReason, type DeliveryOutcome } from '../base/outbox.js';
import { pbBallotBoxMessages, type PbBallotBoxMessageKey } from './pb-ballot-box.messages.js';
import { pbBallotBoxStyles } from './pb-ballot-box.styles.js';
import { parsePbBallotSheet, type PbBallotSheet } from './pb-ballot-sheet.js';
import { pbElectionBoxAddresses } from './pb-election-box-address.js';

/** The election's status as the ballot box reports it (`GET …/pb-elections/{id}`). */
export type PbElectionStatus = 'draft' | 'open' | 'closed';

/** What the connection reads of `<qy-pb-ballot>`: its attributes, language and text. */
export interface PbBallotBoxHost extends ReactiveControllerHost, HTMLElement {
  readonly box: string;
  readonly organization: string;
  /** The election's id (attribute `election`). */
  readonly electionId: string;
  /** The page's voting code (`code`), '' for none. */
  readonly code: string;
  /** The page URL's parameter holding the code (`code-param`), or null for none. */
  readonly codeParam: string | null;
  /** The language the box answers in (its refusals are shown as they come). */
  readonly locale: Locale;
  /** The host's text overrides (the `messages` property): they apply here too. */
  readonly messages: MessageOverrides | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Sends the ballots still waiting on this device for the election, now. */
  retryNow(): Promise<void>;
}

/** What the connection tells `<qy-pb-ballot>`. */
export interface PbBallotBoxCallbacks {
  /** The sheet was read from the box: a fresh ballot on it. */
  readonly ready: () => void;
  /** Moves focus after the next render (a CSS selector in the shadow root). */
  readonly focus: (selector: string) => void;
}

/**
 * `<qy-pb-ballot>`'s connection to a Qingyuan ballot box's participatory-budgeting election:
 * reads the election (its sheet and status) in the ballot's language, showing the box's own
 * reason when it refuses; asks for the voting code (or census identifier) before any choice
 * when the page gave none — typed, from `code`, or from the page URL's `code-param`, which it
 * takes out of the address bar — and sends it beside core's PB ballot document. Every code,
 * typed or given, is checked with the box (`…/codes/check`) before any choice: an unknown code
 * or one that has voted stays at the code field with the reason; a box that cannot be asked
 * leaves the check to the ballot's arrival, where a refused code (`401`) brings the voter back
 * to the code field, with the box's reason and every choice kept. Loaded on first need, so a
 * page that feeds the ballot a sheet never downloads it.
 *
 * @example
 * const { PbBallotBoxController } = await import('./pb-ballot-box.js');
 * this.boxed = new PbBallotBoxController(this, { ready: () => …, focus: (selector) => … });
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
    private readonly host: PbBallotBoxHost,
    private readonly callbacks: PbBallotBoxCallbacks,
  ) {
    host.addController(this);
    this.voting = new VotingCodeController(host, {
      code: () => host.code,
      codeParam: () => host.codeParam,
      checkUrl: () => this.addresses?.check ?? '',
      lang: () => host.locale,
      t: (key, params) => this.t(key as PbBallotBoxMessageKey, params),
      // A PB voter votes once: a code that has voted is told so before any choice.
      usedCode: 'refused',
    });
    const root = host.renderRoot;
    const sheet = pbBallotBoxStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  /** The election's addresses on the box (`undefined` unless box, organization and id are set). */
  private get addresses() {
    const { box, organization, electionId } = this.host;
    return pbElectionBoxAddresses(box, organization, electionId);
  }

  /** Where ballots are cast (`…/pb-elections/{id}/ballots`), '' when not connected. */
  get ballots(): string {
    return this.addresses?.ballots ?? '';
  }

  /** The voting code sent with the ballot ('' before the voter gave one). */
  get code(): string {
    return this.voting.current;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A ballot moved in the page keeps its choices; one taken out while it was still reading
    // the election reads it again when it comes back.
    if (this.state.status !== 'loading') return;
    this.fetchController?.abort();
    this.connectedTo = '';
  }

  hostUpdate(): void {
    const where = this.addresses?.view ?? '';
    if (where !== this.connectedTo) void this.load(where);
  }

  /** The text of a key: the host's override, else the shipped text. */
  private t(key: PbBallotBoxMessageKey, params?: MessageParams): string {
    const overrides = this.host.messages as MessageOverrides<PbBallotBoxMessageKey>;
    return translate(pbBallotBoxMessages, overrides, this.host.locale, key, params);
  }

  /** The host's text of the loading states. */
  private loadText(key: LoadMessageKey, params?: MessageParams): string {
    const overrides = this.host.messages as MessageOverrides<LoadMessageKey>;
    return translate(loadMessages, overrides, this.host.locale, key, params);
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
        headers: { Accept: 'application/json', 'Accept-Language': this.host.locale },
      });
      const text = await response.text();
      if (controller.signal.aborted) return;
      if (!response.ok) {
        // The box's own reason ("no such PB election"), in the ballot's language.
        const reason = refusalReason(text);
        fail(reason || this.loadText('httpError', { url: view, status: response.status }));
        return;
      }
      answer = JSON.parse(text);
    } catch (error) {
      if (controller.signal.aborted) return;
      const detail = error instanceof Error ? error.message : String(error);
      fail(this.loadText('unreachable', { url: view, detail }));
      return;
    }
    const election = (answer ?? {}) as { sheet?: unknown; status?: unknown };
    const parsed = parsePbBallotSheet(election.sheet, this.host.locale);
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
    this.asking = true;
    this.callbacks.ready();
    // A ballot left waiting by an earlier page goes now (the outbox looked before the box
    // connection knew where ballots go).
    void this.host.retryNow();
    this.host.requestUpdate();
    this.checkGivenCode();
  }

  /** A code the page gave (or the URL) is checked like a typed one, leaving the focus alone. */
  private checkGivenCode(): void {
    const given = this.voting.current;
    if (given) void this.enter(given, false);
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
    this.callbacks.focus('#voting-code');
    this.host.requestUpdate();
    return true;
  }

  /** Forgets the code after a delivered ballot, so the next voter on this device types theirs. */
  forgetCode(): void {
    this.voting.clear();
    this.asking = true;
    this.checkGivenCode();
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

  /**
   * Notices above the choices: the election is not open for voting; the code could not be
   * checked now (it is when the ballot arrives).
   */
  renderStatus(): TemplateResult | typeof nothing {
    const closed = this.status === 'closed' || this.status === 'draft';
    if (!closed && !this.voting.notice) return nothing;
    return html`${
      closed
        ? html`<p class="election-status" part="election-status">
            ${this.t(this.status === 'closed' ? 'electionClosed' : 'electionDraft')}
          </p>`
        : nothing
    }${
      this.voting.notice
        ? html`<p class="code-notice" part="code-notice" role="status">${this.voting.notice}</p>`
        : nothing
    }`;
  }

  private async enter(typed: string, moveFocus = true): Promise<void> {
    const verdict = await this.voting.check(typed);
    if (verdict === undefined) return;
    if (verdict === 'refused') {
      if (moveFocus) this.callbacks.focus('#voting-code');
      this.host.requestUpdate();
      return;
    }
    this.asking = false;
    if (moveFocus) this.callbacks.focus('#step-title');
    this.host.requestUpdate();
  }
}
