import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { QyFormControl } from '../form/form-control.js';
import { cleanupFixtures, fixture, settle } from './fixture.js';

/**
 * A control whose document (meeting, application, …) arrives after the browser restored its
 * state — the normal case on back/forward navigation and autofill, where the browser restores
 * right after the element upgrades while its `src` is still fetching.
 */
export interface LateDocumentHooks<E extends QyFormControl> {
  /**
   * Creates the control, named `field`, and appends it to the form's fieldset, synchronously
   * and without its document yet (no property set, or a `src` still fetching). Not awaited: the
   * suite restores right away, before the control's first update, as the browser does.
   */
  create: (form: HTMLFormElement) => E;
  /**
   * Gives the control its document (or waits for it to arrive) until the control shows it. The
   * control fires `qy-load` as the document arrives.
   */
  load: (control: E) => Promise<void>;
}

/** How {@link runFormControlTests} creates and fills one control. */
export interface FormControlTestOptions<E extends QyFormControl> {
  /** The control's tag, for test names. */
  tag: string;
  /** Creates the control, ready and empty, inside the given form, named `field`. */
  create: (form: HTMLFormElement) => E | Promise<E>;
  /** Gives the control a non-initial value through its UI (real key presses or clicks). */
  fill: (control: E) => Promise<void>;
  /** Whether the control is invalid before it is filled (and valid after). */
  invalidWhenEmpty: boolean;
  /**
   * Opt-in: gives the control an in-progress value through its UI, one that is not yet valid
   * (half a ballot, weights not summing to 100, a half-written application). Runs the cases
   * that restore such a state.
   */
  fillPartly?: (control: E) => Promise<void>;
  /** Opt-in: runs the cases where the state is restored before the control's document arrives. */
  lateDocument?: LateDocumentHooks<E>;
  /**
   * Opt-in: checks that a form reset after a restore gives the value the control had when it
   * was mounted (the cases above check it too). A control that keeps its own draft across
   * mounts (the needs survey's local draft) starts from that draft, so it cannot opt in as is.
   */
  resetAfterRestore?: boolean;
  /**
   * What of a submitted value to compare with the initial value of another mount: the needs
   * survey's response id is random per mount, so it compares the response without it.
   */
  comparable?: (value: FormDataEntryValue | null) => unknown;
}

async function emptyForm(lang = 'en'): Promise<HTMLFormElement> {
  return fixture<HTMLFormElement>(html`<form><fieldset></fieldset></form>`, { lang });
}

async function mount<E extends QyFormControl>(
  options: FormControlTestOptions<E>,
  lang = 'en',
): Promise<{ form: HTMLFormElement; control: E }> {
  const form = await emptyForm(lang);
  const control = await options.create(form);
  await settle(form);
  await control.updateComplete;
  return { form, control };
}

function submitted(form: HTMLFormElement): FormDataEntryValue | null {
  return new FormData(form).get('field');
}

/** What a control says about its validity, to compare two controls. */
function validityOf(control: QyFormControl): { valid: boolean; message: string } {
  control.checkValidity();
  return { valid: control.validity.valid, message: control.validationMessage };
}

/** What a filled (or partly filled) control submits, and its validity. */
async function savedState<E extends QyFormControl>(
  options: FormControlTestOptions<E>,
  fill: (control: E) => Promise<void>,
): Promise<{ saved: string; validity: { valid: boolean; message: string } }> {
  const { form, control } = await mount(options);
  await fill(control);
  await control.updateComplete;
  const saved = submitted(form);
  expect(typeof saved).toBe('string');
  return { saved: saved as string, validity: validityOf(control) };
}

/**
 * Mounts a control through its late-document hooks; `beforeLoad` runs right after it is
 * appended (before its first update, where the browser restores), then the document arrives.
 */
async function mountLate<E extends QyFormControl>(
  hooks: LateDocumentHooks<E>,
  beforeLoad: (control: E, form: HTMLFormElement) => void = () => {},
): Promise<{ form: HTMLFormElement; control: E }> {
  const form = await emptyForm();
  const control = hooks.create(form);
  beforeLoad(control, form);
  await settle(form);
  await hooks.load(control);
  await settle(form);
  await control.updateComplete;
  return { form, control };
}

/**
 * The suite every Qingyuan form control passes (after Web Awesome's `runFormControlBaseTests`):
 * form association, submitted value, reset, disabled (own and fieldset), validity with a
 * localized message, and state restore. Opt-in cases: `resetAfterRestore` (a reset after a
 * restore goes back to the initial value), `fillPartly` (an in-progress state restores with the
 * same validity), `lateDocument` (a state restored before the control's document arrives, as on
 * back/forward and autofill, which restore right after upgrade while `src` still fetches).
 *
 * @example
 * runFormControlTests({ tag: 'qy-weight-editor', create, fill, invalidWhenEmpty: false });
 * runFormControlTests({ tag: 'qy-ballot', create, fill, invalidWhenEmpty: true,
 *   resetAfterRestore: true, fillPartly, lateDocument: { create: createWithSrc, load } });
 */
