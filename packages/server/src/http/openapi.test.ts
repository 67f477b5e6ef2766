import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Locale } from '@qingyuan/core';
import { walkTimeout } from '../../../../vitest.shared.mjs';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { TestBox } from '../../test/support/ballot-box.js';
import { approvalMarks, pilotMeetingInput } from '../../test/support/fixtures.js';
import { OpenApiSchemas, schemaPointer } from '../../test/support/openapi-schemas.js';
import { knapsackSheet } from '../../test/support/pb-election-fixtures.js';
import { pbProbe, pbSuccessFlow } from '../../test/support/pb-election-probes.js';
import {
  jinhualiExecutionHistory,
  jinhualiSurvey,
  pilotApplications,
  pilotBodies,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from '@qingyuan/core/examples';
import {
  decided,
  decisionBody,
  pilotDecisionKey,
  newRound,
  pilotBox,
  type Pilot,
} from '../../test/support/pilot-round.js';
import {
  openSpaceFlow,
  openSpaceProbe,
  openSpaceWorld,
  type OpenSpaceWorld,
} from '../../test/support/open-space-probes.js';
import { verifyChecks } from '../verify/verify-export.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** openapi.yaml as the server package ships it (aliases such as `*transition` resolved). */
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Json;

/** The yaml's schemas under Ajv 2020, every object closed (`unevaluatedProperties: false`). */
const schemas = new OpenApiSchemas(spec);

/** The JSON pointer of the schema of an operation's JSON answer with `status`. */
function answerSchemaAt(operation: Operation, status: number): string {
  const response = (operation.op.responses as Json)[String(status)] as Json;
  const base =
    typeof response.$ref === 'string'
      ? (response.$ref as string)
      : schemaPointer(
          'paths',
          operation.path,
          operation.method.toLowerCase(),
          'responses',
          String(status),
        );
  return `${base}/content/application~1json/schema`;
}

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
    /** The test organisation, its operator key, and a role token of it (not an operator's). */
    organization: string;
    operatorKey: string;
    auditorToken: string;
    /** The auditor credential's id, and the id of the organisation's only operator key. */
    auditorId: string;
    operatorKeyId: string;
    /** The operator key of another organisation: opens nothing of the test organisation. */
    strangerKey: string;
    /** An Open Space session of the test organisation, with three participant codes. */
    openSpace: OpenSpaceWorld;
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
      await box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses' },
        await box.asOperator(),
      )
    ).json()) as Json;
    const { organization, operatorKey } = await box.testOrganization();
    const [auditor] = await box.repository.mintCredentials(organization, 'auditor', ['Li Na']);
    const stranger = await box.repository.createOrganization('Elsewhere');
    world = {
      draftToken,
      openToken,
      otherToken,
      codes,
      draftCode,
      collection: created.id as string,
      collectionToken: created.organizerToken as string,
      organization,
      operatorKey,
      auditorToken: auditor!.secret,
      auditorId: auditor!.id,
      operatorKeyId: (await box.repository.bearerCredential(operatorKey))!.id,
      strangerKey: stranger.operatorKey,
      openSpace: await openSpaceWorld(box, stranger.operatorKey),
    };
  });
  afterEach(async () => {
    await store.dispose();
    rounds = undefined;
  });

  /** The pilot round, decided (created on first use in a test). */
  let rounds: Pilot | undefined;
  const pilotRounds = async (): Promise<Pilot> => {
    if (rounds === undefined) {
      rounds = await pilotBox(store);
      await decided(rounds);
    }
    return rounds;
  };

  /** The pilot's Jinhuali event of a type (after the approval). */
  const eventOf = (type: string) => jinhualiExecutionHistory.find((e) => e.type === type)!;

  /** A disbursement of a project of the pilot round, by the service center. */
  const disbursed = (tranche: number, amount: number) => ({
    event: {
      type: 'disbursed',
      at: '2007-10-12T10:00:00+08:00',
      by: 'p-center',
      payload: {
        disbursement: {
          id: `d-jinhuali-probe-${tranche}`,
          project: 'jinhuali-home',
          tranche,
          amount: { amount, currency: 'CNY' },
          paidOn: '2007-10-12',
        },
      },
    },
  });

  /** A request that should get `status` from an operation on the rounds of an organisation. */
  async function roundProbe(
    operation: Operation,
    status: number,
    language: Locale,
  ): Promise<Response | undefined> {
    const p = await pilotRounds();
    const { key, method, path } = operation;
    const lang = { 'accept-language': language === 'zh-CN' ? 'zh-CN,zh;q=0.9,en;q=0.8' : 'en' };
    const auth = (value: string) => ({ authorization: `Bearer ${value}` });
    const url = (org = p.org, round: string = pilotRound.id) =>
      path.replace('{org}', org).replace('{round}', round).replace('{project}', 'jinhuali-home');
    const send = (sent: unknown, headers: Record<string, string> = {}, target = url()) =>
      p.box.request(method, target, sent, { ...lang, ...headers });
    // Who may call each operation, and a body it accepts.
    const roles: Record<string, [string, unknown]> = {
      'POST /organizations/{org}/rounds': [
        p.keys.operator,
        { round: { ...newRound, id: `probe-${language}` }, bodies: pilotBodies },
      ],
      'POST /organizations/{org}/rounds/{round}/applications': [
        p.keys.applicant,
        { application: pilotApplications[0], by: 'p-li' },
      ],
      'POST /organizations/{org}/rounds/{round}/vettings': [
        p.keys.center,
        { vetting: pilotVettings[0] },
      ],
      'POST /organizations/{org}/rounds/{round}/reviews': [
        p.keys.center,
        { meeting: 'qingyuan-2007', by: 'p-center' },
      ],
      'POST /organizations/{org}/rounds/{round}/summary-sheets': [
        p.keys.supervisor,
        { sheet: pilotSummarySheet },
      ],
      'POST /organizations/{org}/rounds/{round}/funding-decisions': [p.keys.center, decisionBody],
      'POST /organizations/{org}/rounds/{round}/projects/{project}/events': [
        p.keys.applicant,
        { event: eventOf('team-formed') },
      ],
    };
    const [token, body] = roles[key] ?? [p.keys.operator, undefined];
    switch (status) {
      case 400:
        return send('{', auth(token));
      case 401:
        return send(body);
      case 403:
        return send(body, auth(world.strangerKey));
      case 404:
        return key.endsWith('/public')
          ? send(undefined, {}, url(p.org, 'nope'))
          : send(body, auth(token), url('nope'));
      case 409:
        switch (key) {
          case 'POST /organizations/{org}/rounds':
            return send({ round: newRound, bodies: pilotBodies }, auth(token));
          case 'POST /organizations/{org}/rounds/{round}/vettings':
            return send({ vetting: { ...pilotVettings[0], outcome: 'returned' } }, auth(token));
          case 'POST /organizations/{org}/rounds/{round}/projects/{project}/events':
            return send(
              { event: { type: 'closed', at: '2007-12-21T10:00:00+08:00', by: 'p-center' } },
              auth(p.keys.center),
            );
          default:
            // A second application, review, sheet or decision of the same thing.
            return send(body, auth(token));
        }
      case 413:
        return box.request(method, url(), { pad: 'x'.repeat(5000) }, { ...lang, ...auth(token) });
      case 415:
        return send(JSON.stringify(body ?? {}), { ...auth(token), 'content-type': 'text/plain' });
      case 422: {
        if (key === 'POST /organizations/{org}/rounds/{round}/funding-decisions') {
          // The pilot's decision was sent with this key: another decision under it is refused.
          return send(
            { ...decisionBody, id: `fd-probe-${language}` },
            { ...auth(token), 'idempotency-key': pilotDecisionKey },
          );
        }
        const headers = {
          ...auth(token),
          'idempotency-key': `probe-422-${language}-${key.endsWith('/events') ? 'event' : 'application'}`,
        };
        const [first, second] = key.endsWith('/events')
          ? [
              disbursed(language === 'en' ? 1 : 2, 100000),
              disbursed(language === 'en' ? 1 : 2, 200000),
            ]
          : [
              { application: { ...pilotApplications[0]!, id: `probe-${language}` }, by: 'p-li' },
              { application: { ...pilotApplications[0]!, id: `probe-${language}` }, by: 'p-zhao' },
            ];
        const centerFirst = key.endsWith('/events')
          ? { ...headers, ...auth(p.keys.center) }
          : headers;
        const stored = await send(first, centerFirst);
        expect(stored.status, `${key}: first use of the key ${await stored.clone().text()}`).toBe(
          201,
        );
        return send(second, centerFirst);
      }
      case 429:
        return limited.request(method, url(), body, { ...auth(token), ...lang });
      default:
        return undefined;
    }
  }

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

  it('documents the answers every route can give: 400 with a body, 413/415 on POST and PATCH, 429 everywhere, 401/403 for organizers and operators, 404 for every {id}', () => {
    const missing: string[] = [];
    for (const { key, method, path, op } of operations) {
      const statuses = documentedStatuses(op);
      const needs = [429];
      if (op.requestBody !== undefined) needs.push(400);
      // Any POST or PATCH may arrive with a body: too large is 413, not JSON is 415.
      if (method === 'POST' || method === 'PATCH') needs.push(413, 415);
      if (op.security !== undefined) needs.push(401, 403);
      if (/\{(id|name|org|session)\}/.test(path)) needs.push(404);
      for (const status of needs) if (!statuses.includes(status)) missing.push(`${key} ${status}`);
    }
    expect(missing).toEqual([]);
  });

  /** The id in a path: a meeting, collection or organisation that exists, or one that does not. */
  const pathOf = (path: string, meeting: string) =>
    path
      .replace('/meetings/{id}', `/meetings/${meeting}`)
      .replace(
        '/organizations/{id}',
        `/organizations/${meeting === 'nope' ? 'nope' : world.organization}`,
      )
      .replace(
        '/collections/{id}',
        `/collections/${meeting === 'nope' ? 'nope' : world.collection}`,
      )
      .replace('{name}', meeting === 'nope' ? 'Nope' : 'ReviewMeeting')
      .replace('{credential}', world.auditorId);

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
      case 'POST /meetings/{id}/codes/check':
        return { code: world.codes[0]!.code };
      case 'POST /collections':
        return { kind: 'applications' };
      case 'POST /collections/{id}/items':
        return { document: { answer: 1 } };
      case 'POST /organizations/{id}/credentials':
        return { role: 'auditor', count: 1 };
      default:
        return undefined;
    }
  };

  /**
   * A request that should get `status` from the operation, asking for answers in `language`;
   * undefined when there is none.
   */
  async function probe(
    operation: Operation,
    status: number,
    language: Locale = 'en',
  ): Promise<Response | undefined> {
    const { key, method, path, op } = operation;
    if (path.includes('/pb-elections')) {
      const boxes = { box, limited, world };
      const secured = op.security !== undefined;
      return pbProbe(boxes, key, op.requestBody !== undefined, secured, status, language);
    }
    if (path.startsWith('/organizations/{org}/rounds'))
      return roundProbe(operation, status, language);
    if (path.startsWith('/organizations/{org}/sessions')) {
      return openSpaceProbe(box, limited, world.openSpace, operation, status, language);
    }
    const organizer = op.security !== undefined;
    const body = validBody(key);
    const onCollection = path.startsWith('/collections/{id}');
    const onOrganization = path.startsWith('/organizations/{id}');
    const byOperator = key === 'POST /meetings' || key === 'POST /collections';
    const token =
      onOrganization || byOperator
        ? world.operatorKey
        : onCollection
          ? world.collectionToken
          : world.draftToken;
    // Who is refused: an organizer of another meeting, a role token where an operator key is
    // needed, the operator of another organisation on this one's routes.
    const refused = byOperator
      ? world.auditorToken
      : onOrganization
        ? world.strangerKey
        : world.otherToken;
    const auth = (value: string) => ({ authorization: `Bearer ${value}` });
    const lang = { 'accept-language': language === 'zh-CN' ? 'zh-CN,zh;q=0.9,en;q=0.8' : 'en' };
    const send = (meeting: string, sent: unknown, headers: Record<string, string> = {}) =>
      box.request(method, pathOf(path, meeting), sent, { ...lang, ...headers });
    const onMeeting = key.includes('/ballots') ? 'open' : 'draft';
    switch (status) {
      case 400:
        if (key === 'GET /collections/{id}/report') {
          // A cross-tabulation by something the survey does not have.
          const surveyed = (await (
            await box.request(
              'POST',
              '/collections',
              { kind: 'survey-responses', survey: jinhualiSurvey },
              await box.asOperator(),
            )
          ).json()) as Json;
          return box.request(
            'GET',
            `/collections/${surveyed.id as string}/report?by=attribute:nope`,
            undefined,
            { ...lang, ...auth(surveyed.organizerToken as string) },
          );
        }
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
        if (organizer) return send('draft', body, auth(refused));
        if (method !== 'GET') return send(onMeeting, body, { origin: 'https://elsewhere.example' });
        return send('draft', undefined); // results before they are published
      case 404:
        return send('nope', body, auth(token));
      case 409:
        switch (key) {
          case 'POST /meetings':
            return send('', { meeting: pilotMeetingInput('draft') }, auth(world.operatorKey));
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
          case 'DELETE /organizations/{id}/credentials/{credential}':
            // The organisation's only operator key.
            return box.request(
              'DELETE',
              `/organizations/${world.organization}/credentials/${world.operatorKeyId}`,
              undefined,
              { ...lang, ...auth(world.operatorKey) },
            );
          default:
            return undefined;
        }
      case 413:
        return send(onMeeting, { pad: 'x'.repeat(5000) }, auth(token));
      case 415:
        return method === 'GET'
          ? undefined
          : send(onMeeting, JSON.stringify(body ?? {}), {
              ...auth(token),
              'content-type': 'text/plain',
            });
      case 422: {
        const headers = { 'idempotency-key': `probe-422-${language}` };
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
        return limited.request(method, pathOf(path, onMeeting), body, { ...auth(token), ...lang });
      default:
        return undefined;
    }
  }

  it(
    'gives every documented error status of every operation, its message in zh-CN or en as asked',
    { timeout: walkTimeout },
    async () => {
      const unprobed: string[] = [];
      const wrong: string[] = [];
      const untranslated: string[] = [];
      const undocumented: string[] = [];
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
          // Every error answer is what the yaml documents for it, every key listed.
          undocumented.push(
            ...schemas
              .problems(answer, answerSchemaAt(operation, status))
              .map((p) => `${label}: ${p}`),
          );
          expect(typeof answer.error, label).toBe('string');
          expect(typeof answer.message, label).toBe('string');
          expect(text, label).not.toMatch(/\bat .+:\d+:\d+|node_modules|SELECT |INSERT /);
          if (status === 429) expect(res.headers.get('retry-after'), label).toMatch(/^\d+$/);
          // The same request asking for Chinese: the same error, its message in Chinese.
          const zh = await probe(operation, status, 'zh-CN');
          const shown = (await zh!.json()) as Json;
          if (
            zh!.status !== status ||
            shown.error !== answer.error ||
            !/[\u4e00-\u9fff]/.test(shown.message as string) ||
            /[\u4e00-\u9fff]/.test(answer.message as string)
          ) {
            untranslated.push(`${label}: en "${answer.message}", zh-CN "${shown.message}"`);
          }
        }
      }
      expect(unprobed, 'documented statuses no probe here can produce').toEqual([]);
      expect(wrong).toEqual([]);
      expect(untranslated).toEqual([]);
      expect(undocumented).toEqual([]);
    },
  );

  it('marks every answer that carries a token or codes Cache-Control: no-store', async () => {
    const requests: Record<string, () => Promise<Response>> = {
      'POST /meetings': async () =>
        box.request('POST', '/meetings', validBody('POST /meetings'), await box.asOperator()),
      'POST /collections': async () =>
        box.request('POST', '/collections', { kind: 'applications' }, await box.asOperator()),
      'POST /organizations/{id}/credentials': async () =>
        box.request(
          'POST',
          `/organizations/${world.organization}/credentials`,
          { role: 'applicant', labels: ['Jinhuali residents'] },
          await box.asOperator(),
        ),
      'POST /organizations/{id}/pb-elections/{election}/codes': async () => {
        const { organization } = await box.testOrganization();
        const url = `/organizations/${organization}/pb-elections`;
        const body = { id: 'pb-codes', sheet: knapsackSheet(), rule: { name: 'greedy' } };
        await box.request('POST', url, body, await box.asOperator());
        return box.request('POST', `${url}/pb-codes/codes`, { count: 1 }, await box.asOperator());
      },
      'POST /organizations/{org}/sessions/{session}/codes': async () =>
        box.request('POST', `${world.openSpace.path}/codes`, { count: 1 }, await box.asOperator()),
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

  /** The documented schema of an operation's JSON answer with `status`, if it has one. */
  const jsonSchemaOf = (op: Json, status: number): Json | undefined =>
    deref((op.responses as Json)[String(status)] as Json).content?.['application/json']?.schema as
      Json | undefined;

  it(
    'answers every successful JSON request with what the yaml documents, every key listed',
    { timeout: walkTimeout },
    async () => {
      const answers: { key: string; status: number; res: Response }[] = [];
      const call = async (
        key: string,
        path: string,
        body?: unknown,
        headers: Record<string, string> = {},
      ): Promise<Json> => {
        const res = await box.request(key.split(' ')[0]!, path, body, headers);
        answers.push({ key, status: res.status, res: res.clone() });
        return (await res.json()) as Json;
      };
      await call('GET /healthz', '/healthz');
      await call('GET /schemas', '/schemas');
      await call('GET /schemas/{name}', '/schemas/ReviewMeeting.json');
      const operator = await box.asOperator();
      const created = await call(
        'POST /meetings',
        '/meetings',
        { meeting: pilotMeetingInput('flow') },
        operator,
      );
      const auth = { authorization: `Bearer ${created.organizerToken as string}` };
      await call('PATCH /meetings/{id}', '/meetings/flow', { liveResults: true }, auth);
      const { codes } = await call(
        'POST /meetings/{id}/codes',
        '/meetings/flow/codes',
        { count: 2 },
        auth,
      );
      await call(
        'POST /meetings/{id}/lock-weights',
        '/meetings/flow/lock-weights',
        undefined,
        auth,
      );
      await call('POST /meetings/{id}/open', '/meetings/flow/open', undefined, auth);
      const cast = (code: string, approve: (p: string) => boolean, key = 'k') =>
        call(
          'POST /meetings/{id}/ballots',
          '/meetings/flow/ballots',
          { code, marks: approvalMarks(approve) },
          { 'idempotency-key': key },
        );
      await cast(codes[0].code as string, () => true, 'first');
      await cast(codes[0].code as string, () => true, 'first'); // a replay: 200
      await cast(codes[0].code as string, (p) => p === 'jinhuali-home', 'second'); // replaces it
      const mine = await cast(codes[1].code as string, (p) => p !== 'jinhuali-home', 'third');
      await call('POST /meetings/{id}/ballots/mine', '/meetings/flow/ballots/mine', {
        code: codes[1].code as string,
      });
      await call('POST /meetings/{id}/codes/check', '/meetings/flow/codes/check', {
        code: codes[1].code as string,
      });
      await call('GET /meetings/{id}/results', '/meetings/flow/results'); // live, before publishing
      await call('POST /meetings/{id}/close', '/meetings/flow/close', undefined, auth);
      await call('POST /meetings/{id}/publish', '/meetings/flow/publish', undefined, auth);
      await call('GET /meetings/{id}', '/meetings/flow');
      const results = await call('GET /meetings/{id}/results', '/meetings/flow/results');
      expect(Object.keys(results)).toEqual(expect.arrayContaining(['log', 'tallyHash']));
      await call('GET /meetings/{id}/export', '/meetings/flow/export');
      await call('GET /meetings/{id}/export/ballots', '/meetings/flow/export/ballots');
      await call('GET /meetings/{id}/export/tally', '/meetings/flow/export/tally');
      await call('GET /meetings/{id}/export/log', '/meetings/flow/export/log');
      const verified = await call(
        'GET /meetings/{id}/verify',
        `/meetings/flow/verify?receipt=${mine.receipt as string}&receipt=${'0'.repeat(64)}`,
      );
      expect(verified).toMatchObject({ ok: true, receipts: [{ inLog: true }, { inLog: false }] });
      await call('GET /meetings/{id}/verify', '/meetings/flow/verify');
      const collection = await call(
        'POST /collections',
        '/collections',
        { kind: 'survey-responses' },
        operator,
      );
      const items = `/collections/${collection.id as string}/items`;
      const token = { authorization: `Bearer ${collection.organizerToken as string}` };
      await call(
        'POST /collections/{id}/items',
        items,
        { document: { a: 1 } },
        { 'idempotency-key': 'i' },
      );
      await call(
        'POST /collections/{id}/items',
        items,
        { document: { a: 1 } },
        { 'idempotency-key': 'i' },
      );
      await call('GET /collections/{id}/items', items, undefined, token);
      const surveyed = await call(
        'POST /collections',
        '/collections',
        { kind: 'survey-responses', survey: jinhualiSurvey, reportPublic: true },
        operator,
      );
      await call('GET /collections/{id}/survey', `/collections/${surveyed.id as string}/survey`);
      for (let i = 0; i < 5; i++) {
        const response = {
          id: `r-${i}`,
          survey: jinhualiSurvey.id,
          attributes: { residency: 'migrant' },
          answers: { 'q-needs': ['goods'], 'q-kids': 2, 'q-satisfaction': 4, 'q-idea': 'a bench' },
          submittedAt: '2026-12-05T10:00:00.000Z',
        };
        await box.request('POST', `/collections/${surveyed.id as string}/items`, {
          document: response,
        });
      }
      const report = await call(
        'GET /collections/{id}/report',
        `/collections/${surveyed.id as string}/report?by=attribute:residency`,
      );
      expect(report).toMatchObject({ suppressed: false, responses: { counted: 5 } });
      const cards = await call(
        'POST /collections',
        '/collections',
        { kind: 'work-records' },
        operator,
      );
      expect(cards).toMatchObject({ kind: 'work-records', schemaName: 'WorkRecord' });
      const cardItems = `/collections/${cards.id as string}/items`;
      await call('POST /collections/{id}/items', cardItems, {
        document: {
          id: 'wr-1',
          stage: 'execution',
          date: '2008-05-05',
          project: 'jinhuali-home',
          participants: ['p-li'],
          content: '执行小组例会',
          recordedBy: 'p-li',
        },
      });
      await call('GET /collections/{id}/items', cardItems, undefined, {
        authorization: `Bearer ${cards.organizerToken as string}`,
      });
      const org = `/organizations/${world.organization}`;
      await call('GET /organizations/{id}', org, undefined, operator);
      await call(
        'POST /organizations/{id}/credentials',
        `${org}/credentials`,
        { role: 'team-member', labels: ['Wang Fang'] },
        operator,
      );
      const page = await call(
        'GET /organizations/{id}/meetings',
        `${org}/meetings?limit=2`,
        undefined,
        operator,
      );
      await call(
        'GET /organizations/{id}/meetings',
        `${org}/meetings?after=${page.next as string}`,
        undefined,
        operator,
      );
      await call('GET /organizations/{id}/collections', `${org}/collections`, undefined, operator);
      await call(
        'DELETE /organizations/{id}/credentials/{credential}',
        `${org}/credentials/${world.auditorId}`,
        undefined,
        operator,
      );
      await call('GET /organizations/{id}/credentials', `${org}/credentials`, undefined, operator);
      await pbSuccessFlow(box, call);

      // A round, from its creation to an event after the approval, on its own organisation.
      const p = await pilotBox(store);
      const k = (token: string) => ({ authorization: `Bearer ${token}` });
      const rounds = `/organizations/${p.org}/rounds`;
      const at = `${rounds}/${pilotRound.id}`;
      await call(
        'POST /organizations/{org}/rounds',
        rounds,
        { round: { ...newRound, id: 'qingyuan-2009', year: 2009 }, bodies: pilotBodies },
        k(p.keys.operator),
      );
      await call(
        'GET /organizations/{org}/rounds',
        `${rounds}?limit=1`,
        undefined,
        k(p.keys.auditor),
      );
      for (const application of pilotApplications) {
        const once = { 'idempotency-key': `apply-${application.id}`, ...k(p.keys.applicant) };
        const sent = { application, by: 'p-li', at: '2007-09-21T09:00:00+08:00' };
        await call(
          'POST /organizations/{org}/rounds/{round}/applications',
          `${at}/applications`,
          sent,
          once,
        );
        if (application === pilotApplications[0]) {
          await call(
            'POST /organizations/{org}/rounds/{round}/applications',
            `${at}/applications`,
            sent,
            once,
          );
        }
      }
      for (const vetting of pilotVettings) {
        await call(
          'POST /organizations/{org}/rounds/{round}/vettings',
          `${at}/vettings`,
          { vetting },
          k(p.keys.center),
        );
      }
      await call(
        'GET /organizations/{org}/rounds/{round}/agenda',
        `${at}/agenda`,
        undefined,
        k(p.keys.organizer),
      );
      await call(
        'POST /organizations/{org}/rounds/{round}/reviews',
        `${at}/reviews`,
        { meeting: 'qingyuan-2007', by: 'p-center', at: '2007-09-27T14:00:00+08:00' },
        k(p.keys.center),
      );
      await call(
        'POST /organizations/{org}/rounds/{round}/summary-sheets',
        `${at}/summary-sheets`,
        { sheet: pilotSummarySheet },
        k(p.keys.supervisor),
      );
      for (let i = 0; i < 2; i += 1) {
        // The second is a retry with the same Idempotency-Key: the first answer again (200).
        await call(
          'POST /organizations/{org}/rounds/{round}/funding-decisions',
          `${at}/funding-decisions`,
          decisionBody,
          { ...k(p.keys.center), 'idempotency-key': 'flow-decision' },
        );
      }
      // The pilot's Open Space session: its idea became Jinhuali's application, now approved.
      const sessionReport = await call(
        'GET /organizations/{org}/sessions/{session}/report',
        at.replace(/\/rounds\/.*$/, '/sessions/os-qingyuan-2007/report'),
      );
      expect(sessionReport.summary).toMatchObject({ becameApplications: 2, funded: 2 });
      const events = `${at}/projects/jinhuali-home/events`;
      const formed = { 'idempotency-key': 'formed', ...k(p.keys.applicant) };
      await call(
        'POST /organizations/{org}/rounds/{round}/projects/{project}/events',
        events,
        { event: eventOf('team-formed') },
        formed,
      );
      await call(
        'POST /organizations/{org}/rounds/{round}/projects/{project}/events',
        events,
        { event: eventOf('team-formed') },
        formed,
      );
      await call('GET /organizations/{org}/rounds/{round}', at, undefined, k(p.keys.applicant));
      await call(
        'GET /organizations/{org}/rounds/{round}/projects',
        `${at}/projects`,
        undefined,
        k(p.keys.auditor),
      );
      await call(
        'GET /organizations/{org}/rounds/{round}/projects/{project}',
        `${at}/projects/jinhuali-home`,
        undefined,
        k(p.keys.auditor),
      );
      await call(
        'GET /organizations/{org}/rounds/{round}/projects/{project}/public',
        `${at}/projects/jinhuali-home/public`,
      );
      await call(
        'GET /organizations/{org}/rounds/{round}/export',
        `${at}/export`,
        undefined,
        k(p.keys.auditor),
      );
      await openSpaceFlow(call, operator, world.organization);

      const problems: string[] = [];
      for (const { key, status, res } of answers) {
        const operation = operations.find((candidate) => candidate.key === key)!;
        const op = operation.op;
        const response = (op.responses as Json)[String(status)] as Json | undefined;
        if (response === undefined) {
          problems.push(`${key}: ${status} is not documented`);
          continue;
        }
        for (const [name, header] of Object.entries((deref(response).headers ?? {}) as Json)) {
          const expected = (header as Json).schema?.const as string | undefined;
          if (expected !== undefined && res.headers.get(name) !== expected) {
            problems.push(`${key} ${status}: header ${name} is ${res.headers.get(name)}`);
          }
        }
        const schema = jsonSchemaOf(op, status);
        if (schema === undefined) {
          problems.push(`${key} ${status}: no JSON schema documented`);
          continue;
        }
        const body = (await res.json()) as unknown;
        problems.push(
          ...schemas
            .problems(body, answerSchemaAt(operation, status))
            .map((p) => `${key} ${status}: ${p}`),
        );
      }
      expect(problems).toEqual([]);
      // Every documented successful JSON answer was seen above.
      const seen = new Set(answers.map(({ key, status }) => `${key} ${status}`));
      const unseen = operations.flatMap(({ key, op }) =>
        documentedStatuses(op)
          .filter((status) => status < 300 && jsonSchemaOf(op, status) !== undefined)
          .map((status) => `${key} ${status}`)
          .filter((label) => !seen.has(label)),
      );
      expect(unseen).toEqual([]);
    },
  );

  it('streams events whose data the yaml documents: turnout, ranking and published', async () => {
    const { token, codes } = { token: world.openToken, codes: world.codes };
    const auth = { authorization: `Bearer ${token}` };
    await box.request('POST', '/meetings/open/ballots', {
      code: codes[0]!.code,
      marks: approvalMarks(),
    });
    await box.request('POST', '/meetings/open/close', undefined, auth);
    await box.request('POST', '/meetings/open/publish', undefined, auth);
    const res = await box.request('GET', '/meetings/open/events');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    // Until the published event's block is complete (its blank line).
    while (!/event: published\n[^]*?\n\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    await reader.cancel();
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('event: '))
      .map((block) => {
        const lines = block.split('\n');
        const field = (name: string) =>
          lines.find((line) => line.startsWith(`${name}: `))!.slice(name.length + 2);
        return { event: field('event'), data: JSON.parse(field('data')) as unknown };
      });
    expect(events.map(({ event }) => event)).toEqual(['turnout', 'ranking', 'published']);
    const documented: Record<string, string> = {
      turnout: '#/components/schemas/TurnoutEvent',
      ranking: '#/components/schemas/RankingEvent',
      published: '#/components/schemas/PublishedEvent',
    };
    for (const { event, data } of events) {
      expect(schemas.problems(data, documented[event]!), event).toEqual([]);
    }
    const described = operations.find(({ key }) => key === 'GET /meetings/{id}/events')!.op;
    for (const event of Object.keys(documented)) {
      expect(described.description as string).toContain(`\`${event}\``);
    }
  });

  it('streams Open Space session events whose data the yaml documents', async () => {
    const { path, codes } = world.openSpace;
    await box.request('POST', `${path}/dots`, { code: codes[0]!.code, idea: 'i-lamps', dots: 1 });
    const res = await box.request('GET', `${path}/events`);
    const reader = res.body!.getReader();
    let text = '';
    while (!/event: session\n[^]*?\n\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const data = text
      .split('\n')
      .find((line) => line.startsWith('data: '))!
      .slice(6);
    const view = JSON.parse(data) as Json;
    expect(view.dotsCast).toBe(1);
    expect(schemas.problems(view, '#/components/schemas/OpenSpaceSessionView')).toEqual([]);
    const described = operations.find(
      ({ key }) => key === 'GET /organizations/{org}/sessions/{session}/events',
    )!.op;
    expect(described.description as string).toContain('`session`');
  });

  it('lists every verify check the code runs, and the schema check finds what is missing', () => {
    expect((spec.components.schemas.VerifyCheck as Json).enum).toEqual([...verifyChecks]);
    // The check itself can fail: an undocumented key, a missing required one, a wrong type.
    expect(
      schemas.problems({ ok: true, problems: [], extra: 1 }, '#/components/schemas/VerifyReport'),
    ).toEqual([
      "(answer): must have required property 'meeting' (meeting)",
      '(answer): must NOT have unevaluated properties (extra)',
    ]);
    expect(
      schemas.problems(
        { meeting: 'm', status: 'open', turnout: { codes: 1, voted: 0, submissions: 0 } },
        '#/components/schemas/Results',
      ),
    ).toEqual([
      "(answer): must have required property 'ranking' (ranking)",
      "(answer): must have required property 'counted' (counted)",
      "(answer): must have required property 'rejected' (rejected)",
    ]);
    expect(
      schemas.problems({ length: '3', head: 'ab' }, '#/components/schemas/LogPosition'),
    ).toEqual(['/length: must be integer']);
    // Closed through allOf and $ref: a key in a nested object the yaml does not list fails
    // (the undocumented-field check reaches every level, not only the top of an answer).
    const exported = {
      meeting: 'm',
      log: [
        {
          seq: 1,
          kind: 'meeting.created',
          at: '2026-12-05T10:00:00.000Z',
          data: {},
          prevHash: '0',
          hash: '1',
          secret: 'x',
        },
      ],
    };
    expect(
      schemas.problems(
        exported,
        '#/paths/~1meetings~1{id}~1export~1log/get/responses/200/content/application~1json/schema',
      ),
    ).toEqual(['/log/0: must NOT have unevaluated properties (secret)']);
  });
});
