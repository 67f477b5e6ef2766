import { html, nothing, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { fieldAria, fieldError, fieldLabel } from './form-field-view.js';

const draw = (view: unknown) => {
  const host = document.createElement('div');
  render(html`${view}`, host);
  return host;
};

describe('fieldAria', () => {
  it('names the hint, and the error once there is one', () => {
    expect(fieldAria('date', false)).toEqual({ invalid: 'false', describedBy: nothing });
    expect(fieldAria('date', true)).toEqual({ invalid: 'true', describedBy: 'e-date' });
    expect(fieldAria('attendance', false, 'h-attendance').describedBy).toBe('h-attendance');
    expect(fieldAria('attendance', true, 'h-attendance').describedBy).toBe(
      'h-attendance e-attendance',
    );
  });
});

describe('fieldLabel', () => {
  it('labels the field’s control, with the optional word when given', () => {
    const plain = draw(fieldLabel('date', 'Date')).querySelector('label')!;
    expect(plain.htmlFor).toBe('f-date');
    expect(plain.textContent).toBe('Date');
    const optional = draw(fieldLabel('place', 'Place', 'optional')).querySelector('label')!;
    expect(optional.textContent).toBe('Place optional');
    expect(optional.querySelector('.optional')?.textContent).toBe('optional');
  });
});

describe('fieldError', () => {
  it('shows the message where aria-describedby points, and nothing without one', () => {
    const error = draw(fieldError('date', 'Give a date')).querySelector('p')!;
    expect(error.id).toBe('e-date');
    expect(error.getAttribute('part')).toBe('field-error');
    expect(error.textContent).toBe('Give a date');
    expect(fieldError('date', undefined)).toBe(nothing);
  });
});
