import type { DocumentSource } from './load-error.js';

/**
 * Fired when a component has read and validated its document and renders it.
 *
 * @example
 * el.addEventListener('qy-load', (event) => console.log('loaded from', event.detail.source));
 */
export class QyLoadEvent extends Event {
  static readonly type = 'qy-load';
  constructor(readonly detail: { source: DocumentSource }) {
    super(QyLoadEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-load': QyLoadEvent;
  }
}
