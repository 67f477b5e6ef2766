import type { Locale } from '@qingyuan/core';
import type { BoxFeedState } from './box-ranking-feed.js';

/** What a {@link BoxRankingConnection} is told when it opens. */
export interface BoxRankingConnectionOptions {
  /** The ballot box's base URL (absolute, or relative to the page). */
  readonly box: string;
  /** The meeting id on that box. */
  readonly meeting: string;
  /** The language the box should answer its messages in. */
  locale(): Locale;
  /** The feed's state now (a failed read keeps a live ranking on screen). */
  state(): BoxFeedState;
  /** Shows a new state. */
  set(state: BoxFeedState): void;
}

type Answer =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; url: string; httpStatus?: number; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One meeting's live ranking read from a Qingyuan ballot box, for `BoxRankingFeed`, which loads
 * this module only when the table has a `box` and a `meeting` (a page without a box never
 * downloads it; the feed needs the network anyway). It reads the meeting document
 * (`GET /meetings/:id`), its results (`GET /meetings/:id/results`) and the live event stream
 * (`GET /meetings/:id/events`), whose `ranking` events (`{ meeting, counted, ranking }`)
 * replace the ranking as ballots arrive. The stream's event carries no rejected ballots, so
 * after each one the results are read again for the count of ballots not counted. While the box
 * hides the results (403 `results-hidden`) it says so with the box's message and keeps
 * listening: the first `ranking` event shows the table. The stream reconnects by itself
 * (`EventSource`) until `stop()`.
 *
 * @example
 * const connection = new BoxRankingConnection({ box, meeting, locale, state, set });
 * void connection.start();
 * // later: connection.stop();
 */
export class BoxRankingConnection {
  private readonly aborter = new AbortController();
  private events: EventSource | undefined;
  private meetingDocument: unknown;
  private rejected: unknown[] = [];
  private latest: { ranking: unknown; counted: unknown } = { ranking: [], counted: 0 };

  constructor(private readonly options: BoxRankingConnectionOptions) {}

  /** Reads the meeting and its results, and listens for each new ranking. */
  async start(): Promise<void> {
    const { box, meeting } = this.options;
    const id = encodeURIComponent(meeting);
    const read = await this.get(this.url(box, `meetings/${id}`));
    if (this.aborter.signal.aborted) return;
    if (!read.ok) return this.options.set({ status: 'failed', ...read });
    this.meetingDocument = read.body['meeting'];
    // listen before reading the results, so no change between the two is missed
    const events = new EventSource(this.url(box, `meetings/${id}/events`));
    this.events = events;
    events.addEventListener('ranking', (event) => this.onRanking(event));
    await this.readResults();
  }

  /** Stops reading and listening; nothing is shown from this connection afterwards. */
  stop(): void {
    this.aborter.abort();
    this.events?.close();
    this.events = undefined;
  }

  private url(box: string, path: string): string {
    const base = new URL(box.endsWith('/') ? box : `${box}/`, document.baseURI);
    return new URL(path, base).href;
  }

  private async get(url: string): Promise<Answer> {
    try {
      const response = await fetch(url, {
        signal: this.aborter.signal,
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

  private async readResults(afterEvent = false): Promise<void> {
    const { box, meeting } = this.options;
    const url = this.url(box, `meetings/${encodeURIComponent(meeting)}/results`);
    const results = await this.get(url);
    if (this.aborter.signal.aborted) return;
    if (results.ok) {
      const { ranking, counted, rejected } = results.body;
      const before = this.rejected.length;
      this.rejected = Array.isArray(rejected) ? rejected : [];
      if (!afterEvent) this.latest = { ranking, counted };
      // after an event only the count of rejected ballots is taken (the event's ranking is
      // newer than or as new as this answer)
      if (!afterEvent || this.rejected.length !== before) this.show();
    } else if (this.options.state().status === 'live') {
      // keep showing the live ranking; the next event tries again
    } else if (results.httpStatus === 403) {
      this.options.set({ status: 'hidden', message: results.message });
    } else {
      this.options.set({ status: 'failed', ...results });
    }
  }

  private onRanking(event: MessageEvent): void {
    let data: unknown;
    try {
      data = JSON.parse(String(event.data));
    } catch {
      return;
    }
    if (!isRecord(data) || data['meeting'] !== this.options.meeting) return;
    this.latest = { ranking: data['ranking'], counted: data['counted'] };
    this.show();
    if (!this.aborter.signal.aborted) void this.readResults(true);
  }

  private show(): void {
    const result = { ...this.latest, rejected: this.rejected };
    this.options.set({ status: 'live', document: { meeting: this.meetingDocument, result } });
  }
}
