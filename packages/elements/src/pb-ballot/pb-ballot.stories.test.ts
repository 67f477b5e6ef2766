import { expect } from 'vitest';
import { describeStories } from '../testing/story-tests.js';
import type { QyPbBallot } from './pb-ballot.js';
import * as stories from './pb-ballot.stories.js';

// Every story (every state of the ballot) renders its args and is axe clean, after its play; the
// stories of the simulated ballot box show the code step, the box's refusal and its receipt.
describeStories('qy-pb-ballot', stories, (element, story) => {
  const ballot = element as QyPbBallot;
  const root = element.shadowRoot!;
  if (story === stories.Loading) {
    expect(root.querySelector('[part="status"]')?.textContent).toContain('正在加载');
  }
  if (story === stories.LoadFailed) {
    expect(root.querySelector('[part="error"]')?.textContent).toContain('503');
  }
  if (story === stories.Sending) expect(ballot.currentStep).toBe('sending');
  if (story === stories.CumulativeOverTheCap) {
    const trees = root.querySelector('li[data-project="c-trees"]')!;
    expect(trees.querySelector<HTMLInputElement>('input[type="number"]')!.value).toBe('5');
    expect(trees.querySelector('[aria-invalid="true"]')).not.toBeNull();
  }
  if (story === stories.RankingTooLong) {
    expect(root.textContent).toContain('Rank at most 3 projects.');
  }
  if (story === stories.BoxAsksForCode) {
    expect(ballot.currentStep).toBe('code');
    expect(root.querySelector('#voting-code')).not.toBeNull();
  }
  if (story === stories.BoxWithoutOrganization) {
    expect(root.querySelector('[part="status"]')?.textContent).toBe(
      '选票无法加载：已设置 box，但缺少此属性：organization。',
    );
  }
  if (story === stories.BoxRefusesCode) {
    expect(ballot.currentStep).toBe('code');
    expect(root.querySelector('#voting-code-error')?.textContent).toContain('投票箱不认识此投票码');
    expect(root.querySelectorAll('li[data-project]')).toHaveLength(0);
  }
  if (story === stories.BoxReceipt) {
    expect(ballot.currentStep).toBe('sent');
    expect(root.querySelector('.receipt-value')?.textContent?.trim()).toMatch(/^[0-9a-f]{64}$/);
  }
  if (story === stories.BoxClosedChinese) {
    expect(ballot.currentStep).toBe('rejected');
    expect(root.querySelector('#step-title')?.textContent).toContain('只在投票进行中接受选票');
  }
});
