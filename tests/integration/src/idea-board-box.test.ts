import { localize, type OpenSpaceSession } from '@qingyuan/core';
import { pilotOpenSpaceSession } from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@qingyuan/elements/define/idea-board.js';
import {
  expectNoAxeViolations,
  cleanupFixtures,
  fixture,
  shadow,
  shadowAll,
  shadowText,
  expectFitsNarrow,
} from '../testing/elements-testing.js';
import { box, network, testOperatorKey, uniqueId } from '../testing/ballot-box.js';
import type { QyIdeaBoard } from '@qingyuan/elements';

// <qy-idea-board box organization session-id code> against the real ballot box
// (@qingyuan/server at /__box/, see ballot-box-endpoint.ts): two participants' boards on one
// session, the second following the first's idea and dot over the session's event stream.

/** Waits for `predicate` (live updates cross the box: up to 10 s on a busy machine). */
async function eventually(predicate: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const boards = [...document.querySelectorAll('qy-idea-board')];
  const shown = boards.map((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ')).join(' | ');
  throw new Error(`timed out waiting for ${what}; the boards show: ${shown}`);
}

function openSpace(id: string): OpenSpaceSession {
  return {
    id,
    theme: { 'zh-CN': '我们的社区', en: 'Our neighbourhood' },
    date: '2007-08-18',
    place: { 'zh-CN': '金华里活动室', en: 'Jinhuali activity room' },
    facilitator: { name: '宋老师' },
    organizers: ['p-org'],
    communities: ['jinhuali', 'binhe'],
    participants: [{ id: 'p-org', name: '组织者', roles: ['service-center'] }],
    dots: { perParticipant: 3, perIdea: 2 },
    topics: [],
    groups: [],
    ideas: [],
    votes: [],
  };
}

/** A session of the box's organisation `default` with `count` participant codes. */
async function sessionWithCodes(count: number): Promise<{ id: string; codes: string[] }> {
  const id = uniqueId('os');
  await box(
    'POST',
    '/organizations/default/sessions',
    { session: openSpace(id), corsOrigins: [location.origin] },
    testOperatorKey,
  );
  const { codes } = await box<{ codes: { code: string }[] }>(
    'POST',
    `/organizations/default/sessions/${id}/codes`,
    { count },
    testOperatorKey,
  );
  return { id, codes: codes.map((entry) => entry.code) };
}

const boardOf = (session: string, code: string, lang = 'en') =>
  fixture<QyIdeaBoard>(
    html`<div style="width:360px">
      <qy-idea-board
        box="/__box"
        organization="default"
        session-id=${session}
        code=${code}
      ></qy-idea-board>
    </div>`,
    { selector: 'qy-idea-board', lang },
  );

const ideaCards = (el: QyIdeaBoard) =>
  shadowAll(el, '[part="idea"]').map((card) => (card.textContent ?? '').replace(/\s+/g, ' '));

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanupFixtures();
  localStorage.clear();
  await network({ down: false });
});

