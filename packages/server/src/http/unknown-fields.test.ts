import { ReviewMeetingSchema } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { pilotMeetingInput } from '../../test/support/fixtures.js';
import { droppedFields } from './unknown-fields.js';

describe('droppedFields', () => {
  it('names, in document order, every field a stripping schema left out', () => {
    const input = JSON.parse(
      JSON.stringify({
        ...pilotMeetingInput('m1'),
        organiser: 'x',
        method: { type: 'approval', min: 0 },
      }),
    ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    input.criteria[1].note = 'n';
    input.projects[0].requested.cents = true;
    const output = ReviewMeetingSchema.parse(input);
    const dropped = droppedFields(input, output);
    expect(dropped).toContainEqual(['organiser']);
    expect(dropped).toContainEqual(['method', 'min']);
    expect(dropped).toContainEqual(['criteria', 1, 'note']);
    expect(dropped).toContainEqual(['projects', 0, 'requested', 'cents']);
    // Document order: the order the keys were written in.
    const order = (path: (string | number)[]) => Object.keys(input).indexOf(String(path[0]));
    expect(dropped.map(order)).toEqual([...dropped.map(order)].sort((a, b) => a - b));
  });

  it('finds an own `__proto__` key, which zod always drops', () => {
    const input: unknown = JSON.parse(
      JSON.stringify(pilotMeetingInput('m1')).replace('{', '{"__proto__":{"id":"x"},'),
    );
    expect(droppedFields(input, ReviewMeetingSchema.parse(input))).toEqual([['__proto__']]);
  });

  it('finds nothing in a document the schema kept whole, defaults added or not', () => {
    const input = pilotMeetingInput('m1');
    expect(droppedFields(input, ReviewMeetingSchema.parse(input))).toEqual([]);
    expect(droppedFields({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }], c: 3 })).toEqual([]);
    expect(droppedFields('text', 'text')).toEqual([]);
  });

  it('walks a deep document without recursion', () => {
    const chain = (leaf: Record<string, unknown>, depth: number): unknown => {
      let node: unknown = leaf;
      for (let i = 0; i < depth; i += 1) node = { a: node };
      return node;
    };
    const dropped = droppedFields(chain({ gone: 1, kept: 1 }, 20_000), chain({ kept: 1 }, 20_000));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toHaveLength(20_001);
    expect(dropped[0]!.at(-1)).toBe('gone');
  });
});
