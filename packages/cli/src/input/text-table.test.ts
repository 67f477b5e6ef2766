import { describe, expect, it } from 'vitest';
import { textTable } from './text-table.js';

describe('textTable', () => {
  it('pads by display width', () => {
    const table = textTable(
      [
        ['项目', 'n'],
        ['ab', '10'],
      ],
      ['l', 'r'],
    );
    expect(table).toBe('项目   n\nab    10');
  });
});
