import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@qingyuan/core';
import { resolveLocale } from './locale.js';

type LocaleListener = () => void;

const listeners = new Set<LocaleListener>();
let observer: MutationObserver | undefined;
/** The trees the shared observer already watches (a tree is observed once). */
let observed = new WeakSet<Node>();

const LANG_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};

/**
 * Watches `lang` in the document and in every shadow root between `element` and the document
 * (an observer's subtree stops at shadow boundaries), so a `lang` set inside an app's shadow
 * root, or on a host that itself sits in one, reaches the element. One observer serves every
 * tree; connecting costs a walk up the chain of roots.
 */
function watch(listener: LocaleListener, element: Element): void {
  listeners.add(listener);
  if (observer === undefined) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, LANG_CHANGES);
  }
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    if (!observed.has(root)) {
      observer.observe(root, LANG_CHANGES);
      observed.add(root);
    }
    root = root.host.getRootNode();
  }
}

function unwatch(listener: LocaleListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
    observed = new WeakSet();
  }
}

/**
 * Keeps a host element's locale in step with the nearest `lang` attribute, across shadow
 * boundaries. One shared MutationObserver watches every `lang` in the document and in the
 * shadow roots that hold Qingyuan elements, so switching `<html lang>` or any ancestor's —
 * also one inside an app's shadow root — re-renders every connected element in the new
 * language.
 *
 * @example
 * class MyEl extends LitElement {
 *   private readonly localeController = new LocaleController(this);
 *   render() { return this.localeController.locale; }
 * }
 */
export class LocaleController implements ReactiveController {
  /** The locale the host speaks now. */
  locale: Locale = 'en';

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
    watch(this.update, this.host);
  }

  hostDisconnected(): void {
    unwatch(this.update);
  }
}
