import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeLines } from './code-lines.js';

describe('codeLines', () => {
  it('splits a seven-group voting code after its fourth group', () => {
    expect(codeLines('XJZV-94RA-TMVH-CY2Z-ARYB-Z7G2-NJ')).toEqual([
      'XJZV-94RA-TMVH-CY2Z',
      'ARYB-Z7G2-NJ',
    ]);
  });

  it('groups a code without dashes by four before splitting it', () => {
    expect(codeLines('ABCDEFGHJKMN')).toEqual(['ABCD-EFGH', 'JKMN']);
  });

  it('keeps every symbol, in order, with the extra group on the first line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[0-9A-Z]{1,4}$/), { minLength: 2, maxLength: 12 }),
        (groups) => {
          const code = groups.join('-');
          const [first, second] = codeLines(code);
          expect(`${first}-${second}`).toBe(code);
          expect(first.split('-')).toHaveLength(Math.ceil(groups.length / 2));
          expect(second.split('-')).toHaveLength(Math.floor(groups.length / 2));
        },
      ),
    );
  });
});