export function runFormControlTests<E extends QyFormControl>(
  options: FormControlTestOptions<E>,
): void {
  describe(`<${options.tag}> as a form control`, () => {
    afterEach(cleanupFixtures);

    it('is form-associated and belongs to its form', async () => {
      const { form, control } = await mount(options);
      expect((control.constructor as typeof QyFormControl).formAssociated).toBe(true);
      expect(control.form).toBe(form);
      expect([...form.elements]).toContain(control);
    });

    it('submits its value under its name, changed by the user', async () => {
      const { form, control } = await mount(options);
      const before = submitted(form);
      await options.fill(control);
      await control.updateComplete;
      const after = submitted(form);
      expect(typeof after).toBe('string');
      expect(after).not.toBe('');
      expect(after).not.toEqual(before);
    });

    it('goes back to its initial value when the form is reset', async () => {
      const { form, control } = await mount(options);
      const before = submitted(form);
      await options.fill(control);
      await control.updateComplete;
      form.reset();
      await control.updateComplete;
      expect(submitted(form)).toEqual(before);
    });

    it('is neither submitted nor editable when disabled', async () => {
      const { form, control } = await mount(options);
      await options.fill(control);
      control.disabled = true;
      await control.updateComplete;
      expect(control.isDisabled).toBe(true);
      expect(submitted(form)).toBeNull();
      const inner = [...(control.shadowRoot?.querySelectorAll('input, button, select') ?? [])];
      expect(inner.length).toBeGreaterThan(0);
      for (const el of inner) expect(el.matches(':disabled')).toBe(true);
    });

    it('is disabled by an ancestor <fieldset disabled>', async () => {
      const { form, control } = await mount(options);
      await options.fill(control);
      form.querySelector('fieldset')!.disabled = true;
      await control.updateComplete;
      await control.updateComplete;
      expect(control.isDisabled).toBe(true);
      expect(submitted(form)).toBeNull();
    });

    it('reports validity with a localized message', async () => {
      const { form, control } = await mount(options);
      if (options.invalidWhenEmpty) {
        expect(control.checkValidity()).toBe(false);
        expect(form.checkValidity()).toBe(false);
        expect(control.validity.valid).toBe(false);
        const english = control.validationMessage;
        expect(english).not.toBe('');
        const zh = await mount(options, 'zh-CN');
        zh.control.checkValidity();
        expect(zh.control.validationMessage).not.toBe('');
        expect(zh.control.validationMessage).not.toBe(english);
      }
      await options.fill(control);
      await control.updateComplete;
      expect(control.checkValidity()).toBe(true);
      expect(control.validationMessage).toBe('');
    });

    const comparable = options.comparable ?? ((value: FormDataEntryValue | null) => value);
    /** A form's value as compared with the initial value of another mount. */
    const initialOf = (form: HTMLFormElement): unknown => comparable(submitted(form));

    it('restores a saved state as the browser does', async () => {
      const { saved, validity } = await savedState(options, options.fill);
      const second = await mount(options);
      second.control.formStateRestoreCallback(saved, 'restore');
      await second.control.updateComplete;
      expect(submitted(second.form)).toEqual(saved);
      expect(validityOf(second.control)).toEqual(validity);
    });

    if (options.resetAfterRestore) {
      it('goes back to its initial value when the form is reset after a restore', async () => {
        const { saved } = await savedState(options, options.fill);
        const second = await mount(options);
        const initial = initialOf(second.form);
        expect(comparable(saved)).not.toEqual(initial);
        second.control.formStateRestoreCallback(saved, 'restore');
        await second.control.updateComplete;
        expect(submitted(second.form)).toEqual(saved);
        second.form.reset();
        await second.control.updateComplete;
        expect(initialOf(second.form)).toEqual(initial);
      });
    }

    const { fillPartly, lateDocument } = options;

    if (fillPartly) {
      it('restores an in-progress state and reports what is still missing', async () => {
        const { saved, validity } = await savedState(options, fillPartly);
        expect(validity.valid).toBe(false);
        const second = await mount(options);
        const initial = initialOf(second.form);
        expect(comparable(saved)).not.toEqual(initial);
        second.control.formStateRestoreCallback(saved, 'restore');
        await second.control.updateComplete;
        expect(submitted(second.form)).toEqual(saved);
        expect(validityOf(second.control)).toEqual(validity);
        second.form.reset();
        await second.control.updateComplete;
        expect(initialOf(second.form)).toEqual(initial);
      });
    }

    if (lateDocument) {
      it('keeps a state restored before its document arrives, then applies it', async () => {
        const { saved, validity } = await savedState(options, options.fill);
        const plain = await mountLate(lateDocument);
        const initial = initialOf(plain.form);
        expect(comparable(saved)).not.toEqual(initial);
        let atLoad: FormDataEntryValue | null | undefined;
        const { form, control } = await mountLate(lateDocument, (el, host) => {
          el.formStateRestoreCallback(saved, 'restore');
          // A host reading the value as the document arrives already sees the restored state.
          el.addEventListener('qy-load', () => {
            el.checkValidity();
            atLoad = submitted(host);
          });
        });
        expect(atLoad).toEqual(saved);
        expect(submitted(form)).toEqual(saved);
        expect(validityOf(control)).toEqual(validity);
        form.reset();
        await control.updateComplete;
        expect(initialOf(form)).toEqual(initial);
      });

      it('drops a pending restored state when the form is reset before the document arrives', async () => {
        const { saved } = await savedState(options, options.fill);
        const plain = await mountLate(lateDocument);
        const initial = initialOf(plain.form);
        const { form } = await mountLate(lateDocument, (el, host) => {
          el.formStateRestoreCallback(saved, 'restore');
          host.reset();
        });
        expect(initialOf(form)).toEqual(initial);
      });

      if (fillPartly) {
        it('keeps an in-progress state restored before its document arrives', async () => {
          const { saved, validity } = await savedState(options, fillPartly);
          const { form, control } = await mountLate(lateDocument, (el) =>
            el.formStateRestoreCallback(saved, 'restore'),
          );
          expect(submitted(form)).toEqual(saved);
          expect(validityOf(control)).toEqual(validity);
        });
      }
    }
  });
}
