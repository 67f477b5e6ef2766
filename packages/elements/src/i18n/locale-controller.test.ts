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
