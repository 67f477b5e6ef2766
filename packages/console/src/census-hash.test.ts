import { describe, expect, it } from 'vitest';
import { censusHash as boxCensusHash } from '@qingyuan/server/audit';
import { censusHash, censusIdentifiers } from './census-hash.js';

describe('the census hashed in the browser', () => {
  it('hashes an identifier exactly as the box does, whatever its spaces, case or Unicode form', () => {
    for (const identifier of [
      'ID-0001',
      ' id-0001 ',
      'ab-123',
      '居民-７',
      'Ame\u0301lie',
      'Amélie',
    ]) {
      expect(censusHash(identifier), identifier).toBe(boxCensusHash(identifier));
    }
    expect(censusHash(' id-0001 ')).toBe(censusHash('ID-0001'));
    expect(censusHash('Ame\u0301lie')).toBe(censusHash('Amélie'));
    expect(censusHash('ID-0001')).not.toBe(censusHash('ID-0002'));
    expect(censusHash('ID-0001')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads one identifier per line, a CSV’s first column, without blanks or repeats', () => {
    expect(censusIdentifiers('ID-1\r\n\n  id-1 \nID-2,Wang Fang\n,\nID-3')).toEqual([
      'ID-1',
      'ID-2',
      'ID-3',
    ]);
    expect(censusIdentifiers('\n \n')).toEqual([]);
  });
});
