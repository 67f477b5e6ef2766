import type { Locale, OpenSpaceIdea, MessageParams } from '@qingyuan/core';
import type { IdeaBoardMessageKey } from './idea-board.messages.js';

/** What the views of `<qy-idea-board>` read: words and the session's names in the page's language. */
export interface BoardViewContext {
  readonly locale: Locale;
  /** The element's `heading-level`: the ideas' and the form's headings are one level below. */
  readonly headingLevel: number;
  readonly t: (key: IdeaBoardMessageKey, params?: MessageParams) => string;
  readonly participantName: (id: string) => string;
  readonly communityName: (id: string) => string;
  readonly topicTitle: (id: string) => string;
  readonly ideaTitle: (idea: OpenSpaceIdea) => string;
}