describe('<qy-idea-board> with the Qingyuan ballot box', () => {
  it('proposes an idea and dots it on one board; another board follows both live', async () => {
    const { id, codes } = await sessionWithCodes(2);
    const first = await boardOf(id, codes[0]!);
    const second = await boardOf(id, codes[1]!);
    await eventually(() => !!first.value && !!second.value, 'both boards loaded from the box');
    expect(shadowText(first)).toContain('Our neighbourhood');
    expect(shadow(first, '[part="dots-left"]').textContent).toMatch(/3/);

    await userEvent.type(shadow(first, 'input[name="title"]'), 'Clothes lines in the yard');
    await userEvent.selectOptions(
      shadow<HTMLSelectElement>(first, 'select[name="community"]'),
      'binhe',
    );
    await userEvent.click(shadow(first, '[part="propose"] button[type="submit"]'));
    await eventually(
      () => ideaCards(second).some((card) => card.includes('Clothes lines in the yard')),
      'the idea on the second board',
    );
    await eventually(() => ideaCards(first).length === 1, 'the idea on the first board');
    // Nothing the participant typed stays in the form.
    expect(shadow<HTMLInputElement>(first, 'input[name="title"]').value).toBe('');

    shadow(first, '[part="dot-add"]').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(
      () => ideaCards(second).some((card) => /\b1 dots? from 1 (person|people)/.test(card)),
      'the dot on the second board',
    );
    expect(shadow(first, '[part="dots-left"]').textContent).toMatch(/2/);
    expect(shadow(second, '[part="dots-left"]').textContent).toMatch(/3/);
    const view = await box<{ dotsCast: number; ideas: { dots: number }[] }>(
      'GET',
      `/organizations/default/sessions/${id}`,
    );
    expect(view.dotsCast).toBe(1);

    expectFitsNarrow(second, { targets: 'button, select, input, textarea', texts: 'h2, h3, p' });
    await expectNoAxeViolations(second.parentElement!.parentElement!);

    // Leaving the page closes the event streams.
    expect([first.streaming, second.streaming]).toEqual([true, true]);
    cleanupFixtures();
    expect([first.streaming, second.streaming]).toEqual([false, false]);
  });

  it('proposes on a session that already has topics, groups, authors and dots (the 2007 pilot session)', async () => {
    // The public view names authors and conveners by id and has groups: the board's own check
    // of the session (core's) must hold for a real session, not only for an empty one.
    const id = uniqueId('os-pilot');
    await box(
      'POST',
      '/organizations/default/sessions',
      { session: { ...pilotOpenSpaceSession, id }, corsOrigins: [location.origin] },
      testOperatorKey,
    );
    const { codes } = await box<{ codes: { code: string }[] }>(
      'POST',
      `/organizations/default/sessions/${id}/codes`,
      { participants: ['p-wang'] },
      testOperatorKey,
    );
    const el = await boardOf(id, codes[0]!.code);
    await eventually(() => ideaCards(el).length > 0, 'the session’s ideas');
    const before = ideaCards(el).length;
    await userEvent.type(shadow(el, 'input[name="title"]'), 'Stairwell help corner');
    await userEvent.selectOptions(
      shadow<HTMLSelectElement>(el, 'select[name="community"]'),
      pilotOpenSpaceSession.communities[0]!,
    );
    await userEvent.click(shadow(el, '[part="propose"] button[type="submit"]'));
    await eventually(
      () => ideaCards(el).some((card) => card.includes('Stairwell help corner')),
      'the new idea from the box',
    );
    expect(ideaCards(el)).toHaveLength(before + 1);
    // The public view names nobody: the host gives the names it knows, and ids stay off screen.
    expect(ideaCards(el).join(' ')).toContain('by p-huang-jing');
    el.participants = pilotOpenSpaceSession.participants;
    await el.updateComplete;
    const named = ideaCards(el).join(' ');
    const huang = pilotOpenSpaceSession.participants.find((p) => p.id === 'p-huang-jing')!;
    expect(named).toContain(`by ${localize(huang.name, 'en')}`);
    expect(named).not.toContain('p-huang-jing');
  });

  it('keeps a dot on the device while offline and sends it once when back', async () => {
    const { id, codes } = await sessionWithCodes(1);
    await box('POST', `/organizations/default/sessions/${id}/ideas`, {
      code: codes[0],
      idea: { kind: 'need', title: '晾衣架', community: 'binhe' },
    });
    const el = await boardOf(id, codes[0]!, 'zh-CN');
    await eventually(() => ideaCards(el).length === 1, 'the idea from the box');
    await network({ down: true });
    await userEvent.click(shadow(el, '[part="dot-add"]'));
    await eventually(
      () => shadow(el, '[part="notice"]').textContent!.includes('已保存在本设备'),
      'queued while offline',
    );
    await network({ down: false });
    window.dispatchEvent(new Event('online'));
    await eventually(() => ideaCards(el).some((card) => card.includes('1')), 'sent once online');
    await eventually(
      () => localStorage.getItem('qingyuan:idea-board-outbox') === null,
      'outbox emptied',
    );
    const view = await box<{ dotsCast: number }>('GET', `/organizations/default/sessions/${id}`);
    expect(view.dotsCast).toBe(1);
  });

  it('shows the box’s own refusal, in the board’s language, never a bare HTTP status', async () => {
    const { id } = await sessionWithCodes(1);
    const el = await boardOf(id, 'ZZZZ-ZZZZ-ZZZZ', 'zh-CN');
    await eventually(() => shadowAll(el, '[part="error"]').length === 1, 'the refusal');
    const shown = shadow(el, '[part="error"]').textContent ?? '';
    expect(shown).toContain('这个参与码不适用于本次会议');
    expect(shown).not.toMatch(/\b401\b/);
    const missing = await boardOf('no-such-session', 'ZZZZ', 'en');
    await eventually(() => shadowAll(missing, '[part="error"]').length === 1, 'the 404 refusal');
    expect(shadow(missing, '[part="error"]').textContent).toContain('No such Open Space session');
  });
});
