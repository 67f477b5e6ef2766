import type { Locale } from '@qingyuan/core';
import { expect } from 'vitest';
import type { TestBox } from './ballot-box.js';
import { openSpaceSession, openSpaceWithCodes } from './open-space-fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the openapi test's Open Space probes act on: a session with codes in the test organisation. */
export interface OpenSpaceWorld {
  organization: string;
  operatorKey: string;
  /** The operator key of another organisation. */
  strangerKey: string;
  /** `/organizations/<org>/sessions/os-2007`. */
  path: string;
  codes: { participant: string; code: string }[];
}

/**
 * Sets up the Open Space session the probes use (three participant codes).
 *
 * @example
 * const openSpace = await openSpaceWorld(box, strangerKey);
 */
export async function openSpaceWorld(box: TestBox, strangerKey: string): Promise<OpenSpaceWorld> {
  const { organization, operatorKey } = await box.testOrganization();
  const { path, codes } = await openSpaceWithCodes(box, 3);
  return { organization, operatorKey, strangerKey, path, codes };
}

let fresh = 0;

/** A body the Open Space operation `key` accepts. */
function validBody(key: string, world: OpenSpaceWorld): unknown {
  const code = world.codes[2]!.code;
  switch (key) {
    case 'POST /organizations/{org}/sessions':
      return { session: openSpaceSession(`os-probe-${++fresh}`) };
    case 'POST /organizations/{org}/sessions/{session}/codes':
      return { count: 1 };
    case 'POST /organizations/{org}/sessions/{session}/me':
      return { code };
    case 'POST /organizations/{org}/sessions/{session}/topics':
      return { code, topic: { title: '停车' } };
    case 'POST /organizations/{org}/sessions/{session}/ideas':
      return { code, idea: { kind: 'need', title: '晾衣架', community: 'binhe' } };
    case 'POST /organizations/{org}/sessions/{session}/dots':
      return { code, idea: 'i-lamps', dots: 1 };
    case 'POST /organizations/{org}/sessions/{session}/hidden':
      return { kind: 'topic', id: 't-light', by: 'p-org', reason: '重复' };
    default:
      return undefined;
  }
}

/** Bodies breaking a rule of the session (409). */
function breakingBody(key: string, world: OpenSpaceWorld): unknown {
  switch (key) {
    case 'POST /organizations/{org}/sessions':
      return { session: { ...openSpaceSession(`os-probe-${++fresh}`), organizers: ['nobody'] } };
    case 'POST /organizations/{org}/sessions/{session}/codes':
      return { participants: ['ghost'] };
    case 'POST /organizations/{org}/sessions/{session}/ideas':
      return { code: world.codes[1]!.code, idea: { kind: 'need', title: 'x', community: 'mars' } };
    case 'POST /organizations/{org}/sessions/{session}/dots':
      return { code: world.codes[1]!.code, idea: 'i-lamps', dots: 3 };
    case 'POST /organizations/{org}/sessions/{session}/hidden':
      return { kind: 'idea', id: 'i-lamps', by: 'p-org', reason: ' ' };
    default:
      return undefined;
  }
}

/** Two bodies that differ, for one Idempotency-Key (422 on the second). */
function keyReusingBodies(key: string, world: OpenSpaceWorld): [unknown, unknown] {
  const code = world.codes[0]!.code;
  switch (key) {
    case 'POST /organizations/{org}/sessions/{session}/topics':
      return [
        { code, topic: { title: 'a' } },
        { code, topic: { title: 'b' } },
      ];
    case 'POST /organizations/{org}/sessions/{session}/ideas':
      return [
        { code, idea: { kind: 'need', title: 'a', community: 'binhe' } },
        { code, idea: { kind: 'need', title: 'b', community: 'binhe' } },
      ];
    case 'POST /organizations/{org}/sessions/{session}/dots':
      return [
        { code, idea: 'i-lamps', dots: 1 },
        { code, idea: 'i-lamps', dots: 1, change: 'remove' },
      ];
    default:
      return [
        { kind: 'idea', id: 'i-lamps', by: 'p-org', reason: 'a' },
        { kind: 'idea', id: 'i-lamps', by: 'p-org', reason: 'b' },
      ];
  }
}

/**
 * A request that should get `status` from an Open Space operation (paths under
 * `/organizations/{org}/sessions`), asking for answers in `language`; `undefined` when there is
 * none. The openapi test sends every documented error status this way.
 */
