import type { Locale } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { StepFeedback, type KeptNotes } from './step-feedback.js';

type Step = 'codes' | 'export';

/** A panel stand-in: its language, and how many times the steps asked it to show itself again. */
function panel(kept: KeptNotes, locale: Locale = 'en') {
  const host = {
    locale,
    updates: 0,
    requestUpdate() {
      host.updates += 1;
    },
    addController() {},
    removeController() {},
    updateComplete: Promise.resolve(true),
  };
  return { host, steps: new StepFeedback<Step>(host, kept) };
}

describe('StepFeedback', () => {
  it('keeps a step busy while it runs, then says what it did in the panel’s language', async () => {
    const { host, steps } = panel('last', 'zh-CN');
    let release!: () => void;
    const running = steps.run('export', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return (t) => t('downloaded', { file: 'pilot-export.json' });
    });
    expect(steps.isBusy('export')).toBe(true);
    expect(steps.isBusy('codes')).toBe(false);
    release();
    await running;
    expect(steps.isBusy('export')).toBe(false);
    expect(steps.noteOf('export')).toBe('已下载 pilot-export.json。');
    expect(host.updates).toBeGreaterThanOrEqual(2);
  });

  it('shows a refusal beside its step, and drops it when a later step succeeds', async () => {
    const { steps } = panel('each');
    const refusal = new Error('The box refused the codes.');
    await steps.run('codes', () => Promise.reject(refusal));
    expect(steps.refusalOf('codes')).toBe(refusal);
    expect(steps.noteOf('codes')).toBeUndefined();
    expect(steps.isBusy('codes')).toBe(false);
    await steps.run('export', async () => (t) => t('downloaded', { file: 'a.json' }));
    expect(steps.refusalOf('codes')).toBeUndefined();
  });

  it('keeps only the last step’s note, or each step’s own, as the panel asks', async () => {
    for (const [kept, codesNote] of [
      ['last', undefined],
      ['each', 'a.json downloaded.'],
    ] as const) {
      const { steps } = panel(kept);
      await steps.run('codes', async () => (t) => t('downloaded', { file: 'a.json' }));
      await steps.run('export', async () => (t) => t('downloaded', { file: 'b.json' }));
      expect(steps.noteOf('codes')).toBe(codesNote);
      expect(steps.noteOf('export')).toBe('b.json downloaded.');
    }
  });

  it('refuses a step before it begins, and shows a refusal without ending the running step', async () => {
    const { steps } = panel('last');
    steps.finish('codes', { error: new Error('Give a reason.') });
    expect(steps.refusalOf('codes')).toEqual(new Error('Give a reason.'));
    steps.begin('export');
    expect(steps.refusalOf('codes')).toBeDefined();
    steps.refuse('codes', new Error('The results could not be read.'));
    expect(steps.isBusy('export')).toBe(true);
    expect(steps.refusalOf('codes')).toEqual(new Error('The results could not be read.'));
  });
});
