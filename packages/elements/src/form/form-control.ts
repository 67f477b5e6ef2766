import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QyElement } from '../base/qy-element.js';

/** Why the browser restores a control's state: history navigation, or the user's autofill. */
export type FormStateRestoreMode = 'restore' | 'autocomplete';

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
 * The browser restores a control right after it upgrades (back/forward, autofill), often before
 * its document has loaded. A control whose value depends on a document overrides
 * {@link QyFormControl.restoreReady}: until it says yes the restored state is kept pending, then
 * applied once, after the document has set up its initial value (a form reset drops it).
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

  /** A restored state waiting until the control can take it ({@link restoreReady}). */
  private pendingRestore: string | undefined;

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

  /**
   * Restores a value saved by the browser (back/forward, autofill). Called only when
   * {@link restoreReady} holds; keeps what fits the control's document, drops the rest, and
   * ignores a state it cannot read.
   */
  protected abstract restoreValue(state: string): void;

  /**
   * Whether a restored state can be applied now: the control's document, if it has one, is
   * loaded and its initial value set. Checked after the controllers' update (so a document
   * given as a property or inline child is already read). Defaults to true.
   */
  protected restoreReady(): boolean {
    return true;
  }

  /** Applies a pending restored state if the control can take it now. */
  protected applyPendingRestore(): void {
    const saved = this.pendingRestore;
    if (saved === undefined || !this.restoreReady()) return;
    this.pendingRestore = undefined;
    this.restoreValue(saved);
  }

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

  protected override update(changed: PropertyValues): void {
    // After the controllers' hostUpdate (a document read now is ready), before rendering.
    this.applyPendingRestore();
    super.update(changed);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** @internal Called by the browser when the host form is reset. */
  formResetCallback(): void {
    this.pendingRestore = undefined;
    this.resetValue();
    this.requestUpdate();
  }

  /**
   * @internal Called by the browser to restore a saved value (`mode` 'restore' on history
   * navigation, 'autocomplete' for autofill). Before the first update, or before
   * {@link restoreReady}, the state waits and is applied when the control is ready.
   */
  formStateRestoreCallback(
    state: string | File | FormData | null,
    _mode?: FormStateRestoreMode,
  ): void {
    if (typeof state !== 'string') return;
    this.pendingRestore = state;
    if (this.hasUpdated) this.applyPendingRestore();
    this.requestUpdate();
  }

  /** @internal Called by the browser when an ancestor fieldset is (un)disabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
