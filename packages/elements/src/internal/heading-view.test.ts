import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderHeading } from './heading-view.js';

function drawn(level: number, depth: number, options = {}): HTMLElement {
  const host = document.createElement('div');
  render(renderHeading(level, depth, 'Title', options), host);
  return host.firstElementChild as HTMLElement;
}

describe('renderHeading', () => {
  it('draws the heading at the level asked for plus its depth, within h2–h6', () => {
    expect(drawn(2, 0).localName).toBe('h2');
    expect(drawn(3, 0).localName).toBe('h3');
    expect(drawn(3, 1).localName).toBe('h4');
    expect(drawn(6, 0).localName).toBe('h6');
    expect(drawn(5, 2).localName).toBe('h6');
    expect(drawn(9, 0).localName).toBe('h6');
    expect(drawn(1, 0).localName).toBe('h2');
    expect(drawn(-4, 1).localName).toBe('h3');
  });

  it('counts a level that is not a whole number as 2', () => {
    expect(drawn(Number.NaN, 0).localName).toBe('h2');
    expect(drawn(2.5, 1).localName).toBe('h3');
  });

  it('carries its id, class and tab stop, and no empty attributes', () => {
    const heading = drawn(4, 0, { id: 'heading', className: 'title', tabindex: -1 });
    expect(heading.id).toBe('heading');
    expect(heading.className).toBe('title');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(heading.textContent).toBe('Title');
    expect(drawn(2, 0).getAttributeNames()).toEqual([]);
  });
});
