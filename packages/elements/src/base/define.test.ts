import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from './define.js';

describe('defineElement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a new tag', () => {
    class A extends HTMLElement {}
    defineElement('qy-test-define-a', A);
    expect(customElements.get('qy-test-define-a')).toBe(A);
  });

  it('does nothing, silently, when the same class is registered again', () => {
    class B extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn');
    defineElement('qy-test-define-b', B);
    expect(() => defineElement('qy-test-define-b', B)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the first class and warns when another class claims the tag', () => {
    class C1 extends HTMLElement {}
    class C2 extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('qy-test-define-c', C1);
    defineElement('qy-test-define-c', C2);
    expect(customElements.get('qy-test-define-c')).toBe(C1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<qy-test-define-c>'));
  });
});
