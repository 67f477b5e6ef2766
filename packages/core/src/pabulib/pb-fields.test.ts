import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPbField, splitPbFields } from './pb-fields.js';

describe('splitPbFields', () => {
  it('splits on semicolons and reads quoted fields as Python csv does', () => {
    expect(splitPbFields('1;2;;3')).toEqual(['1', '2', '', '3']);
    expect(splitPbFields('"a;b";"say ""hi""";c')).toEqual(['a;b', 'say "hi"', 'c']);
    expect(splitPbFields('Park "Zielony";2')).toEqual(['Park "Zielony"', '2']);
    expect(splitPbFields('"ab"cd;e')).toEqual(['abcd', 'e']);
    expect(splitPbFields('"two\nlines";x')).toEqual(['two\nlines', 'x']);
    expect(splitPbFields('""')).toEqual(['']);
  });

  it('returns null while a quoted field is still open', () => {
    expect(splitPbFields('1;"open')).toBeNull();
    expect(splitPbFields('1;"open ""quote""')).toBeNull();
  });

  it('reads back any row that formatPbField wrote', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ';', '"', '\n', '公'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (cells) => {
        expect(splitPbFields(cells.map(formatPbField).join(';'))).toEqual(cells);
      }),
    );
  });
});
