import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { survey } from '../domain/pilot-2007.fixture.js';
import { toJSONSchema } from '../schemas/registry.js';
import { parseDocument } from '../validation/parse-document.js';
import { NeedsSurveySchema, type NeedsSurvey } from './needs-survey.js';
import { sectionOf, type SurveySection } from './survey-sections.js';

// Jinhuali's questions: q-needs, q-kids (show-if on q-needs), q-priority, q-satisfaction, q-idea.
const sections: SurveySection[] = [
  {
    id: 'needs',
    title: { 'zh-CN': '社区需求', en: 'Needs' },
    description: { 'zh-CN': '您和家人需要哪些服务？', en: 'Which services does your family need?' },
    questions: ['q-needs', 'q-kids'],
  },
  {
    id: 'views',
    title: { 'zh-CN': '项目与服务', en: 'Projects and services' },
    questions: ['q-priority', 'q-satisfaction'],
  },
  { id: 'ideas', title: { 'zh-CN': '其他', en: 'Anything else' }, questions: ['q-idea'] },
];

function withSections(list: SurveySection[]): NeedsSurvey {
  return { ...structuredClone(survey), sections: structuredClone(list) };
}

function issues(doc: unknown, locale: 'zh-CN' | 'en') {
  const result = parseDocument(NeedsSurveySchema, doc, { locale });
  return result.ok ? [] : result.issues.map((issue) => [issue.where, issue.code, issue.message]);
}

