import { parseArgs } from 'node:util';
import { documentSchemaNames, isDocumentSchemaName, toJSONSchema } from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';

export const schemaHelp = `Usage: qingyuan schema NAME
       qingyuan schema --list

Prints the JSON Schema (draft 2020-12) of a Qingyuan document, so platforms in other
languages can validate the same documents.

Options:
  --list      list the schema names
  -h, --help  show this help
`;

/** `qingyuan schema`: print one JSON Schema, or list their names. */
export function schemaCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(schemaHelp);
    return 0;
  }
  if (values.list) {
    io.stdout(`${documentSchemaNames().join('\n')}\n`);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === undefined || extra.length > 0) {
    throw new UsageError('schema takes one NAME (see `qingyuan schema --list`)');
  }
  if (!isDocumentSchemaName(name)) {
    throw new UsageError(
      `unknown schema "${name}"; expected one of: ${documentSchemaNames().join(', ')}`,
    );
  }
  io.stdout(`${JSON.stringify(toJSONSchema(name), null, 2)}\n`);
  return 0;
}
