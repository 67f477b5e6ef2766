import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import type { BoxClient } from './box-client.js';
import { renderRefusal } from './refusal-view.js';

/** What the host of a {@link KeysetList} gives it: the box, and the list's address there. */
export interface KeysetListHost extends ReactiveControllerHost {
  readonly box: BoxClient;
}

/** The words a {@link KeysetList} shows around its items. */
export interface KeysetListWords {
  /** Shown when the box answered with no item at all. */
  readonly empty: string;
  /** The button that reads the next page. */
  readonly more: string;
  /** The button that reads the first page again. */
  readonly refresh: string;
}

/**
 * One of the box's paginated lists (`{ items, next }`, `?after=<next>`) read into a console
 * section: the first page when the host connects, the next on demand, the first again on
 * refresh, a refusal shown whole. The meetings, rounds and PB elections sections share it.
 *
 * @example
 * private list = new KeysetList<RoundSummary>(this, () => `/organizations/${this.organization}/rounds`);
 * // in render(): ${this.list.render(words, (item) => html`<a href=…>${item.id}</a>`)}
 */
export class KeysetList<T> implements ReactiveController {
  items: T[] = [];
  next: string | null = null;
  loaded = false;
  error: unknown;

  constructor(
    private readonly host: KeysetListHost,
    private readonly path: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  /** Reads the first page again, or the page after `after`. */
  async load(after?: string): Promise<void> {
    this.error = undefined;
    try {
      const query = after === undefined ? '' : `?after=${encodeURIComponent(after)}`;
      const page = await this.host.box.json<{ items: T[]; next: string | null }>(
        `${this.path()}${query}`,
      );
      this.items = after === undefined ? page.items : [...this.items, ...page.items];
      this.next = page.next;
    } catch (error) {
      this.error = error;
    } finally {
      this.loaded = true;
      this.host.requestUpdate();
    }
  }

  /** The items as a list, each rendered by `item`, with the paging buttons and any refusal. */
  render(words: KeysetListWords, item: (entry: T) => TemplateResult): TemplateResult {
    return html`${
        this.loaded && this.items.length === 0 && this.error === undefined
          ? html`<p>${words.empty}</p>`
          : nothing
      }
      <ul class="meetings">
        ${this.items.map((entry) => html`<li>${item(entry)}</li>`)}
      </ul>
      ${
        this.next !== null
          ? html`<button class="secondary" @click=${() => this.load(this.next ?? undefined)}>
              ${words.more}
            </button>`
          : nothing
      }
      <button class="secondary" @click=${() => this.load()}>${words.refresh}</button>
      ${renderRefusal(this.error)}`;
  }
}
