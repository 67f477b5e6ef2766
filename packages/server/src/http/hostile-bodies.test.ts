import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { TestBox } from '../../test/support/ballot-box.js';
import { approvalMarks, pilotMeetingInput } from '../../test/support/fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Bodies a careless client or an attacker sends, answered over the whole HTTP route. */
describeEachBackend('hostile request bodies', (backend) => {
  let store: TestDatabase;
  let box: TestBox;
  const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('refuses a ballot whose marks hold a `__proto__` key, with its path, and stores nothing', async () => {
    const { codes } = await box.openMeeting('m1', 1);
    const marks = JSON.stringify(approvalMarks());
    for (const [hostile, pointer] of [
      [marks.replace('{', '{"__proto__":{"feasibility":true},'), '/marks/__proto__'],
      [
        marks.replace('{"public-benefit"', '{"__proto__":true,"public-benefit"'),
        '/marks/jinhuali-home/__proto__',
      ],
    ] as const) {
      expect(hostile).toContain('__proto__');
      const body = `{"code":"${codes[0]!.code}","marks":${hostile}}`;
      for (const [language, message] of [
        ['en', 'Unknown field: __proto__'],
        ['zh-CN', '未知字段：__proto__'],
      ] as const) {
        const res = await box.request('POST', '/meetings/m1/ballots', body, {
          'accept-language': language,
        });
        expect(res.status, body).toBe(400);
        const answer = await json(res);
        expect(answer.problems).toContainEqual(expect.objectContaining({ pointer, message }));
      }
    }
    const turnout = (await json(await box.request('GET', '/meetings/m1'))).turnout as Json;
    expect(turnout.submissions).toBe(0);
  });
  it('refuses unknown fields inside `meeting` on create and patch, each at its path', async () => {
    const meeting = { ...pilotMeetingInput('m1'), organiser: 'street office' };
    meeting.criteria = meeting.criteria.map((c, i) => (i === 1 ? { ...c, note: 'draft' } : c));
    const created = await box.request('POST', '/meetings', { meeting }, await box.asOperator());
    expect(created.status).toBe(400);
    expect((await json(created)).problems.map((p: Json) => p.pointer)).toEqual([
      '/meeting/criteria/1/note',
      '/meeting/organiser',
    ]);
    expect((await json(await box.request('GET', '/meetings/m1'))).error).toBe('not-found');
    const token = await box.createMeeting('m1');
    const patched = await box.request(
      'PATCH',
      '/meetings/m1',
      { meeting: { ...pilotMeetingInput('m1'), organiser: 'street office' } },
      { authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' },
    );
    expect(patched.status).toBe(400);
    expect((await json(patched)).problems).toEqual([
      expect.objectContaining({ pointer: '/meeting/organiser', message: '未知字段：organiser' }),
    ]);
  });
});
