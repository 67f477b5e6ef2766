import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupFixtures, fixture, until } from '../testing/fixture.js';
import { LocaleController } from './locale-controller.js';

class QyTestLocale extends LitElement {
  readonly localeController = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.localeController.locale}`;
  }
}
customElements.define('qy-test-locale', QyTestLocale);

describe('LocaleController', () => {
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = '';
  });

  it('re-renders when an ancestor’s lang changes, and only then', async () => {
    const el = await fixture<QyTestLocale>(html`<div><qy-test-locale></qy-test-locale></div>`, {
      lang: 'en',
      selector: 'qy-test-locale',
    });
    expect(el.shadowRoot!.textContent).toBe('en');
    const renders = el.renders;
    el.parentElement!.setAttribute('title', 'not a lang change');
    el.parentElement!.lang = 'zh-Hans';
    await until(() => el.shadowRoot!.textContent === 'zh-CN', 'zh-CN');
    expect(el.renders).toBe(renders + 1);
  });
});

/** A stand-in for an app shell: renders its slot-less content into its own shadow root. */
class QyTestShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
customElements.define('qy-test-shell', QyTestShell);

describe('LocaleController across shadow roots', () => {
  afterEach(() => {
    cleanupFixtures();
    document.documentElement.lang = '';
  });

  it('follows a lang changed inside an app’s shadow root', async () => {
    const shell = await fixture<QyTestShell>(html`<qy-test-shell></qy-test-shell>`, { lang: 'en' });
    const screen = document.createElement('section');
    screen.lang = 'en';
    const el = document.createElement('qy-test-locale') as QyTestLocale;
    screen.append(el);
    shell.shadowRoot!.append(screen);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('en');
    screen.lang = 'zh-CN';
    await until(() => el.shadowRoot!.textContent === 'zh-CN', 'zh-CN inside a shadow root');
  });

  it('follows the lang of a host that itself sits in another shadow root', async () => {
    const app = await fixture<QyTestShell>(html`<qy-test-shell></qy-test-shell>`, { lang: 'en' });
    const page = document.createElement('qy-test-shell');
    app.shadowRoot!.append(page);
    const el = document.createElement('qy-test-locale') as QyTestLocale;
    page.shadowRoot!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toBe('en');
    const renders = el.renders;
    page.lang = 'zh-Hans';
    await until(() => el.shadowRoot!.textContent === 'zh-CN', 'zh-CN from a nested host');
    page.lang = 'en-GB';
    await until(() => el.shadowRoot!.textContent === 'en', 'back to en');
    expect(el.renders).toBe(renders + 2);
  });
});
