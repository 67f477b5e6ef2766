#!/usr/bin/env node
// The `qingyuan` command as npm links it. This file is committed (not built) because npm links a
// package's bin only when the target exists at install time, and `dist/` is built afterwards:
// pointing `bin` at `dist/bin.js` left a fresh clone without `node_modules/.bin/qingyuan`.
// It loads the build; before the build exists it says in one line what to run (exit code 1),
// in Chinese when the locale asks for it (LC_ALL, LC_MESSAGES, LANG: the first one set wins),
// as the rest of the command does (src/input/lang.ts).
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const locale = [LC_ALL, LC_MESSAGES, LANG].find((value) => value) ?? '';
  const chinese = /^zh([_.@-]|$)/i.test(locale);
  process.stderr.write(
    chinese
      ? 'qingyuan：命令尚未构建（缺少 packages/cli/dist/bin.js）：请在仓库根目录运行 `npm run build`，然后重试\n'
      : 'qingyuan: the command is not built yet (packages/cli/dist/bin.js is missing): run `npm run build` in the repository root, then try again\n',
  );
  process.exitCode = 1;
}
