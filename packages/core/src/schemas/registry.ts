import { z } from 'zod';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { ReviewMeetingSchema } from '../meeting/review-meeting.js';
import { BallotListSchema, BallotSchema } from '../meeting/ballot.js';

/**
 * Every document schema the toolkit publishes, by name. The names are the JSON Schema file
 * names the built package ships (`@qingyuan/core/schemas/ReviewMeeting.json`).
 */
export const documentSchemas = {
  Money: MoneySchema,
  LocalizedText: LocalizedTextSchema,
  ReviewMeeting: ReviewMeetingSchema,
  Ballot: BallotSchema,
  BallotList: BallotListSchema,
} as const satisfies Record<string, z.ZodType>;

/** The name of a published document schema. */
export type DocumentSchemaName = keyof typeof documentSchemas;

/** The names of all published document schemas, sorted. */
export function documentSchemaNames(): DocumentSchemaName[] {
  return (Object.keys(documentSchemas) as DocumentSchemaName[]).sort();
}

/** Whether `name` names a published document schema. */
export function isDocumentSchemaName(name: string): name is DocumentSchemaName {
  return Object.hasOwn(documentSchemas, name);
}

/**
 * The JSON Schema (draft 2020-12) of a published document, describing the document as it is
 * written (fields with defaults are optional), so platforms in other languages validate the
 * same documents.
 *
 * @example
 * const schema = toJSONSchema('ReviewMeeting');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function toJSONSchema(name: DocumentSchemaName): Record<string, unknown> {
  const { $schema, $ref, $defs, ...rest } = z.toJSONSchema(documentSchemas[name], {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown> & { $defs?: Record<string, Record<string, unknown>> };
  const ownId = `#/$defs/${name}`;
  // A schema registered with an id comes back as `$ref` into `$defs`: lift it to the root.
  const root =
    $ref === ownId && $defs?.[name] ? $defs[name] : { ...($ref ? { $ref } : {}), ...rest };
  const otherDefs = Object.fromEntries(Object.entries($defs ?? {}).filter(([key]) => key !== name));
  return {
    $schema,
    $id: `https://qingyuan.dev/schemas/${name}.json`,
    ...root,
    ...(Object.keys(otherDefs).length > 0 ? { $defs: otherDefs } : {}),
  };
}
