import { describe, expect, it } from 'vitest';
import { konczyce } from './pb-results.fixture.js';
import { pbResultsCsv } from './pb-results-csv.js';
import { pbResultsOf } from './pb-results-of.js';

describe('pbResultsCsv', () => {
  it('defuses a project name a spreadsheet would run as a formula, and quotes what needs it', () => {
    const instance = konczyce();
    const [first, second] = instance.projects;
    // Names come from the projects' `name` column.
    first!.extra = { ...first!.extra, name: '=HYPERLINK("http://evil.example","click")' };
    second!.extra = { ...second!.extra, name: 'Park, "green" square' };
    const computed = pbResultsOf(instance, { rule: 'greedy', utility: 'cost', completion: 'none' });
    expect(computed.ok).toBe(true);
    if (!computed.ok) return;
    const lines = pbResultsCsv(computed.value).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const row = (id: string) => lines.find((line) => line.startsWith(`${id},`));
    expect(row(first!.id)).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row(second!.id)).toContain('"Park, ""green"" square"');
  });
});
