import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotBallots,
  pilotMeeting as corePilotMeeting,
  pilotProjectContext,
} from '@qingyuan/core/examples';
import { html, type TemplateResult } from 'lit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { server, userEvent } from 'vitest/browser';
import { pilotApplication } from '../application-form/application-form.fixture.js';
import {
  pilotBodies,
  pilotDocuments,
  pilotHistory,
} from '../project-status/project-status.fixture.js';
import {
  composedElements,
  contrastRatio,
  effectiveBackground,
  formatShortfalls,
  over,
  parseColor,
  textContrastShortfalls,
} from './contrast.js';
import { cleanupFixtures, fixture, settle, shadow, shadowAll, until } from './fixture.js';
import { emulateMedia, resetMedia } from './media.js';
import { pilotMeeting, scoreMeeting } from './meetings.js';
import { exampleFund, scenes } from './scenes.js';
import { embedExampleDarkTheme } from './themes.js';

afterEach(async () => {
  cleanupFixtures();
  await resetMedia();
});
afterAll(resetMedia);

/** The element that really has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Renders between two page buttons, so Tab can walk in and out of the element. */
async function between(template: TemplateResult, tag: string, lang = 'en'): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    html`<button id="before" type="button">before</button>${template}<button
        id="after"
        type="button"
      >
        after
      </button>`,
    { lang, selector: tag },
  );
}

/** Tabs from the page button before the element through all it holds; calls `visit` on each. */
async function tabThrough(visit: (focused: Element) => void): Promise<number> {
  document.getElementById('before')!.focus();
  let visited = 0;
  for (let i = 0; i < 80; i++) {
    await userEvent.tab();
    const active = deepActive();
    if (!active || active.id === 'after') break;
    visited++;
    visit(active);
  }
  return visited;
}

function shadowElements(host: Element): Element[] {
  return [...composedElements(host)].filter((el) => el !== host);
}

describe('prefers-reduced-motion', () => {
  it('the weight bars animate by default and not at all when motion is reduced', async () => {
    const el = await fixture<HTMLElement>(
      html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
    );
    const bar = shadow(el, '[part="bar"] span');
    expect(getComputedStyle(bar).transitionDuration).toBe('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    expect(getComputedStyle(bar).transitionDuration).toBe('0s');
  });

  for (const scene of scenes) {
    it(`${scene.name}: no transition, animation or smooth scrolling when motion is reduced`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<HTMLElement>(scene.template(), { selector: scene.tag });
      await scene.drive?.(el);
      const moving = shadowElements(el).flatMap((node) =>
        [node, ...(['::before', '::after'] as const)].flatMap((pseudo) => {
          const style =
            typeof pseudo === 'string' ? getComputedStyle(node, pseudo) : getComputedStyle(node);
          const durations = `${style.transitionDuration},${style.animationDuration}`;
          const still =
            durations.split(',').every((d) => parseFloat(d) === 0) &&
            style.animationName === 'none' &&
            style.scrollBehavior !== 'smooth';
          return still ? [] : [`${node.localName}${typeof pseudo === 'string' ? pseudo : ''}`];
        }),
      );
      expect(shadowElements(el).length).toBeGreaterThan(5);
      expect(moving).toEqual([]);
    });
  }
});

