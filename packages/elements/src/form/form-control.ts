import { property, state } from 'lit/decorators.js';
import { QyElement } from '../internal/qy-element.js';

/** What a control reports about its validity: nothing when valid. */
export interface ControlValidity {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement;
}

/**
 * The base of every Qingyuan form control. It is form-associated, so it takes part in a plain
 * host `<form>`: its value is submitted under its `name`, it reports validity (and blocks
 * submission when invalid), it honours `disabled` on itself or an ancestor fieldset, and the
 * form's reset and the browser's state restore reach it.
 *
 * Subclasses say what their value serialises to, how to reset and restore it, and whether it is
 * valid; the base keeps the form in sync after every render.
 *
 * @example
 * class QyNote extends QyFormControl<'required'> {
 *   text = '';
 *   protected formValue() { return this.text; }
 *   protected resetValue() { this.text = ''; }
 *   protected restoreValue(state: string) { this.text = state; }
 *   protected checkControlValidity() {
 *     return this.text ? undefined : { flags: { valueMissing: true }, message: this.t('required') };
 *   }
 * }
 */
export abstract class QyFormControl<K extends string = string> extends QyElement<K> {
  static formAssociated = true;

  /** The element internals that connect this control to its form. */
  protected readonly internals: ElementInternals;

  /** The name under which the value is submitted with the host form. */
  @property({ reflect: true }) name = '';

  /** Disables the control; it is then neither editable nor submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set when an ancestor `<fieldset disabled>` disables the control. */
  @state() protected formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form this control belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The control's validity, as for native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The localized message explaining why the control is invalid ('' when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when the control is disabled by itself or by an ancestor fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Checks validity, firing `invalid` when invalid, as native controls do. */
  checkValidity(): boolean {
    this.syncForm();
    return this.internals.checkValidity();
  }

  /** Checks validity and shows the browser's message when invalid. */
  reportValidity(): boolean {
    this.syncForm();
    return this.internals.reportValidity();
  }

  /** The value submitted with the form (null submits nothing). */
  protected abstract formValue(): string | null;

  /** Puts the control back to its initial value (form reset). */
  protected abstract resetValue(): void;

  /** Restores a value saved by the browser (back/forward, autofill). */
  protected abstract restoreValue(state: string): void;

  /** Why the control is invalid, or undefined when it is valid. */
  protected abstract checkControlValidity(): ControlValidity | undefined;

  /** Pushes value and validity to the form; runs after every render. */
  protected syncForm(): void {
    const value = this.isDisabled ? null : this.formValue();
    this.internals.setFormValue(value, value);
    const invalid = this.isDisabled ? undefined : this.checkControlValidity();
    if (invalid) this.internals.setValidity(invalid.flags, invalid.message, invalid.anchor);
    else this.internals.setValidity({});
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** @internal Called by the browser when the host form is reset. */
  formResetCallback(): void {
    this.resetValue();
    this.requestUpdate();
  }

  /** @internal Called by the browser to restore a saved value. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') {
      this.restoreValue(state);
      this.requestUpdate();
    }
  }

  /** @internal Called by the browser when an ancestor fieldset is (un)disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
