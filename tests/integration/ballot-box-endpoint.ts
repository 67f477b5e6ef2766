import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BallotBoxRepository,
  createApp,
  openDatabase,
  type BallotBoxDatabase,
} from '@qingyuan/server';
import type { Plugin } from 'vite';
import { testOperatorKey } from './testing/ballot-box.js';

/**
 * What `/__box/__control` sets: how the network between an element and the ballot box behaves.
 * It applies to requests with an `Idempotency-Key` (the elements' deliveries) only, so a test
 * can still look at the box while its element is "offline".
 */
interface BoxControl {
  /** Drop the request before the ballot box sees it (the device is offline). */
  down: boolean;
  /** Let the ballot box handle the request, then drop the answer (lost on the way back). */
  loseAnswers: boolean;
}

/**
 * The real ballot box (`@qingyuan/server`'s `createApp` on an in-memory SQLite database) inside
 * the Vitest dev server, so the browser tests vote through `<qy-ballot>` into the same code
 * that runs in production:
 *
 * - `/__box/*` is the ballot box's API with the prefix taken off (`POST /__box/meetings`, …);
 *   meetings and collections are created with `testOperatorKey` (`testing/ballot-box.ts`),
 *   same origin as the test page (pages still send `Origin` on a POST, so meetings and
 *   collections need the page's origin in `corsOrigins`, as in production).
 * - `POST /__box/__control` with `{ "down": bool, "loseAnswers": bool }` simulates the
 *   network for requests carrying an `Idempotency-Key` (what the elements send): `down` drops
 *   them before the box sees them; `loseAnswers` lets the box commit and then drops the answer. `GET /__box/__control` returns `{ ...control, attempts }` where
 *   `attempts` counts the requests the box handled.
 */
export function ballotBoxEndpoint(): Plugin {
  const control: BoxControl = { down: false, loseAnswers: false };
  let attempts = 0;
  let store: BallotBoxDatabase | undefined;
  let app: ReturnType<typeof createApp> | undefined;

  const readBody = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const sendJson = (res: ServerResponse, status: number, data: unknown): void => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(data));
  };

  /** Hands a Node request to the ballot box's fetch handler and writes its answer back. */
  async function forward(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const body = await readBody(req);
    const delivery = req.headers['idempotency-key'] !== undefined;
    if (delivery && control.down) {
      req.socket.destroy();
      return;
    }
    if (app === undefined) {
      store = await openDatabase({ file: ':memory:' });
      const repository = new BallotBoxRepository(store);
      // Tests create their meetings and collections with this operator key.
      await repository.ensureOperator(testOperatorKey);
      // One test page is one address: per-address limits would only measure the test suite.
      app = createApp({ repository, perAddress: false });
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const method = req.method ?? 'GET';
    attempts++;
    const answer = await app.fetch(
      new Request(`http://ballot-box.test${path}`, {
        method,
        headers,
        ...(method === 'GET' || method === 'HEAD' ? {} : { body: body.toString('utf8') }),
      }),
    );
    if (answer.headers.get('content-type')?.startsWith('text/event-stream') && answer.body) {
      // An event stream is passed on as it comes, and cancelled when the page closes it.
      res.statusCode = answer.status;
      answer.headers.forEach((value, name) => res.setHeader(name, value));
      res.flushHeaders();
      const reader = answer.body.getReader();
      res.on('close', () => void reader.cancel().catch(() => undefined));
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) break;
        res.write(value);
      }
      res.end();
      return;
    }
    const bytes = Buffer.from(await answer.arrayBuffer());
    if (delivery && control.loseAnswers) {
      req.socket.destroy();
      return;
    }
    res.statusCode = answer.status;
    answer.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(bytes);
  }

  return {
    name: 'qingyuan-ballot-box-endpoint',
    configureServer(server) {
      server.httpServer?.once('close', () => void store?.close());
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '';
        if (url === '/__box/__control') {
          if (req.method === 'POST') {
            Object.assign(control, JSON.parse((await readBody(req)).toString()) as BoxControl);
          }
          return sendJson(res, 200, { ...control, attempts });
        }
        if (url.startsWith('/__box/')) {
          try {
            await forward(req, res, url.slice('/__box'.length));
          } catch (error) {
            sendJson(res, 500, { error: 'test-box', message: String(error) });
          }
          return;
        }
        next();
      });
    },
  };
}
