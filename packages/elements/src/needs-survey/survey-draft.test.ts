import { beforeEach, describe, expect, it } from 'vitest';
import { SurveyDraftStore } from './survey-draft.js';

describe('SurveyDraftStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one draft per survey id and forgets it on clear', () => {
    const store = new SurveyDraftStore();
    store.save('s-a', { id: 'r-1', answers: { q: ['x', 'y'], n: 2 }, attributes: {}, page: 1 });
    store.save('s-b', {
      id: 'r-2',
      answers: { q: 'text' },
      attributes: { res: 'migrant' },
      page: 0,
    });
    expect(store.load('s-a')).toEqual({
      id: 'r-1',
      answers: { q: ['x', 'y'], n: 2 },
      attributes: {},
      page: 1,
    });
    expect(store.load('s-b')?.attributes).toEqual({ res: 'migrant' });
    store.clear('s-a');
    expect(store.load('s-a')).toBeUndefined();
    expect(store.load('s-b')?.id).toBe('r-2');
  });

  it('ignores unreadable drafts and drops answers of the wrong shape', () => {
    const store = new SurveyDraftStore();
    localStorage.setItem(store.keyOf('broken'), '{ not json');
    expect(store.load('broken')).toBeUndefined();
    localStorage.setItem(store.keyOf('no-id'), JSON.stringify({ answers: {} }));
    expect(store.load('no-id')).toBeUndefined();
    localStorage.setItem(
      store.keyOf('mixed'),
      JSON.stringify({
        id: 'r',
        answers: { good: 3, bad: { x: 1 } },
        attributes: { a: 5 },
        page: -2,
      }),
    );
    expect(store.load('mixed')).toEqual({ id: 'r', answers: { good: 3 }, attributes: {}, page: 0 });
  });

  it('keeps the section id of a survey with sections, and drops one that is not text', () => {
    const store = new SurveyDraftStore();
    store.save('s', { id: 'r', answers: {}, attributes: {}, page: 2, section: 'services' });
    expect(store.load('s')).toEqual({
      id: 'r',
      answers: {},
      attributes: {},
      page: 2,
      section: 'services',
    });
    localStorage.setItem(store.keyOf('t'), JSON.stringify({ id: 'r', page: 1, section: 7 }));
    expect(store.load('t')).toEqual({ id: 'r', answers: {}, attributes: {}, page: 1 });
  });
});
