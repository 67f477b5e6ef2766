import { readFile } from 'node:fs/promises';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';

/** Line and column (1-based) of a character offset. */
const messages = {
  en: {
    missing: 'no such file',
    directory: 'is a directory, expected a JSON file',
    unreadable: 'cannot read',
    invalid: (where: string, what: string) => `invalid JSON at ${where}: ${what}`,
    at: (line: number, column: number) => `line ${line}, column ${column}`,
    truncated: 'unexpected end of the file',
  },
  'zh-CN': {
    missing: '文件不存在',
    directory: '是一个目录，需要 JSON 文件',
    unreadable: '无法读取',
    invalid: (where: string, what: string) => `JSON 格式错误（${where}）：${what}`,
    at: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
    truncated: '文件意外结束',
  },
} satisfies Record<Locale, unknown>;

function lineColumn(text: string, offset: number, lang: Locale): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return messages[lang].at(line, column);
}

/** Where JSON.parse fails: its reported position, else the shortest failing prefix. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const failsInside = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (error) {
      return !/end of JSON input/.test((error as Error).message);
    }
  };
  let low = 0;
  let high = text.length;
  if (!failsInside(high)) return text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsInside(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}

/**
 * Reads and parses a JSON file (a leading BOM is ignored); a missing file, a directory or invalid
 * JSON is a UsageError naming the file and, for JSON, the line and column.
 *
 * @example
 * await readJsonFile('meeting.json'); // the parsed value
 * await readJsonFile('broken.json'); // throws UsageError('broken.json: invalid JSON at line 4, column 18: …')
 */
export async function readJsonFile(file: string, lang: Locale = 'en'): Promise<unknown> {
  const t = messages[lang];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: ${t.missing}`);
    if (code === 'EISDIR') throw new UsageError(`${file}: ${t.directory}`);
    throw new UsageError(`${file}: ${t.unreadable} (${code ?? (error as Error).message})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const offset = errorOffset(text, message);
    const what = /end of JSON input/.test(message)
      ? t.truncated
      : message.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+/, '');
    throw new UsageError(`${file}: ${t.invalid(lineColumn(text, offset, lang), what)}`);
  }
}