describe('forced-colors: active', () => {
  for (const scene of scenes) {
    it(`${scene.name}: focus rings and field borders stay visible in system colours`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const el = await between(scene.template(), scene.tag);
      await scene.drive?.(el);
      const problems: string[] = [];
      const visited = await tabThrough((focused) => {
        const ringed = [focused, focused.closest('label')].find((e) => {
          const style = e && getComputedStyle(e);
          return style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
        if (!ringed) return void problems.push(`no focus outline on ${focused.localName}`);
        // Chromium's emulated Highlight is translucent (rgba(5, 0, 73, 0.8)): composite it
        const around = effectiveBackground(ringed.parentElement ?? ringed).color;
        const ring = over(parseColor(getComputedStyle(ringed).outlineColor), around);
        if (contrastRatio(ring, around) < 3) {
          problems.push(`faint focus outline on ${ringed.localName}: ${JSON.stringify(ring)}`);
        }
      });
      expect(visited).toBeGreaterThan(0);
      for (const field of shadowElements(el)) {
        if (!field.matches('input:not([type=checkbox], [type=radio]), select, textarea, button'))
          continue;
        if (!field.checkVisibility()) continue;
        const style = getComputedStyle(field);
        const border = parseColor(style.borderTopColor);
        const around = effectiveBackground(field.parentElement!).color;
        // a field or button shows where it is by a border (or, for a borderless text button,
        // by its text: the forced-colour ButtonText on Canvas)
        const edge =
          parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none'
            ? border
            : parseColor(style.color);
        if (edge.a < 1 || contrastRatio(edge, around) < 3) {
          problems.push(`${field.localName}.${field.className} has no visible edge`);
        }
      }
      expect(problems).toEqual([]);
      const found = textContrastShortfalls(el);
      expect(found, formatShortfalls(found)).toEqual([]);
    });
  }

  it('marks the primary button, the chosen approval and the funding line with system colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const ballot = await fixture<HTMLElement>(
      html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
    );
    const primary = shadow(ballot, 'button.primary');
    const canvas = effectiveBackground(ballot).color;
    expect(parseFloat(getComputedStyle(primary).borderTopWidth)).toBe(2);
    const text = parseColor(getComputedStyle(ballot).color);
    expect(contrastRatio(parseColor(getComputedStyle(primary).borderTopColor), canvas)).toBe(
      contrastRatio(text, canvas),
    );
    const toggle = shadowAll(ballot, '.toggle')[0]!;
    const unchecked = getComputedStyle(toggle).borderTopColor;
    await userEvent.click(toggle.querySelector('input')!);
    // checked: 2 px in Highlight, another system colour than the unchecked ones' border
    expect(getComputedStyle(toggle).borderTopWidth).toBe('2px');
    expect(getComputedStyle(toggle).borderTopColor).not.toBe(unchecked);
    const table = await fixture<HTMLElement>(
      html`<qy-ranking-table
        fund=${exampleFund}
        .meeting=${corePilotMeeting}
        .ballots=${pilotBallots}
      ></qy-ranking-table>`,
    );
    // the line is the row's border on a phone card, its cells' border in the wide table
    const row = shadow(table, '[part="funding-line"]');
    const line = [row, ...row.children].find(
      (e) => getComputedStyle(e).borderBottomStyle === 'double',
    )!;
    expect(line).toBeDefined();
    expect(getComputedStyle(line).borderBottomColor).toBe(getComputedStyle(table).color);
  });
});

describe('print: <qy-ranking-table>', () => {
  for (const width of ['360px', '60rem']) {
    for (const lang of ['en', 'zh-CN']) {
      it(`prints every row and no button, in black on white even in the dark theme (${width}, ${lang})`, async () => {
        const dark = await embedExampleDarkTheme();
        const el = await fixture<HTMLElement>(
          html`<div style="${dark}; width:${width}">
            <qy-ranking-table
              fund=${exampleFund}
              .meeting=${corePilotMeeting}
              .ballots=${pilotBallots}
            ></qy-ranking-table>
          </div>`,
          { lang, selector: 'qy-ranking-table' },
        );
        const rows = shadowAll(el, 'tbody tr[part="row"]');
        expect(rows).toHaveLength(corePilotMeeting.projects.length);
        const buttons = shadowAll(el, 'button');
        expect(buttons.filter((b) => b.checkVisibility()).length).toBeGreaterThan(0);
        await emulateMedia({ media: 'print' });
        expect(matchMedia('print').matches).toBe(true);
        // no control prints: the export and "why" buttons are gone, the sort buttons are
        // bare header text without arrows, frames or fills
        const printed = buttons.filter((b) => b.checkVisibility());
        for (const button of printed) {
          expect(button.closest('thead'), button.textContent!).not.toBeNull();
          const style = getComputedStyle(button);
          expect(style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0).toBe(
            true,
          );
          expect(parseColor(style.backgroundColor).a).toBe(0);
          const arrows = [...button.querySelectorAll('[aria-hidden="true"]')];
          expect(arrows.every((a) => !a.checkVisibility())).toBe(true);
        }
        expect(shadow(el, '[part="export-button"]').checkVisibility()).toBe(false);
        // every row is laid out and painted in full, none scrolled away or skipped
        const scroller = shadow(el, '.scroller');
        expect(getComputedStyle(scroller).overflowX).toBe('visible');
        for (const row of rows) {
          expect(row.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
          expect(getComputedStyle(row).contentVisibility).toBe('visible');
          expect(row.getBoundingClientRect().height).toBeGreaterThan(0);
          expect(row.textContent).toMatch(/\d/);
        }
        // black on white paper: the host page's dark colours are not printed
        expect(effectiveBackground(shadow(el, 'table')).color).toEqual({
          r: 255,
          g: 255,
          b: 255,
          a: 1,
        });
        const found = textContrastShortfalls(el);
        expect(found, formatShortfalls(found)).toEqual([]);
      });
    }
  }
});

/** Documented `@csspart` names of a component, read from its source. */
async function documentedParts(component: string): Promise<string[]> {
  const source = await server.commands.readFile(`src/${component}/${component}.ts`);
  return [...source.matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]!);
}

