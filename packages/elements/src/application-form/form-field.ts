import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from './field-id.js';

/** How a field of the application form looks. */
export interface FieldOptions {
  type?: 'text' | 'date' | 'number';
  inputmode?: string;
  multiline?: boolean;
  required?: boolean;
  help?: string;
  hideLabel?: boolean;
  /** Shown while empty: the field's text in another language, as a hint. */
  placeholder?: string;
  /** Called when the applicant leaves the field after changing it (its `change` event). */
  onCommit?: () => void;
}

const noCommit = (): void => {};

/** Error messages by control id (empty until the applicant tried to submit). */
export type FieldErrors = ReadonlyMap<string, string>;

/**
 * The message under a control whose value is missing or wrong (`<id>-error`), if any.
 *
 * @example
 * html`<output id="f-budget-total">…</output>${fieldError(errors, 'f-budget-total')}`;
 */
export function fieldError(errors: FieldErrors, id: string): TemplateResult | typeof nothing {
  const message = errors.get(id);
  return message
    ? html`<p class="field-error" part="field-error" id=${`${id}-error`}>${message}</p>`
    : nothing;
}

/**
 * A labelled text input or text area for a path into the application, with its help and error.
 *
 * @example
 * renderField(errors, ['title'], 'Title', value, (v) => edit(v), { required: true });
 */
export function renderField(
  errors: FieldErrors,
  path: (string | number)[],
  label: string,
  value: string,
  onInput: (value: string) => void,
  options: FieldOptions,
): TemplateResult {
  const id = fieldId(path);
  const error = errors.get(id);
  const helpId = options.help ? `${id}-help` : '';
  const describedBy = [helpId, error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const handler = (event: Event) => onInput((event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id} class=${options.hideLabel ? 'visually-hidden' : ''}>
      ${label}${options.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}
    </label>
    ${options.help ? html`<span class="help" id=${helpId}>${options.help}</span>` : nothing}
    ${
      options.multiline
        ? html`<textarea
            part="input"
            id=${id}
            rows="3"
            placeholder=${options.placeholder || nothing}
            .value=${value}
            aria-required=${options.required ? 'true' : nothing}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${describedBy}
            @input=${handler}
            @change=${options.onCommit ?? noCommit}
          ></textarea>`
        : html`<input
            part="input"
            id=${id}
            type=${options.type ?? 'text'}
            inputmode=${options.inputmode ?? nothing}
            placeholder=${options.placeholder || nothing}
            .value=${value}
            aria-required=${options.required ? 'true' : nothing}
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${describedBy}
            @input=${handler}
            @change=${options.onCommit ?? noCommit}
          />`
    }
    ${fieldError(errors, id)}
  </div>`;
}

/**
 * A labelled select for a path into the application, with its error. A required select is
 * marked like a required field.
 *
 * @example
 * renderSelect(errors, ['budget', 'total', 'currency'], 'Currency', 'CNY', [['CNY', 'CNY']], set);
 */
export function renderSelect(
  errors: FieldErrors,
  path: (string | number)[],
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  onChange: (value: string) => void,
  { required = false }: { required?: boolean } = {},
): TemplateResult {
  const id = fieldId(path);
  const error = errors.get(id);
  return html`<div class="field">
    <label for=${id}
      >${label}${required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label
    >
    <select
      part="input"
      id=${id}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${error ? 'true' : nothing}
      aria-describedby=${error ? `${id}-error` : nothing}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
    ${fieldError(errors, id)}
  </div>`;
}
