import type { Locale } from '@qingyuan/core';
import { expect } from 'vitest';
import type { TestBox } from './ballot-box.js';
import { createPbElection, knapsackSheet, type PbElectionHandle } from './pb-election-fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The organisation and credentials the openapi test's probes use. */
export interface ProbeWorld {
  organization: string;
  operatorKey: string;
  /** The operator key of another organisation. */
  strangerKey: string;
}

/** The PB elections the probes need: one in draft, one open, one closed. */
interface PbProbeElections {
  draft: PbElectionHandle;
  open: PbElectionHandle;
  closed: PbElectionHandle;
}

const elections = new WeakMap<TestBox, Promise<PbProbeElections>>();

function electionsOf(box: TestBox): Promise<PbProbeElections> {
  let made = elections.get(box);
  if (made === undefined) {
    made = (async () => {
      const draft = await createPbElection(box, 'pb-draft', { codes: 1 });
      const open = await createPbElection(box, 'pb-open', { codes: 3, open: true });
      const closed = await createPbElection(box, 'pb-closed', { codes: 1, open: true });
      const operator = await box.asOperator();
      await box.request('POST', `${closed.path}/close`, undefined, operator);
      return { draft, open, closed };
    })();
    elections.set(box, made);
  }
  return made;
}

/** A body the PB operation `key` accepts. */
function validBody(key: string, elections: PbProbeElections): unknown {
  switch (key) {
    case 'POST /organizations/{id}/pb-elections':
      return { id: 'pb-fresh', sheet: knapsackSheet(), rule: { name: 'greedy' } };
    case 'PATCH /organizations/{id}/pb-elections/{election}':
      return { rule: { name: 'sequential-phragmen' } };
    case 'POST /organizations/{id}/pb-elections/{election}/codes':
      return { count: 1 };
    case 'POST /organizations/{id}/pb-elections/{election}/census':
      return { hashes: ['a'.repeat(64)] };
    case 'POST /organizations/{id}/pb-elections/{election}/ballots':
      return { code: elections.draft.codes[0]!.code, projects: ['a'] };
    case 'POST /organizations/{id}/pb-elections/{election}/codes/check':
      return { code: elections.draft.codes[0]!.code };
    case 'POST /organizations/{id}/pb-elections/{election}/paper-ballots':
      return { number: 'P-1', projects: ['a'] };
    default:
      return undefined;
  }
}

/**
 * A request that should get `status` from a PB-election operation of openapi.yaml (`key` as
 * `POST /organizations/{id}/pb-elections/{election}/ballots`), asking for answers in
 * `language`; undefined when there is none. `limited` is a box whose every request is over
 * the rate limit; `box` accepts bodies up to 4 KiB.
 *
 * @example
 * const res = await pbProbe({ box, limited, world }, 'GET /organizations/{id}/pb-elections/{election}', 404, 'en');
 */
export async function pbProbe(
  boxes: { box: TestBox; limited: TestBox; world: ProbeWorld },
  key: string,
  hasBody: boolean,
  secured: boolean,
  status: number,
  language: Locale,
): Promise<Response | undefined> {
  const { box, limited, world } = boxes;
  const made = await electionsOf(box);
  const [method, path] = key.split(' ') as [string, string];
  const lang = { 'accept-language': language === 'zh-CN' ? 'zh-CN,zh;q=0.9,en;q=0.8' : 'en' };
  const auth = (value: string) => ({ authorization: `Bearer ${value}` });
  const operator = auth(world.operatorKey);
  const at = (election: string, organization = world.organization) =>
    path.replace('{id}', organization).replace('{election}', election).replace('{number}', 'P-1');
  const send = (to: string, body: unknown, headers: Record<string, string> = {}) =>
    box.request(method, to, body, { ...lang, ...headers });
  const body = validBody(key, made);
  const tail = path.split('{election}')[1] ?? '';
  switch (status) {
    case 400:
      return hasBody ? send(at('pb-draft'), '{', operator) : undefined;
    case 401:
      if (secured) return send(at('pb-draft'), body);
      if (tail === '/ballots') return send(at('pb-open'), { code: 'ZZZZ-ZZZZ', projects: ['a'] });
      return undefined;
    case 403:
      return secured ? send(at('pb-draft'), body, auth(world.strangerKey)) : undefined;
    case 404:
      return send(at('pb-draft', 'nope'), body, operator);
    case 409:
      switch (tail) {
        case '':
          return method === 'POST'
            ? send(at(''), { ...(body as Json), id: 'pb-draft' }, operator)
            : send(at('pb-open'), body, operator);
        case '/codes':
        case '/census':
          return send(at('pb-closed'), body, operator);
        case '/open':
        case '/certify':
          return send(at('pb-open'), undefined, operator);
        case '/close':
        case '/ballots':
        case '/paper-ballots':
        case '/paper-ballots/{number}':
          return send(at('pb-draft'), body, operator);
        case '/results':
        case '/explanation':
        case '/export/pabulib':
          return send(at('pb-open'), undefined);
        default:
          return undefined;
      }
    case 413:
      return send(at('pb-draft'), { pad: 'x'.repeat(5000) }, operator);
    case 415:
      return method === 'GET'
        ? undefined
        : send(at('pb-draft'), JSON.stringify(body ?? {}), {
            ...operator,
            'content-type': 'text/plain',
          });
    case 422: {
      if (tail !== '/ballots') return undefined;
      const code = made.open.codes[language === 'en' ? 1 : 2]!.code;
      const headers = { 'idempotency-key': `probe-422-${language}` };
      const first = await send(at('pb-open'), { code, projects: ['a'] }, headers);
      expect(first.status, `${key}: first use of the key`).toBe(201);
      return send(at('pb-open'), { code, projects: ['b'] }, headers);
    }
    case 429:
      return limited.request(method, at('pb-draft'), body, { ...operator, ...lang });
    default:
      return undefined;
  }
}

