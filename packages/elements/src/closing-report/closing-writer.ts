import type {
  EvaluationReport,
  FinancialAudit,
  Locale,
  ProjectEvent,
  Violation,
} from '@qingyuan/core';
import type { nothing, TemplateResult } from 'lit';
import type { FieldAria } from '../internal/form-field-view.js';
import type { ClosingDocuments } from './closing-documents.js';
import type { ReadingView } from './closing-reading-view.js';

/** What `<qy-closing-report>` writes (`writes`): the execution report, the audit or the evaluation. */
export type ClosingKind = 'report' | 'audit' | 'evaluation';

/**
 * The project event a closing document is posted as: core's `report-submitted`,
 * `audit-recorded` or `evaluation-recorded`.
 */
export type ClosingEvent = Extract<
  ProjectEvent,
  { type: 'report-submitted' | 'audit-recorded' | 'evaluation-recorded' }
>;

/** What every draft keeps: the document's id, and when it is (to be) submitted. */
export interface DraftBase {
  readonly id: string;
  /** Set on submit, kept with a saved draft. */
  readonly at: string;
}

/** What a writer's form is drawn with: the reading view's words and money, the draft, field helpers. */
export interface WriterView<F extends DraftBase> extends ReadingView {
  readonly docs: ClosingDocuments;
  readonly fields: F;
  /** Changes the draft as it is now (not as it was when the form was drawn). */
  readonly update: (change: (fields: F) => F) => void;
  /** A field's `aria-invalid` / `aria-describedby` by field id (`lines-0-actual`). */
  readonly aria: (id: string) => FieldAria;
  /** A field's error message beside it, or nothing. */
  readonly error: (id: string) => TemplateResult | typeof nothing;
  /** The host's "(optional)" word. */
  readonly optional: string;
}

/**
 * The writing of the financial audit or the evaluation, loaded on demand by
 * `<qy-closing-report writes="audit|evaluation">`: its draft, the core document and event it
 * makes, every rule the document breaks (core's schema and lifecycle rules, paths from the
 * document), the field a violation belongs to, and the form.
 */
export interface ClosingWriter<F extends DraftBase = DraftBase> {
  readonly kind: Exclude<ClosingKind, 'report'>;
  /** An empty draft. */
  empty(id: string): F;
  /** The document the draft makes (valid or not); undefined without an application. */
  document(
    fields: F,
    docs: ClosingDocuments,
    by: string,
    locale: Locale,
  ): FinancialAudit | EvaluationReport | undefined;
  /** The project event posting the document. */
  event(document: FinancialAudit | EvaluationReport, by: string): ClosingEvent;
  /** Every rule the draft breaks now: amounts as typed, core's schema, core's rules. */
  violations(fields: F, docs: ClosingDocuments, by: string, locale: Locale): Violation[];
  /** The field id a violation's path belongs to (`lines-0-actual`), else undefined. */
  fieldOf(path: readonly (string | number)[]): string | undefined;
  /** The draft of a saved document (restored form state), undefined when unreadable. */
  restore(data: unknown, locale: Locale, empty: F): F | undefined;
  /** The form's fields. */
  render(view: WriterView<F>): TemplateResult;
}