describe('NeedsSurvey sections', () => {
  it('accepts sections that list every question once, in survey order', () => {
    const doc = withSections(sections);
    expect(parseDocument(NeedsSurveySchema, doc)).toEqual({ ok: true, value: doc });
  });

  it('leaves a survey without sections as it was: no sections key, no issues', () => {
    const parsed = NeedsSurveySchema.parse(structuredClone(survey));
    expect(parsed).toEqual(survey);
    expect('sections' in parsed).toBe(false);
    expect(sectionOf(parsed, 'q-needs')).toBeUndefined();
  });

  it('finds the section of a question', () => {
    const doc = withSections(sections);
    expect(sectionOf(doc, 'q-kids')?.id).toBe('needs');
    expect(sectionOf(doc, 'q-idea')?.id).toBe('ideas');
    expect(sectionOf(doc, 'q-nope')).toBeUndefined();
  });

  it('section ids are unique (zh-CN and en)', () => {
    const doc = withSections(sections);
    doc.sections![2]!.id = 'needs';
    expect(issues(doc, 'zh-CN')).toEqual([
      ['sections[2].id', 'duplicate-id', '问卷部分中的标识 "needs" 重复'],
    ]);
    expect(issues(doc, 'en')).toEqual([
      ['sections[2].id', 'duplicate-id', 'Duplicate id "needs" in sections'],
    ]);
  });

  it('every listed question exists (zh-CN and en)', () => {
    const doc = withSections(sections);
    doc.sections![2]!.questions.push('q-housing');
    expect(issues(doc, 'zh-CN')).toEqual([
      ['sections[2].questions[1]', 'unknown-reference', '引用了不存在的问题标识 "q-housing"'],
    ]);
    expect(issues(doc, 'en')).toEqual([
      [
        'sections[2].questions[1]',
        'unknown-reference',
        'Unknown id "q-housing" (not in questions)',
      ],
    ]);
  });

  it('no question is in two sections, or twice in one (zh-CN and en)', () => {
    const doc = withSections(sections);
    doc.sections![1]!.questions.unshift('q-kids');
    doc.sections![2]!.questions.push('q-idea');
    expect(issues(doc, 'zh-CN')).toEqual([
      [
        'sections[1].questions[0]',
        'section-question-repeated',
        '问题 "q-kids" 已列在部分 "needs" 中，不能重复列出',
      ],
      [
        'sections[2].questions[1]',
        'section-question-repeated',
        '问题 "q-idea" 已列在部分 "ideas" 中，不能重复列出',
      ],
    ]);
    expect(issues(doc, 'en').map(([, , message]) => message)).toEqual([
      'Question "q-kids" is already listed in section "needs"',
      'Question "q-idea" is already listed in section "ideas"',
    ]);
  });

  it('when sections are given, every question is in one (zh-CN and en)', () => {
    const doc = withSections(sections.slice(0, 2));
    expect(issues(doc, 'zh-CN')).toEqual([
      [
        'sections',
        'section-missing-question',
        '问题 "q-idea" 不在任何部分中：问卷分部分时，每个问题都要列入一个部分',
      ],
    ]);
    expect(issues(doc, 'en')).toEqual([
      [
        'sections',
        'section-missing-question',
        'Question "q-idea" is in no section; when a survey has sections, each question must be in one',
      ],
    ]);
    // An empty list of sections covers nothing: every question is named.
    expect(issues(withSections([]), 'en').map(([, code]) => code)).toEqual(
      Array(survey.questions.length).fill('section-missing-question'),
    );
  });

  it('sections keep survey order: the first misplaced question is named (zh-CN and en)', () => {
    const swapped = withSections(sections);
    swapped.sections![1]!.questions = ['q-satisfaction', 'q-priority'];
    expect(issues(swapped, 'zh-CN')).toEqual([
      [
        'sections[1].questions[0]',
        'section-order',
        '各部分应按问卷顺序列出问题：此处应为 "q-priority"，而不是 "q-satisfaction"',
      ],
    ]);
    expect(issues(swapped, 'en')).toEqual([
      [
        'sections[1].questions[0]',
        'section-order',
        'Sections must list the questions in survey order: expected "q-priority" here, not "q-satisfaction"',
      ],
    ]);
    // Interleaved sections (not consecutive runs) break the order too.
    const interleaved = withSections([
      { id: 'a', title: 'A', questions: ['q-needs', 'q-priority'] },
      { id: 'b', title: 'B', questions: ['q-kids', 'q-satisfaction', 'q-idea'] },
    ]);
    expect(issues(interleaved, 'en').map(([where, code]) => [where, code])).toEqual([
      ['sections[0].questions[1]', 'section-order'],
    ]);
  });

  it('a section needs a title and at least one question', () => {
    const doc = withSections(sections) as unknown as { sections: Record<string, unknown>[] };
    delete doc.sections[0]!['title'];
    doc.sections[2]!['questions'] = [];
    const result = parseDocument(NeedsSurveySchema, doc, { locale: 'zh-CN' });
    expect(result.ok || result.issues.map((issue) => [issue.where, issue.code])).toEqual([
      ['sections[0].title', 'invalid_union'],
      ['sections[2].questions', 'too_small'],
    ]);
  });

  it('any split of the questions into consecutive runs is valid; any reordering is not', () => {
    const ids = survey.questions.map((question) => question.id);
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: ids.length - 1 }), {
      maxLength: ids.length - 1,
    });
    fc.assert(
      fc.property(cuts, (raw) => {
        const bounds = [0, ...[...raw].sort((a, b) => a - b), ids.length];
        const runs = bounds.slice(1).map((end, i) => ({
          id: `s${i}`,
          title: `S${i}`,
          questions: ids.slice(bounds[i], end),
        }));
        expect(NeedsSurveySchema.safeParse(withSections(runs)).success).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
        (order) => {
          const result = NeedsSurveySchema.safeParse(
            withSections([{ id: 'all', title: 'All', questions: order }]),
          );
          expect(result.success).toBe(order.every((id, i) => id === ids[i]));
        },
      ),
    );
  });

  it('is part of the published JSON Schema', () => {
    const schema = toJSONSchema('NeedsSurvey') as {
      properties: Record<string, unknown>;
      required: string[];
      $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
    };
    expect(schema.properties['sections']).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/SurveySection' },
    });
    expect(schema.required).not.toContain('sections');
    const section = schema.$defs['SurveySection']!;
    expect(Object.keys(section.properties)).toEqual(['id', 'title', 'description', 'questions']);
    expect(section.required).toEqual(['id', 'title', 'questions']);
    expect(section.properties['questions']).toMatchObject({ type: 'array', minItems: 1 });
  });
});
