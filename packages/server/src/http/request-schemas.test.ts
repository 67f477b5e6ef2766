import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@qingyuan/core';
import { pilotMeetingInput } from '../../test/support/fixtures.js';
import {
  CastBallotRequestSchema,
  CreateMeetingRequestSchema,
  UpdateMeetingRequestSchema,
  isCastBallotRequest,
} from './request-schemas.js';

const key = fc.string({ maxLength: 12 }).filter((k) => k !== '__proto__');
const mark = fc.oneof(fc.boolean(), fc.integer(), fc.maxSafeInteger());
const wellFormed = fc.record({
  code: fc.string({ minLength: 1, maxLength: 64 }),
  marks: fc.dictionary(key, fc.dictionary(key, mark)),
});
/** Bodies near the ballot shape, with one part broken or not. */
const nearly = fc.record(
  {
    code: fc.oneof(fc.string({ maxLength: 70 }), fc.integer(), fc.constant(null)),
    marks: fc.oneof(
      fc.dictionary(
        fc.oneof(key, fc.constant('__proto__')),
        fc.oneof(
          fc.dictionary(key, fc.oneof(mark, fc.double(), fc.string(), fc.constant(null))),
          fc.array(fc.boolean()),
          fc.constant(null),
        ),
      ),
      fc.array(fc.integer()),
      fc.string(),
    ),
    voter: fc.string(),
  },
  { requiredKeys: [] },
);

describe('isCastBallotRequest', () => {
  it('says true only for bodies the schema accepts, and the schema returns them unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(wellFormed, nearly, fc.jsonValue(), fc.anything()), (value) => {
        // What the route sees: the body after JSON.parse.
        const text = JSON.stringify(value);
        const body: unknown = text === undefined ? value : JSON.parse(text);
        if (!isCastBallotRequest(body)) return;
        const parsed = CastBallotRequestSchema.safeParse(body);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(body);
        // The stored marks text (compared on an idempotent retry) is the same either way.
        expect(JSON.stringify(parsed.data?.marks)).toBe(JSON.stringify(body.marks));
      }),
      { numRuns: 2000 },
    );
  });

  it('says true for every well-formed ballot, so the schema does not run for them', () => {
    fc.assert(
      fc.property(wellFormed, (value) => {
        expect(isCastBallotRequest(JSON.parse(JSON.stringify(value)))).toBe(true);
      }),
    );
  });

  it('leaves to the schema a body with a wrong mark, an extra key or a bad code', () => {
    const marks = { 'jinhuali-home': { 'public-benefit': true, feasibility: 3 } };
    expect(isCastBallotRequest({ code: 'K7Q2', marks })).toBe(true);
    for (const body of [
      { code: 'K7Q2', marks: { 'jinhuali-home': { feasibility: 2.5 } } },
      { code: 'K7Q2', marks: { 'jinhuali-home': { feasibility: 'yes' } } },
      { code: 'K7Q2', marks: { 'jinhuali-home': [true] } },
      { code: 'K7Q2', marks: [1, 2] },
      { code: 'K7Q2', marks, voter: 'v1' },
      { code: '', marks },
      { code: 'x'.repeat(65), marks },
      { marks },
      JSON.parse('{"code":"K7Q2","marks":{"__proto__":{"a":true}}}'),
    ]) {
      expect(isCastBallotRequest(body)).toBe(false);
    }
  });
});

describe('CastBallotRequestSchema', () => {
  it('refuses an own `__proto__` key in the marks with its path, instead of dropping it', () => {
    const cases = [
      ['{"code":"K7Q2","marks":{"__proto__":{"feasibility":true}}}', ['marks', '__proto__']],
      [
        '{"code":"K7Q2","marks":{"jinhuali-home":{"__proto__":true,"feasibility":true}}}',
        ['marks', 'jinhuali-home', '__proto__'],
      ],
      ['{"code":"K7Q2","marks":{"a":{"b":true},"__proto__":{"c":"x"}}}', ['marks', '__proto__']],
    ] as const;
    for (const [text, path] of cases) {
      const body: unknown = JSON.parse(text);
      expect(isCastBallotRequest(body), text).toBe(false);
      for (const locale of ['en', 'zh-CN'] as const) {
        const parsed = parseDocument(CastBallotRequestSchema, body, { locale });
        expect(parsed.ok, text).toBe(false);
        if (parsed.ok) continue;
        expect(
          parsed.issues.map((issue) => issue.path),
          text,
        ).toContainEqual([...path]);
        const issue = parsed.issues.find((i) => i.path.join('/') === path.join('/'))!;
        expect(issue.message).toBe(
          locale === 'en' ? 'Unknown field: __proto__' : '未知字段：__proto__',
        );
      }
    }
    // A project or criterion merely named like it stays an ordinary key.
    const named = JSON.parse('{"code":"K7Q2","marks":{"proto":{"__proto":true}}}') as unknown;
    expect(CastBallotRequestSchema.safeParse(named).success).toBe(true);
  });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('meeting create and patch requests', () => {
  /** The pilot meeting as a client sends it, with `edit` applied to its JSON. */
  const sent = (edit: (meeting: Json) => void = () => undefined) => {
    const meeting = JSON.parse(JSON.stringify(pilotMeetingInput('m1'))) as Json;
    edit(meeting);
    return meeting;
  };

  it('refuse every unknown field inside `meeting`, at its path, in both languages', () => {
    const meeting = sent((m) => {
      m['organiser'] = 'Jinhuali street office';
      m['criteria'][1]['note'] = 'draft';
      m['method']['min'] = 0;
    });
    for (const schema of [CreateMeetingRequestSchema, UpdateMeetingRequestSchema]) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const parsed = parseDocument(schema, { meeting }, { locale });
        expect(parsed.ok).toBe(false);
        if (parsed.ok) continue;
        // In document order: `organiser` was written last.
        expect(parsed.issues.map((issue) => issue.pointer)).toEqual([
          '/meeting/criteria/1/note',
          '/meeting/method/min',
          '/meeting/organiser',
        ]);
        expect(parsed.issues[0]!.message).toBe(
          locale === 'en' ? 'Unknown field: note' : '未知字段：note',
        );
      }
    }
  });

  it('refuse a `__proto__` key inside `meeting`', () => {
    const meeting: unknown = JSON.parse(
      JSON.stringify(pilotMeetingInput('m1')).replace('{', '{"__proto__":{"id":"other"},'),
    );
    const parsed = parseDocument(CreateMeetingRequestSchema, { meeting });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.pointer)).toEqual(['/meeting/__proto__']);
  });

  it('pass a meeting with only known fields through as sent, and leave a broken one to the meeting check', () => {
    const meeting = sent();
    expect(CreateMeetingRequestSchema.parse({ meeting }).meeting).toBe(meeting);
    expect(UpdateMeetingRequestSchema.parse({ liveResults: true })).toEqual({ liveResults: true });
    const broken = sent((m) => {
      m['criteria'][0]['weight'] = 'heavy';
    });
    expect(CreateMeetingRequestSchema.safeParse({ meeting: broken }).success).toBe(true);
  });
});
