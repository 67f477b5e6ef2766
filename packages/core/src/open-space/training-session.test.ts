import { describe, expect, it } from 'vitest';
import { pilotTrainings } from '../examples/pilot-trainings.js';
import { parseDocument } from '../validation/parse-document.js';
import { TrainingSessionSchema } from './training-session.js';

describe('TrainingSessionSchema', () => {
  it('parses the pilot trainings', () => {
    for (const training of pilotTrainings)
      expect(TrainingSessionSchema.safeParse(training).success, training.id).toBe(true);
  });

  it('reports an end before the start, a repeated attendee and an unknown unit, each with its place', () => {
    const [capacity] = pilotTrainings;
    const bad = {
      ...capacity,
      kind: 'capacity-building',
      end: '2007-03-19',
      attendance: [
        { participant: 'p-li', completed: true },
        { participant: 'p-li', completed: false, units: ['u-analyse', 'u-cooking'] },
      ],
    };
    const result = parseDocument(TrainingSessionSchema, bad, { locale: 'zh-CN' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => [v.path.join('.'), v.message['zh-CN']])).toEqual([
      ['end', '结束日期不能早于开始日期'],
      ['attendance.1.participant', '出席记录中的标识 "p-li" 重复'],
      ['attendance.1.units.1', '引用了不存在的课程单元标识 "u-cooking"'],
    ]);
  });

  it('knows the four kinds of capacity building', () => {
    expect(parseDocument(TrainingSessionSchema, { ...pilotTrainings[0], kind: 'party' }).ok).toBe(
      false,
    );
  });
});
