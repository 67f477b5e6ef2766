import { describe, expect, it } from 'vitest';
import { survey } from '../domain/pilot-2007.fixture.js';
import { parseDocument } from '../validation/parse-document.js';
import { NeedsSurveySchema } from './needs-survey.js';

describe('NeedsSurveySchema', () => {
  it('accepts the pilot survey with every question type', () => {
    expect(parseDocument(NeedsSurveySchema, survey)).toEqual({ ok: true, value: survey });
  });

  it('applies defaults: not required, not a needs question, no attributes', () => {
    const parsed = NeedsSurveySchema.parse({
      id: 's',
      title: 't',
      questions: [{ id: 'q', type: 'free-text', label: 'x' }],
    });
    expect(parsed.questions[0]).toMatchObject({ required: false, needs: false });
    expect(parsed.attributes).toEqual([]);
  });

  it('a show-if may only refer to an earlier question (zh-CN and en)', () => {
    const bad = structuredClone(survey);
    bad.questions[1]!.showIf = { question: 'q-idea', answered: true };
    const zh = parseDocument(NeedsSurveySchema, bad, { locale: 'zh-CN' });
    const en = parseDocument(NeedsSurveySchema, bad, { locale: 'en' });
    expect(zh.ok || zh.issues).toEqual([
      expect.objectContaining({
        where: 'questions[1].showIf',
        code: 'show-if-earlier',
        message: '显示条件只能引用前面的问题，"q-idea" 不在本题之前',
      }),
    ]);
    expect(en.ok || en.issues[0]?.message).toBe(
      'A show-if condition may only refer to an earlier question; "q-idea" is not earlier',
    );
  });

  it('names duplicate question and option ids and impossible bounds', () => {
    const bad = structuredClone(survey);
    bad.questions[4]!.id = 'q-needs';
    const q0 = bad.questions[0]!;
    if (q0.type !== 'multiple-choice') throw new Error('fixture');
    q0.options[2]!.id = 'goods';
    q0.minSelected = 3;
    q0.maxSelected = 2;
    const result = parseDocument(NeedsSurveySchema, bad, { locale: 'zh-CN' });
    expect(result.ok || result.issues.map((issue) => [issue.where, issue.message])).toEqual([
      ['questions[0].options[2].id', '选项中的标识 "goods" 重复'],
      ['questions[0].maxSelected', '最小值应小于最大值'],
      ['questions[4].id', '问题中的标识 "q-needs" 重复'],
    ]);
  });

  it('a rating needs min below max', () => {
    const bad = structuredClone(survey);
    bad.questions[3] = {
      ...bad.questions[3]!,
      type: 'rating',
      min: 5,
      max: 5,
    } as (typeof bad.questions)[number];
    const result = parseDocument(NeedsSurveySchema, bad);
    expect(result.ok || result.issues[0]?.where).toBe('questions[3].max');
  });
});
