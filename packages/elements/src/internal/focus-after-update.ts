import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/**
 * Moves focus after the host's next render: a step title after "Next", the moved button after a
 * reorder, the first wrong field after a failed check. The element asks with a CSS selector
 * (into its render root); the controller focuses the first match once the update that shows it
 * is done, and forgets the request either way.
 *
 * @example
 * private readonly focusAfter = new FocusAfterUpdateController(this);
 * next() { this.page++; this.focusAfter.request('#step-title'); }
 */
export class FocusAfterUpdateController implements ReactiveController {
  private target: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Focuses the first element matching `selector` once the next update has rendered. */
  request(selector: string): void {
    this.target = selector;
    this.host.requestUpdate();
  }

  /** The selector waiting for the next update, if any. */
  get pending(): string | undefined {
    return this.target;
  }

  hostUpdated(): void {
    const target = this.target;
    if (target === undefined) return;
    this.target = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}
