import {
  addDots,
  checkOpenSpaceSession,
  dotsLeft,
  dotsUsed,
  hideItem,
  localize,
  rankIdeas,
  removeDots,
  type Community,
  type Participant,
  type OpenSpaceIdea,
  type OpenSpaceSession,
  type RankedIdea,
  type Violation,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { DocumentController } from '../data/document-controller.js';
import { renderLoadState } from '../data/load-state-view.js';
import { QyDotsChangeEvent } from '../events/dots-change.js';
import { QyIdeaProposeEvent } from '../events/idea-propose.js';
import { QyItemHideEvent } from '../events/item-hide.js';
import { QyElement } from '../base/qy-element.js';
import { FocusAfterUpdateController } from '../internal/focus-after-update.js';
import { randomId } from '../internal/random-id.js';
import { sharedStyles } from '../base/shared-styles.js';
import { ideaBoardMessages, type IdeaBoardMessageKey } from './idea-board.messages.js';
import { ideaBoardStyles } from './idea-board.styles.js';
import type { BoardViewContext } from './board-view-context.js';
import { renderHiddenIdeas } from './hidden-ideas-view.js';
import { renderIdeaCard, type IdeaCardView } from './idea-card-view.js';
import {
  EMPTY_DRAFT,
  renderProposeForm,
  type DraftErrors,
  type IdeaDraft,
} from './propose-form-view.js';
import type { readSession } from './read-session.js';
import type { IdeaBoardBoxController } from './idea-board-box.js';
import { sessionBoxAddresses } from './session-box-address.js';
import { renderHeading } from '../internal/heading-view.js';

const ALL = '';
const NO_TOPIC = '-';

/**
 * The idea wall of an Open Space session (开放空间): everyone's ideas ranked by dots (exact ties
 * stated), filters by community and topic, a form to post an idea, dot voting within the
 * session's limits (showing the dots left; a refused dot says why, from core's rules), and,
 * for an organizer, hiding an abusive idea with a recorded reason — nothing is deleted.
 *
 * Give the `OpenSpaceSession` as the `session` property, a `src` URL or an inline
 * `<script type="application/json">` child, and the id of the person using the board as
 * `participant` (without one, or one not in the session, the board is read-only). Every change
 * is applied with core's `addDots`, `removeDots` and `hideItem`, then announced as an event
 * carrying the updated session for the host to persist. Setting `session` again (a live
 * update from the host) replaces the board's copy.
 *
 * With a Qingyuan ballot box, `box`, `organization`, `session-id` and the participant's `code`
 * are all it needs: it reads the session from the box, follows its event stream (closed when
 * the board leaves the page), and sends ideas and dots through the offline outbox with
 * idempotency keys, showing the box's own refusal in the board's language.
 *
 * @tag qy-idea-board
 * @summary Post ideas, see everyone's, dot-vote within limits, and hide abuse with a reason.
 *
 * @slot - An optional `<script type="application/json">` with the session.
 *
 * @event qy-idea-propose - A participant posted an idea (`detail.idea`, `detail.session`).
 * @event qy-dots-change - A participant added or took back a dot (`detail.change` ±1).
 * @event qy-item-hide - An organizer hid an idea with a reason (`detail.item`).
 * @event qy-load - The session was read and accepted by the Open Space rules.
 * @event qy-load-error - The session is malformed or breaks an Open Space rule.
 *
 * @csspart base - The outer section.
 * @csspart dots-left - The participant's remaining dots.
 * @csspart notice - The live message after each action.
 * @csspart filters - The community and topic filters.
 * @csspart ideas - The list of ideas.
 * @csspart idea - One idea.
 * @csspart tally - An idea's dots and rank.
 * @csspart dot-add - The button adding a dot.
 * @csspart dot-remove - The button taking a dot back.
 * @csspart hide-button - The organizer's button to hide an idea.
 * @csspart hide-form - The form asking for the reason.
 * @csspart hidden - Hidden items (organizers see each with its reason).
 * @csspart propose - The form posting an idea.
 * @csspart field-error - The message beside a field of the form that breaks a rule.
 * @csspart status - Loading status text.
 * @csspart error - The error box shown for a bad session.
 *
 * @cssproperty --qy-color-text - Text colour.
 * @cssproperty --qy-color-surface - Background colour.
 * @cssproperty --qy-color-muted - Secondary text.
 * @cssproperty --qy-color-border - Card borders.
 * @cssproperty --qy-color-accent - Dots and the main buttons.
 * @cssproperty --qy-color-danger - Errors.
 * @cssproperty --qy-radius - Corner radius.
 * @cssproperty --qy-space - Base spacing.
 * @cssproperty --qy-idea-board-max-width - Maximum width.
 */
export class QyIdeaBoard extends QyElement<IdeaBoardMessageKey> {
  static override styles = [sharedStyles, ideaBoardStyles];

  protected readonly catalogs = ideaBoardMessages;

  /** The session (`OpenSpaceSession`); wins over `src` and inline JSON. */
  @property({ attribute: false }) session: unknown;

  /** A URL to fetch the session from. */
  @property() src = '';

  /**
   * The level of the element's heading (2–6, default 2), so it fits the host page's outline; the
   * headings of its sections are one level below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The participant id of the person using the board; empty for a read-only board. */
  @property() participant = '';

  /**
   * The base URL of a Qingyuan ballot box (`https://box.example.org`); with `organization` and
   * `session-id`, the board reads the session from the box, follows its live updates and sends
   * ideas and dots there (with `code`), through the offline outbox.
   */
  @property() box = '';

  /** The id of the organisation that owns the session on the `box`. */
  @property() organization = '';

  /** The id of the Open Space session on the `box`. */
  @property({ attribute: 'session-id' }) sessionId = '';

  /** The participant's code for the `box` session (one dot budget); empty for a read-only board. */
  @property() code = '';

  /** The communities, to show their names instead of ids (optional). */
  @property({ attribute: false }) communities: readonly Community[] = [];

  /**
   * Core's `Participant` records, for the names a session does not give (a box's public view
   * names nobody, only ids) (optional).
   */
  @property({ attribute: false }) participants: readonly Participant[] = [];

  @state() private board: OpenSpaceSession | undefined;
  private readonly focusAfter = new FocusAfterUpdateController(this);
  @state() private communityFilter = ALL;
  @state() private topicFilter = ALL;
  @state() private notice = '';
  @state() private hiding: string | undefined;
  @state() private hideError = '';
  @state() private draft: IdeaDraft = EMPTY_DRAFT;
  @state() private draftErrors: DraftErrors = {};

  /**
   * The session read from `session`, `src` or inline JSON. Its reader (the schema, with zod) is
   * loaded on first need, so a board connected to a box never downloads it.
   */
  private doc: DocumentController<OpenSpaceSession> | undefined;
  private reading: Promise<void> | undefined;

  private startReading(): void {
    this.reading ??= import('./read-session.js').then(({ readSession: read }) => {
      this.doc = this.documentController(read);
      this.requestUpdate();
    });
  }

  private documentController(read: typeof readSession): DocumentController<OpenSpaceSession> {
    return new DocumentController<OpenSpaceSession>(this, {
      property: () => this.session,
      src: () => this.src,
      parse: read,
      t: (key, params) => this.t(key, params),
      locale: () => this.locale,
      onReady: (value) => {
        this.board = value;
        if (this.hiding && !value.ideas.some((idea) => idea.id === this.hiding))
          this.hiding = undefined;
      },
    });
  }

  protected override willUpdate(): void {
    if (this.boxActive) this.startBox();
    else this.startReading();
  }

  /** Also waits for the session reader or the box connection, when one is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (;;) {
      const pending =
        this.reading !== undefined && this.doc === undefined
          ? this.reading
          : this.connecting !== undefined && this.boxed === undefined
            ? this.connecting
            : undefined;
      if (pending === undefined) return done;
      await pending;
      done = await super.getUpdateComplete();
    }
  }

  /** Whether the board reads and sends through a box (`box`, `organization`, `session-id`). */
  private get boxActive(): boolean {
    return sessionBoxAddresses(this.box, this.organization, this.sessionId) !== undefined;
  }

  /**
   * The connection to the box: loaded on first need, so a board fed a document never
   * downloads it.
   */
  private boxed: IdeaBoardBoxController | undefined;
  private connecting: Promise<void> | undefined;

  private startBox(): void {
    this.connecting ??= import('./idea-board-box.js').then(({ IdeaBoardBoxController: Box }) => {
      this.boxed = this.boxController(Box);
      this.requestUpdate();
    });
  }

  private boxController(Box: typeof IdeaBoardBoxController): IdeaBoardBoxController {
    return new Box(this, {
      addresses: () => sessionBoxAddresses(this.box, this.organization, this.sessionId),
      code: () => this.code.trim(),
      locale: () => this.locale,
      onBoard: (board) => (this.board = board),
      onNotice: (kind, message) => {
        this.notice =
          kind === 'queued'
            ? this.t('queued')
            : kind === 'refused'
              ? this.t('refusedByBox', { message })
              : this.t('boxUnreachable', { reason: message });
      },
    });
  }

  /** Whether the event stream of the `box` session is open. */
  get streaming(): boolean {
    return this.boxed?.streaming ?? false;
  }

  /** The session with every change made on the board so far (undefined until one is read). */
  get value(): OpenSpaceSession | undefined {
    return this.loadState.status === 'ready' ? this.board : undefined;
  }

  private get loadState() {
    const loading = { status: 'loading' as const, source: 'src' as const };
    if (this.boxActive) return this.boxed?.state ?? loading;
    return this.doc?.state ?? loading;
  }

  /** The participant using the board: the `box` code's, else the `participant` attribute. */
  private get who(): string {
    return this.boxActive ? (this.boxed?.participant ?? '') : this.participant;
  }

  private get me() {
    return this.board?.participants.find((p) => p.id === this.who);
  }

  private get isOrganizer(): boolean {
    return !!this.me && !!this.board?.organizers.includes(this.who);
  }

  private participantName(id: string): string {
    const own = this.board?.participants.find((p) => p.id === id);
    const name = own ? localize(own.name, this.locale) : id;
    if (name !== id) return name;
    const given = this.participants.find((p) => p.id === id);
    return given ? localize(given.name, this.locale) : id;
  }

  private communityName(id: string): string {
    const found = this.communities.find((c) => c.id === id);
    return found ? localize(found.name, this.locale) : id;
  }

  private topicTitle(id: string): string {
    const found = this.board?.topics.find((topic) => topic.id === id);
    return found ? localize(found.title, this.locale) : id;
  }

  private ideaTitle(idea: OpenSpaceIdea): string {
    return localize(idea.title, this.locale);
  }

  private refused(violations: readonly Violation[]): string {
    return this.t('refusedRules', {
      messages: violations.map((v) => v.message[this.locale]).join(' '),
    });
  }

  private changeDots(idea: OpenSpaceIdea, change: 1 | -1): void {
    const board = this.board;
    if (!board || !this.me) return;
    const vote = { participant: this.who, idea: idea.id, dots: 1 };
    const result = change === 1 ? addDots(board, vote) : removeDots(board, vote);
    if (!result.ok) {
      this.notice = this.refused(result.violations);
      return;
    }
    const title = this.ideaTitle(idea);
    const dots = dotsUsed(result.session.votes, this.who, idea.id);
    if (dots === dotsUsed(board.votes, this.who, idea.id)) {
      // Taking back from an idea with none of one's dots changes nothing: say so.
      this.notice = this.t('noDotsHere', { title });
      return;
    }
    this.board = result.session;
    if (this.boxActive) void this.boxed?.sendDots(idea.id, change, result.session);
    this.keepFocus(idea.id, change === 1 ? 'dot-add' : 'dot-remove');
    const left = dotsLeft(result.session, this.who);
    this.notice = this.t(change === 1 ? 'dotAdded' : 'dotRemoved', { title, left });
    this.dispatchEvent(
      new QyDotsChangeEvent({
        participant: this.who,
        idea: idea.id,
        change,
        dots,
        session: result.session,
      }),
    );
  }

  /**
   * The ranking may move the idea after a dot; moving its node drops the focus, so give it
   * back to the same button of the same idea.
   */
  private keepFocus(idea: string, part: 'dot-add' | 'dot-remove'): void {
    this.focusAfter.request(`[part="idea"][data-idea="${CSS.escape(idea)}"] [part="${part}"]`);
  }

  private startHiding(idea: OpenSpaceIdea): void {
    this.hiding = idea.id;
    this.hideError = '';
    this.focusAfter.request('[part="hide-form"] textarea');
  }

  private cancelHiding(): void {
    const id = this.hiding;
    this.hiding = undefined;
    this.hideError = '';
    this.focusAfter.request(`[part="hide-button"][data-idea="${CSS.escape(id ?? '')}"]`);
  }

  private confirmHiding(idea: OpenSpaceIdea, event: SubmitEvent): void {
    event.preventDefault();
    const board = this.board;
    if (!board) return;
    const form = event.target as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    const item = {
      kind: 'idea' as const,
      id: idea.id,
      by: this.who,
      at: new Date().toISOString(),
      ...(reason ? { reason } : {}),
    };
    const result = hideItem(board, item);
    if (!result.ok) {
      this.hideError = result.violations.map((v) => v.message[this.locale]).join(' ');
      this.focusAfter.request('[part="hide-form"] textarea');
      return;
    }
    this.board = result.session;
    this.hiding = undefined;
    this.hideError = '';
    this.notice = this.t('hidden', { title: this.ideaTitle(idea) });
    this.dispatchEvent(new QyItemHideEvent({ item, session: result.session }));
    this.focusAfter.request('[part="notice"]');
  }

  private propose(event: SubmitEvent): void {
    event.preventDefault();
    const board = this.board;
    if (!board || !this.me) return;
    const draft = this.draft;
    const community = draft.community || this.defaultCommunity(board);
    const errors: DraftErrors = {};
    if (!draft.title.trim()) errors.title = this.t('titleRequired');
    if (!community) errors.community = this.t('communityRequired');
    const photo = draft.photo.trim();
    if (photo && !draft.photoAlt.trim()) errors.photoAlt = this.t('photoAltRequired');
    if (!errors.title && !errors.community && !errors.photoAlt) {
      const idea: OpenSpaceIdea = {
        id: `idea-${randomId()}`,
        kind: draft.kind,
        title: { [this.locale]: draft.title.trim() },
        ...(draft.description.trim()
          ? { description: { [this.locale]: draft.description.trim() } }
          : {}),
        by: this.who,
        community,
        ...(draft.topic ? { topic: draft.topic } : {}),
        ...(photo ? { photo: { ref: photo, alt: { [this.locale]: draft.photoAlt.trim() } } } : {}),
      };
      const next = { ...board, ideas: [...board.ideas, idea] };
      const check = checkOpenSpaceSession(next);
      if (check.ok && this.boxActive) {
        const { id: _id, by: _by, photo: _photo, ...sent } = idea;
        this.draft = { ...this.draft, title: '', description: '', photo: '', photoAlt: '' };
        this.draftErrors = {};
        this.notice = this.t('sending');
        void this.boxed?.sendIdea(sent).then(() => {
          if (this.notice === this.t('sending'))
            this.notice = this.t('proposed', { title: this.ideaTitle(idea) });
        });
        return;
      }
      if (check.ok) {
        this.board = next;
        this.draft = { ...this.draft, title: '', description: '', photo: '', photoAlt: '' };
        this.draftErrors = {};
        this.notice = this.t('proposed', { title: this.ideaTitle(idea) });
        this.dispatchEvent(new QyIdeaProposeEvent({ idea, session: next }));
        return;
      }
      errors.rules = this.refused(check.violations);
    }
    this.draftErrors = errors;
    const first = errors.title
      ? 'title'
      : errors.community
        ? 'community'
        : errors.photoAlt
          ? 'photo-alt'
          : undefined;
    if (first) this.focusAfter.request(`[name="${first}"]`);
  }

  private defaultCommunity(board: OpenSpaceSession): string {
    const own = this.me?.community;
    return own && board.communities.includes(own)
      ? own
      : board.communities.length === 1
        ? board.communities[0]!
        : '';
  }

  private visible(ranked: readonly RankedIdea[]): RankedIdea[] {
    return ranked.filter(
      ({ idea }) =>
        (this.communityFilter === ALL || idea.community === this.communityFilter) &&
        (this.topicFilter === ALL ||
          (this.topicFilter === NO_TOPIC
            ? idea.topic === undefined
            : idea.topic === this.topicFilter)),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.loadState;
    if (state.status !== 'ready' || !this.board) {
      return renderLoadState(state, (k, p) => this.t(k, p));
    }
    const board = this.board;
    const ranked = rankIdeas(board);
    const shown = this.visible(ranked);
    const hiddenTopics = new Set(
      (board.hidden ?? []).filter((h) => h.kind === 'topic').map((h) => h.id),
    );
    const topics = board.topics.filter((topic) => !hiddenTopics.has(topic.id));
    const view = this.view;
    const card: IdeaCardView = {
      who: this.who,
      voting: this.me !== undefined,
      organizing: this.isOrganizer,
      hiding: this.hiding,
      hideError: this.hideError,
      onDots: (idea, change) => this.changeDots(idea, change),
      onStartHiding: (idea) => this.startHiding(idea),
      onConfirmHiding: (idea, e) => this.confirmHiding(idea, e),
      onCancelHiding: () => this.cancelHiding(),
    };
    return html`<section part="base" aria-labelledby="heading">
      ${renderHeading(this.headingLevel, 0, localize(board.theme, this.locale), { id: 'heading', className: 'title' })}
      <p class="meta">
        ${this.t('meta', {
          date: board.date,
          place: localize(board.place, this.locale),
          facilitator: localize(board.facilitator.name, this.locale),
        })}
      </p>
      ${
        this.me
          ? html`<p part="dots-left" class="dots-left">
              ${this.t('dotsLeft', {
                left: dotsLeft(board, this.who),
                total: board.dots.perParticipant,
                perIdea: board.dots.perIdea,
              })}
            </p>`
          : html`<p class="read-only">${this.t('readOnly')}</p>`
      }
      <p part="notice" class="notice" role="status" aria-live="polite" tabindex="-1">
        ${this.notice}
      </p>
      <fieldset part="filters" class="filters">
        <legend>${this.t('filters')}</legend>
        <label
          >${this.t('community')}
          <select
            name="community-filter"
            @change=${(e: Event) => (this.communityFilter = (e.target as HTMLSelectElement).value)}
          >
            <option value=${ALL} ?selected=${this.communityFilter === ALL}>${this.t('all')}</option>
            ${board.communities.map(
              (id) =>
                html`<option value=${id} ?selected=${this.communityFilter === id}>
                  ${this.communityName(id)}
                </option>`,
            )}
          </select>
        </label>
        <label
          >${this.t('topic')}
          <select
            name="topic-filter"
            @change=${(e: Event) => (this.topicFilter = (e.target as HTMLSelectElement).value)}
          >
            <option value=${ALL} ?selected=${this.topicFilter === ALL}>${this.t('all')}</option>
            ${topics.map(
              (topic) =>
                html`<option value=${topic.id} ?selected=${this.topicFilter === topic.id}>
                  ${localize(topic.title, this.locale)}
                </option>`,
            )}
            <option value=${NO_TOPIC} ?selected=${this.topicFilter === NO_TOPIC}>
              ${this.t('noTopic')}
            </option>
          </select>
        </label>
      </fieldset>
      ${
        shown.length === 0
          ? html`<p class="empty">${this.t('noIdeas')}</p>`
          : html`<ol part="ideas" class="ideas" aria-label=${this.t('ideasLabel')}>
              ${repeat(
                shown,
                (entry) => entry.idea.id,
                (entry) => renderIdeaCard(view, board, entry, card),
              )}
            </ol>`
      }
      ${renderHiddenIdeas(view, board, this.isOrganizer)}
      ${
        this.me
          ? renderProposeForm(view, {
              board,
              topics,
              draft: this.draft,
              errors: this.draftErrors,
              community: this.draft.community || this.defaultCommunity(board),
              withPhoto: !this.boxActive,
              onChange: (patch) => (this.draft = { ...this.draft, ...patch }),
              onSubmit: (e) => this.propose(e),
            })
          : nothing
      }
    </section>`;
  }

  /** What the views read: words and the session's names in the page's language. */
  private get view(): BoardViewContext {
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      t: (key, params) => this.t(key, params),
      participantName: (id) => this.participantName(id),
      communityName: (id) => this.communityName(id),
      topicTitle: (id) => this.topicTitle(id),
      ideaTitle: (idea) => this.ideaTitle(idea),
    };
  }
}
