import type { DocumentIssue } from '@qingyuan/core';

/**
 * What an element shows of one problem in a document it was given: core's `DocumentIssue`
 * without its machine parts — where it is, as people read a path (`projects[2].title`, `''`
 * for the whole document), and the localized message. A reader that is not core's
 * `parseDocument` (a server's aggregated report, a results file) gives these two only.
 *
 * @example
 * const issue: ShownIssue = { where: 'projects[0].requested', message: 'Expected an integer' };
 */
export type ShownIssue = Pick<DocumentIssue, 'where' | 'message'>;

/** The outcome of reading a document: its value, or every issue found in it. */
export type DocumentResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ShownIssue[] };
