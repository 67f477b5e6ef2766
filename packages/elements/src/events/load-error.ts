import type { ShownIssue } from '../data/document-result.js';

/** Where a component's document came from (`box`: read from a ballot box with `box` + an id). */
export type DocumentSource = 'property' | 'src' | 'inline' | 'box';

/** What `qy-load-error` carries. */
export interface QyLoadErrorDetail {
  source: DocumentSource;
  issues: readonly ShownIssue[];
}

/**
 * Fired when a component's document (a meeting, a tally result…) is missing, unreachable or
 * malformed. The component also shows the issues in a visible, localized error state.
 *
 * @example
 * el.addEventListener('qy-load-error', (event) => console.log(event.detail.issues));
 */
export class QyLoadErrorEvent extends Event {
  static readonly type = 'qy-load-error';
  constructor(readonly detail: QyLoadErrorDetail) {
    super(QyLoadErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qy-load-error': QyLoadErrorEvent;
  }
}
