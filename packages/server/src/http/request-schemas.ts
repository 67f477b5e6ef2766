import { z } from 'zod';
import { BallotSchema, IdSchema, ReviewMeetingSchema, documentSchemaNames } from '@qingyuan/core';
import { mintableRoles } from '../organization/credential-roles.js';
import { ownPrototypeKeys } from './prototype-keys.js';
import { droppedFields } from './unknown-fields.js';
import { isMarksShape } from '@qingyuan/core/tally';

/** An origin a meeting's pages may call from, e.g. `https://ngo.example` (no path). */
export const OriginSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, {
    message: 'Expected an origin such as https://ngo.example (scheme, host, optional port)',
  });

/**
 * The `meeting` of a create or patch request, refusing every field core's `ReviewMeetingSchema`
 * does not know (at any depth, `__proto__` included), each at its own path: core's schema strips
 * them, and the API promises that unknown fields are errors. The meeting is otherwise left as
 * sent; the route validates it with `ReviewMeetingSchema`, which says what else is wrong (unknown
 * fields are named once the rest of the meeting is valid).
 *
 * @example
 * MeetingRequestSchema.safeParse({ ...meeting, organiser: 'x' }).error?.issues[0]?.path; // ['organiser']
 */
export const MeetingRequestSchema = z.unknown().superRefine((meeting, ctx) => {
  const parsed = ReviewMeetingSchema.safeParse(meeting);
  if (!parsed.success) return;
  for (const path of droppedFields(meeting, parsed.data)) {
    ctx.addIssue({ code: 'unrecognized_keys', keys: [String(path.at(-1))], path });
  }
});

/** `POST /meetings`: the meeting document and its ballot-box settings. */
export const CreateMeetingRequestSchema = z.strictObject({
  meeting: MeetingRequestSchema,
  liveResults: z.boolean().default(false),
  corsOrigins: z.array(OriginSchema).max(50).default([]),
});

/** `PATCH /meetings/:id`: a new document (draft only) and/or new settings. */
export const UpdateMeetingRequestSchema = z.strictObject({
  meeting: MeetingRequestSchema.optional(),
  liveResults: z.boolean().optional(),
  corsOrigins: z.array(OriginSchema).max(50).optional(),
});

/** `POST /meetings/:id/codes`: N anonymous codes, or one per named voter; JSON, or an SVG or PDF sheet. */
export const IssueCodesRequestSchema = z.union([
  z.strictObject({
    count: z.int().min(1).max(1000),
    format: z.enum(['json', 'svg', 'pdf']).default('json'),
    voteUrl: z.string().max(500).optional(),
  }),
  z.strictObject({
    voters: z.array(IdSchema).min(1).max(1000),
    format: z.enum(['json', 'svg', 'pdf']).default('json'),
    voteUrl: z.string().max(500).optional(),
  }),
]);

/**
 * A ballot's marks (per project, per criterion), refusing an own `__proto__` key at either level
 * with its path: zod's records would drop it and the ballot would count without it.
 *
 * @example
 * MarksRequestSchema.safeParse(JSON.parse('{"__proto__":{"c1":true}}')).success; // false
 */
export const MarksRequestSchema = z
  .unknown()
  .superRefine((marks, ctx) => {
    for (const path of ownPrototypeKeys(marks, 2)) {
      ctx.addIssue({ code: 'unrecognized_keys', keys: ['__proto__'], path });
    }
  })
  .pipe(BallotSchema.shape.marks);

/** `POST /meetings/:id/ballots`: the voting code and the marks (the server sets the voter). */
export const CastBallotRequestSchema = z.strictObject({
  code: z.string().min(1).max(64),
  marks: MarksRequestSchema,
});

