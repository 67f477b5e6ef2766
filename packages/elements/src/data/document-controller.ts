import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, MessageParams } from '@qingyuan/core';
import { QyLoadErrorEvent, type DocumentSource } from '../events/load-error.js';
import { QyLoadEvent } from '../events/load.js';
import type { ShownIssue, DocumentResult } from './document-result.js';
import type { LoadMessageKey } from './load-messages.js';

/** Where a component's document stands. */
export type DocumentState<T> =
  | { status: 'empty' }
  | { status: 'loading'; source: DocumentSource }
  | { status: 'ready'; value: T; source: DocumentSource }
  | { status: 'error'; issues: readonly ShownIssue[]; source: DocumentSource };

/** How a {@link DocumentController} reads and checks its host's document. */
export interface DocumentControllerOptions<T> {
  /** The document set as a property (wins over the other forms), or undefined. */
  property: () => unknown;
  /** The `src` URL to fetch the document from, or empty. */
  src: () => string | undefined;
  /**
   * Validates raw JSON data; issues carry localized messages. It may answer later (a promise,
   * e.g. when a rare document needs code loaded first): the state is `loading` until then.
   */
  parse: (data: unknown, locale: Locale) => DocumentResult<T> | Promise<DocumentResult<T>>;
  /** The host's localized text for the loading messages. */
  t: (key: LoadMessageKey, params?: MessageParams) => string;
  /** The host's current locale. */
  locale: () => Locale;
  /** Called with each newly ready value (e.g. to reset the host's input state). */
  onReady?: (value: T) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads a component's document from any of its three forms — a property, an inline
 * `<script type="application/json">` child (no-code embedding), or a `src` URL — validates
 * it, and keeps a state the host renders. Bad input becomes an `error` state with every issue
 * and a `qy-load-error` event, never an exception or a blank box.
 *
 * @example
 * private readonly doc = new DocumentController(this, {
 *   property: () => this.meeting, src: () => this.src,
 *   parse: parseMeeting, t: (k, p) => this.t(k, p), locale: () => this.locale,
 * });
 */
export class DocumentController<T> implements ReactiveController {
  /** The current state; render from it. */
  state: DocumentState<T> = { status: 'empty' };

  private lastProperty: unknown;
  private lastSrc: string | undefined;
  private lastInline: string | undefined;
  private lastLocale: Locale | undefined;
  private fetchController: AbortController | undefined;
  /**
   * A parse still answering: its answer becomes the state (then the host updates) only while no
   * newer document came.
   */
  private parsing: Promise<DocumentResult<T>> | undefined;
  private readonly childObserver = new MutationObserver(() => this.host.requestUpdate());

  constructor(
    private readonly host: Host,
    private readonly options: DocumentControllerOptions<T>,
  ) {
    host.addController(this);
  }

  /**
   * The host's `updateComplete` that also waits for a parse still answering (`parse` returned a
   * promise), and for the update its answer brings: for a host's `getUpdateComplete`.
   *
   * @example
   * protected override getUpdateComplete() {
   *   return this.doc.updateCompleteAfterParse(() => super.getUpdateComplete());
   * }
   */
  async updateCompleteAfterParse(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    while (this.parsing) {
      await this.parsing;
      done = await complete();
    }
    return done;
  }

  hostConnected(): void {
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.childObserver.disconnect();
    this.fetchController?.abort();
  }

  hostUpdate(): void {
    const property = this.options.property();
    const src = this.options.src() || undefined;
    const inline = this.inlineText();
    const locale = this.options.locale();
    const changed =
      property !== this.lastProperty ||
      src !== this.lastSrc ||
      inline !== this.lastInline ||
      (locale !== this.lastLocale && this.state.status === 'error');
    if (!changed) return;
    this.lastProperty = property;
    this.lastSrc = src;
    this.lastInline = inline;
    this.lastLocale = locale;
    this.fetchController?.abort();
    this.fetchController = undefined;
    this.parsing = undefined;
    if (property !== undefined && property !== null) this.accept(property, 'property');
    else if (inline !== undefined) this.acceptText(inline, 'inline');
    else if (src !== undefined) void this.fetch(src);
    else this.state = { status: 'empty' };
  }

  private inlineText(): string | undefined {
    for (const child of this.host.children) {
      if (child instanceof HTMLScriptElement && child.type === 'application/json') {
        return child.textContent ?? '';
      }
    }
    return undefined;
  }

  private acceptText(text: string, source: DocumentSource): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      this.fail(source, [
        { where: '', message: this.options.t('notJson', { detail: errorText(error) }) },
      ]);
      return;
    }
    this.accept(data, source);
  }

  /** Parses `data` and takes the outcome as the new state (ready or error). */
  private accept(data: unknown, source: DocumentSource): void {
    const result = this.options.parse(data, this.options.locale());
    if (!(result instanceof Promise)) return this.settle(result, source);
    this.state = { status: 'loading', source };
    this.parsing = result;
    void result.then((answer) => {
      if (this.parsing !== result) return;
      this.parsing = undefined;
      this.settle(answer, source);
      this.host.requestUpdate();
    });
  }

  private settle(result: DocumentResult<T>, source: DocumentSource): void {
    if (result.ok) {
      this.state = { status: 'ready', value: result.value, source };
      this.options.onReady?.(result.value);
      this.host.dispatchEvent(new QyLoadEvent({ source }));
    } else {
      this.fail(source, result.issues);
    }
  }

  /** Takes an error state with these issues and fires `qy-load-error`. */
  private fail(source: DocumentSource, issues: readonly ShownIssue[]): void {
    this.state = { status: 'error', issues, source };
    this.host.dispatchEvent(new QyLoadErrorEvent({ source, issues }));
  }

  private async fetch(url: string): Promise<void> {
    const controller = new AbortController();
    this.fetchController = controller;
    this.state = { status: 'loading', source: 'src' };
    let text: string;
    try {
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        if (controller.signal.aborted) return;
        this.fail('src', [
          { where: '', message: this.options.t('httpError', { url, status: response.status }) },
        ]);
        this.host.requestUpdate();
        return;
      }
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail('src', [
        { where: '', message: this.options.t('unreachable', { url, detail: errorText(error) }) },
      ]);
      this.host.requestUpdate();
      return;
    }
    if (controller.signal.aborted) return;
    this.acceptText(text, 'src');
    this.host.requestUpdate();
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
