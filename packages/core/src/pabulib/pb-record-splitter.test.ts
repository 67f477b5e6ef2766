import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPbField } from './pb-fields.js';
import { PbRecordSplitter } from './pb-record-splitter.js';

describe('PbRecordSplitter', () => {
  it('carries a quoted field over lines and counts each character once', () => {
    const splitter = new PbRecordSplitter();
    expect(splitter.line('7;"Park')).toBeNull();
    expect(splitter.isOpen).toBe(true);
    expect(splitter.quoteLines).toBe(1);
    expect(splitter.line('Zielony ""ZZ""')).toBeNull();
    expect(splitter.quoteLines).toBe(2);
    expect(splitter.line('end"x;120000')).toEqual(['7', 'Park\nZielony "ZZ"\nendx', '120000']);
    expect(splitter.isOpen).toBe(false);
    expect(splitter.quoteLines).toBe(0);
    expect(splitter.scanned).toBe(
      '7;"Park'.length + 'Zielony ""ZZ""'.length + 'end"x;120000'.length,
    );
  });

  it('reads many quoted fields on one line without recursion', () => {
    const line = Array.from({ length: 200_000 }, () => '"a"').join(';');
    expect(new PbRecordSplitter().line(line)).toHaveLength(200_000);
  });

  it('gives the fields of any rows written by formatPbField, cut into lines (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ';', '"', '\n', '公'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (cells) => {
        const splitter = new PbRecordSplitter();
        const lines = cells.map(formatPbField).join(';').split('\n');
        let result: string[] | null = null;
        for (const [i, line] of lines.entries()) {
          result = splitter.line(line);
          expect(result === null, `line ${i}`).toBe(i < lines.length - 1);
        }
        expect(result).toEqual(cells);
        expect(splitter.scanned).toBe(lines.join('').length);
      }),
    );
  });
});
