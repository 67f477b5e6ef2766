import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { PabulibReader, type PabulibInstance } from '@qingyuan/core/pabulib';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core/pabulib';

/**
 * Files up to this size are read in one piece (their bytes and their text are held at once);
 * larger ones are streamed in 1 MiB pieces.
 */
const WHOLE_FILE_BYTES = 16 << 20;

/**
 * Reads a `.pb` file's bytes through core's reader (which checks they are UTF-8); every
 * problem becomes one UsageError line in the language asked for, naming the file and the
 * `.pb` line.
 *
 * @example
 * const { instance, metaLines } = await readPabulib('warszawa.pb', 'zh-CN');
 */
export async function readPabulib(
  file: string,
  lang: Locale,
): Promise<{ instance: PabulibInstance; metaLines: Readonly<Record<string, number>> }> {
  let size = 0;
  try {
    const info = await stat(file);
    size = info.size;
    if (!info.isFile()) {
      throw new UsageError(lang === 'zh-CN' ? `${file} 不是文件` : `${file} is not a file`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(
      lang === 'zh-CN' ? `无法读取 ${file}：${code}` : `cannot read ${file}: ${code}`,
    );
  }
  const reader = new PabulibReader();
  try {
    if (size <= WHOLE_FILE_BYTES) {
      // One read, no stream machinery: most of a short-lived command's time is start-up.
      reader.pushBytes(await readFile(file));
    } else {
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
        reader.pushBytes(chunk as Buffer);
      }
    }
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(
      lang === 'zh-CN' ? `无法读取 ${file}：${message}` : `cannot read ${file}: ${message}`,
    );
  }
  const result = reader.end();
  if (!result.ok) {
    const more = result.violations.length - 1 + (reader.hasMoreViolations ? 1 : 0);
    const plus = reader.hasMoreViolations ? '+' : '';
    const suffix =
      more === 0
        ? ''
        : lang === 'zh-CN'
          ? `（另有 ${more}${plus} 个问题）`
          : ` (and ${more}${plus} more problem${more === 1 ? '' : 's'})`;
    throw new UsageError(`${file} ${result.violations[0]!.message[lang]}${suffix}`);
  }
  return { instance: result.value, metaLines: result.metaLines };
}

/**
 * The one `FILE.pb` a Pabulib command takes, or a UsageError in the user's language naming the
 * command's help.
 *
 * @example
 * const file = onePbFile('analyze', positionals, lang);
 */
export function onePbFile(command: string, positionals: readonly string[], lang: Locale): string {
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(
      lang === 'zh-CN'
        ? `${command} 只接受一个 FILE.pb（见 \`qingyuan ${command} --help\`）`
        : `${command} takes one FILE.pb (see \`qingyuan ${command} --help\`)`,
    );
  }
  return file;
}
