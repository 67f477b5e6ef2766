import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { DocumentController } from './document-controller.js';
import type { DocumentResult } from './document-result.js';

/** A host whose parse answers when the test says so. */
class LaterHost extends LitElement {
  document: unknown;
  readonly answers = new Map<unknown, (result: DocumentResult<string>) => void>();
  readonly doc = new DocumentController<string>(this, {
    property: () => this.document,
    src: () => undefined,
    parse: (data) =>
      typeof data === 'string'
        ? { ok: true, value: data }
        : new Promise((resolve) => this.answers.set(data, resolve)),
    t: (key) => key,
    locale: () => 'en',
  });
}
customElements.define('qy-test-later-host', LaterHost);

async function host(): Promise<{ el: LaterHost; loads: string[] }> {
  const el = document.createElement('qy-test-later-host') as LaterHost;
  const loads: string[] = [];
  el.addEventListener('qy-load', () => loads.push(el.doc.state.status));
  document.body.append(el);
  await el.updateComplete;
  return { el, loads };
}

describe('DocumentController with a parse that answers later', () => {
  it('is loading until the answer, which it then shows and announces', async () => {
    const { el, loads } = await host();
    const later = { later: 1 };
    el.document = later;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.doc.state).toEqual({ status: 'loading', source: 'property' });
    el.answers.get(later)!({ ok: true, value: 'read' });
    await Promise.resolve();
    await el.updateComplete;
    expect(el.doc.state).toEqual({ status: 'ready', value: 'read', source: 'property' });
    expect(loads).toEqual(['ready']);
    el.remove();
  });

  it('drops an answer that comes after a newer document', async () => {
    const { el, loads } = await host();
    const later = { later: 2 };
    el.document = later;
    el.requestUpdate();
    await el.updateComplete;
    el.document = 'newer';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.doc.state).toEqual({ status: 'ready', value: 'newer', source: 'property' });
    el.answers.get(later)!({ ok: false, issues: [{ where: '', message: 'late' }] });
    await Promise.resolve();
    await el.updateComplete;
    expect(el.doc.state).toEqual({ status: 'ready', value: 'newer', source: 'property' });
    expect(loads).toEqual(['ready']);
    el.remove();
  });
});
