import { describe, expect, it } from 'vitest';
import { teams } from '../data/project-histories.js';
import { ProjectBook, type BookStorage } from './project-book.js';

function memory(): BookStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const project = 'xinghuayuan-children';
const start = {
  type: 'execution-started',
  at: '2007-05-03T09:00:00+08:00',
  by: 'p-huang-jing',
} as const;
/** The last member signs their own contract (core refuses a signature recorded for them). */
const signed = () =>
  ({
    type: 'contract-signed',
    at: '2007-05-02T09:00:00+08:00',
    by: 'p-xu-tao',
    payload: { member: 'p-xu-tao', signedAt: '2007-05-02' },
  }) as const;

/** The lead marking the member's contract signed in the team document: refused. */
const signedByLead = () => {
  const team = structuredClone(teams[project]!);
  team.members = team.members.map((m) =>
    m.contract.signed
      ? m
      : { ...m, contract: { ...m.contract, signed: true, signedAt: '2007-05-02' } },
  );
  return {
    type: 'team-updated',
    at: '2007-05-02T09:00:00+08:00',
    by: 'p-huang-jing',
    payload: { team },
  } as const;
};

describe('ProjectBook', () => {
  it('refuses to start execution before every contract is signed, and stores nothing', () => {
    const storage = memory();
    const book = new ProjectBook(storage, 'k');
    const result = book.record(project, start);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'team.contracts-signed',
    ]);
    expect(storage.data.size).toBe(0);
    expect(book.state(project).state.status).toBe('team-formed');
  });

  it('records a signature and then the start, and remembers them under its key', () => {
    const storage = memory();
    const book = new ProjectBook(storage, 'k');
    expect(book.record(project, signed()).ok).toBe(true);
    expect(book.record(project, start).ok).toBe(true);
    const again = new ProjectBook(storage, 'k');
    expect(again.state(project).state.status).toBe('in-execution');
    expect(
      again
        .history(project)
        .slice(-2)
        .map((e) => e.type),
    ).toEqual(['contract-signed', 'execution-started']);
    // Another key (a reset demo) starts from the seed again.
    expect(new ProjectBook(storage, 'other').state(project).state.status).toBe('team-formed');
  });

  it('refuses a signature the lead records for a member, and stores nothing', () => {
    const storage = memory();
    const book = new ProjectBook(storage, 'k');
    const result = book.record(project, signedByLead());
    expect(result.ok ? [] : result.violations.map((v) => [v.rule, v.path])).toEqual([
      ['team.signs-own-contract', ['payload', 'team', 'members', 2, 'contract', 'signed']],
    ]);
    expect(storage.data.size).toBe(0);
  });

  it('refuses an event earlier than the last one', () => {
    const book = new ProjectBook(memory(), 'k');
    const early = { ...signed(), at: '2007-01-01T09:00:00+08:00' };
    const result = book.record(project, early);
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual([
      'project.chronological',
    ]);
  });

  it('survives storage holding something that is not JSON', () => {
    const storage = memory();
    storage.setItem('k', '{not json');
    expect(new ProjectBook(storage, 'k').state(project).state.status).toBe('team-formed');
  });
});

describe('ProjectBook work records', () => {
  const card = {
    id: 'wr-new',
    project,
    stage: 'execution',
    date: '2007-05-10',
    participants: ['p-huang-jing', 'p-xu-tao'],
    content: { 'zh-CN': '孩子们设计第一次工作坊' },
    recordedBy: 'p-he-ping',
  };

  it('keeps a valid card with the seeded ones, in date order', () => {
    const storage = memory();
    const book = new ProjectBook(storage, 'k');
    const before = book.records(project).length;
    expect(book.addRecord(card, 'en').ok).toBe(true);
    const records = new ProjectBook(storage, 'k').records(project);
    expect(records).toHaveLength(before + 1);
    expect(records.map((r) => r.date)).toEqual([...records.map((r) => r.date)].sort());
    expect(records.at(-1)?.id).toBe('wr-new');
  });

  it('refuses a card without content or with a bad date, saying where, and keeps nothing', () => {
    const storage = memory();
    const book = new ProjectBook(storage, 'k');
    const result = book.addRecord({ ...card, content: '', date: '2007-13-40' }, 'zh-CN');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.where).sort()).toEqual(['content', 'date']);
    expect(storage.data.size).toBe(0);
  });
});