/**
 * Every successful JSON answer of the PB-election operations, through `call` (which records
 * each answer for the openapi test): an Equal Shares election created, changed, given codes
 * and a census, opened, voted in (a replay too), given paper ballots by two officers (one
 * corrected), closed, then read: results, the three kinds of explanation, certified (results
 * final), the log.
 *
 * @example
 * await pbSuccessFlow(box, call);
 */
export async function pbSuccessFlow(
  box: TestBox,
  call: (
    key: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Json>,
): Promise<void> {
  const { organization } = await box.testOrganization();
  const operator = await box.asOperator();
  const base = '/organizations/{id}/pb-elections';
  const one = `${base}/{election}`;
  const url = `/organizations/${organization}/pb-elections`;
  const path = `${url}/pb-flow`;
  await call(
    `POST ${base}`,
    url,
    { id: 'pb-flow', sheet: knapsackSheet(), rule: { name: 'greedy' } },
    operator,
  );
  const listed = await call(`GET ${base}`, url, undefined, operator);
  expect(listed.items.map((item: Json) => item.id)).toContain('pb-flow');
  await call(`GET ${one}`, path);
  const sheet = await call(`GET ${one}/sheet`, `${path}/sheet`);
  expect(sheet).toEqual(knapsackSheet());
  await call(
    `PATCH ${one}`,
    path,
    { rule: { name: 'equal-shares', completion: 'greedy' } },
    operator,
  );
  const { codes } = await call(`POST ${one}/codes`, `${path}/codes`, { count: 3 }, operator);
  await call(`POST ${one}/census`, `${path}/census`, { hashes: ['b'.repeat(64)] }, operator);
  await call(`POST ${one}/open`, `${path}/open`, undefined, operator);
  await call(`POST ${one}/codes/check`, `${path}/codes/check`, { code: codes[2].code as string });
  const ballot = { code: codes[0].code as string, projects: ['a', 'b'] };
  const cast = await call(`POST ${one}/ballots`, `${path}/ballots`, ballot, {
    'idempotency-key': 'k',
  });
  await call(`POST ${one}/ballots`, `${path}/ballots`, ballot, { 'idempotency-key': 'k' });
  await call(`POST ${one}/ballots`, `${path}/ballots`, {
    code: codes[1].code as string,
    projects: ['c'],
  });
  const [wang, zhao] = await box.bearers('officer', ['Officer Wang', 'Officer Zhao']);
  await call(
    `POST ${one}/paper-ballots`,
    `${path}/paper-ballots`,
    { number: 'P-1', projects: ['a'] },
    wang,
  );
  await call(
    `POST ${one}/paper-ballots`,
    `${path}/paper-ballots`,
    { number: 'P-1', projects: ['b'] },
    zhao,
  );
  await call(`GET ${one}/reconciliation`, `${path}/reconciliation`, undefined, wang);
  await call(
    `POST ${one}/paper-ballots`,
    `${path}/paper-ballots`,
    { number: 'P-99', projects: ['c'] },
    wang,
  );
  const withdrawn = await call(
    `DELETE ${one}/paper-ballots/{number}`,
    `${path}/paper-ballots/P-99`,
    undefined,
    wang,
  );
  expect(withdrawn.paper).toBeNull();
  await call(
    `POST ${one}/paper-ballots`,
    `${path}/paper-ballots`,
    { number: 'P-1', projects: ['a'] },
    zhao,
  );
  await call(`POST ${one}/close`, `${path}/close`, undefined, operator);
  const results = await call(`GET ${one}/results`, `${path}/results`);
  expect(results.ballots).toEqual({ total: 3, online: 2, paper: 1 });
  await call(`GET ${one}/explanation`, `${path}/explanation`);
  await call(`GET ${one}/explanation`, `${path}/explanation?project=a`);
  await call(`GET ${one}/explanation`, `${path}/explanation?receipt=${cast.receipt as string}`);
  const certified = await call(`POST ${one}/certify`, `${path}/certify`, undefined, operator);
  expect(certified.certifiedAt).toEqual(expect.any(String));
  const final = await call(`GET ${one}/results`, `${path}/results`);
  expect(final.standing).toBe('final');
  await call(`GET ${one}/export/log`, `${path}/export/log`);
}
