import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  allocateFunds,
  checkFundingDecision,
  fundingCandidates,
  fundingDecisionFrom,
  FundingDecisionSchema,
  FundingOverrideSchema,
  localize,
  parseDocument,
  minorUnitsToDecimal,
  tally,
  toWhere,
  type FundingDecision,
  type FundingOverride,
  type Violation,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { parseLang } from '../input/lang.js';
import { documentFrom } from '../input/read-document.js';
import { readJsonFile } from '../input/read-json-file.js';
import { readMeetingAndBallots } from '../input/read-meeting-and-ballots.js';

export const fundHelp = `Usage: qingyuan fund MEETING.json BALLOTS.json --fund AMOUNT --by ID [--by ID]...
                     [--overrides FILE] [--opinions FILE] [--out FILE] [--id ID] [--at TIME]
                     [--mode skip|strict] [--partial] [--lang zh-CN|en]

Writes the funding decision (a FundingDecision document) from the tally: the fund goes down
the ranking (declared tie-break chain included); the recorded manual overrides (a list of
FundingOverride: project, granted, by, reason) change grants; every departure from the
ranking is recorded with who decided and why. The decision is checked against the ranking
and the fund before it is written.

Options:
  --fund AMOUNT      the fund in minor units (fen), e.g. 5000000 for 50,000 yuan (required)
  --by ID            who decides (participant id; the service center first; repeatable, required)
  --overrides FILE   the manual overrides, a JSON list of FundingOverride
  --opinions FILE    the opinions of street leaders and experts the decision weighed, a JSON
                     list of { "by": ID, "text": "…" or { "zh-CN": "…", "en": "…" } }
  --out FILE         write the decision there (default: print it)
  --id ID            the decision's id (default fd-MEETING)
  --at TIME          when it is decided, ISO 8601 with offset (default: now)
  --mode MODE        skip (default): fund every project that still fits; strict: stop at the
                     first that does not
  --partial          grant the remainder to the first project that does not fit
  --lang LANG        zh-CN or en (default en)
  -h, --help         show this help

Exit codes: 0 written, 2 bad input or overrides that do not apply (each with its path).
`;

const words = {
  en: {
    fundAmount: (got: string) =>
      `--fund: expected a whole number of minor units (fen), e.g. 5000000 for 50,000 yuan, got "${got}"`,
    by: 'fund needs --by ID: who decides (the service center first)',
    at: (got: string) =>
      `--at: expected an ISO 8601 date-time with offset such as 2008-04-02T10:00:00+08:00, got "${got}"`,
    mode: (got: string) => `--mode: expected skip or strict, got "${got}"`,
    notList: 'expected a JSON list of overrides ({ project, granted, by, reason })',
    notOpinions: 'expected a JSON list of opinions ({ by, text })',
    written: (file: string) => `funding decision written to ${file}`,
    granted: (total: string, fund: string) => `granted ${total} of ${fund}`,
    departure: 'departure',
  },
  'zh-CN': {
    fundAmount: (got: string) =>
      `--fund：应为以分为单位的整数，例如 5 万元写作 5000000，实际为 "${got}"`,
    by: 'fund 需要 --by ID：由谁决定（街道服务中心在前）',
    at: (got: string) =>
      `--at：应为带时区的 ISO 8601 时间，例如 2008-04-02T10:00:00+08:00，实际为 "${got}"`,
    mode: (got: string) => `--mode：应为 skip 或 strict，实际为 "${got}"`,
    notList: '应为调整记录的 JSON 列表（{ project, granted, by, reason }）',
    notOpinions: '应为意见的 JSON 列表（{ by, text }）',
    written: (file: string) => `资助决定已写入 ${file}`,
    granted: (total: string, fund: string) => `共资助 ${total}，资金池 ${fund}`,
    departure: '偏离排名',
  },
} as const;

function violationLines(file: string, violations: readonly Violation[], lang: Locale): string {
  return violations
    .map((v) => `${file}: ${toWhere(v.path) || '(document)'}: ${v.message[lang]} [${v.rule}]`)
    .join('\n');
}

async function readOverrides(file: string, lang: Locale): Promise<FundingOverride[]> {
  const value = await readJsonFile(file, lang);
  if (!Array.isArray(value)) throw new UsageError(`${file}: ${words[lang].notList}`);
  return value.map((item, i) => documentFrom(file, item, FundingOverrideSchema, lang, [i]));
}

