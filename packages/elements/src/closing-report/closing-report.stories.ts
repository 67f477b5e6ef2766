import { pilotBodies, pilotParticipants } from '@qingyuan/core/examples';
import { html } from 'lit';
import '../define/closing-report.js';
import {
  elementFromArgs,
  narrow,
  renderFromArgs,
  storyText,
  type ElementArgs,
  type StoryContext,
} from '../testing/story-args.js';
import { storyEndpoint, stubStoryPosts } from '../testing/story-endpoints.js';
import type { QyClosingReport } from './closing-report.js';
import { amendedApplication, jinhualiClosing, overspentClosing } from './closing-report.fixture.js';

// Every story is args: Controls (and the URL's `args=`) drive the element, and the toolbar's
// locale and theme apply unless a story pins them with `globals`.
export default {
  title: 'Components/qy-closing-report',
  component: 'qy-closing-report',
  render: renderFromArgs('qy-closing-report'),
};

const published = {
  mode: 'read',
  participants: pilotParticipants,
  bodies: pilotBodies,
  documents: jinhualiClosing(),
};

export const PublicView = { args: published };
/** Under the host page's own `<h2>`: the element's heading is an `<h3>`. */
export const HeadingLevel3 = { args: { ...published, 'heading-level': 3 } };
export const PublicViewEnglish = { args: published, globals: { locale: 'en' } };
/** Fictional: an overspend approved by the supervision group, and one indicator missed. */
export const OverspentWithApprovalFictional = {
  args: { ...published, documents: overspentClosing() },
  render: (args: ElementArgs, { globals }: StoryContext) =>
    html`<main>
      <p>
        ${storyText(globals, {
          en: "A fictional variant of Jinhuali's closing: the overspend and the missed indicator are invented.",
          'zh-CN': '金华里结项的虚构变体：超支和未达成的指标都是编造的。',
        })}
      </p>
      ${elementFromArgs('qy-closing-report', args)}
    </main>`,
};
export const NothingRecordedYet = {
  args: { mode: 'read', documents: { application: amendedApplication() } },
};
export const LeadWritesTheReport = {
  args: { 'submitted-by': 'p-li', documents: { application: amendedApplication() } },
};
export const WritingWithoutAnApplication = { args: { documents: {} } };
export const InvalidDocuments = { args: { mode: 'read', documents: { audit: { id: 'fa-x' } } } };
export const DarkTheme = {
  args: { mode: 'read', documents: overspentClosing() },
  globals: { theme: 'dark' },
};
export const NarrowPhone = {
  args: { mode: 'read', documents: jinhualiClosing() },
  decorators: [narrow],
};

// ----- the audit and the evaluation, written (their forms load on demand) -----

type Canvas = { canvasElement: HTMLElement };
const AUDIT_OUTBOX = 'qingyuan:audit-outbox';
const EVALUATION_OUTBOX = 'qingyuan:evaluation-outbox';

/** The element of the story, once the form of what it writes has arrived (`#f-…` is there). */
async function formOf(canvasElement: HTMLElement, field: string): Promise<QyClosingReport | null> {
  const el = canvasElement.querySelector<QyClosingReport>('qy-closing-report');
  if (!el) return null;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector(field); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await el.updateComplete;
  return el;
}

