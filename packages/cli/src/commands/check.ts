import { parseArgs } from 'node:util';
import {
  GovernanceBodySchema,
  MeetingHistorySchema,
  meetingLifecycle,
  ProjectHistorySchema,
  projectLifecycle,
  replay,
  replayAll,
  toWhere,
  type ProjectContext,
  type RefusedEvent,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { parseLang } from '../input/lang.js';
import { documentFrom } from '../input/read-document.js';
import { readJsonFile } from '../input/read-json-file.js';

export const checkHelp = `Usage: qingyuan check HISTORY.json [--context FILE]... [--keep-going] [--lang zh-CN|en]
                      [--format text|json]

Replays a project history (project-history.json) or a review meeting history
(meeting-history.json) through core's workflow rules and prints every violation with its rule
id, where it is (the event and the path inside it) and what is wrong.

A project's rules need its context: the governance bodies (supervision group, service
center …) and whatever else the rules read. Each --context file is either governance bodies
(one GovernanceBody or a list of them) or an object whose keys are context fields, e.g.
{ "bodies": [ … ] }; several files are merged (lists are joined). A meeting history needs no
context.

Options:
  --context FILE   a context document (repeatable)
  --keep-going     after a refused event, go on checking the rest of the history (the state
                   moves on as if the event had been accepted, when it can): every violation
                   of the whole history, some of which may follow from earlier ones
  --lang LANG      zh-CN or en (default en)
  --format FORMAT  text (default) or json: { kind, events, status, refused: [{ index, event,
                   violations: [{ rule, message: { zh-CN, en }, path }] }], unchecked }
  -h, --help       show this help

Exit codes: 0 no violation, 2 violations found, 1 a file cannot be read or is not a history.
`;

const words = {
  en: {
    project: 'project history',
    meeting: 'review meeting history',
    events: (n: number) => `${n} event${n === 1 ? '' : 's'}`,
    ok: (status: string) => `no violation; status: ${status}`,
    refused: (i: number, type: string, at: string, by: string) =>
      `event [${i}] ${type} (${at}, by ${by}) refused:`,
    stopped: (n: number) =>
      n === 0
        ? ''
        : `${n} later event${n === 1 ? ' was' : 's were'} not checked (--keep-going checks them)`,
    count: (n: number) => `${n} violation${n === 1 ? '' : 's'}`,
    notHistory: 'not a project or meeting history: expected a list of events',
    unknownKind: (type: string) =>
      `[0].type: "${type}" is neither a project event nor a meeting event`,
    contextShape:
      'expected governance bodies (one or a list) or an object of context fields such as { "bodies": [...] }',
  },
  'zh-CN': {
    project: '项目历史',
    meeting: '评审会历史',
    events: (n: number) => `${n} 个事件`,
    ok: (status: string) => `没有违反规则；状态：${status}`,
    refused: (i: number, type: string, at: string, by: string) =>
      `事件 [${i}] ${type}（${at}，${by}）被拒绝：`,
    stopped: (n: number) => (n === 0 ? '' : `其后 ${n} 个事件未检查（加 --keep-going 可继续检查）`),
    count: (n: number) => `共 ${n} 处违反规则`,
    notHistory: '不是项目或评审会历史：应为事件列表',
    unknownKind: (type: string) => `[0].type：“${type}”既不是项目事件也不是评审会事件`,
    contextShape: '应为治理机构（一个或一组），或由上下文字段组成的对象，例如 { "bodies": [...] }',
  },
} as const;

type Kind = 'project' | 'meeting';

function kindOf(file: string, history: unknown, lang: Locale): Kind {
  if (!Array.isArray(history)) throw new UsageError(`${file}: ${words[lang].notHistory}`);
  const type = (history[0] as { type?: unknown } | undefined)?.type;
  if (typeof type === 'string') {
    if (Object.hasOwn(meetingLifecycle.transitions, type)) return 'meeting';
    if (!Object.hasOwn(projectLifecycle.transitions, type)) {
      throw new UsageError(`${file}: ${words[lang].unknownKind(type)}`);
    }
  }
  return 'project';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Merges the context files: bodies (one or a list) or objects of context fields. */
async function readContext(files: readonly string[], lang: Locale): Promise<ProjectContext> {
  const merged: Record<string, unknown> = { bodies: [] };
  for (const file of files) {
    const value = await readJsonFile(file, lang);
    let fields: Record<string, unknown>;
    if (Array.isArray(value) || (isRecord(value) && 'kind' in value && 'members' in value)) {
      fields = { bodies: Array.isArray(value) ? value : [value] };
    } else if (isRecord(value)) {
      fields = value;
    } else {
      throw new UsageError(`${file}: ${words[lang].contextShape}`);
    }
    for (const [key, field] of Object.entries(fields)) {
      if (key === 'bodies') {
        const bodies = Array.isArray(field) ? field : [field];
        bodies.forEach((body, i) =>
          documentFrom(
            `${file}${Array.isArray(value) ? `[${i}]` : Array.isArray(field) ? ` bodies[${i}]` : ' bodies'}`,
            body,
            GovernanceBodySchema,
            lang,
          ),
        );
      }
      const before = merged[key];
      merged[key] = Array.isArray(before) && Array.isArray(field) ? [...before, ...field] : field;
    }
  }
  return merged as unknown as ProjectContext;
}

type AnyLifecycle = Parameters<typeof replayAll>[0];

/**
 * The refused events of a history: the first (core's `replay`), or with `keepGoing` every one
 * (core's `replayAll`), with the status reached and how many events were left unchecked.
 */
function checkHistory(
  lifecycle: AnyLifecycle,
  events: readonly { type: string; at: string; by: string }[],
  context: unknown,
  keepGoing: boolean,
): { refused: readonly RefusedEvent[]; status: string; unchecked: number } {
  if (keepGoing) {
    const all = replayAll(lifecycle, events, context);
    return { refused: all.refused, status: all.state.status, unchecked: 0 };
  }
  const result = replay(lifecycle, events, context);
  if (result.ok) return { refused: [], status: result.state.status, unchecked: 0 };
  const { index, violations } = result;
  return {
    refused: [{ index, event: events[index]!, violations }],
    status: result.state.status,
    unchecked: events.length - index - 1,
  };
}

/**
 * `qingyuan check`: replays a project or meeting history with its context and prints every
 * violation, localized. Returns 0 when there is none, 2 when there are, 1 when a file cannot
 * be read or is not a history (one line naming the file and the path, no stack trace).
 *
 * @example
 * await checkCommand(['project-history.json', '--context', 'bodies.json', '--lang', 'zh-CN'], processIO);
 */
export async function checkCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      context: { type: 'string', multiple: true },
      'keep-going': { type: 'boolean' },
      lang: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(checkHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format: expected text or json, got "${format}"`);
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      lang === 'zh-CN'
        ? `check 需要一个历史文件，实际给了 ${positionals.length} 个`
        : `check takes one HISTORY.json, got ${positionals.length}`,
    );
  }
  const file = positionals[0]!;
  const t = words[lang];
  let kind: Kind;
  let events: { type: string; at: string; by: string }[];
  let context: unknown;
  try {
    const value = await readJsonFile(file, lang);
    kind = kindOf(file, value, lang);
    events =
      kind === 'meeting'
        ? documentFrom(file, value, MeetingHistorySchema, lang)
        : documentFrom(file, value, ProjectHistorySchema, lang);
    context = kind === 'meeting' ? {} : await readContext(values.context ?? [], lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`qingyuan: ${error.message}\n`);
    return 1;
  }
  const lifecycle = (kind === 'meeting'
    ? meetingLifecycle
    : projectLifecycle) as unknown as AnyLifecycle;
  const { refused, status, unchecked } = checkHistory(
    lifecycle,
    events,
    context,
    values['keep-going'] === true,
  );
  const statusLabel =
    (lifecycle.statuses as Record<string, { 'zh-CN': string; en: string }>)[status]?.[lang] ??
    status;
  if (format === 'json') {
    const report = { kind, events: events.length, status, refused, unchecked };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return refused.length === 0 ? 0 : 2;
  }
  const lines = [`${file}: ${t[kind]}, ${t.events(events.length)}`];
  if (refused.length === 0) {
    lines.push(t.ok(statusLabel));
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }
  let count = 0;
  for (const { index, event, violations } of refused) {
    lines.push(t.refused(index, event.type, event.at, event.by));
    for (const violation of violations) {
      count++;
      lines.push(`  ${violation.rule}  ${toWhere([index, ...violation.path])}`);
      lines.push(`    ${violation.message[lang]}`);
    }
  }
  const stopped = t.stopped(unchecked);
  if (stopped !== '') lines.push(stopped);
  lines.push(t.count(count));
  io.stdout(`${lines.join('\n')}\n`);
  return 2;
}
