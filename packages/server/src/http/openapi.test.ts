import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { TestBox } from '../../test/support/ballot-box.js';
import { approvalMarks, pilotMeetingInput } from '../../test/support/fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** openapi.yaml as the server package ships it (aliases such as `*transition` resolved). */
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Json;

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Operation {
  /** `POST /meetings/{id}/ballots` */
  key: string;
  method: string;
  path: string;
  op: Json;
}

const operations: Operation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  Object.entries(item as Json)
    .filter(([method]) => methods.includes(method))
    .map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      op: op as Json,
    })),
);

/** A `#/components/…` reference followed to what it names; anything else as it is. */
function deref(value: Json): Json {
  if (typeof value.$ref !== 'string') return value;
  const ref = value.$ref as string;
  if (!ref.startsWith('#/')) throw new Error(`not a local reference: ${ref}`);
  return deref(
    ref
      .slice(2)
      .split('/')
      .reduce<Json>((node, key) => node[key] as Json, spec),
  );
}

const documentedStatuses = (op: Json): number[] => Object.keys(op.responses as Json).map(Number);

describeEachBackend('openapi.yaml and the served routes', (backend) => {
  let store: TestDatabase;
  /** Body limit 4 KiB; no rate limits. */
  let box: TestBox;
  /** Every request is over the per-address limit. */
  let limited: TestBox;
  let world: {
    draftToken: string;
    openToken: string;
    /** A meeting whose token opens neither of the others. */
    otherToken: string;
    codes: { code: string }[];
    draftCode: string;
    collection: string;
    collectionToken: string;
  };

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store, { maxBodyBytes: 4096, pdfFont: false });
    limited = new TestBox(store, { perAddress: { burst: 0, perSecond: 0.001 }, pdfFont: false });
    const draftToken = await box.createMeeting('draft');
    const draftCodes = await box.request(
      'POST',
      '/meetings/draft/codes',
      { count: 1 },
      { authorization: `Bearer ${draftToken}` },
    );
    const draftCode = ((await draftCodes.json()) as Json).codes[0].code as string;
    const { token: openToken, codes } = await box.openMeeting('open', 3);
    const otherToken = await box.createMeeting('other');
    const created = (await (
      await box.request('POST', '/collections', { kind: 'survey-responses' })
    ).json()) as Json;
    world = {
      draftToken,
      openToken,
      otherToken,
      codes,
      draftCode,
      collection: created.id as string,
      collectionToken: created.organizerToken as string,
    };
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('documents every served route and serves every documented one', () => {
    const served = new Set(
      box.app.routes
        // app.use() registers middleware under the method ALL; every route names its method.
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(operations.map((operation) => operation.key));
    expect(
      [...served].filter((key) => !documented.has(key)),
      'served, not documented',
    ).toEqual([]);
    expect(
      [...documented].filter((key) => !served.has(key)),
      'documented, not served',
    ).toEqual([]);
  });

  it('documents the answers every route can give: 400/413/415 with a body, 429 everywhere, 401/403/404 for organizers', () => {
    const missing: string[] = [];
    for (const { key, path, op } of operations) {
      const statuses = documentedStatuses(op);
      const needs = [429];
      if (op.requestBody !== undefined) needs.push(400, 413, 415);
      if (op.security !== undefined) needs.push(401, 403, 404);
      if (/\{(id|name)\}/.test(path)) needs.push(404);
      for (const status of needs) if (!statuses.includes(status)) missing.push(`${key} ${status}`);
    }
    expect(missing).toEqual([]);
  });

  /** The id in a path: a meeting or collection that exists, or one that does not. */
  const pathOf = (path: string, meeting: string) =>
    path
      .replace('/meetings/{id}', `/meetings/${meeting}`)
      .replace(
        '/collections/{id}',
        `/collections/${meeting === 'nope' ? 'nope' : world.collection}`,
      )
      .replace('{name}', meeting === 'nope' ? 'Nope' : 'ReviewMeeting');

  /** A body the operation accepts. */
  const validBody = (key: string): unknown => {
    switch (key) {
      case 'POST /meetings':
        return { meeting: pilotMeetingInput('fresh') };
      case 'PATCH /meetings/{id}':
        return { liveResults: true };
      case 'POST /meetings/{id}/codes':
        return { count: 1 };
      case 'POST /meetings/{id}/ballots':
        return { code: world.codes[0]!.code, marks: approvalMarks() };
      case 'POST /meetings/{id}/ballots/mine':
        return { code: world.codes[0]!.code };
      case 'POST /collections':
        return { kind: 'applications' };
      case 'POST /collections/{id}/items':
        return { document: { answer: 1 } };
      default:
        return undefined;
    }
  };

  /** A request that should get `status` from the operation; undefined when there is none. */
  async function probe(operation: Operation, status: number): Promise<Response | undefined> {
    const { key, method, path, op } = operation;
    const organizer = op.security !== undefined;
    const body = validBody(key);
    const onCollection = path.startsWith('/collections/{id}');
    const token = onCollection ? world.collectionToken : world.draftToken;
    const auth = (value: string) => ({ authorization: `Bearer ${value}` });
    const send = (meeting: string, sent: unknown, headers: Record<string, string> = {}) =>
      box.request(method, pathOf(path, meeting), sent, headers);
    const onMeeting = key.includes('/ballots') ? 'open' : 'draft';
    switch (status) {
      case 400:
        return op.requestBody === undefined ? undefined : send(onMeeting, '{', auth(token));
      case 401:
        if (organizer) return send('draft', body);
        if (key === 'POST /meetings/{id}/ballots') {
          return send('open', { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', marks: approvalMarks() });
        }
        if (key === 'POST /meetings/{id}/ballots/mine') {
          return send('open', { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
        }
        return undefined;
      case 403:
        if (organizer) return send('draft', body, auth(world.otherToken));
        if (method !== 'GET') return send(onMeeting, body, { origin: 'https://elsewhere.example' });
        return send('draft', undefined); // results before they are published
      case 404:
        return send('nope', body, auth(token));
      case 409:
        switch (key) {
          case 'POST /meetings':
            return send('', { meeting: pilotMeetingInput('draft') });
          case 'PATCH /meetings/{id}':
            return send('open', { meeting: pilotMeetingInput('open') }, auth(world.openToken));
          case 'POST /meetings/{id}/lock-weights':
            return send('open', undefined, auth(world.openToken));
          case 'POST /meetings/{id}/open':
          case 'POST /meetings/{id}/close':
          case 'POST /meetings/{id}/publish':
            return send('draft', undefined, auth(world.draftToken));
          case 'POST /meetings/{id}/codes':
            return send('draft', { voters: ['stranger'] }, auth(world.draftToken));
          case 'POST /meetings/{id}/ballots':
            return send('draft', { code: world.draftCode, marks: approvalMarks() });
          default:
            return undefined;
        }
      case 413:
        return send(onMeeting, { pad: 'x'.repeat(5000) }, auth(token));
      case 415:
        return op.requestBody === undefined
          ? undefined
          : send(onMeeting, JSON.stringify(body), { ...auth(token), 'content-type': 'text/plain' });
      case 422: {
        const headers = { 'idempotency-key': 'probe-422' };
        const first =
          key === 'POST /meetings/{id}/ballots'
            ? { code: world.codes[1]!.code, marks: approvalMarks() }
            : { document: { answer: 1 } };
        const second =
          key === 'POST /meetings/{id}/ballots'
            ? { code: world.codes[1]!.code, marks: approvalMarks(() => false) }
            : { document: { answer: 2 } };
        const stored = await send(onMeeting, first, headers);
        expect(stored.status, `${key}: first use of the key`).toBe(201);
        return send(onMeeting, second, headers);
      }
      case 429:
        return limited.request(method, pathOf(path, onMeeting), body, auth(token));
      default:
        return undefined;
    }
  }

  it('gives every documented error status of every operation', async () => {
    const unprobed: string[] = [];
    const wrong: string[] = [];
    for (const operation of operations) {
      for (const status of documentedStatuses(operation.op).filter((s) => s >= 400)) {
        const label = `${operation.key} ${status}`;
        const res = await probe(operation, status);
        if (res === undefined) {
          unprobed.push(label);
          continue;
        }
        const text = await res.text();
        if (res.status !== status) {
          wrong.push(`${label}: got ${res.status} ${text.slice(0, 200)}`);
          continue;
        }
        // The documented error body: a code and a message, never a stack trace.
        const answer = JSON.parse(text) as Json;
        expect(typeof answer.error, label).toBe('string');
        expect(typeof answer.message, label).toBe('string');
        expect(text, label).not.toMatch(/\bat .+:\d+:\d+|node_modules|SELECT |INSERT /);
        if (status === 429) expect(res.headers.get('retry-after'), label).toMatch(/^\d+$/);
      }
    }
    expect(unprobed, 'documented statuses no probe here can produce').toEqual([]);
    expect(wrong).toEqual([]);
  });

  it('marks every answer that carries a token or codes Cache-Control: no-store', async () => {
    const requests: Record<string, () => Promise<Response>> = {
      'POST /meetings': () => box.request('POST', '/meetings', validBody('POST /meetings')),
      'POST /collections': () => box.request('POST', '/collections', { kind: 'applications' }),
      'POST /meetings/{id}/codes': () =>
        box.request(
          'POST',
          '/meetings/draft/codes',
          { count: 1 },
          { authorization: `Bearer ${world.draftToken}` },
        ),
    };
    const declaring = operations.filter(({ op }) =>
      Object.values(op.responses as Json).some(
        (response) => deref(response as Json).headers?.['Cache-Control'] !== undefined,
      ),
    );
    expect(declaring.map(({ key }) => key).sort()).toEqual(Object.keys(requests).sort());
    for (const { key } of declaring) {
      const res = await requests[key]!();
      expect(res.status, key).toBe(201);
      expect(res.headers.get('cache-control'), key).toBe('no-store');
    }
  });
});
