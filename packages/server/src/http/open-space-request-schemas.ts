import { z } from 'zod';
import {
  HideableKindSchema,
  IdSchema,
  IdeaKindSchema,
  LocalizedTextSchema,
  OpenSpaceSessionSchema,
} from '@qingyuan/core';
import { OriginSchema } from './request-schemas.js';
import { droppedFields } from './unknown-fields.js';

/**
 * The request bodies of the Open Space routes (`routes/open-space-sessions.ts`): strict, so
 * every unknown field is refused at its path with `400`.
 */

/** A participant's code as typed (with or without dashes). */
const CodeSchema = z.string().min(1).max(100);

/**
 * The `session` of a create request, refusing every field core's `OpenSpaceSessionSchema`
 * does not know (at any depth) at its own path; the route validates it with core, which says
 * what else is wrong.
 *
 * @example
 * SessionDocumentRequestSchema.safeParse({ ...session, organiser: 'x' }).error?.issues[0]?.path; // ['organiser']
 */
export const SessionDocumentRequestSchema = z.unknown().superRefine((session, ctx) => {
  const parsed = OpenSpaceSessionSchema.safeParse(session);
  if (!parsed.success) return;
  for (const path of droppedFields(session, parsed.data)) {
    ctx.addIssue({ code: 'unrecognized_keys', keys: [String(path.at(-1))], path });
  }
});

/**
 * `POST /organizations/:org/sessions`: the session document and the origins whose pages may
 * post to it.
 *
 * @example
 * CreateSessionRequestSchema.parse({ session, corsOrigins: ['https://ngo.example'] });
 */
export const CreateSessionRequestSchema = z.strictObject({
  session: SessionDocumentRequestSchema,
  corsOrigins: z.array(OriginSchema).max(50).default([]),
});

/**
 * `POST …/sessions/:session/codes`: `count` codes for new anonymous participants, or one code
 * for each named participant of the session document.
 *
 * @example
 * ParticipantCodesRequestSchema.parse({ count: 30 });
 * ParticipantCodesRequestSchema.parse({ participants: ['p-li-na'] });
 */
export const ParticipantCodesRequestSchema = z.union([
  z.strictObject({ count: z.int().min(1).max(1000) }),
  z.strictObject({ participants: z.array(IdSchema).min(1).max(1000) }),
]);

/**
 * `POST …/sessions/:session/me`: a participant's code, to see their own dots.
 *
 * @example
 * ParticipantRequestSchema.parse({ code: 'K7Q2-9XWD-…' });
 */
export const ParticipantRequestSchema = z.strictObject({ code: CodeSchema });

/**
 * `POST …/sessions/:session/ideas`: a participant proposes a need or a project idea; the box
 * gives it its id and records the participant as its author.
 *
 * @example
 * ProposeIdeaRequestSchema.parse({ code, idea: { kind: 'need', title: '晾衣架', community: 'jinhuali' } });
 */
export const ProposeIdeaRequestSchema = z.strictObject({
  code: CodeSchema,
  idea: z.strictObject({
    kind: IdeaKindSchema,
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    community: IdSchema,
    topic: z.optional(IdSchema),
  }),
});

/**
 * `POST …/sessions/:session/topics`: a participant raises a topic and becomes its convener.
 *
 * @example
 * ProposeTopicRequestSchema.parse({ code, topic: { title: '楼道照明' } });
 */
export const ProposeTopicRequestSchema = z.strictObject({
  code: CodeSchema,
  topic: z.strictObject({
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
  }),
});

/**
 * `POST …/sessions/:session/dots`: a participant adds dots to an idea or takes some back.
 *
 * @example
 * DotsRequestSchema.parse({ code, idea: 'i-7K2Q', dots: 1 }); // change: 'add'
 */
export const DotsRequestSchema = z.strictObject({
  code: CodeSchema,
  idea: IdSchema,
  dots: z.int().min(1).max(1000),
  change: z.enum(['add', 'remove']).default('add'),
});

/**
 * `POST …/sessions/:session/hidden`: an organizer hides a topic, idea or note, naming which
 * organizer of the session they are and why.
 *
 * @example
 * HideItemRequestSchema.parse({ kind: 'idea', id: 'i-7K2Q', by: 'p-org', reason: '广告' });
 */
export const HideItemRequestSchema = z.strictObject({
  kind: HideableKindSchema,
  id: IdSchema,
  by: IdSchema,
  reason: LocalizedTextSchema,
});