async function clickText(el: HTMLElement, label: string): Promise<void> {
  const button = shadowAll<HTMLButtonElement>(el, 'button').find(
    (b) => b.textContent?.trim() === label,
  );
  if (!button) throw new Error(`no button "${label}"`);
  await userEvent.click(button);
  await settle(el.parentElement!);
}

/** States that, together, show every documented part of each component. */
const partStates: Record<
  string,
  { template: () => TemplateResult; drive?: (el: HTMLElement) => Promise<void> }[]
> = {
  ballot: [
    { template: () => html`<qy-ballot voter="v-jinhuali" .meeting=${pilotMeeting()}></qy-ballot>` },
    { template: () => html`<qy-ballot voter="v-expert" .meeting=${scoreMeeting()}></qy-ballot>` },
    {
      template: () => html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      drive: (el) => clickText(el, 'Review my ballot'),
    },
    {
      template: () => html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      drive: async (el) => {
        await clickText(el, 'Review my ballot');
        await clickText(el, 'Submit ballot');
        await settle(el.parentElement!);
        for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('[part="receipt"]'); i++) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      },
    },
    { template: () => html`<qy-ballot .meeting=${{ id: 'bad' }}></qy-ballot>` },
    {
      // No voter, no code: the code step.
      template: () =>
        html`<qy-ballot
          code-param="c"
          endpoint="/__stub/ballots"
          .meeting=${pilotMeeting()}
        ></qy-ballot>`,
    },
  ],
  'ranking-table': [
    {
      template: () =>
        html`<qy-ranking-table
          fund=${exampleFund}
          .meeting=${corePilotMeeting}
          .ballots=${pilotBallots}
        ></qy-ranking-table>`,
      drive: async (el) => {
        await userEvent.click(shadowAll(el, 'td.why-cell button')[0]!);
        await settle(el.parentElement!);
      },
    },
    {
      template: () =>
        html`<qy-ranking-table
          fund="12.5"
          .meeting=${corePilotMeeting}
          .ballots=${pilotBallots}
        ></qy-ranking-table>`,
    },
    // no ballots: every total is 0, so each row says what broke its tie
    {
      template: () =>
        html`<qy-ranking-table .meeting=${corePilotMeeting} .ballots=${[]}></qy-ranking-table>`,
    },
    { template: () => html`<qy-ranking-table></qy-ranking-table>` },
    { template: () => html`<qy-ranking-table .meeting=${{ id: 'bad' }}></qy-ranking-table>` },
  ],
  'weight-editor': [
    { template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>` },
    { template: () => html`<qy-weight-editor></qy-weight-editor>` },
    { template: () => html`<qy-weight-editor .meeting=${{ id: 'bad' }}></qy-weight-editor>` },
  ],
  'application-form': [
    {
      template: () => html`<qy-application-form></qy-application-form>`,
      drive: (el) => clickText(el, 'Submit the application'),
    },
    {
      template: () =>
        html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`,
      drive: (el) => clickText(el, 'Submit the application'),
    },
    {
      template: () => html`<qy-application-form .application=${{ id: 42 }}></qy-application-form>`,
    },
  ],
  'project-status': [
    {
      template: () =>
        html`<qy-project-status
          .history=${pilotHistory(4)}
          .bodies=${pilotBodies}
          .documents=${pilotDocuments}
        ></qy-project-status>`,
    },
    { template: () => html`<qy-project-status status="team-formed"></qy-project-status>` },
    { template: () => html`<qy-project-status></qy-project-status>` },
    {
      template: () => html`<qy-project-status .history=${[{ type: 'nope' }]}></qy-project-status>`,
    },
    // the accountability view of a funded project (loaded on demand): closed, then terminated
    {
      template: () =>
        html`<qy-project-status
          .history=${jinhualiExecutionHistory}
          .bodies=${pilotProjectContext.bodies}
          .documents=${pilotProjectContext}
        ></qy-project-status>`,
    },
    {
      template: () =>
        html`<qy-project-status
          .history=${liuyinliTerminationHistory}
          .bodies=${pilotProjectContext.bodies}
          .documents=${pilotProjectContext}
        ></qy-project-status>`,
      drive: (el) =>
        until(() => el.shadowRoot?.querySelector('[part="termination"]') != null, 'steps'),
    },
  ],
};

