import * as z from 'zod/mini';
import { CalendarDateSchema } from '../domain/calendar.js';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { NamedPersonSchema } from './named-person.js';
import { dateOrder } from '../validation/date-messages.js';
import { unknownReference } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/**
 * The kinds of capacity building in the cycle: a capacity-building training for community
 * staff (能力建设培训), the able-people workshop (能人工作坊) that turns informal leaders and
 * activists into project teams, a community forum (座谈会), and a study visit (参观).
 */
export const TrainingKindSchema = z
  .enum(['capacity-building', 'able-people-workshop', 'forum', 'visit'])
  .register(z.globalRegistry, { id: 'TrainingKind' });

/** A kind of training. */
export type TrainingKind = z.infer<typeof TrainingKindSchema>;

/** One unit of a training's curriculum, e.g. "analyse the community", "write an application". */
export const CurriculumUnitSchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    hours: z.optional(z.number().check(z.positive())),
  })
  .register(z.globalRegistry, { id: 'CurriculumUnit' });

/** A unit of a training's curriculum. */
export type CurriculumUnit = z.infer<typeof CurriculumUnitSchema>;

/**
 * A participant's attendance at a training: whether they completed it, and optionally which
 * curriculum units they attended (all, when omitted) and what role they came in.
 */
export const TrainingAttendanceSchema = z
  .object({
    participant: IdSchema,
    completed: z.boolean(),
    units: z.optional(z.array(IdSchema)),
    note: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'TrainingAttendance' });

/** A participant's attendance at a training. */
export type TrainingAttendance = z.infer<typeof TrainingAttendanceSchema>;

/**
 * A training, workshop, forum or visit (能力建设): its kind, dates (inclusive), place,
 * trainers, curriculum and attendance. `trainingsOf` lists a participant's trainings, so an
 * execution team shows what its members learnt.
 *
 * @example
 * TrainingSessionSchema.parse({
 *   id: 'tr-2007-capacity', kind: 'capacity-building',
 *   title: { 'zh-CN': '参与式社区服务能力建设培训', en: 'Participatory community service training' },
 *   start: '2007-08-20', end: '2007-08-21',
 *   trainers: [{ name: '宋老师', organization: '社区参与行动' }],
 *   curriculum: [{ id: 'u-analyse', title: '分析社区的需求和资源', hours: 3 }],
 *   attendance: [{ participant: 'p-li', completed: true }],
 * });
 */
export const TrainingSessionSchema = z
  .object({
    id: IdSchema,
    kind: TrainingKindSchema,
    title: LocalizedTextSchema,
    start: CalendarDateSchema,
    end: CalendarDateSchema,
    place: z.optional(LocalizedTextSchema),
    communities: z.optional(z.array(IdSchema)),
    trainers: z.array(NamedPersonSchema),
    curriculum: z.array(CurriculumUnitSchema),
    attendance: z.array(TrainingAttendanceSchema),
  })
  .check(
    z.superRefine((training, ctx) => {
      if (training.end < training.start) ctx.addIssue(validationIssue(dateOrder, {}, ['end']));
      addDuplicateIdIssues(
        ctx,
        training.curriculum.map((unit) => unit.id),
        ['curriculum'],
        { 'zh-CN': '课程单元', en: 'curriculum' },
      );
      addDuplicateIdIssues(
        ctx,
        training.attendance.map((entry) => entry.participant),
        ['attendance'],
        { 'zh-CN': '出席记录', en: 'attendance' },
        'participant',
      );
      const units = new Set(training.curriculum.map((unit) => unit.id));
      training.attendance.forEach((entry, a) =>
        entry.units?.forEach((unit, u) => {
          if (!units.has(unit))
            ctx.addIssue(
              validationIssue(
                unknownReference,
                { id: unit, list: { 'zh-CN': '课程单元', en: 'curriculum' } },
                ['attendance', a, 'units', u],
              ),
            );
        }),
      );
    }),
  )
  .register(z.globalRegistry, {
    id: 'TrainingSession',
    description: 'A training, able-people workshop, forum or visit (能力建设), with attendance.',
  });

/** A training, workshop, forum or visit. */
export type TrainingSession = z.infer<typeof TrainingSessionSchema>;
