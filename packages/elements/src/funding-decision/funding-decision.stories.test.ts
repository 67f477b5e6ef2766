import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, settle } from '../testing/fixture.js';
import * as stories from './funding-decision.stories.js';

afterEach(cleanupFixtures);

type Story = {
  render: () => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

// Every story (every state of the element) renders the element and is axe clean, after its play.
describe('<qy-funding-decision> stories', () => {
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [
    string,
    Story,
  ][];
  it.each(entries)('%s renders and is axe clean', async (_name, story) => {
    localStorage.clear();
    const canvas = document.createElement('main');
    document.body.append(canvas);
    render(story.render(), canvas);
    await settle(canvas);
    await story.play?.({ canvasElement: canvas });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(canvas);
    const el = canvas.querySelector('qy-funding-decision');
    expect(el?.shadowRoot?.textContent?.trim()).toBeTruthy();
    // A story that posts shows the delivery step it is named after.
    if (story.play) expect(el?.shadowRoot?.querySelector('#step-title')?.textContent).toBeTruthy();
    await expectNoAxeViolations(canvas);
  });
});
