import type { OpenSpaceSession } from '@qingyuan/core';
import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/idea-board.js';
import type { QyDotsChangeEvent } from '../events/dots-change.js';
import type { QyIdeaProposeEvent } from '../events/idea-propose.js';
import type { QyItemHideEvent } from '../events/item-hide.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  shadowText as text,
} from '../testing/fixture.js';
import { tabUntil } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { longText, xssPayload } from '../testing/meetings.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import type { QyIdeaBoard } from './idea-board.js';

afterEach(cleanupFixtures);

const session = (): OpenSpaceSession => structuredClone(pilotOpenSpaceSession);
const communities = [
  { id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } },
  { id: 'yuhuayuan', name: { 'zh-CN': '裕华园', en: 'Yuhuayuan' } },
  { id: 'xinghuayuan', name: { 'zh-CN': '兴华园', en: 'Xinghuayuan' } },
];
const titles = (el: QyIdeaBoard) =>
  shadowAll(el, '[part="idea"] h3').map((h) => h.textContent?.trim());
const card = (el: QyIdeaBoard, id: string) =>
  (shadow(el, `[part="idea"][data-idea="${id}"]`).textContent ?? '').replace(/\s+/g, ' ');

async function board(participant: string, lang = 'en', value = session()): Promise<QyIdeaBoard> {
  return fixture<QyIdeaBoard>(
    html`<qy-idea-board
      participant=${participant}
      .session=${value}
      .communities=${communities}
    ></qy-idea-board>`,
    { lang },
  );
}

