import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyExportText } from './export-verifier.js';
import { hash } from './node-crypto-hash.js';
import { createHash } from 'node:crypto';

// A real export of the pilot meeting (the CLI's fixture, made by a ballot box).
const exported = readFileSync(
  new URL('../../cli/test/fixtures/export/pilot-export.json', import.meta.url),
  'utf8',
);

describe('verifyExportText', () => {
  it('says a real export is valid, naming the meeting, ballots and log entries', () => {
    const verdict = verifyExportText(exported, 'en');
    expect(verdict.ok).toBe(true);
    expect(verdict.summary).toMatch(/^Valid: nothing was changed/);
    expect(verdict.header).toMatch(/^Meeting \S+: \d+ ballots?, \d+ log entries\.$/);
  });

  it('lists each problem of a changed export, in Chinese when asked', () => {
    const bundle = JSON.parse(exported) as {
      ballots: { marks: Record<string, Record<string, boolean>> }[];
    };
    const marks = bundle.ballots[0]!.marks;
    const project = Object.keys(marks)[0]!;
    const criterion = Object.keys(marks[project]!)[0]!;
    marks[project]![criterion] = !marks[project]![criterion];
    const verdict = verifyExportText(JSON.stringify(bundle), 'zh-CN');
    expect(verdict.ok).toBe(false);
    expect(verdict.summary).toMatch(/^无效：发现 \d+ 个问题/);
    expect(verdict.problems.length).toBeGreaterThan(0);
    expect(verdict.problems.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says when a file is not JSON or not an export', () => {
    expect(verifyExportText('{', 'en').summary).toMatch(/^The text is not JSON/);
    expect(verifyExportText('{"id":"m"}', 'en').summary).toMatch(/not a ballot-box export/);
    expect(verifyExportText('{"meeting":{},"ballots":[1],"log":[null],"tally":{}}', 'en').ok).toBe(
      false,
    );
  });
});

describe('the browser SHA-256 of the console', () => {
  it('gives what node:crypto gives, for Chinese text too', () => {
    for (const text of ['', 'abc', '2007 年清源街道社区项目评审会', '{"a":1}\n']) {
      expect(hash('sha256', text, 'hex')).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});
