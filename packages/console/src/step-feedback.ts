import type { Locale } from '@qingyuan/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { consoleText, type ConsoleText } from './console-messages.js';
import { renderRefusal } from './refusal-view.js';

/** What a step said when it succeeded, worded in the current language when shown. */
export type StepNote = (t: ConsoleText) => string;

/** What the host of a {@link StepFeedback} gives it: the language its notes are shown in. */
export interface StepFeedbackHost extends ReactiveControllerHost {
  readonly locale: Locale;
}

/**
 * Which notes a {@link StepFeedback} keeps when a step ends: `last`, only the step just done
 * (so what is said is about what was just done); `each`, every step's own last note.
 */
export type KeptNotes = 'last' | 'each';

/**
 * The steps of a console panel (issue codes, open, export, …) and what each said: the step
 * running now (its buttons disabled meanwhile), each step's note on success and its refusal in
 * words beside it. A step that succeeds makes the refusals of earlier steps stale: they go. It
 * needs none of the host's lifecycle, only its updates. The meeting, round and PB election panels
 * share it.
 *
 * @example
 * private readonly steps = new StepFeedback<'codes' | 'export'>(this, 'last');
 * // an action: await this.steps.run('export', async () => { …; return (w) => w('downloaded', { file }); });
 * // in render(): <button ?disabled=${this.steps.isBusy('export')}>…</button> ${this.steps.render('export')}
 */
export class StepFeedback<Step extends string> {
  /** The step running now, if any. */
  private busy: Step | undefined;
  private errors: Partial<Record<Step, unknown>> = {};
  private notes: Partial<Record<Step, StepNote>> = {};

  constructor(
    private readonly host: StepFeedbackHost,
    private readonly kept: KeptNotes,
  ) {}

  /** Whether `step` is running (its buttons are disabled meanwhile). */
  isBusy(step: Step): boolean {
    return this.busy === step;
  }

  /** Starts `step`: it is busy, and its earlier note and refusal go. */
  begin(step: Step): void {
    this.busy = step;
    this.errors = { ...this.errors, [step]: undefined };
    this.notes = { ...this.notes, [step]: undefined };
    this.host.requestUpdate();
  }

  /** Ends `step` (or refuses it before it began) with its note or its refusal. */
  finish(step: Step, outcome: { note?: StepNote; error?: unknown }): void {
    this.busy = undefined;
    this.errors = outcome.error === undefined ? {} : { ...this.errors, [step]: outcome.error };
    this.notes =
      this.kept === 'last'
        ? ({ [step]: outcome.note } as Partial<Record<Step, StepNote>>)
        : { ...this.notes, [step]: outcome.note };
    this.host.requestUpdate();
  }

  /** Shows `error` beside `step` without ending the step running now. */
  refuse(step: Step, error: unknown): void {
    this.errors = { ...this.errors, [step]: error };
    this.host.requestUpdate();
  }

  /**
   * Runs `action` as `step`: {@link begin}, then {@link finish} with the note it answers, or
   * with its refusal when it throws.
   */
  async run(step: Step, action: () => Promise<StepNote | undefined>): Promise<void> {
    this.begin(step);
    try {
      this.finish(step, { note: await action() });
    } catch (error) {
      this.finish(step, { error });
    }
  }

  /** What `step` said when it last succeeded, in the host's language, or `undefined`. */
  noteOf(step: Step): string | undefined {
    return this.notes[step]?.(consoleText(this.host.locale));
  }

  /** Why `step` was last refused, or `undefined`. */
  refusalOf(step: Step): unknown {
    return this.errors[step];
  }

  /** The note of `step` (a `status` region) and its refusal (an `alert`), where it happened. */
  render(step: Step): TemplateResult {
    const note = this.noteOf(step);
    return html`${note !== undefined ? html`<p class="ok" role="status">${note}</p>` : nothing}
    ${renderRefusal(this.refusalOf(step))}`;
  }
}