describe('<qy-idea-board>', () => {
  it('fits the host page outline with heading-level', async () => {
    await expectHeadingLevels(await board('p-li'));
  });

  it('shows everyone’s visible ideas ranked by dots, states ties, and the dots left', async () => {
    const el = await board('p-huang-jing');
    expect(titles(el)).toEqual([
      'A love supermarket with cheap daily goods',
      'An after-school club at half past four',
      'A community Peking opera troupe',
      'Daily goods families can afford',
      'A quiet place for homework',
    ]);
    expect(card(el, 'i-opera-troupe')).toContain(
      '3 dots from 2 people · Rank 2 (tied with 1 other)',
    );
    expect(card(el, 'i-love-supermarket')).toContain('Jinhuali');
    expect(shadow(el, '[part="dots-left"]').textContent).toContain(
      'You have 1 of 5 dots left; at most 2 on one idea.',
    );
    // The hidden idea is not shown; a participant only learns that one was hidden.
    expect(text(el)).not.toContain('Throw the outsiders out');
    expect(shadow(el, '[part="hidden"]').textContent).toContain(
      '1 item(s) hidden by the organizers.',
    );
    expect(el.shadowRoot!.querySelector('[part="hide-button"]')).toBeNull();
  });

  it('adds and takes back dots with the keyboard, refusing a dot beyond the limit and saying why', async () => {
    const el = await board('p-wang');
    const events: QyDotsChangeEvent[] = [];
    el.addEventListener('qy-dots-change', (e) => events.push(e));
    // Wang has spent all 5 dots: taking one back from the opera troupe frees it.
    await tabUntil(el, 'Take back a dot from “A community Peking opera troupe”');
    await userEvent.keyboard('{Enter}');
    expect(events.map((e) => [e.detail.idea, e.detail.change, e.detail.dots])).toEqual([
      ['i-opera-troupe', -1, 0],
    ]);
    expect(shadow(el, '[part="notice"]').textContent).toContain('1 dots left');
    // Nothing to take back from the opera troupe now: said, no event.
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toHaveLength(1);
    expect(shadow(el, '[part="notice"]').textContent).toContain(
      'You have no dots on “A community Peking opera troupe” to take back.',
    );
    // The supermarket already has 2 of Wang's dots: the most on one idea.
    await tabUntil(el, 'Add a dot to “A love supermarket with cheap daily goods”', { shift: true });
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toHaveLength(1);
    expect(shadow(el, '[part="notice"]').textContent).toContain(
      'Participant "p-wang" already has 2 dots on idea "i-love-supermarket"; at most 2 per idea',
    );
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).toBe('dot-add');
    await tabUntil(el, 'Add a dot to “A quiet place for homework”');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events.at(-1)!.detail).toMatchObject({ idea: 'i-homework-room', change: 1, dots: 1 });
    expect(events.at(-1)!.detail.session.votes).toContainEqual({
      participant: 'p-wang',
      idea: 'i-homework-room',
      dots: 1,
    });
    expect(shadow(el, '[part="dots-left"]').textContent).toContain('You have 0 of 5 dots left');
    // Now the budget is spent: one more is refused by the per-participant rule.
    await tabUntil(el, 'Add a dot to “Daily goods families can afford”', { shift: true });
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toHaveLength(2);
    expect(shadow(el, '[part="notice"]').textContent).toContain('has 0 dots left, not 1');
    expect(
      el.value?.votes.filter((v) => v.participant === 'p-wang').reduce((s, v) => s + v.dots, 0),
    ).toBe(5);
  });

  it('posts an idea for the participant’s community, after saying what is missing', async () => {
    const el = await board('p-huang-jing', 'zh-CN');
    const events: QyIdeaProposeEvent[] = [];
    el.addEventListener('qy-idea-propose', (e) => events.push(e));
    await tabUntil(el, '贴上墙');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const title = shadow<HTMLInputElement>(el, 'input[name="title"]');
    expect(events).toEqual([]);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('e-title');
    expect(shadow(el, '#e-title').textContent).toBe('请用一句话写下你的点子。');
    expect(title.labels).toHaveLength(1);
    expect(el.shadowRoot!.activeElement).toBe(title);
    await userEvent.keyboard(xssPayload);
    // A photo needs a text alternative.
    shadow<HTMLInputElement>(el, 'input[name="photo"]').value = 'photos/kids.jpg';
    shadow(el, 'input[name="photo"]').dispatchEvent(new Event('input'));
    await tabUntil(el, '贴上墙');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toEqual([]);
    expect(text(el)).toContain('请说明照片的内容');
    expect(el.shadowRoot!.activeElement).toBe(shadow(el, 'input[name="photo-alt"]'));
    await userEvent.keyboard('孩子们在楼道里写作业');
    shadow<HTMLSelectElement>(el, 'select[name="topic"]').value = 't-kids';
    shadow<HTMLSelectElement>(el, 'select[name="topic"]').dispatchEvent(new Event('change'));
    await tabUntil(el, '贴上墙');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toHaveLength(1);
    const idea = events[0]!.detail.idea;
    expect(idea).toMatchObject({
      kind: 'project-idea',
      title: { 'zh-CN': xssPayload },
      by: 'p-huang-jing',
      community: 'xinghuayuan',
      topic: 't-kids',
      photo: { ref: 'photos/kids.jpg', alt: { 'zh-CN': '孩子们在楼道里写作业' } },
    });
    expect(events[0]!.detail.session.ideas.at(-1)).toEqual(idea);
    expect(titles(el)).toContain(xssPayload);
    expect(
      el.shadowRoot!.querySelector('[part="ideas"] script, [part="ideas"] img[src="x"]'),
    ).toBeNull();
    expect(title.value).toBe('');
  });

  it('filters by community and by topic', async () => {
    const el = await board('p-wang');
    const community = shadow<HTMLSelectElement>(el, 'select[name="community-filter"]');
    community.value = 'xinghuayuan';
    community.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).toEqual([
      'An after-school club at half past four',
      'A quiet place for homework',
    ]);
    community.value = '';
    community.dispatchEvent(new Event('change'));
    const topic = shadow<HTMLSelectElement>(el, 'select[name="topic-filter"]');
    topic.value = 't-migrants';
    topic.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).toEqual([
      'A love supermarket with cheap daily goods',
      'Daily goods families can afford',
    ]);
    topic.value = '-';
    topic.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).toContain('No ideas match these filters yet.');
  });

  it('lets an organizer hide an idea only with a reason; nothing is deleted', async () => {
    const el = await board('p-center-zhang');
    const events: QyItemHideEvent[] = [];
    el.addEventListener('qy-item-hide', (e) => events.push(e));
    expect(shadow(el, '[part="hidden"]').textContent).toContain(
      'hidden by Ms Zhang at 2007-08-18 10:40: Hostile to migrants; breaks the ground rules',
    );
    await tabUntil(el, 'Hide “A quiet place for homework”');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const reason = shadow<HTMLTextAreaElement>(el, '[part="hide-form"] textarea');
    expect(el.shadowRoot!.activeElement).toBe(reason);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe(
      'Hide “A quiet place for homework”',
    );
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await userEvent.keyboard('{Tab}{Enter}');
    await el.updateComplete;
    expect(events).toEqual([]);
    expect(text(el)).toContain('Please give the reason for hiding it');
    expect(shadow(el, '[part="hide-form"] textarea').getAttribute('aria-invalid')).toBe('true');
    await userEvent.keyboard('Advertising for a shop');
    await userEvent.keyboard('{Tab}{Enter}');
    await el.updateComplete;
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.item).toMatchObject({
      kind: 'idea',
      id: 'i-homework-room',
      by: 'p-center-zhang',
      reason: 'Advertising for a shop',
    });
    expect(events[0]!.detail.item.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(titles(el)).not.toContain('A quiet place for homework');
    expect(el.value?.ideas.map((i) => i.id)).toContain('i-homework-room');
    expect(shadow(el, '[part="hidden"] summary').textContent).toContain('Hidden items (2)');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).toBe('notice');
  });

  it('is read-only without a participant, and follows a new session from the host', async () => {
    const el = await board('');
    expect(text(el)).toContain('You are viewing the board');
    expect(el.shadowRoot!.querySelector('button, [part="propose"]')).toBeNull();
    const next = session();
    next.votes.push({ participant: 'p-zhou', idea: 'i-homework-room', dots: 2 });
    el.session = next;
    await el.updateComplete;
    expect(card(el, 'i-homework-room')).toContain('3 dots from 2 people');
  });

  it('refuses a session that breaks the dot limits, with every violation, and fires qy-load-error', async () => {
    const errors: QyLoadErrorEvent[] = [];
    document.addEventListener('qy-load-error', (e) => errors.push(e), { once: true });
    const bad = session();
    bad.votes.push({ participant: 'p-huang-jing', idea: 'i-opera-troupe', dots: 3 });
    const el = await board('p-huang-jing', 'zh-CN', bad);
    const alert = shadow(el, '[role="alert"]');
    expect(alert.textContent).toContain('参与者 "p-huang-jing" 用了 7 个点，每人只有 5 个');
    expect(alert.textContent).toContain('在点子 "i-opera-troupe" 上放了 3 个点');
    expect(errors[0]!.detail.issues.map((i) => i.where)).toEqual([
      'votes[10].dots',
      'votes[10].dots',
    ]);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone with a very long ${lang} idea and passes axe (organizer view)`, async () => {
      const value = session();
      value.ideas[0]!.title = { 'zh-CN': longText['zh-CN'], en: longText.en };
      const el = await fixture<QyIdeaBoard>(
        html`<div style="width:360px">
          <qy-idea-board participant="p-center-zhang" .session=${value}></qy-idea-board>
        </div>`,
        { selector: 'qy-idea-board', lang },
      );
      expect(text(el)).toContain(longText[lang]);
      expectFitsNarrow(el, {
        targets: 'button, select, input, textarea, summary',
        texts: 'h2, h3, p, legend',
      });
      await expectNoAxeViolations(el.parentElement!.parentElement!);
    });
  }
});
