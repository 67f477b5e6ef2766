import type { OpenSpaceSession } from '@qingyuan/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentState } from '../data/document-controller.js';
import { OutboxController } from '../internal/outbox-controller.js';
import { refusalReason, type DeliveryOutcome } from '../base/outbox.js';
import { boardFromView, type OwnDots, type SessionView } from './board-from-view.js';
import type { SessionBoxAddresses } from './session-box-address.js';

/** What the board asks of its connection to the ballot box. */
export interface IdeaBoardBoxOptions {
  /** The session's addresses on the box, or `undefined` when the board is not connected. */
  readonly addresses: () => SessionBoxAddresses | undefined;
  /** The participant's code ('' for a read-only board). */
  readonly code: () => string;
  /** The language the box answers in (its refusals are shown as they come). */
  readonly locale: () => string;
  /** The session to render changed (loaded, a live update, an answer). */
  readonly onBoard: (board: OpenSpaceSession) => void;
  /** Something to tell the participant: queued, refused by the box. */
  readonly onNotice: (kind: 'queued' | 'refused' | 'unreachable', message: string) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

const OUTBOX_KEY = 'qingyuan:idea-board-outbox';

/**
 * `<qy-idea-board>`'s connection to a Qingyuan ballot box: reads the session's public view and
 * the participant's own dots, follows the session's event stream (closed when the board leaves
 * the page), and sends ideas and dots through the offline outbox (each with an
 * `Idempotency-Key`, kept on the device while offline). The box's refusal is passed on as the
 * box worded it, in the board's language.
 *
 * @example
 * private readonly box = new IdeaBoardBoxController(this, { addresses: () => …, code: () => this.code, … });
 */
export class IdeaBoardBoxController implements ReactiveController {
  /** The loading state of the session read from the box. */
  state: DocumentState<OpenSpaceSession> = { status: 'empty' };
  private view: SessionView | undefined;
  private own: OwnDots | undefined;
  private events: EventSource | undefined;
  private connectedTo = '';
  private readonly ideasOutbox: OutboxController;
  private readonly dotsOutbox: OutboxController;

  constructor(
    private readonly host: Host,
    private readonly options: IdeaBoardBoxOptions,
  ) {
    host.addController(this);
    const onOutcome = (outcome: DeliveryOutcome, mine: boolean) => this.delivered(outcome, mine);
    this.ideasOutbox = new OutboxController(host, {
      endpoint: () => options.addresses()?.ideas ?? '',
      onOutcome,
      storageKey: OUTBOX_KEY,
    });
    this.dotsOutbox = new OutboxController(host, {
      endpoint: () => options.addresses()?.dots ?? '',
      onOutcome,
      storageKey: OUTBOX_KEY,
    });
  }

  /** Whether the board reads and sends through a box. */
  get active(): boolean {
    return this.options.addresses() !== undefined;
  }

  /** Whether the event stream is open (for tests and hosts). */
  get streaming(): boolean {
    return this.events !== undefined;
  }

  hostConnected(): void {
    this.connect();
  }

  hostUpdated(): void {
    const where = this.where();
    if (where !== this.connectedTo) this.connect();
  }

  hostDisconnected(): void {
    this.close();
    this.connectedTo = '';
  }

  private where(): string {
    const addresses = this.options.addresses();
    return addresses === undefined ? '' : `${addresses.view} ${this.options.code()}`;
  }

  private close(): void {
    this.events?.close();
    this.events = undefined;
  }

  private connect(): void {
    this.close();
    this.connectedTo = this.where();
    const addresses = this.options.addresses();
    this.view = undefined;
    this.own = undefined;
    if (addresses === undefined) {
      this.state = { status: 'empty' };
      return;
    }
    this.state = { status: 'loading', source: 'src' };
    this.host.requestUpdate();
    void this.reload(addresses, true);
    const events = new EventSource(addresses.events);
    events.addEventListener('session', (event) => {
      if (this.events !== events) return;
      this.view = JSON.parse((event as MessageEvent<string>).data) as SessionView;
      this.publish();
    });
    this.events = events;
  }

