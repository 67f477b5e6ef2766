import { describe, expect, it } from 'vitest';
import { BoxRefusal, refusalOf } from './box-client.js';

const answer = (status: number, body: unknown) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

// What the box answers to POST /meetings/:id/open on a draft without codes.
const openDraft = {
  error: 'rule-violation',
  message: 'The request breaks the meeting rules',
  violations: [
    {
      rule: 'meeting.event-allowed',
      message:
        'Cannot open voting now: the status is “draft”. That is possible only when the status is “weights locked”.',
      path: ['type'],
    },
    {
      rule: 'ballot-box.codes-issued',
      message: 'No voting codes have been issued yet',
      path: ['codes'],
    },
  ],
};

describe('refusalOf', () => {
  it('places a violation of a vetting (what the round routes answer), not one of a bare field', async () => {
    const refusal = await refusalOf(
      answer(409, {
        error: 'rule-violation',
        message: 'The request breaks the round’s rules',
        violations: [
          {
            rule: 'vetting.reasons',
            message: 'Returning x needs its reasons',
            path: ['vetting', 'reasons'],
          },
          { rule: 'ballot-box.codes-issued', message: 'No codes', path: ['codes'] },
        ],
      }),
      'en',
    );
    expect(refusal.details).toEqual([
      'Returning x needs its reasons (at vetting › reasons)',
      'No codes',
    ]);
  });

  it('says what to do first instead of the internal event names, and keeps every other violation', async () => {
    const refusal = await refusalOf(answer(409, openDraft), 'en', {
      step: 'open',
      status: 'draft',
    });
    expect(refusal).toBeInstanceOf(BoxRefusal);
    expect(refusal.message).toBe('The request breaks the meeting rules');
    expect(refusal.details).toEqual([
      'Lock the weights first.',
      'No voting codes have been issued yet',
    ]);
    expect(refusal.details.join(' ')).not.toMatch(/voting-opened|weights-locked/);
  });

  it('words each step from each status in Chinese too', async () => {
    const cases: [string, string, string][] = [
      ['close', 'weights-locked', '请先开始投票。'],
      ['publish', 'open', '请先结束投票。'],
      ['publish', 'published', '结果已经公布。'],
      ['open', 'closed', '投票已结束：结束的评审会不能重新开始投票。'],
    ];
    for (const [step, status, said] of cases) {
      const refusal = await refusalOf(answer(409, openDraft), 'zh-CN', {
        step: step as 'close',
        status,
      });
      expect(refusal.details[0], `${step} from ${status}`).toBe(said);
    }
  });

  it('lists every problem of a refused document with its place, nothing dropped', async () => {
    const refusal = await refusalOf(
      answer(400, {
        error: 'invalid-request',
        message: 'The request is not valid',
        problems: [
          {
            path: ['meeting', 'criteria'],
            pointer: '/meeting/criteria',
            message: 'must not be empty',
            code: 'too_small',
          },
          {
            path: ['meeting', 'projects'],
            pointer: '/meeting/projects',
            message: 'missing',
            code: 'invalid_type',
          },
        ],
      }),
      'en',
    );
    expect(refusal.details).toEqual([
      'must not be empty (at /meeting/criteria)',
      'missing (at /meeting/projects)',
    ]);
  });

  it('never shows a bare status: an answer without a message is explained in words', async () => {
    const refusal = await refusalOf(answer(502, '<html>Bad gateway</html>'), 'zh-CN');
    expect(refusal.message).toBe('投票箱返回了未说明原因的错误（HTTP 502）。');
  });

  it('asks to sign in again when a kept credential stops working, not while signing in', async () => {
    const body = { error: 'unauthorized', message: 'This needs a credential' };
    expect((await refusalOf(answer(401, body), 'en', { signedIn: true })).message).toContain(
      'Sign in again',
    );
    expect((await refusalOf(answer(401, body), 'en')).message).toBe('This needs a credential');
  });
});
