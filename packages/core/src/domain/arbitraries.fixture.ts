// fast-check arbitraries producing valid documents of every domain schema (tests only).
import fc from 'fast-check';

export const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
export const localizedText = fc.oneof(text, fc.record({ 'zh-CN': text, en: text }));
export const money = (currency = 'CNY') =>
  fc.record({ amount: fc.nat({ max: 10 ** 9 }), currency: fc.constant(currency) });
const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) });
export const date = day.map((ms) => new Date(ms).toISOString().slice(0, 10));
export const timestamp = day.map((ms) => new Date(ms).toISOString());
const dates = fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const unique = <T extends object>(arb: fc.Arbitrary<T>, key: (t: T) => string, maxLength = 4) =>
  fc.uniqueArray(arb, { selector: key, maxLength });

/** Drops `undefined` properties so a document equals its JSON round trip. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const community = fc
  .record({
    id,
    name: localizedText,
    description: optional(localizedText),
    households: optional(fc.nat()),
  })
  .map(clean);

export const participant = fc
  .record({
    id,
    name: localizedText,
    roles: fc.uniqueArray(
      fc.constantFrom(
        'street-office',
        'service-center',
        'ngo-partner',
        'residents-committee',
        'resident',
        'local-business',
        'expert',
        'supervision-group-member',
      ),
      { minLength: 1 },
    ),
    community: optional(id),
    attributes: optional(fc.dictionary(id, text)),
  })
  .map(clean);

export const governanceBody = fc
  .record({
    id,
    kind: fc.constantFrom(
      'leading-group',
      'coordination-group',
      'execution-team',
      'supervision-group',
      'street-office',
      'service-center',
    ),
    name: localizedText,
    members: unique(
      fc.record({ participant: id, role: optional(localizedText) }),
      (m) => m.participant,
    ),
  })
  .map(clean);

export const application = fc
  .record({
    id,
    community: id,
    title: localizedText,
    purpose: localizedText,
    needs: unique(
      fc.record({
        id,
        description: localizedText,
        findings: fc.array(fc.record({ survey: id, question: id, option: optional(id) }), {
          maxLength: 2,
        }),
      }),
      (n) => n.id,
    ),
    plan: unique(
      fc
        .record({ id, title: localizedText, dates })
        .map(({ dates: [start, end], ...rest }) => ({ ...rest, start, end })),
      (a) => a.id,
    ),
    indicators: unique(
      fc.record({
        id,
        description: localizedText,
        unit: localizedText,
        target: fc.nat(),
        baseline: optional(fc.nat()),
      }),
      (i) => i.id,
    ),
    team: fc.array(
      fc.record({
        name: localizedText,
        participant: optional(id),
        role: fc.constantFrom('overall-lead', 'finance-lead', 'member'),
      }),
      { maxLength: 3 },
    ),
    beneficiaries: fc.array(
      fc.record({
        group: localizedText,
        count: optional(fc.nat()),
        vulnerable: optional(
          fc.constantFrom(
            'migrants',
            'elderly',
            'laid-off-workers',
            'children',
            'disabled',
            'low-income',
          ),
        ),
      }),
      { maxLength: 3 },
    ),
    budget: fc.record({
      total: money(),
      lines: unique(fc.record({ id, item: localizedText, amount: money() }), (l) => l.id),
    }),
    sustainability: optional(localizedText),
  })
  .map(clean);

const contract = fc.oneof(
  fc.record({ signed: fc.constant(true), signedAt: date }),
  fc.record({ signed: fc.constant(false) }),
);

export const executionTeam = fc
  .record({
    id,
    project: id,
    members: unique(
      fc.record({
        participant: id,
        role: fc.constantFrom('overall-lead', 'finance-lead', 'member'),
        contract,
      }),
      (m) => m.participant,
    ),
    rules: optional(fc.array(localizedText, { maxLength: 2 })),
  })
  .map(clean);

export const fundingDecision = fc
  .record({
    id,
    meeting: id,
    fund: money(),
    decidedBy: fc.array(id, { minLength: 1, maxLength: 2 }),
    decidedAt: timestamp,
    grants: unique(fc.record({ project: id, amount: money() }), (g) => g.project),
    departures: fc.array(fc.record({ project: id, by: id, reason: localizedText }), {
      maxLength: 2,
    }),
  })
  .map(clean);

export const workRecord = fc
  .record({
    id,
    stage: fc.constantFrom('needs-survey', 'application', 'review', 'execution', 'closing'),
    date,
    project: optional(id),
    participants: fc.array(id, { maxLength: 3 }),
    content: localizedText,
    recordedBy: id,
  })
  .map(clean);

export const executionReport = fc
  .record({
    id,
    project: id,
    period: dates.map(([start, end]) => ({ start, end })),
    activities: fc.array(
      fc.record({
        activity: id,
        status: fc.constantFrom('done', 'partly-done', 'not-done', 'cancelled'),
        participants: optional(fc.nat()),
      }),
      { maxLength: 3 },
    ),
    summary: localizedText,
    submittedBy: id,
    submittedAt: timestamp,
  })
  .map(clean);

export const financialAudit = fc
  .record({
    id,
    project: id,
    granted: money(),
    lines: unique(fc.record({ line: id, budgeted: money(), actual: money() }), (l) => l.line),
    auditedBy: fc.array(id, { minLength: 1, maxLength: 2 }),
    auditedAt: timestamp,
    conclusion: fc.constantFrom('compliant', 'compliant-with-remarks', 'non-compliant'),
  })
  .map(clean);

export const evaluationReport = fc
  .record({
    id,
    project: id,
    indicators: unique(
      fc.record({ indicator: id, unit: localizedText, target: fc.nat(), reached: fc.nat() }),
      (i) => i.indicator,
    ),
    summary: localizedText,
    evaluatedBy: fc.array(id, { minLength: 1, maxLength: 2 }),
    evaluatedAt: timestamp,
  })
  .map(clean);

export const termination = fc
  .record({
    id,
    project: id,
    reason: localizedText,
    decision: fc.record({ body: id, decidedAt: timestamp }),
    refund: optional(money()),
  })
  .map(clean);

const options = fc.uniqueArray(fc.record({ id, label: localizedText }), {
  selector: (o) => o.id,
  minLength: 1,
  maxLength: 4,
});
const question = fc.oneof(
  fc.record({ type: fc.constant('single-choice'), options }),
  fc.record({ type: fc.constant('multiple-choice'), options }),
  fc.record({ type: fc.constant('ranking'), options }),
  fc
    .tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 7 }))
    .map(([min, span]) => ({ type: 'rating', min, max: min + span })),
  fc.record({ type: fc.constant('number'), integer: fc.boolean() }),
  fc.record({ type: fc.constant('free-text') }),
);

export const needsSurvey = fc
  .record({
    id,
    title: localizedText,
    attributes: unique(fc.record({ id, label: localizedText, values: options }), (a) => a.id, 2),
    questions: fc.uniqueArray(
      fc.record({
        id,
        label: localizedText,
        required: fc.boolean(),
        needs: fc.boolean(),
        body: question,
      }),
      { selector: (q) => q.id, minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ questions, ...survey }) => ({
    ...survey,
    questions: questions.map(({ body, ...common }, index) => ({
      ...common,
      ...body,
      ...(index > 0 ? { showIf: { question: questions[index - 1]!.id, answered: true } } : {}),
    })),
  }))
  .map(clean);

export const surveyResponse = fc
  .record({
    id,
    survey: id,
    attributes: fc.dictionary(id, id, { maxKeys: 2 }),
    answers: fc.dictionary(id, fc.oneof(text, fc.integer(), fc.array(id, { maxLength: 3 })), {
      maxKeys: 4,
    }),
  })
  .map(clean);
