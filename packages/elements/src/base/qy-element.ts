import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { Locale, Catalogs, MessageParams } from '@qingyuan/core';
import { parseMessageOverrides, translate, type MessageOverrides } from '../i18n/messages.js';

/**
 * The base of every Qingyuan element: it speaks the locale of the nearest `lang` (re-rendering
 * when any `lang` changes), and looks its text up in a typed per-locale catalog that the host
 * page can override through the `messages` property or attribute.
 *
 * @example
 * class QyHello extends QyElement<'hello'> {
 *   protected readonly catalogs = { en: { hello: 'Hello' }, 'zh-CN': { hello: '你好' } };
 *   render() { return html`<p>${this.t('hello')}</p>`; }
 * }
 */
export abstract class QyElement<K extends string = string> extends LitElement {
  /**
   * Per-locale overrides of the shipped text, e.g. `{"en":{"submit":"Cast my vote"}}`. As an
   * attribute it is JSON.
   */
  @property({ attribute: 'messages', converter: { fromAttribute: parseMessageOverrides } })
  messages: MessageOverrides<K> | undefined;

  private readonly localeController = new LocaleController(this);

  /** The shipped messages of this element. */
  protected abstract readonly catalogs: Catalogs<K>;

  /** The locale this element renders in: nearest `lang`, then `<html lang>`, browser, English. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** The text for a key in the current locale, with host overrides and `{name}` params. */
  protected t(key: K, params?: MessageParams): string {
    return translate(this.catalogs, this.messages, this.locale, key, params);
  }
}
