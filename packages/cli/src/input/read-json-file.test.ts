import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../io.js';
import { readJsonFile } from './read-json-file.js';

async function file(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qy-input-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('readJsonFile', () => {
  it('parses JSON, ignoring a leading byte-order mark', async () => {
    expect(await readJsonFile(await file('bom.json', '\uFEFF{"a":[1,2]}'))).toEqual({ a: [1, 2] });
  });

  it('names a missing file and a directory', async () => {
    await expect(readJsonFile('nowhere.json')).rejects.toThrow(
      new UsageError('nowhere.json: no such file'),
    );
    const dir = await mkdtemp(join(tmpdir(), 'qy-input-'));
    await expect(readJsonFile(dir)).rejects.toThrow(`${dir}: is a directory, expected a JSON file`);
  });

  it('names the line and column of invalid JSON, and a truncated file', async () => {
    const bad = await file('bad.json', '{\n  "id": "x",\n  weight: 1\n}\n');
    await expect(readJsonFile(bad)).rejects.toThrow(/bad\.json: invalid JSON at line 3, column 3/);
    const cut = await file('cut.json', '{"id": ');
    await expect(readJsonFile(cut)).rejects.toThrow(
      /cut\.json: invalid JSON at line 1, column \d+: unexpected end of the file/,
    );
  });

  it('says it in Chinese with --lang zh-CN', async () => {
    await expect(readJsonFile('nowhere.json', 'zh-CN')).rejects.toThrow('nowhere.json: 文件不存在');
    const bad = await file('bad.json', '{\n  "id": "x",\n  weight: 1\n}\n');
    await expect(readJsonFile(bad, 'zh-CN')).rejects.toThrow(/JSON 格式错误（第 3 行第 3 列）/);
  });
});
