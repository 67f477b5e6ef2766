import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { date, id, localizedText } from '../domain/arbitraries.fixture.js';
import { documentSchemas } from '../schemas/registry.js';

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops `undefined` properties so a document equals its JSON round trip. */
const clean = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const communityResource = fc
  .record({
    id,
    community: id,
    kind: fc.constantFrom('venue', 'volunteers', 'skill', 'local-business', 'other'),
    name: localizedText,
    description: optional(localizedText),
    offeredBy: optional(id),
    availability: optional(localizedText),
    capacity: optional(fc.nat()),
  })
  .map(clean);

const dotVote = fc.record({ participant: id, idea: id, dots: fc.integer({ min: 1, max: 99 }) });

const trainingSession = fc
  .record({
    id,
    kind: fc.constantFrom('capacity-building', 'able-people-workshop', 'forum', 'visit'),
    title: localizedText,
    dates: fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    trainers: fc.array(fc.record({ name: localizedText, participant: optional(id) }).map(clean), {
      maxLength: 3,
    }),
    curriculum: fc.uniqueArray(
      fc.record({ id, title: localizedText, hours: optional(fc.integer({ min: 1, max: 40 })) }),
      { selector: (unit) => unit.id, maxLength: 4 },
    ),
    participants: fc.uniqueArray(id, { maxLength: 5 }),
  })
  .chain(({ dates, curriculum, participants, ...rest }) =>
    fc
      .tuple(
        ...participants.map((participant) =>
          fc.record({
            participant: fc.constant(participant),
            completed: fc.boolean(),
            units: optional(fc.subarray(curriculum.map((unit) => unit.id))),
          }),
        ),
      )
      .map((attendance) =>
        clean({ ...rest, start: dates[0], end: dates[1], curriculum, attendance }),
      ),
  );

describe('every valid Open Space and training document survives a JSON round trip', () => {
  const cases: [keyof typeof documentSchemas, fc.Arbitrary<unknown>][] = [
    ['CommunityResource', communityResource],
    ['DotVote', dotVote],
    ['TrainingSession', trainingSession],
  ];
  for (const [name, arbitrary] of cases) {
    it(name, () => {
      const schema = documentSchemas[name] as z.ZodMiniType;
      fc.assert(
        fc.property(arbitrary, (document) => {
          const parsed = schema.safeParse(document);
          expect(parsed.error?.issues ?? []).toEqual([]);
          expect(schema.parse(JSON.parse(JSON.stringify(parsed.data)))).toEqual(parsed.data);
        }),
        { numRuns: 150 },
      );
    });
  }
});
