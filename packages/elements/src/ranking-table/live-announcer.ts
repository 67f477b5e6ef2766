import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rankingChanges, type RankingChanges, type RankingSnapshot } from './ranking-changes.js';

/** What a {@link LiveAnnouncer} reads from its host. */
export interface LiveAnnouncerOptions {
  /** The ranking as shown now, or undefined while there is none. */
  snapshot(): RankingSnapshot | undefined;
  /** One sentence saying what changed. */
  describe(changes: RankingChanges): string;
  /** The quiet time after an announcement, in milliseconds. */
  interval(): number;
}

/**
 * The polite live region of a ranking table, as a controller owning its timer. Each new result
 * is compared with what was last announced and said in one sentence (nothing when nothing
 * visible changed); after an announcement the region keeps quiet for `interval()` ms, and
 * whatever arrived meanwhile is compared and said once when the quiet time ends (a change undone
 * within it is not said at all). The timer stops when the host leaves the page.
 *
 * @example
 * private readonly live = new LiveAnnouncer(this, {
 *   snapshot: () => this.snapshot(), describe: (c) => this.changesText(c), interval: () => 2000,
 * });
 * onReady: () => this.live.arrived();
 * render() { return html`<div role="status">${this.live.text}</div>`; }
 */
export class LiveAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';

  /** What listeners were last told (or the first result shown). */
  private announced: RankingSnapshot | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private arrivedWhileQuiet = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LiveAnnouncerOptions,
  ) {
    host.addController(this);
  }

  /** A new result is shown: announce it now, or at the end of the quiet time. */
  arrived(): void {
    if (this.quietTimer !== undefined) {
      this.arrivedWhileQuiet = true;
      return;
    }
    this.announceChanges();
  }

  /** Says something else at once (a sort, for instance); does not start a quiet time. */
  say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
    this.arrivedWhileQuiet = false;
  }

  /** Announces what differs from the last announcement, then keeps quiet for a while. */
  private announceChanges(): void {
    const now = this.options.snapshot();
    if (!now) return;
    const before = this.announced;
    this.announced = now;
    const changes = before ? rankingChanges(before, now) : undefined;
    if (!changes) return;
    this.say(this.options.describe(changes));
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      if (!this.arrivedWhileQuiet) return;
      this.arrivedWhileQuiet = false;
      this.announceChanges();
    }, this.options.interval());
  }
}
