import { type Locale, messageIn, type Catalogs } from '@qingyuan/core';
import type { QyBallotRejectedEvent, QyBallotSentEvent } from '@qingyuan/elements';
import '@qingyuan/elements/define/ballot.js';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { demoApi, type DemoSession, type MeetingState } from '../api/demo-api.js';
import { attendeeNames } from '../data/pilot-2007.js';
import { screenStyles } from './screen-styles.js';

type Status = 'draft' | 'weights-locked' | 'closed' | 'published' | 'funding-decided';

const catalog: Catalogs<
  'title' | 'notOpen' | 'unknown' | 'cast' | 'failed' | 'loading' | 'back' | Status
> = {
  'zh-CN': {
    title: '选票：{name}',
    notOpen: '现在不能投票：{status}。',
    draft: '评审会还在商定权重，投票尚未开始',
    'weights-locked': '权重已锁定，投票尚未开始',
    closed: '投票已经结束',
    published: '投票已经结束，结果已公布',
    'funding-decided': '投票已经结束，结果已公布，资助已决定',
    unknown: '没有这位与会者。',
    cast: '投票箱已收到您的选票；回执码见上方。',
    failed: '投票箱未接受选票：{message}',
    loading: '正在读取评审会…',
    back: '返回评审会',
  },
  en: {
    title: 'Ballot: {name}',
    notOpen: 'You cannot vote now: {status}.',
    draft: 'the meeting is still agreeing the weights; voting has not opened',
    'weights-locked': 'the weights are locked; voting has not opened yet',
    closed: 'voting has closed',
    published: 'voting has closed and the results are published',
    'funding-decided': 'voting has closed, the results are published and the funding decided',
    unknown: 'There is no such attendee.',
    cast: 'The ballot box has your ballot; the receipt is above.',
    failed: 'The ballot box did not accept the ballot: {message}',
    loading: 'Reading the meeting…',
    back: 'Back to the meeting',
  },
};

/** One attendee's ballot: `<qy-ballot>` sending the marks to the ballot box with their code. */
export class DemoVoteScreen extends LitElement {
  static override styles = screenStyles;

  @property() locale: Locale = 'zh-CN';
  @property({ attribute: false }) session: DemoSession | undefined;
  @property() voter = '';
  /** The review meeting of the ballot (empty: the round's seeded meeting). */
  @property() meetingId = '';

  @state() private current: MeetingState | undefined;
  @state() private outcome: { ok: boolean; text: string } | undefined;
  /** The box's receipt for this ballot, once it answered. */
  @state() private receipt = '';
  /** The attendees' codes of the meeting (the seeded meeting's come with the session). */
  @state() private voters: { id: string; code: string }[] | undefined;

  override updated(changed: PropertyValues<this>): void {
    // The session arrives as a property after the element connects; a reset replaces it.
    if ((changed.has('session') || changed.has('meetingId')) && this.session) void this.load();
  }

  private get meeting(): string {
    return this.meetingId || (this.session?.meetingId ?? '');
  }

  private async load(): Promise<void> {
    if (!this.session) return;
    const id = this.meeting;
    const [result, voters] = await Promise.all([
      demoApi.meeting(id),
      id === this.session.meetingId
        ? Promise.resolve({ ok: true as const, value: { voters: this.session.voters } })
        : demoApi.voters(id),
    ]);
    this.voters = voters.ok ? voters.value.voters : [];
    if (result.ok) this.current = result.value;
    else this.outcome = { ok: false, text: result.message };
  }

  /** The box took the ballot: the element shows the box's receipt (the one receipt). */
  private onSent(event: QyBallotSentEvent): void {
    this.receipt = event.detail.receipt ?? '';
    this.outcome = { ok: true, text: messageIn(catalog, this.locale, 'cast') };
  }

  private onRejected(event: QyBallotRejectedEvent): void {
    this.outcome = {
      ok: false,
      text: messageIn(catalog, this.locale, 'failed', { message: event.detail.message }),
    };
  }

  override render() {
    const name = attendeeNames[this.voter]?.[this.locale] ?? this.voter;
    const code = this.voters?.find((v) => v.id === this.voter)?.code;
    const current = this.current;
    return html`
      <h2 id="screen-title" tabindex="-1">${messageIn(catalog, this.locale, 'title', { name })}</h2>
      ${
        !this.voters || !current
          ? html`<p role="status">${messageIn(catalog, this.locale, 'loading')}</p>`
          : !code
            ? html`<p class="error">${messageIn(catalog, this.locale, 'unknown')}</p>`
            : current.status !== 'open'
              ? html`<p id="not-open" data-status=${current.status}>
                  ${messageIn(catalog, this.locale, 'notOpen', {
                    status: messageIn(catalog, this.locale, current.status as Status),
                  })}
                </p>`
              : html`<qy-ballot
                  lang=${this.locale}
                  .meeting=${current.meeting}
                  voter=${this.voter}
                  endpoint=${`/api/meetings/${encodeURIComponent(this.meeting)}/ballots`}
                  code=${code}
                  @qy-ballot-sent=${this.onSent}
                  @qy-ballot-rejected=${this.onRejected}
                ></qy-ballot>`
      }
      ${
        this.outcome
          ? html`<p
              class=${this.outcome.ok ? 'note' : 'error'}
              role="status"
              data-outcome
              data-receipt=${this.receipt}
            >
              ${this.outcome.text}
            </p>`
          : nothing
      }
      <p>
        <a href=${this.meetingId ? `#/meeting/${encodeURIComponent(this.meetingId)}` : '#/meeting'}
          >${messageIn(catalog, this.locale, 'back')}</a
        >
      </p>
    `;
  }
}
