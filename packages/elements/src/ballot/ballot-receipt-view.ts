import type { MessageParams } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { BallotMessageKey } from './ballot.messages.js';

/** Where the copy of a receipt stands: not tried, done, or impossible (copy by hand). */
export type CopyState = 'idle' | 'copied' | 'failed';

/** What {@link renderReceipt} shows. */
export interface ReceiptView {
  readonly t: (key: BallotMessageKey, params?: MessageParams) => string;
  /** What is shown whole: the ballot box's receipt, else the ballot's fingerprint. */
  readonly value: string;
  /** True for the ballot box's receipt (listed in its audit log), false for a fingerprint. */
  readonly fromBox: boolean;
  /** Whether the ballot box said this ballot replaced an earlier one of the code. */
  readonly replaced: boolean;
  readonly copy: CopyState;
  /** Shows the copy button (not while the ballot still waits: the next step is to retry). */
  readonly copyable: boolean;
  readonly onCopy: () => void;
}

/**
 * The one code a voter keeps: the ballot box's receipt when it answered (else the fingerprint of
 * the interchange ballot), shown whole in a monospace block that wraps on a narrow phone,
 * what it is for, and a copy button ("Copy receipt", or "Copy code" for a fingerprint) whose
 * outcome is announced.
 *
 * @example
 * renderReceipt({ t, value: '9f2c…', fromBox: true, replaced: false, copy: 'idle', copyable: true, onCopy });
 */
export function renderReceipt(view: ReceiptView): TemplateResult {
  const { t } = view;
  return html`${view.replaced ? html`<p>${t('replaced')}</p>` : nothing}
    <div class="receipt" part="receipt">
      <p class="receipt-label" id="receipt-label">${t(view.fromBox ? 'receipt' : 'fingerprint')}</p>
      <code class="receipt-value" aria-labelledby="receipt-label">${view.value}</code>
    </div>
    <p>${t(view.fromBox ? 'receiptHelp' : 'fingerprintHelp')}</p>
    ${
      view.copyable
        ? html`<div class="actions copy" part="actions">
              <button type="button" @click=${view.onCopy}>
                ${t(view.fromBox ? 'copyReceipt' : 'copyFingerprint')}
              </button>
            </div>
            <p class="copy-status" role="status">
              ${
                view.copy === 'copied'
                  ? t(view.fromBox ? 'copied' : 'fingerprintCopied')
                  : view.copy === 'failed'
                    ? t(view.fromBox ? 'copyFailed' : 'fingerprintCopyFailed')
                    : ''
              }
            </p>`
        : nothing
    }`;
}

/**
 * Copies text to the clipboard: the Clipboard API where the page may use it, else the older
 * `execCommand('copy')` on a selection of `node` (a page over plain http has no Clipboard API).
 * On failure the receipt stays selected, ready to copy by hand.
 *
 * @example
 * const ok = await copyText(receipt, this.renderRoot.querySelector('.receipt-value'));
 */
export async function copyText(text: string, node: Node | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // denied or unfocused: try the selection below
  }
  if (!node) return false;
  const selection = getSelection();
  const range = document.createRange();
  range.selectNodeContents(node);
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
