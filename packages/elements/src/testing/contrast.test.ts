import { html, type TemplateResult } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  boundaryShortfalls,
  focusShortfall,
  formatShortfalls,
  textContrastShortfalls,
  type ContrastShortfall,
} from './contrast.js';
import { cleanupFixtures, fixture } from './fixture.js';
import { scenes, type Scene } from './scenes.js';
import { embedExampleDarkTheme } from './themes.js';

afterEach(cleanupFixtures);

let dark = '';
beforeAll(async () => {
  dark = await embedExampleDarkTheme();
});

const themes: { name: string; style: () => string }[] = [
  { name: 'default light theme', style: () => '' },
  { name: 'dark theme of docs/embed-example.html', style: () => dark },
];

/** Renders a scene inside a themed wrapper, between two buttons of the host page. */
async function render(scene: Scene, style: string, lang: string): Promise<HTMLElement> {
  const template: TemplateResult = html`<button id="before" type="button">before</button>
    <div style=${style}>${scene.template()}</div>
    <button id="after" type="button">after</button>`;
  const el = await fixture<HTMLElement>(template, { lang, selector: scene.tag });
  await scene.drive?.(el);
  return el;
}

/** The element that really has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe.each(themes)('contrast under the $name', (theme) => {
  for (const scene of scenes) {
    for (const lang of ['en', 'zh-CN']) {
      it(`${scene.name} (${lang}): text 4.5:1 (large 3:1), field borders 3:1`, async () => {
        const el = await render(scene, theme.style(), lang);
        expect(el.shadowRoot!.textContent!.trim()).not.toBe('');
        const found = [...textContrastShortfalls(el), ...boundaryShortfalls(el)];
        expect(found, formatShortfalls(found)).toEqual([]);
      });
    }
    it(`${scene.name}: every focus ring reached with Tab has 3:1`, async () => {
      const el = await render(scene, theme.style(), 'en');
      document.getElementById('before')!.focus();
      const found: ContrastShortfall[] = [];
      let visited = 0;
      for (let i = 0; i < 80; i++) {
        await userEvent.tab();
        const active = deepActive();
        if (!active || active.id === 'after') break;
        visited++;
        const shortfall = focusShortfall(active);
        if (shortfall) found.push(shortfall);
      }
      expect(visited).toBeGreaterThan(0);
      expect(found, formatShortfalls(found)).toEqual([]);
      expect(el.isConnected).toBe(true);
    });
  }
});
