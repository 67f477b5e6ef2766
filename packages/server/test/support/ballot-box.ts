import { createApp, type BallotBoxAppOptions } from '../../src/http/app.js';
import { BallotBoxRepository } from '../../src/storage/repository.js';
import { pilotMeetingInput } from './fixtures.js';
import type { TestDatabase } from './backends.js';

/** An in-process ballot box over a test database, with JSON helpers. */
export class TestBox {
  readonly app: ReturnType<typeof createApp>;

  constructor(
    readonly store: TestDatabase,
    options: Partial<BallotBoxAppOptions> = {},
  ) {
    this.app = createApp({
      repository: new BallotBoxRepository(store),
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

  /** Creates the pilot meeting; returns its organizer token. */
  async createMeeting(id = 'qingyuan-2007', extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.request('POST', '/meetings', {
      meeting: pilotMeetingInput(id),
      ...extra,
    });
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
