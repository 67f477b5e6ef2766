import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { BallotBoxEnv } from '../app-env.js';
import type { LiveSnapshot } from '../live-snapshot.js';
import { existingMeeting } from '../organizer-access.js';

/**
 * The live event stream of a meeting, mounted at `/meetings`: `GET /:id/events` sends
 * `turnout` (and, when results are public, `ranking`; once published, `published`) as
 * server-sent events after each change, throttled and shared per meeting, with keep-alive
 * comments in between.
 *
 * @example
 * app.route('/meetings', eventRoutes());
 */
export function eventRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.get('/:id/events', async (c) => {
    const id = c.req.param('id');
    await existingMeeting(c, id);
    const { live, keepAliveMs } = c.var.box;
    return streamSSE(c, async (stream) => {
      let latest: LiveSnapshot | undefined;
      let wake: (() => void) | undefined;
      let eventId = 0;
      const stop = live.watch(id, (snapshot) => {
        latest = snapshot;
        wake?.();
      });
      stream.onAbort(() => {
        stop();
        wake?.();
      });
      try {
        while (!stream.aborted && !stream.closed) {
          if (latest !== undefined) {
            const snapshot = latest;
            latest = undefined;
            await stream.writeSSE({
              event: 'turnout',
              id: String(++eventId),
              data: JSON.stringify(snapshot.turnout),
            });
            if (snapshot.ranking !== undefined) {
              await stream.writeSSE({
                event: 'ranking',
                id: String(++eventId),
                data: JSON.stringify(snapshot.ranking),
              });
            }
            if (snapshot.published !== undefined) {
              await stream.writeSSE({
                event: 'published',
                id: String(++eventId),
                data: JSON.stringify(snapshot.published),
              });
            }
            continue;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, keepAliveMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
          if (latest === undefined && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        stop();
      }
    });
  });

  return routes;
}
