import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { BallotBoxEnv } from '../app-env.js';
import type { LiveSnapshot } from '../live-snapshot.js';
import { existingMeeting } from '../access/meeting-access.js';
import { streamLatest } from '../latest-value-stream.js';

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
    return streamSSE(c, (stream) =>
      streamLatest<LiveSnapshot>(
        stream,
        (push) => live.watch(id, push),
        keepAliveMs,
        async (snapshot, next) => {
          await stream.writeSSE({
            event: 'turnout',
            id: next(),
            data: JSON.stringify(snapshot.turnout),
          });
          if (snapshot.ranking !== undefined) {
            await stream.writeSSE({
              event: 'ranking',
              id: next(),
              data: JSON.stringify(snapshot.ranking),
            });
          }
          if (snapshot.published !== undefined) {
            await stream.writeSSE({
              event: 'published',
              id: next(),
              data: JSON.stringify(snapshot.published),
            });
          }
        },
      ),
    );
  });

  return routes;
}
