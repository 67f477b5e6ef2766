import type { LiveSnapshots } from '../live/live-snapshots.js';
import type { OpenSpaceLive } from '../live/open-space-live.js';
import type { PdfFont } from '../qr/qr-sheet-pdf.js';
import type { BallotBoxRepository } from '../storage/repository.js';
import type { Locale } from '@qingyuan/core';
import type { LiveSnapshot } from './live-snapshot.js';
import type { RateLimiter } from './rate-limiter.js';

/** The app-wide services a route reads from its context (`c.var.box`), set up by `createApp`. */
export interface BallotBoxServices {
  /**
   * Tells the meeting's event streams that it changed (after the change is committed: a lost
   * notification only delays a live view).
   */
  announce(meetingId: string): void;
  /** What every event stream of a meeting shows, shared and throttled per meeting. */
  readonly live: LiveSnapshots<LiveSnapshot>;
  /** The ballot requests allowed per voting code, or `undefined` when not limited. */
  readonly perCode: RateLimiter | undefined;
  /** Milliseconds between keep-alive comments on event streams. */
  readonly keepAliveMs: number;
  /** The font for titles on PDF code sheets, or `undefined` for English titles only. */
  readonly pdfFont: PdfFont | undefined;
  /** Open Space sessions' announcements and the views their event streams share. */
  readonly openSpace: OpenSpaceLive;
}

/**
 * The Hono environment of the ballot box's app and of every route module
 * (`new Hono<BallotBoxEnv>()`): typed context variables, set for each request before any route
 * runs.
 *
 * @example
 * const meetings = new Hono<BallotBoxEnv>();
 * meetings.get('/:id', async (c) => c.json(await c.var.repository.getMeeting(c.req.param('id'))));
 */
export interface BallotBoxEnv {
  Variables: {
    /** Everything the ballot box stores. */
    repository: BallotBoxRepository;
    /** The language of the answer (from Accept-Language). */
    locale: Locale;
    /** The app-wide services (feed, live snapshots, per-code limit, …). */
    box: BallotBoxServices;
  };
}
