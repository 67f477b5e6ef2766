/**
 * Registers `<qy-application-form>` (import for its side effect) and exports its class.
 * The class without registering it: the class entry `@qingyuan/elements/application-form.js`.
 *
 * @example
 * import '@qingyuan/elements/define/application-form.js';
 */
import { defineElement } from '../base/define.js';
import { QyApplicationForm } from '../application-form/application-form.js';

defineElement('qy-application-form', QyApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'qy-application-form': QyApplicationForm;
  }
}

export { QyApplicationForm };
