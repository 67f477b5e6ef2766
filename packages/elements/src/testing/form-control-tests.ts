import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import type { QyFormControl } from '../form/form-control.js';
import { cleanupFixtures, fixture, settle } from './fixture.js';

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
}

async function mount<E extends QyFormControl>(
  options: FormControlTestOptions<E>,
  lang = 'en',
): Promise<{ form: HTMLFormElement; control: E }> {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset></fieldset></form>`, {
    lang,
  });
  const control = await options.create(form);
  await settle(form);
  await control.updateComplete;
  return { form, control };
}

function submitted(form: HTMLFormElement): FormDataEntryValue | null {
  return new FormData(form).get('field');
}

/**
 * The suite every Qingyuan form control passes (after Web Awesome's `runFormControlBaseTests`):
 * form association, submitted value, reset, disabled (own and fieldset), validity with a
 * localized message, and state restore.
 *
 * @example
 * runFormControlTests({ tag: 'qy-weight-editor', create, fill, invalidWhenEmpty: false });
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

    it('restores a saved state', async () => {
      const first = await mount(options);
      await options.fill(first.control);
      await first.control.updateComplete;
      const saved = submitted(first.form);
      expect(typeof saved).toBe('string');
      const second = await mount(options);
      second.control.formStateRestoreCallback(saved as string);
      await second.control.updateComplete;
      expect(submitted(second.form)).toEqual(saved);
    });
  });
}
