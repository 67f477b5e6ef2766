import { localize, type IdeaKind, type OpenSpaceSession } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldAria, fieldError, fieldLabel } from '../internal/form-field-view.js';
import type { BoardViewContext } from './board-view-context.js';
import { renderHeading } from '../internal/heading-view.js';

/** The idea a participant is writing, as typed. */
export interface IdeaDraft {
  readonly kind: IdeaKind;
  readonly title: string;
  readonly description: string;
  readonly community: string;
  readonly topic: string;
  readonly photo: string;
  readonly photoAlt: string;
}

/** A blank idea: a project idea, no text. */
export const EMPTY_DRAFT: IdeaDraft = {
  kind: 'project-idea',
  title: '',
  description: '',
  community: '',
  topic: '',
  photo: '',
  photoAlt: '',
};

/** What is wrong with a draft: per field, and core's refusal. */
export interface DraftErrors {
  title?: string;
  community?: string;
  photoAlt?: string;
  rules?: string;
}

/** What the propose form shows and may do. */
export interface ProposeFormView {
  readonly board: OpenSpaceSession;
  /** The topics still shown (hidden ones left out). */
  readonly topics: OpenSpaceSession['topics'];
  readonly draft: IdeaDraft;
  readonly errors: DraftErrors;
  /** The community the select shows: the draft's, else the participant's own. */
  readonly community: string;
  /** Whether the form offers a photo (not on a board connected to a ballot box). */
  readonly withPhoto: boolean;
  readonly onChange: (patch: Partial<IdeaDraft>) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

const KINDS: readonly IdeaKind[] = ['project-idea', 'need'];

/**
 * The form a participant proposes an idea with: kind, title, description, community, topic and
 * (without a box) a photo with its text alternative, each problem beside its field.
 *
 * @example
 * renderProposeForm(view, { board, topics, draft, errors, community, withPhoto: true, onChange, onSubmit });
 */
export function renderProposeForm(view: BoardViewContext, form: ProposeFormView): TemplateResult {
  const { t, locale } = view;
  const { draft, errors, community } = form;
  const set = form.onChange;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const title = fieldAria('title', !!errors.title);
  const place = fieldAria('community', !!errors.community);
  const alt = fieldAria('photo-alt', !!errors.photoAlt);
  return html`<form part="propose" class="propose" novalidate @submit=${form.onSubmit}>
    ${renderHeading(view.headingLevel, 1, t('proposeHeading'))}
    <fieldset class="kinds">
      <legend>${t('kind')}</legend>
      ${KINDS.map(
        (kind) =>
          html`<label class="radio"
            ><input
              type="radio"
              name="kind"
              value=${kind}
              .checked=${draft.kind === kind}
              @change=${() => set({ kind })}
            />
            ${t(kind)}</label
          >`,
      )}
    </fieldset>
    <div class="field">
      ${fieldLabel('title', t('title'))}
      <input
        id="f-title"
        name="title"
        maxlength="200"
        .value=${draft.title}
        aria-invalid=${title.invalid}
        aria-describedby=${title.describedBy}
        @input=${(e: Event) => set({ title: value(e) })}
      />
      ${fieldError('title', errors.title)}
    </div>
    <label
      >${t('description')}
      <textarea
        name="description"
        rows="3"
        .value=${draft.description}
        @input=${(e: Event) => set({ description: value(e) })}
      ></textarea>
    </label>
    <div class="field">
      ${fieldLabel('community', t('community'))}
      <select
        id="f-community"
        name="community"
        aria-invalid=${place.invalid}
        aria-describedby=${place.describedBy}
        @change=${(e: Event) => set({ community: value(e) })}
      >
        <option value="" ?selected=${community === ''}>—</option>
        ${form.board.communities.map(
          (id) =>
            html`<option value=${id} ?selected=${community === id}>
              ${view.communityName(id)}
            </option>`,
        )}
      </select>
      ${fieldError('community', errors.community)}
    </div>
    <label
      >${t('topic')}
      <select name="topic" @change=${(e: Event) => set({ topic: value(e) })}>
        <option value="" ?selected=${draft.topic === ''}>${t('noTopic')}</option>
        ${form.topics.map(
          (topic) =>
            html`<option value=${topic.id} ?selected=${draft.topic === topic.id}>
              ${localize(topic.title, locale)}
            </option>`,
        )}
      </select>
    </label>
    ${
      form.withPhoto
        ? html`<label
              >${t('photo')}
              <input
                name="photo"
                .value=${draft.photo}
                @input=${(e: Event) => set({ photo: value(e) })}
              />
            </label>
            <div class="field">
              ${fieldLabel('photo-alt', t('photoAlt'))}
              <input
                id="f-photo-alt"
                name="photo-alt"
                .value=${draft.photoAlt}
                aria-invalid=${alt.invalid}
                aria-describedby=${alt.describedBy}
                @input=${(e: Event) => set({ photoAlt: value(e) })}
              />
              ${fieldError('photo-alt', errors.photoAlt)}
            </div>`
        : nothing
    }
    ${errors.rules ? html`<p class="field-error" role="alert">${errors.rules}</p>` : nothing}
    <button type="submit" class="primary">${t('submit')}</button>
  </form>`;
}
