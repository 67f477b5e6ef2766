import type { SSEStreamingApi } from 'hono/streaming';

/**
 * Sends a watched value over a server-sent event stream until the client goes away: each time
 * the value changes, `send` writes the latest one (changes that arrive while a write is under
 * way collapse into one: the newest wins); while nothing changes, a keep-alive comment every
 * `keepAliveMs` keeps proxies from closing the connection. `watch` subscribes and returns its
 * unsubscribe, which runs when the stream ends.
 *
 * @example
 * return streamSSE(c, (stream) =>
 *   streamLatest(stream, (push) => live.watch(id, push), keepAliveMs, async (snapshot, next) => {
 *     await stream.writeSSE({ event: 'turnout', id: next(), data: JSON.stringify(snapshot.turnout) });
 *   }),
 * );
 */
export async function streamLatest<T>(
  stream: SSEStreamingApi,
  watch: (push: (value: T) => void) => () => void,
  keepAliveMs: number,
  send: (value: T, nextEventId: () => string) => Promise<void>,
): Promise<void> {
  let latest: T | undefined;
  let wake: (() => void) | undefined;
  let eventId = 0;
  const nextEventId = () => String(++eventId);
  const stop = watch((value) => {
    latest = value;
    wake?.();
  });
  stream.onAbort(() => {
    stop();
    wake?.();
  });
  try {
    while (!stream.aborted && !stream.closed) {
      if (latest !== undefined) {
        const value = latest;
        latest = undefined;
        await send(value, nextEventId);
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
}
