import type { MessageParams } from '@qingyuan/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BallotMessageKey } from './ballot.messages.js';
import { QyBallotRejectedEvent } from '../events/ballot-rejected.js';
import { checkVotingCode } from './voting-code-check.js';

/** How a {@link VotingCodeController} reads its host. */
export interface VotingCodeOptions {
  /** The code the host page set (`code`). */
  readonly code: () => string;
  /** The page URL's parameter holding the code (`code-param`), or null for none. */
  readonly codeParam: () => string | null;
  /** The ballot box's code check URL, '' when there is none (the code is then taken as is). */
  readonly checkUrl: () => string;
  readonly lang: () => string;
  readonly t: (key: BallotMessageKey, params?: MessageParams) => string;
  /**
   * What a code that has voted may do: cast a new ballot that replaces the old (`replaces`,
   * the review meeting's rule and the default) or nothing more (`refused`: a PB ballot cannot
   * be changed, so the voter is told at the code field).
   */
  readonly usedCode?: 'replaces' | 'refused';
}

/** What a check of a code came to: the voter may go on, or must correct it. */
export type CodeVerdict = 'accepted' | 'refused';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The voter's voting code for `<qy-ballot>`: which code is in use (typed by the voter, else
 * the page's `code`, else the page URL's parameter, which it takes out of the address bar),
 * the ballot box's verdict on it (checked before the voter marks anything) and the localized
 * words for that verdict: an `error` at the code field, or a `notice` above the ballot.
 *
 * @example
 * private readonly votingCode = new VotingCodeController(this, {
 *   code: () => this.code, codeParam: () => this.codeParam, checkUrl: () => this.addresses.check,
 *   lang: () => this.locale, t: (key, params) => this.t(key, params),
 * });
 * if ((await this.votingCode.check(typed)) === 'accepted') this.step = 'vote';
 */
export class VotingCodeController implements ReactiveController {
  /** The code the voter typed (or the URL gave); wins over the page's `code`. */
  typed = '';
  /** The code the box accepted (or that could not be checked and goes unchecked). */
  accepted = '';
  /** True while the box checks a code. */
  checking = false;
  /** Why the code cannot be used, for the code field; '' when nothing is wrong. */
  error = '';
  /** What the voter should know about an accepted code (it has voted, it is unchecked). */
  notice = '';

  private run = 0;

  constructor(
    private readonly host: Host,
    private readonly options: VotingCodeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The code in use: typed, else the page's `code`, else the page URL's parameter, else ''. */
  get current(): string {
    if (this.typed.trim()) return this.typed.trim();
    if (this.options.code().trim()) return this.options.code().trim();
    return this.inUrl();
  }

  /** Whether the code in use still needs the box's check. */
  get unchecked(): boolean {
    return this.current !== '' && this.current !== this.accepted;
  }

  /** Takes the code out of the address bar (history, bookmarks, screenshots, shared links). */
  takeFromUrl(): void {
    const fromUrl = this.inUrl();
    if (!fromUrl) return;
    if (!this.typed && !this.options.code().trim()) this.typed = fromUrl;
    const url = new URL(location.href);
    url.searchParams.delete(this.options.codeParam() || 'code');
    history.replaceState(history.state, '', url);
  }

  /**
   * Checks a code with the ballot box and says what it came to; `undefined` when a newer check
   * started meanwhile. Valid codes, codes that voted (a new ballot replaces the old, unless
   * `usedCode` is `refused`) and codes the box could not be asked about are accepted; unknown
   * codes, too many tries and other refusals are not, with the reason in {@link error}.
   */
  async check(typed: string): Promise<CodeVerdict | undefined> {
    const run = ++this.run;
    const code = typed.trim();
    const { t } = this.options;
    this.typed = code;
    this.notice = '';
    if (!code) return this.refuse(t('codeEmpty'));
    const url = this.options.checkUrl();
    if (!url) return this.accept(code, '');
    this.error = '';
    this.checking = true;
    this.host.requestUpdate();
    const check = await checkVotingCode(url, code, this.options.lang());
    if (run !== this.run) return undefined;
    this.checking = false;
    switch (check.result) {
      case 'valid':
        return this.accept(code, '');
      case 'already-used':
        return this.options.usedCode === 'refused'
          ? this.refuse(t('codeUsed'))
          : this.accept(code, t('codeUsed'));
      case 'unreachable':
        return this.accept(code, t('codeUnchecked'));
      case 'not-valid':
        return this.refuse(t('codeNotValid'));
      case 'limited':
        return this.refuse(t('codeLimited', { seconds: check.retryAfter }));
      case 'refused':
        // Not about this code (a page on an origin the meeting does not allow, say): the
        // organizer must learn it too, from the console and the element's event.
        console.warn(
          `Qingyuan: ${url} refused to check a voting code (HTTP ${check.status})${check.message ? `: ${check.message}` : ''}`,
        );
        this.host.dispatchEvent(
          new QyBallotRejectedEvent({ key: '', status: check.status, message: check.message }),
        );
        return this.refuse(
          t('codeCheckRefused', { message: check.message || `HTTP ${check.status}` }),
        );
    }
  }

  /** The box refused the code on delivery: keep it in the field, with the box's reason. */
  refusedOnDelivery(code: string, reason: string): void {
    this.run++;
    this.typed = code;
    this.accepted = '';
    this.notice = '';
    this.refuse(
      this.options.t('codeRejected', { message: reason || this.options.t('codeNotValid') }),
    );
  }

  /** Forgets the code (the voter uses another one). */
  clear(): void {
    this.run++;
    this.typed = '';
    this.accepted = '';
    this.checking = false;
    this.error = '';
    this.notice = '';
    this.host.requestUpdate();
  }

  /** Shows a notice above the ballot (e.g. that a new ballot replaces the delivered one). */
  tell(notice: string): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  private inUrl(): string {
    const param = this.options.codeParam();
    if (param === null) return '';
    return new URLSearchParams(location.search).get(param || 'code')?.trim() ?? '';
  }

  private accept(code: string, notice: string): CodeVerdict {
    this.accepted = code;
    this.error = '';
    this.notice = notice;
    this.host.requestUpdate();
    return 'accepted';
  }

  private refuse(error: string): CodeVerdict {
    this.checking = false;
    this.error = error;
    this.host.requestUpdate();
    return 'refused';
  }
}
