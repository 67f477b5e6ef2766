import { PbRecordSplitter } from './pb-record-splitter.js';

/**
 * Splits one record of a Pabulib `.pb` file into its `;`-separated fields, the way Python's
 * `csv` module (which writes the Pabulib files) reads them: a field that starts with `"` is
 * quoted, may contain `;`, line breaks and doubled quotes `""`; a `"` inside an unquoted field
 * is an ordinary character.
 *
 * Returns `null` when the text ends inside a quoted field, so a reader can append the next
 * line and try again.
 *
 * @example
 * splitPbFields('7;"Park ""Zielony""; etap I";120000'); // ['7', 'Park "Zielony"; etap I', '120000']
 * splitPbFields('7;"unfinished'); // null
 */
export function splitPbFields(text: string): string[] | null {
  return new PbRecordSplitter().line(text);
}

/**
 * One field as the `.pb` writer writes it: quoted (with inner quotes doubled) when it holds a
 * `;`, a quote, a line break, or starts or ends with a space; as is otherwise.
 *
 * @example
 * formatPbField('a;b'); // '"a;b"'
 * formatPbField('plain'); // 'plain'
 */
export function formatPbField(value: string): string {
  if (/[;"\r\n]/.test(value) || value !== value.trim()) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}