/** A `POST /meetings/:id/ballots` body as {@link CastBallotRequestSchema} parses it. */
export type CastBallotRequest = z.output<typeof CastBallotRequestSchema>;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * Whether a parsed JSON body is, plainly, a valid ballot request: exactly `code` (1 to 64
 * characters) and `marks` (per project, per criterion, `true`/`false` or a safe integer: core's
 * `isMarksShape`), as
 * {@link CastBallotRequestSchema} accepts it and returns it unchanged. The ballot route runs
 * this check, which costs a fraction of the schema's, on every ballot and the schema only when
 * it fails, for the schema's localized problems; the marks are then checked once against the
 * meeting (core's ballot check) when the ballot is committed. It may say `false` for a body the
 * schema accepts (a key named `__proto__`), never `true` for one the schema refuses.
 *
 * @example
 * isCastBallotRequest({ code: 'K7Q2-9XWD', marks: { p1: { c1: true } } }); // true
 * isCastBallotRequest({ code: 'K7Q2-9XWD', marks: { p1: { c1: 'yes' } } }); // false: the schema says why
 */
export function isCastBallotRequest(value: unknown): value is CastBallotRequest {
  if (!isPlainRecord(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (key !== 'code' && key !== 'marks') return false;
    keys += 1;
  }
  const { code, marks } = value;
  if (keys !== 2 || typeof code !== 'string' || code.length < 1 || code.length > 64) return false;
  return isMarksShape(marks);
}

/** `POST /meetings/:id/ballots/mine`: a voting code asking for its own ballot. */
export const OwnBallotRequestSchema = z.strictObject({
  code: z.string().min(1).max(64),
});

const schemaNames = documentSchemaNames() as [string, ...string[]];

/** `POST /collections`: where survey responses, applications or work record cards go. */
export const CreateCollectionRequestSchema = z.strictObject({
  /** `work-records`: work record cards 工作记录卡, every item a core `WorkRecord`. */
  kind: z.enum(['survey-responses', 'applications', 'work-records']),
  /** A published document schema every item must satisfy, e.g. a survey response schema. */
  schema: z.enum(schemaNames).optional(),
  corsOrigins: z.array(OriginSchema).max(50).default([]),
  /**
   * The needs survey a survey-response collection collects for (checked with core's
   * `NeedsSurveySchema` by the route): served publicly at `GET /collections/:id/survey`, and
   * every item must then be a `SurveyResponse` to it.
   */
  survey: z.unknown().optional(),
  /** Whether anyone may read the collection's aggregated needs report (default: its roles only). */
  reportPublic: z.boolean().default(false),
});

/** `POST /collections/:id/items`: one document, stored verbatim. */
export const AddItemRequestSchema = z.strictObject({
  document: z.record(z.string(), z.unknown()),
});

/**
 * `POST /organizations/:id/credentials`: credentials of one role, either one per `labels`
 * entry (who each is for) or `count` unlabelled ones; JSON, or for team members' signing codes
 * also an SVG or PDF sheet of QR codes (`signUrl`: what each QR code holds, with `{code}` and
 * `{organization}`).
 *
 * @example
 * MintCredentialsRequestSchema.parse({ role: 'auditor', labels: ['Li Na'] });
 */
export const MintCredentialsRequestSchema = z
  .strictObject({
    role: z.enum(mintableRoles),
    labels: z.array(z.string().trim().min(1).max(200)).min(1).max(1000).optional(),
    count: z.int().min(1).max(1000).optional(),
    format: z.enum(['json', 'svg', 'pdf']).default('json'),
    signUrl: z.string().max(500).optional(),
    /** The one round of the organisation the credentials open (default: all of them). */
    round: z.optional(IdSchema),
  })
  .superRefine((body, ctx) => {
    if ((body.labels === undefined) === (body.count === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: 'Give either labels (one credential each) or count, not both and not neither',
      });
    }
    if (body.role !== 'team-member' && (body.format !== 'json' || body.signUrl !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [body.format !== 'json' ? 'format' : 'signUrl'],
        message: 'Only team-member signing codes are printed as QR sheets',
      });
    }
  });
