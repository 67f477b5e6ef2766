import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type SupportedLocale } from './locale.js';

type LocaleListener = () => void;

const listeners = new Set<LocaleListener>();
let observer: MutationObserver | undefined;

function watch(listener: LocaleListener): void {
  listeners.add(listener);
  if (observer === undefined) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

function unwatch(listener: LocaleListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Keeps a host element's locale in step with the nearest `lang` attribute. One shared
 * MutationObserver watches every `lang` in the document, so switching `<html lang>` (or any
 * ancestor's) re-renders every connected Qingyuan element in the new language.
 *
 * @example
 * class MyEl extends LitElement {
 *   private readonly localeController = new LocaleController(this);
 *   render() { return this.localeController.locale; }
 * }
 */
export class LocaleController implements ReactiveController {
  /** The locale the host speaks now. */
  locale: SupportedLocale = 'en';

  private readonly update = (): void => {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.locale = resolveLocale(this.host);
    watch(this.update);
  }

  hostDisconnected(): void {
    unwatch(this.update);
  }
}