/** Reads the opinions file: a list, each checked as a FundingDecision's `opinions` entry. */
async function readOpinions(file: string, lang: Locale): Promise<FundingDecision['opinions']> {
  const value = await readJsonFile(file, lang);
  if (!Array.isArray(value)) throw new UsageError(`${file}: ${words[lang].notOpinions}`);
  const probe = {
    id: 'probe',
    meeting: 'probe',
    fund: { amount: 0, currency: 'CNY' },
    decidedBy: ['probe'],
    decidedAt: '2000-01-01T00:00:00Z',
    grants: [],
    departures: [],
    opinions: value,
  };
  const parsed = parseDocument(FundingDecisionSchema, probe, { locale: lang });
  if (parsed.ok) return parsed.value.opinions;
  const issue = parsed.issues[0]!;
  throw new UsageError(`${file}: ${toWhere(issue.path.slice(1))}: ${issue.message}`);
}

/**
 * `qingyuan fund`: tallies the meeting, allocates the fund down the ranking, applies the
 * recorded overrides and writes the FundingDecision document.
 *
 * @example
 * await fundCommand(['meeting.json', 'ballots.json', '--fund', '5000000', '--by', 'p-center'], processIO);
 */
export async function fundCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      fund: { type: 'string' },
      by: { type: 'string', multiple: true },
      overrides: { type: 'string' },
      opinions: { type: 'string' },
      out: { type: 'string' },
      id: { type: 'string' },
      at: { type: 'string' },
      mode: { type: 'string' },
      partial: { type: 'boolean' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(fundHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const t = words[lang];
  const amount = /^\d+$/.test(values.fund ?? '') ? Number(values.fund) : NaN;
  if (!Number.isSafeInteger(amount)) throw new UsageError(t.fundAmount(values.fund ?? ''));
  const by = values.by ?? [];
  if (by.length === 0) throw new UsageError(t.by);
  const at = values.at ?? new Date().toISOString();
  if (
    !/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(at) ||
    isNaN(Date.parse(at))
  ) {
    throw new UsageError(t.at(at));
  }
  const mode = values.mode ?? 'skip';
  if (mode !== 'skip' && mode !== 'strict') throw new UsageError(t.mode(mode));
  const { meeting, ballots } = await readMeetingAndBallots(positionals, 'fund', lang);
  const overrides =
    values.overrides === undefined ? [] : await readOverrides(values.overrides, lang);

  const opinions =
    values.opinions === undefined ? undefined : await readOpinions(values.opinions, lang);

  const result = tally(meeting, ballots);
  const currencies = [...new Set(meeting.projects.map((p) => p.requested.currency))];
  const fund = { amount, currency: currencies[0] ?? 'CNY' };
  const allocated = allocateFunds(fundingCandidates(meeting, result), fund, {
    mode,
    partial: values.partial === true,
  });
  if (!allocated.ok) {
    throw new UsageError(violationLines(positionals[0]!, allocated.violations, lang));
  }
  const decided = fundingDecisionFrom(allocated.allocation, overrides, {
    id: values.id ?? `fd-${meeting.id}`,
    meeting: meeting.id,
    decidedBy: [by[0]!, ...by.slice(1)],
    decidedAt: at,
    ...(opinions !== undefined ? { opinions } : {}),
  });
  if (!decided.ok) {
    throw new UsageError(violationLines(values.overrides ?? '', decided.violations, lang));
  }
  const decision: FundingDecision = decided.decision;
  const requested = Object.fromEntries(meeting.projects.map((p) => [p.id, p.requested]));
  const ranking = result.ranking.map(({ project, rank }) => ({ project, rank }));
  const checked = checkFundingDecision(decision, ranking, { requested });
  if (!checked.ok) {
    throw new UsageError(violationLines(values.id ?? 'decision', checked.violations, lang));
  }
  const json = `${JSON.stringify(decision, null, 2)}\n`;
  if (values.out === undefined) {
    io.stdout(json);
    return 0;
  }
  await writeFile(values.out, json);
  const money = (minor: number) => `${minorUnitsToDecimal(minor, fund.currency)} ${fund.currency}`;
  const lines = [
    t.written(values.out),
    ...decision.grants.map((grant) => `  ${grant.project}  ${money(grant.amount.amount)}`),
    ...decision.departures.map(
      (d) => `  ${t.departure}: ${d.project} (${d.by}): ${localize(d.reason, lang)}`,
    ),
    t.granted(money(decided.granted), money(amount)),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
