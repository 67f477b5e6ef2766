/**
 * One problem found in a document an element was given: where it is, as people read a path
 * (`projects[2].title`, `''` for the whole document), and a localized message. Core's
 * `parseDocument` issues have this shape (and more).
 *
 * @example
 * const issue: DocumentIssue = { where: 'projects[0].requested', message: 'Expected an integer' };
 */
export interface DocumentIssue {
  readonly where: string;
  readonly message: string;
}

/** The outcome of reading a document: its value, or every issue found in it. */
export type DocumentResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly DocumentIssue[] };
