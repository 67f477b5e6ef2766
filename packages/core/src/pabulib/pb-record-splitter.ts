/**
 * Splits the lines of a Pabulib `.pb` file into records of `;`-separated fields, the way
 * Python's `csv` module (which writes the Pabulib files) reads them: a field that starts with
 * `"` is quoted and may contain `;`, doubled quotes `""` and line breaks, so one record may
 * span several lines; a `"` inside an unquoted field is an ordinary character; characters
 * between a closing quote and the next `;` are kept.
 *
 * Each line is scanned once, whatever it holds: while a quoted field is open, the next line
 * continues the scan where the last one stopped (it never re-reads the record so far), so the
 * work is linear in the input. {@link PbRecordSplitter.scanned} counts the characters handed
 * to the scan, so tests can check that the work per character stays flat.
 *
 * @example
 * const splitter = new PbRecordSplitter();
 * splitter.line('7;"Park'); // null: the quoted field is still open
 * splitter.line('Zielony";120000'); // ['7', 'Park\nZielony', '120000']
 */
export class PbRecordSplitter {
  /** Characters scanned so far (each line's length, once). */
  scanned = 0;
  /** Lines the open quoted field spans so far, counting the one it opened on (0 when none is open). */
  quoteLines = 0;
  private fields: string[] = [];
  private value = '';
  private inQuote = false;

  /** Whether a quoted field is open at the end of the last line. */
  get isOpen(): boolean {
    return this.inQuote;
  }

  /**
   * Reads one line (without its line break). Returns the record's fields when the record is
   * complete, or `null` when a quoted field is still open after this line. Pass
   * `mayHaveQuote: false` when the caller knows the line holds no `"` (a faster path).
   */
  line(text: string, mayHaveQuote = true): string[] | null {
    this.scanned += text.length;
    if (!this.inQuote) {
      if (!mayHaveQuote || text.indexOf('"') < 0) return text.split(';');
      this.fields = [];
      return this.scan(text, 0);
    }
    this.quoteLines++;
    this.value += '\n';
    return this.scan(text, 0);
  }

  /** Forgets an open record (after the reader refused it). */
  reset(): void {
    this.fields = [];
    this.value = '';
    this.inQuote = false;
    this.quoteLines = 0;
  }

  /**
   * Scans `text` from `i`: at the start of a field, or inside an open quoted field when
   * `this.inQuote` is set. One loop (no recursion), each character looked at once.
   */
  private scan(text: string, i: number): string[] | null {
    const fields = this.fields;
    for (;;) {
      if (this.inQuote) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.value += text.slice(i);
          return null;
        }
        if (text.charCodeAt(q + 1) === 34) {
          this.value += text.slice(i, q + 1);
          i = q + 2;
          continue;
        }
        this.value += text.slice(i, q);
        this.inQuote = false;
        const semi = text.indexOf(';', q + 1);
        fields.push(this.value + text.slice(q + 1, semi < 0 ? text.length : semi));
        this.value = '';
        if (semi < 0) return this.finish();
        i = semi + 1;
      } else if (text.charCodeAt(i) === 34 /* " */) {
        this.inQuote = true;
        this.quoteLines = 1;
        this.value = '';
        i++;
      } else {
        const semi = text.indexOf(';', i);
        if (semi < 0) {
          fields.push(text.slice(i));
          return this.finish();
        }
        fields.push(text.slice(i, semi));
        i = semi + 1;
      }
    }
  }

  private finish(): string[] {
    const fields = this.fields;
    this.fields = [];
    this.quoteLines = 0;
    return fields;
  }
}