export async function openSpaceProbe(
  box: TestBox,
  limited: TestBox,
  world: OpenSpaceWorld,
  operation: { key: string; method: string; path: string; op: Json },
  status: number,
  language: Locale,
): Promise<Response | undefined> {
  const { key, method, path, op } = operation;
  const lang = { 'accept-language': language === 'zh-CN' ? 'zh-CN,zh;q=0.9,en;q=0.8' : 'en' };
  const auth = (value: string) => ({ authorization: `Bearer ${value}` });
  const operator = auth(world.operatorKey);
  const secured = op.security !== undefined;
  const session = world.path.split('/').at(-1)!;
  const at = (where: 'here' | 'nope') =>
    path
      .replace(
        '{org}',
        (key === 'POST /organizations/{org}/sessions' ||
          key === 'GET /organizations/{org}/sessions') &&
          where === 'nope'
          ? 'nope'
          : world.organization,
      )
      .replace('{session}', where === 'nope' ? 'nope' : session);
  const send = (
    sent: unknown,
    headers: Record<string, string> = {},
    where: 'here' | 'nope' = 'here',
  ) => box.request(method, at(where), sent, { ...lang, ...headers });
  const body = validBody(key, world);
  switch (status) {
    case 400:
      return send('{', operator);
    case 401:
      // The list is open to anyone: only a credential it does not know is refused.
      if (key === 'GET /organizations/{org}/sessions') return send(undefined, auth('qyk_nope'));
      if (secured) return send(body);
      return send({ ...(body as Json), code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    case 403:
      if (secured) return send(body, auth(world.strangerKey));
      return send(body, { origin: 'https://elsewhere.example' });
    case 404:
      return send(body, operator, 'nope');
    case 409:
      return send(breakingBody(key, world), operator);
    case 413:
      return send({ pad: 'x'.repeat(5000) }, operator);
    case 415:
      return send(JSON.stringify(body ?? {}), { ...operator, 'content-type': 'text/plain' });
    case 422: {
      const headers = { ...operator, 'idempotency-key': `probe-422-${language}` };
      const [first, second] = keyReusingBodies(key, world);
      const stored = await send(first, headers);
      expect(stored.status, `${key}: first use of the key`).toBe(201);
      return send(second, headers);
    }
    case 429:
      return limited.request(method, at('here'), body, { ...operator, ...lang });
    default:
      return undefined;
  }
}

/**
 * Calls every Open Space operation once with a real request (and each replay once), through
 * the openapi test's `call`, which records the answers it checks against the yaml.
 */
export async function openSpaceFlow(
  call: (
    key: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Json>,
  operator: Record<string, string>,
  organization: string,
): Promise<void> {
  const base = `/organizations/${organization}/sessions`;
  const created = await call(
    'POST /organizations/{org}/sessions',
    base,
    { session: openSpaceSession('os-flow') },
    operator,
  );
  expect(created.id).toBe('os-flow');
  const listed = await call('GET /organizations/{org}/sessions', `${base}?limit=1`);
  expect(listed.items[0].corsOrigins).toBeUndefined();
  const forRunner = await call('GET /organizations/{org}/sessions', base, undefined, operator);
  expect(forRunner.items.some((item: Json) => item.id === 'os-flow')).toBe(true);
  const path = `${base}/os-flow`;
  const { codes } = await call(
    'POST /organizations/{org}/sessions/{session}/codes',
    `${path}/codes`,
    { count: 2 },
    operator,
  );
  const code = codes[0].code as string;
  const twice = async (
    key: string,
    where: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    await call(key, where, body, { ...headers, 'idempotency-key': `flow-${where}` });
    await call(key, where, body, { ...headers, 'idempotency-key': `flow-${where}` });
  };
  await twice('POST /organizations/{org}/sessions/{session}/topics', `${path}/topics`, {
    code,
    topic: { title: { 'zh-CN': '停车', en: 'Parking' }, description: '晚上车位不够' },
  });
  await twice('POST /organizations/{org}/sessions/{session}/ideas', `${path}/ideas`, {
    code,
    idea: { kind: 'project-idea', title: '共享车位', community: 'binhe', topic: 't-light' },
  });
  await twice('POST /organizations/{org}/sessions/{session}/dots', `${path}/dots`, {
    code,
    idea: 'i-lamps',
    dots: 2,
  });
  await call('POST /organizations/{org}/sessions/{session}/me', `${path}/me`, { code });
  await twice(
    'POST /organizations/{org}/sessions/{session}/hidden',
    `${path}/hidden`,
    { kind: 'idea', id: 'i-lamps', by: 'p-org', reason: { 'zh-CN': '重复', en: 'A duplicate' } },
    operator,
  );
  const view = await call('GET /organizations/{org}/sessions/{session}', path);
  expect(view.hidden).toHaveLength(1);
  const report = await call('GET /organizations/{org}/sessions/{session}/report', `${path}/report`);
  expect(report.hiddenIdeas).toHaveLength(1);
  const exported = await call(
    'GET /organizations/{org}/sessions/{session}/export',
    `${path}/export`,
    undefined,
    operator,
  );
  expect(exported.log.length).toBeGreaterThan(4);
}
