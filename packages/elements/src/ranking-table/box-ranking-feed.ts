import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@qingyuan/core';

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

type Answer =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; url: string; httpStatus?: number; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads a meeting's live ranking straight from a Qingyuan ballot box: the meeting document
 * (`GET /meetings/:id`), its results (`GET /meetings/:id/results`) and the live event stream
 * (`GET /meetings/:id/events`), whose `ranking` events (`{ meeting, counted, ranking }`)
 * replace the ranking as ballots arrive. The stream's event carries no rejected ballots, so
 * after each one the results are read again for the count of ballots not counted. While the box
 * hides the results (403 `results-hidden`) the feed says so with the box's message and keeps
 * listening: the first `ranking` event shows the table. The stream reconnects by itself
 * (`EventSource`); everything stops when the host leaves the page or `box`/`meeting` change.
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
  private aborter: AbortController | undefined;
  private events: EventSource | undefined;
  private meetingDocument: unknown;
  private rejected: unknown[] = [];
  private latest: { ranking: unknown; counted: unknown } = { ranking: [], counted: 0 };

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
    void this.start(box, meeting);
  }

  private stop(): void {
    this.aborter?.abort();
    this.aborter = undefined;
    this.events?.close();
    this.events = undefined;
    this.meetingDocument = undefined;
    this.rejected = [];
  }

  private set(state: BoxFeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private url(box: string, path: string): string {
    const base = new URL(box.endsWith('/') ? box : `${box}/`, document.baseURI);
    return new URL(path, base).href;
  }

  private async get(url: string, signal: AbortSignal): Promise<Answer> {
    try {
      const response = await fetch(url, {
        signal,
        headers: { Accept: 'application/json', 'Accept-Language': this.options.locale() },
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok && isRecord(body)) return { ok: true, body };
      const message =
        isRecord(body) && typeof body['message'] === 'string'
          ? body['message']
          : response.statusText || String(response.status);
      return { ok: false, url, httpStatus: response.status, message };
    } catch (error) {
      return { ok: false, url, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private async start(box: string, meeting: string): Promise<void> {
    const aborter = new AbortController();
    this.aborter = aborter;
    const id = encodeURIComponent(meeting);
    const read = await this.get(this.url(box, `meetings/${id}`), aborter.signal);
    if (aborter.signal.aborted) return;
    if (!read.ok) return this.set({ status: 'failed', ...read });
    this.meetingDocument = read.body['meeting'];
    // listen before reading the results, so no change between the two is missed
    const events = new EventSource(this.url(box, `meetings/${id}/events`));
    this.events = events;
    events.addEventListener('ranking', (event) => this.onRanking(box, meeting, event));
    await this.readResults(box, meeting, aborter);
  }

  private async readResults(
    box: string,
    meeting: string,
    aborter: AbortController,
    afterEvent = false,
  ): Promise<void> {
    const url = this.url(box, `meetings/${encodeURIComponent(meeting)}/results`);
    const results = await this.get(url, aborter.signal);
    if (aborter.signal.aborted) return;
    if (results.ok) {
      const { ranking, counted, rejected } = results.body;
      const before = this.rejected.length;
      this.rejected = Array.isArray(rejected) ? rejected : [];
      if (!afterEvent) this.latest = { ranking, counted };
      // after an event only the count of rejected ballots is taken (the event's ranking is
      // newer than or as new as this answer)
      if (!afterEvent || this.rejected.length !== before) this.show();
    } else if (this.state.status === 'live') {
      // keep showing the live ranking; the next event tries again
    } else if (results.httpStatus === 403) {
      this.set({ status: 'hidden', message: results.message });
    } else {
      this.set({ status: 'failed', ...results });
    }
  }

  private onRanking(box: string, meeting: string, event: MessageEvent): void {
    let data: unknown;
    try {
      data = JSON.parse(String(event.data));
    } catch {
      return;
    }
    if (!isRecord(data) || data['meeting'] !== meeting) return;
    this.latest = { ranking: data['ranking'], counted: data['counted'] };
    this.show();
    if (this.aborter) void this.readResults(box, meeting, this.aborter, true);
  }

  private show(): void {
    const result = { ...this.latest, rejected: this.rejected };
    this.set({ status: 'live', document: { meeting: this.meetingDocument, result } });
  }
}