/** Types `value` into the field `#id` of `el`, as the writer would. */
function typeIn(el: QyClosingReport, id: string, value: string): void {
  const field = el.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** Presses the form's submit button. */
async function submitForm(el: QyClosingReport): Promise<void> {
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('.actions button.primary')?.click();
  await el.updateComplete;
}

/** Jinhuali's actual spending per budget line (core's example audit), compliant, then submitted. */
async function fillAudit({ canvasElement }: Canvas): Promise<void> {
  const el = await formOf(canvasElement, '#f-lines-0-actual');
  if (!el) return;
  ['4800', '3900', '950', '2000', '1300'].forEach((amount, index) =>
    typeIn(el, `f-lines-${index}-actual`, amount),
  );
  typeIn(el, 'f-conclusion', 'compliant');
  await submitForm(el);
}

/** What each indicator reached (core's example evaluation) and a summary, then submitted. */
async function fillEvaluation({ canvasElement }: Canvas): Promise<void> {
  const el = await formOf(canvasElement, '#f-indicators-0-reached');
  if (!el) return;
  ['240', '22', '176'].forEach((reached, index) =>
    typeIn(el, `f-indicators-${index}-reached`, reached),
  );
  typeIn(el, 'f-summary', el.lang === 'en' ? 'Every target was met' : '各项指标均已达到');
  await submitForm(el);
}

const auditArgs = (endpoint = '') => ({
  writes: 'audit',
  'submitted-by': 'p-caizheng',
  participants: pilotParticipants,
  documents: { application: amendedApplication() },
  ...(endpoint ? { endpoint } : {}),
});
const evaluationArgs = (endpoint = '') => ({
  writes: 'evaluation',
  'submitted-by': 'p-ngo',
  participants: pilotParticipants,
  documents: { application: amendedApplication() },
  ...(endpoint ? { endpoint } : {}),
});
const freshAudit = [() => stubStoryPosts(AUDIT_OUTBOX)];
const freshEvaluation = [() => stubStoryPosts(EVALUATION_OUTBOX)];

/** The auditor's empty form: one line per budget line, the co-funding and income lines apart. */
export const AuditorWritesTheAudit = { loaders: freshAudit, args: auditArgs() };
/** Submitted empty, then one amount mistyped: each problem beside its field, the first focused. */
export const AuditWithErrors = {
  loaders: freshAudit,
  args: auditArgs(),
  play: async ({ canvasElement }: Canvas) => {
    const el = await formOf(canvasElement, '#f-lines-0-actual');
    if (!el) return;
    typeIn(el, 'f-lines-1-actual', '3900 元左右');
    await submitForm(el);
  },
};
/** Spending beyond the grant, with the supervision group's approval of a higher ceiling. */
export const AuditOverspentWithApprovalFictional = {
  loaders: freshAudit,
  args: {
    ...auditArgs(),
    documents: { application: amendedApplication(), approvals: overspentClosing().approvals },
  },
  play: async ({ canvasElement }: Canvas) => {
    const el = await formOf(canvasElement, '#f-lines-0-actual');
    if (!el) return;
    ['5800', '3900', '950', '2000', '1300'].forEach((amount, index) =>
      typeIn(el, `f-lines-${index}-actual`, amount),
    );
    typeIn(el, 'f-conclusion', 'compliant-with-remarks');
    await el.updateComplete;
  },
};
export const AuditSending = {
  loaders: freshAudit,
  args: auditArgs(storyEndpoint('sending', 'audits')),
  play: fillAudit,
};
export const AuditSent = {
  loaders: freshAudit,
  args: auditArgs(storyEndpoint('sent', 'audits')),
  play: fillAudit,
};
export const AuditQueuedOffline = {
  loaders: freshAudit,
  args: auditArgs(storyEndpoint('offline', 'audits')),
  play: fillAudit,
};
export const AuditRefused = {
  loaders: freshAudit,
  args: auditArgs(storyEndpoint('refusing', 'audits')),
  play: fillAudit,
};
export const AuditEnglishNarrow = {
  loaders: freshAudit,
  args: auditArgs(),
  globals: { locale: 'en' },
  decorators: [narrow],
};

/** The evaluator's empty form: each indicator of the amended application with its target. */
export const EvaluatorWritesTheEvaluation = { loaders: freshEvaluation, args: evaluationArgs() };
/** Submitted empty, then one value mistyped: each problem beside its field. */
export const EvaluationWithErrors = {
  loaders: freshEvaluation,
  args: evaluationArgs(),
  play: async ({ canvasElement }: Canvas) => {
    const el = await formOf(canvasElement, '#f-indicators-0-reached');
    if (!el) return;
    typeIn(el, 'f-indicators-1-reached', '二十多');
    await submitForm(el);
  },
};
export const EvaluationSending = {
  loaders: freshEvaluation,
  args: evaluationArgs(storyEndpoint('sending', 'evaluations')),
  play: fillEvaluation,
};
export const EvaluationSent = {
  loaders: freshEvaluation,
  args: evaluationArgs(storyEndpoint('sent', 'evaluations')),
  play: fillEvaluation,
};
export const EvaluationQueuedOffline = {
  loaders: freshEvaluation,
  args: evaluationArgs(storyEndpoint('offline', 'evaluations')),
  play: fillEvaluation,
};
export const EvaluationRefused = {
  loaders: freshEvaluation,
  args: evaluationArgs(storyEndpoint('refusing', 'evaluations')),
  play: fillEvaluation,
};
export const EvaluationEnglishDark = {
  loaders: freshEvaluation,
  args: evaluationArgs(),
  globals: { locale: 'en', theme: 'dark' },
};
