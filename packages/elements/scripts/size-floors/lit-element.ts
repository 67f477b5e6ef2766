// Size floor: Lit alone, with one trivial element (what any Lit component costs).
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

class QyFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  @property() label = '';
  override render() {
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('qy-floor', QyFloor);
