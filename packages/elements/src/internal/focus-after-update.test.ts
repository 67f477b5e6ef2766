import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { describe, expect, it } from 'vitest';
import { FocusAfterUpdateController } from './focus-after-update.js';

class FocusProbe extends LitElement {
  @state() step = 1;
  readonly focusAfter = new FocusAfterUpdateController(this);
  override render() {
    return html`<h2 id="title-${this.step}" tabindex="-1">Step ${this.step}</h2>
      <button>Next</button>`;
  }
}
customElements.define('qy-focus-probe', FocusProbe);

describe('FocusAfterUpdateController', () => {
  it('focuses what the next render shows, once', async () => {
    const probe = document.createElement('qy-focus-probe') as FocusProbe;
    document.body.append(probe);
    await probe.updateComplete;
    probe.step = 2;
    // the element this selector names does not exist until the update renders it
    probe.focusAfter.request('#title-2');
    await probe.updateComplete;
    expect(probe.shadowRoot!.activeElement?.id).toBe('title-2');
    probe.shadowRoot!.querySelector('button')!.focus();
    probe.step = 3;
    await probe.updateComplete;
    // the request was used up: a later update leaves focus where the user put it
    expect(probe.shadowRoot!.activeElement?.tagName).toBe('BUTTON');
    expect(probe.focusAfter.pending).toBeUndefined();
    probe.remove();
  });
});