describe('::part() from the host page', () => {
  for (const [component, states] of Object.entries(partStates)) {
    it(`qy-${component}: every documented part exists and takes the page's ::part() styles`, async () => {
      const parts = await documentedParts(component);
      expect(parts.length).toBeGreaterThan(3);
      const sheet = document.createElement('style');
      sheet.textContent = parts
        .map((p) => `qy-${component}::part(${p}) { color: rgb(1, 2, 3); scroll-margin-top: 7px; }`)
        .join('\n');
      document.head.append(sheet);
      try {
        const seen = new Set<string>();
        for (const state of states) {
          const el = await fixture<HTMLElement>(state.template(), { lang: 'en' });
          await state.drive?.(el);
          for (const part of parts) {
            for (const node of shadowAll(el, `[part~="${part}"]`)) {
              const style = getComputedStyle(node);
              expect(style.scrollMarginTop, `${part} takes ::part()`).toBe('7px');
              expect(style.color, `${part} takes ::part()`).toBe('rgb(1, 2, 3)');
              seen.add(part);
            }
          }
          cleanupFixtures();
        }
        expect(parts.filter((p) => !seen.has(p))).toEqual([]);
      } finally {
        sheet.remove();
      }
    });
  }
});

describe('--qy-* custom properties on the host', () => {
  const custom = 'rgb(1, 2, 3)';
  const cases: {
    property: string;
    template: () => TemplateResult;
    selector: string;
    css: keyof CSSStyleDeclaration;
    value?: string;
    expected?: string;
    drive?: (el: HTMLElement) => Promise<void>;
  }[] = [
    {
      property: '--qy-color-accent',
      template: () => html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      selector: 'button.primary',
      css: 'backgroundColor',
    },
    {
      property: '--qy-color-accent-contrast',
      template: () => html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      selector: 'button.primary',
      css: 'color',
    },
    {
      property: '--qy-color-text',
      template: () =>
        html`<qy-project-status
          .history=${pilotHistory(4)}
          .bodies=${pilotBodies}
          .documents=${pilotDocuments}
        ></qy-project-status>`,
      selector: '.current',
      css: 'color',
    },
    {
      property: '--qy-color-surface',
      template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
      selector: 'input',
      css: 'backgroundColor',
    },
    {
      property: '--qy-color-muted',
      template: () =>
        html`<qy-ranking-table
          fund=${exampleFund}
          .meeting=${corePilotMeeting}
          .ballots=${pilotBallots}
        ></qy-ranking-table>`,
      selector: 'tr.beyond td',
      css: 'color',
    },
    {
      property: '--qy-color-border',
      template: () => html`<qy-application-form></qy-application-form>`,
      selector: 'input',
      css: 'borderTopColor',
    },
    {
      property: '--qy-color-danger',
      template: () => html`<qy-application-form></qy-application-form>`,
      selector: '.req',
      css: 'color',
    },
    {
      property: '--qy-radius',
      template: () => html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      selector: '.project',
      css: 'borderTopLeftRadius',
      value: '3px',
      expected: '3px',
    },
    {
      property: '--qy-font-family',
      template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
      selector: 'legend',
      css: 'fontFamily',
      value: 'serif',
      expected: 'serif',
    },
    {
      property: '--qy-focus-ring',
      template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
      selector: 'input',
      css: 'outlineColor',
      value: `5px dotted ${custom}`,
      drive: async (el) => {
        shadow(el, 'input').focus();
        await userEvent.keyboard('{ArrowUp}');
      },
    },
    {
      property: '--qy-weight-bar-color',
      template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
      selector: '.bar span',
      css: 'backgroundColor',
    },
    {
      property: '--qy-weight-track-color',
      template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
      selector: '.bar',
      css: 'backgroundColor',
    },
    {
      property: '--qy-ballot-card-background',
      template: () => html`<qy-ballot voter="v-expert" .meeting=${pilotMeeting()}></qy-ballot>`,
      selector: '.project',
      css: 'backgroundColor',
    },
    {
      property: '--qy-ranking-funding-line-color',
      template: () =>
        html`<qy-ranking-table
          fund=${exampleFund}
          .meeting=${corePilotMeeting}
          .ballots=${pilotBallots}
        ></qy-ranking-table>`,
      selector: 'tr.line',
      css: 'borderBottomColor',
    },
    {
      property: '--qy-ranking-header-background',
      template: () =>
        html`<qy-ranking-table
          fund=${exampleFund}
          .meeting=${corePilotMeeting}
          .ballots=${pilotBallots}
        ></qy-ranking-table>`,
      selector: 'thead th',
      css: 'backgroundColor',
    },
  ];
  for (const c of cases) {
    it(`${c.property} set on the host changes ${String(c.css)} of ${c.selector} inside`, async () => {
      // on a phone (the funding line is then the card row's border, not its cells')
      const el = await fixture<HTMLElement>(html`<div style="width: 360px">${c.template()}</div>`, {
        lang: 'en',
        selector: 'div > *',
      });
      await c.drive?.(el);
      const read = () => String(getComputedStyle(shadow(el, c.selector))[c.css]);
      const before = read();
      const expected = c.expected ?? custom;
      expect(before).not.toBe(expected);
      el.style.setProperty(c.property, c.value ?? custom);
      expect(read()).toBe(expected);
    });
  }
});
