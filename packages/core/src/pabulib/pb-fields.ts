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
  if (!text.includes('"')) return text.split(';');
  const fields: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let start = i + 1;
      let j = start;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return null;
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(start, q + 1);
          start = j = q + 2;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      // Python's csv keeps any characters between the closing quote and the delimiter.
      const semi = text.indexOf(';', i);
      const end = semi < 0 ? n : semi;
      fields.push(value + text.slice(i, end));
      if (semi < 0) return fields;
      i = semi + 1;
    } else {
      const semi = text.indexOf(';', i);
      if (semi < 0) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, semi));
      i = semi + 1;
    }
  }
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
