import { createApp, type BallotBoxAppOptions } from '../../src/http/app.js';
import { BallotBoxRepository } from '../../src/storage/repository.js';
import { pilotMeetingInput } from './fixtures.js';
import type { TestDatabase } from './backends.js';

/**
 * An in-process ballot box over a test database, with JSON helpers. Creating meetings and
 * collections needs an operator key: {@link TestBox.asOperator} creates the box's test
 * organisation (once) and answers the header that carries its key.
 */
export class TestBox {
  readonly app: ReturnType<typeof createApp>;
  readonly repository: BallotBoxRepository;
  private operator: Promise<{ organization: string; operatorKey: string }> | undefined;

  constructor(
    readonly store: TestDatabase,
    options: Partial<BallotBoxAppOptions> = {},
  ) {
    this.repository = new BallotBoxRepository(store);
    this.app = createApp({
      repository: this.repository,
      perAddress: false,
      perCode: false,
      ...options,
    });
  }

  request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return Promise.resolve(
      this.app.request(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
  }

  /** The box's test organisation and its operator key (created on first use). */
  testOrganization(): Promise<{ organization: string; operatorKey: string }> {
    this.operator ??= this.repository
      .createOrganization('Test organisation')
      .then(({ organization, operatorKey }) => ({ organization: organization.id, operatorKey }));
    return this.operator;
  }

  /** The `Authorization` header with the test organisation's operator key (plus `headers`). */
  async asOperator(headers: Record<string, string> = {}): Promise<Record<string, string>> {
    const { operatorKey } = await this.testOrganization();
    return { authorization: `Bearer ${operatorKey}`, ...headers };
  }

  /**
   * Mints credentials of `role` for the test organisation, one per label (as its operator):
   * each credential's id and the `Authorization` header that carries its secret.
   */
  async credentials(
    role: string,
    labels: string[],
  ): Promise<{ id: string; headers: Record<string, string> }[]> {
    const { organization } = await this.testOrganization();
    const res = await this.request(
      'POST',
      `/organizations/${organization}/credentials`,
      { role, labels },
      await this.asOperator(),
    );
    if (res.status !== 201) throw new Error(`minting failed: ${res.status} ${await res.text()}`);
    const { credentials } = (await res.json()) as { credentials: { id: string; secret: string }[] };
    return credentials.map((c) => ({ id: c.id, headers: { authorization: `Bearer ${c.secret}` } }));
  }

  /** The `Authorization` headers of new `role` credentials, one per label (see `credentials`). */
  async bearers(role: string, labels: string[]): Promise<Record<string, string>[]> {
    return (await this.credentials(role, labels)).map((c) => c.headers);
  }

  /** Creates the pilot meeting (as the test organisation's operator); returns its organizer token. */
  async createMeeting(id = 'qingyuan-2007', extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.request(
      'POST',
      '/meetings',
      { meeting: pilotMeetingInput(id), ...extra },
      await this.asOperator(),
    );
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { organizerToken: string }).organizerToken;
  }

  /** Creates the meeting, issues `count` codes, locks weights and opens voting. */
  async openMeeting(
    id = 'qingyuan-2007',
    count = 3,
    extra: Record<string, unknown> = {},
  ): Promise<{ token: string; codes: { id: string; code: string }[] }> {
    const token = await this.createMeeting(id, extra);
    const auth = { authorization: `Bearer ${token}` };
    const issued = await this.request('POST', `/meetings/${id}/codes`, { count }, auth);
    const { codes } = (await issued.json()) as { codes: { id: string; code: string }[] };
    for (const step of ['lock-weights', 'open']) {
      const res = await this.request('POST', `/meetings/${id}/${step}`, undefined, auth);
      if (res.status !== 200) throw new Error(`${step} failed: ${await res.text()}`);
    }
    return { token, codes };
  }
}
