import { SurveyAnswerSchema, type SurveyAnswer } from '@qingyuan/core';

/** What `<qy-needs-survey>` keeps on the device while a respondent answers. */
export interface SurveyDraft {
  /** The response id, kept so a reload submits the same response (and the same key). */
  readonly id: string;
  readonly answers: Readonly<Record<string, SurveyAnswer>>;
  readonly attributes: Readonly<Record<string, string>>;
  /** The page the respondent was on. */
  readonly page: number;
  /**
   * The id of the section on that page, when the survey has sections: a reload returns to
   * this section even if the survey's sections changed in between.
   */
  readonly section?: string;
}

/**
 * The localStorage draft of one survey, keyed by the survey id
 * (`qingyuan:survey-draft:<survey id>`), so a reload or a dropped connection loses no answer.
 * A stored draft that is not readable (another version, a manual edit) is ignored, never thrown.
 *
 * @example
 * const drafts = new SurveyDraftStore();
 * drafts.save('jinhuali-2007', { id: 'r-1', answers: { 'q-kids': 2 }, attributes: {}, page: 1 });
 * drafts.load('jinhuali-2007')?.answers['q-kids']; // 2
 */
export class SurveyDraftStore {
  constructor(
    private readonly storage: Storage = localStorage,
    private readonly prefix = 'qingyuan:survey-draft:',
  ) {}

  /** The storage key of a survey's draft. */
  keyOf(surveyId: string): string {
    return `${this.prefix}${surveyId}`;
  }

  /** The saved draft of a survey, or undefined when there is none (or it is unreadable). */
  load(surveyId: string): SurveyDraft | undefined {
    let data: unknown;
    try {
      data = JSON.parse(this.storage.getItem(this.keyOf(surveyId)) ?? 'null');
    } catch {
      return undefined;
    }
    if (data === null || typeof data !== 'object') return undefined;
    const draft = data as Record<string, unknown>;
    if (typeof draft['id'] !== 'string') return undefined;
    const answers: Record<string, SurveyAnswer> = {};
    for (const [id, answer] of Object.entries(asRecord(draft['answers']))) {
      const parsed = SurveyAnswerSchema.safeParse(answer);
      if (parsed.success) answers[id] = parsed.data;
    }
    const attributes: Record<string, string> = {};
    for (const [id, value] of Object.entries(asRecord(draft['attributes']))) {
      if (typeof value === 'string') attributes[id] = value;
    }
    const page = typeof draft['page'] === 'number' && draft['page'] >= 0 ? draft['page'] : 0;
    const section = typeof draft['section'] === 'string' ? { section: draft['section'] } : {};
    return { id: draft['id'], answers, attributes, page: Math.floor(page), ...section };
  }

  /** Saves (replaces) a survey's draft. Storage that is full or blocked is ignored. */
  save(surveyId: string, draft: SurveyDraft): void {
    try {
      this.storage.setItem(this.keyOf(surveyId), JSON.stringify(draft));
    } catch {
      // Private mode or a full quota: the form still works, only without a draft.
    }
  }

  /** Forgets a survey's draft (after submitting, or a form reset). */
  clear(surveyId: string): void {
    this.storage.removeItem(this.keyOf(surveyId));
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