  /** Reads the view and the participant's own dots again (after a refusal, say). */
  private async reload(addresses: SessionBoxAddresses, first = false): Promise<void> {
    const where = this.connectedTo;
    const lang = { 'Accept-Language': this.options.locale() };
    try {
      const [view, own] = await Promise.all([
        fetch(addresses.view, { headers: lang }),
        this.options.code()
          ? fetch(addresses.me, {
              method: 'POST',
              headers: { ...lang, 'Content-Type': 'application/json' },
              body: JSON.stringify({ code: this.options.code() }),
            })
          : undefined,
      ]);
      if (where !== this.connectedTo) return;
      const refused = [view, own].find((res) => res !== undefined && !res.ok);
      if (refused !== undefined) {
        const message = refusalReason(await refused.text());
        if (first) {
          // A refused code or session: no board, and no stream to follow.
          this.close();
          this.state = { status: 'error', issues: [{ where: '', message }], source: 'src' };
          this.host.requestUpdate();
        } else this.options.onNotice('refused', message);
        return;
      }
      this.view = (await view.json()) as SessionView;
      this.own = own === undefined ? undefined : ((await own.json()) as OwnDots);
      this.publish();
    } catch (error) {
      if (where !== this.connectedTo) return;
      const reason = error instanceof Error ? error.message : String(error);
      if (first) {
        this.state = { status: 'error', issues: [{ where: '', message: reason }], source: 'src' };
        this.host.requestUpdate();
      } else this.options.onNotice('unreachable', reason);
    }
  }

  private publish(): void {
    if (this.view === undefined || this.state.status === 'error') return;
    const board = boardFromView(this.view, this.own);
    this.state = { status: 'ready', value: board, source: 'src' };
    this.options.onBoard(board);
    this.host.requestUpdate();
  }

  /** The participant id of the code, once the box has answered. */
  get participant(): string {
    return this.own?.participant ?? '';
  }

  /**
   * Sends a dot change; `board` is the session with the change already made (shown at once,
   * corrected by the box's answer or live update).
   */
  async sendDots(idea: string, change: 1 | -1, board: OpenSpaceSession): Promise<void> {
    const addresses = this.options.addresses();
    if (addresses === undefined || this.own === undefined) return;
    const votes = board.votes
      .filter((vote) => vote.participant === this.own!.participant)
      .map(({ idea: id, dots }) => ({ idea: id, dots }));
    const used = votes.reduce((sum, vote) => sum + vote.dots, 0);
    this.own = { ...this.own, left: board.dots.perParticipant - used, votes };
    if (this.view) {
      const shown = this.view.ideas.map((entry) =>
        entry.id === idea ? { ...entry, dots: Math.max(0, entry.dots + change) } : entry,
      );
      this.view = { ...this.view, ideas: shown };
    }
    await this.dotsOutbox.send({
      endpoint: addresses.dots,
      body: JSON.stringify({
        code: this.options.code(),
        idea,
        dots: 1,
        change: change === 1 ? 'add' : 'remove',
      }),
      summary: '',
      lang: this.options.locale(),
    });
  }

  /** Sends a proposed idea (the box gives it its id and author). */
  async sendIdea(idea: {
    kind: string;
    title: unknown;
    description?: unknown;
    community: string;
    topic?: string;
  }): Promise<void> {
    const addresses = this.options.addresses();
    if (addresses === undefined) return;
    await this.ideasOutbox.send({
      endpoint: addresses.ideas,
      body: JSON.stringify({ code: this.options.code(), idea }),
      summary: '',
      lang: this.options.locale(),
    });
  }

  private delivered(outcome: DeliveryOutcome, mine: boolean): void {
    const addresses = this.options.addresses();
    if (outcome.status === 'sent') {
      const answer = outcome.answer as Partial<OwnDots> | undefined;
      if (answer?.participant !== undefined && answer.votes !== undefined) {
        this.own = answer as OwnDots;
        this.publish();
      }
      return;
    }
    if (outcome.status === 'queued' && mine) {
      this.options.onNotice('queued', outcome.reason);
      return;
    }
    if (outcome.status === 'rejected') {
      this.options.onNotice('refused', outcome.message);
      // What was shown before the box refused it is taken back.
      if (addresses !== undefined) void this.reload(addresses);
    }
  }
}
