import { z } from 'zod';
import { BallotSchema, IdSchema, documentSchemaNames } from '@qingyuan/core';

/** An origin a meeting's pages may call from, e.g. `https://ngo.example` (no path). */
export const OriginSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, {
    message: 'Expected an origin such as https://ngo.example (scheme, host, optional port)',
  });

/** `POST /meetings`: the meeting document and its ballot-box settings. */
export const CreateMeetingRequestSchema = z.strictObject({
  meeting: z.unknown(),
  liveResults: z.boolean().default(false),
  corsOrigins: z.array(OriginSchema).max(50).default([]),
});

/** `PATCH /meetings/:id`: a new document (draft only) and/or new settings. */
export const UpdateMeetingRequestSchema = z.strictObject({
  meeting: z.unknown().optional(),
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

/** `POST /meetings/:id/ballots`: the voting code and the marks (the server sets the voter). */
export const CastBallotRequestSchema = z.strictObject({
  code: z.string().min(1).max(64),
  marks: BallotSchema.shape.marks,
});

/** `POST /meetings/:id/ballots/mine`: a voting code asking for its own ballot. */
export const OwnBallotRequestSchema = z.strictObject({
  code: z.string().min(1).max(64),
});

const schemaNames = documentSchemaNames() as [string, ...string[]];

/** `POST /collections`: where survey responses or applications go. */
export const CreateCollectionRequestSchema = z.strictObject({
  kind: z.enum(['survey-responses', 'applications']),
  /** A published document schema every item must satisfy, e.g. a survey response schema. */
  schema: z.enum(schemaNames).optional(),
  corsOrigins: z.array(OriginSchema).max(50).default([]),
});

/** `POST /collections/:id/items`: one document, stored verbatim. */
export const AddItemRequestSchema = z.strictObject({
  document: z.record(z.string(), z.unknown()),
});
