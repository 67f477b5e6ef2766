import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@qingyuan/core';
import type { BoxRankingConnection } from './box-ranking-connection.js';

/** Where the live ranking read from a ballot box stands. */
export type BoxFeedState =
  | { readonly status: 'off' }
  | { readonly status: 'loading' }
  /** The box holds the meeting but does not show its results yet (listening for them). */
  | { readonly status: 'hidden'; readonly message: string }
  /** `{ meeting, result }` as `<qy-ranking-table>` reads it; replaced on every live change. */
  | { readonly status: 'live'; readonly document: { meeting: unknown; result: unknown } }
  | {
      readonly status: 'failed';
      readonly url: string;
      /** The box's HTTP status; absent when the box could not be reached. */
      readonly httpStatus?: number;
      /** The box's own message (in the element's language), or the network error. */
      readonly message: string;
    };

/** What a {@link BoxRankingFeed} reads from its host. */
export interface BoxRankingFeedOptions {
  /** The ballot box's base URL (absolute, or relative to the page); empty: off. */
  box(): string;
  /** The meeting id on that box; empty: off. */
  meeting(): string;
  /** The language the box should answer its messages in. */
  locale(): Locale;
}

/**
 * The live ranking read from a Qingyuan ballot box, as a controller of `<qy-ranking-table>`:
 * off until the host has a `box` and a `meeting`, then `loading` while it loads its connection
 * (`box-ranking-connection.ts`, only then: a table without a box never downloads it) and reads
 * the box, then `hidden`, `live` (replaced on every `ranking` event of the box) or `failed`.
 * Everything stops when the host leaves the page or `box`/`meeting` change.
 *
 * @example
 * private readonly feed = new BoxRankingFeed(this, {
 *   box: () => this.box, meeting: () => this.meetingId, locale: () => this.locale,
 * });
 * // feed.state.status === 'live' → feed.state.document is { meeting, result }
 */
export class BoxRankingFeed implements ReactiveController {
  /** The current state; render from it. */
  state: BoxFeedState = { status: 'off' };

  private key = '';
  /** The open connection. */
  private connection: BoxRankingConnection | undefined;
  /** A token of the connection whose module is loading; a stop or a restart replaces it. */
  private loading: object | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BoxRankingFeedOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // back on the page: start again (hostUpdate sees a changed key)
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
    this.key = '';
  }

  hostUpdate(): void {
    const box = this.options.box().trim();
    const meeting = this.options.meeting().trim();
    const key = box && meeting ? `${box}\n${meeting}` : '';
    if (key === this.key) return;
    this.stop();
    this.key = key;
    if (!key) {
      this.state = { status: 'off' };
      return;
    }
    this.state = { status: 'loading' };
    void this.connect(box, meeting);
  }

  private async connect(box: string, meeting: string): Promise<void> {
    const loading = {};
    this.loading = loading;
    let Connection: typeof BoxRankingConnection;
    try {
      ({ BoxRankingConnection: Connection } = await import('./box-ranking-connection.js'));
    } catch (error) {
      if (this.loading !== loading) return;
      const message = error instanceof Error ? error.message : String(error);
      return this.set({ status: 'failed', url: box, message });
    }
    // stopped or restarted while the module loaded
    if (this.loading !== loading) return;
    const connection = new Connection({
      box,
      meeting,
      locale: () => this.options.locale(),
      state: () => this.state,
      set: (state) => {
        if (this.connection === connection) this.set(state);
      },
    });
    this.loading = undefined;
    this.connection = connection;
    await connection.start();
  }

  private stop(): void {
    this.connection?.stop();
    this.connection = undefined;
    this.loading = undefined;
  }

  private set(state: BoxFeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
