import { Rational } from '../math/rational.js';
import type { Violation } from '../validation/violation.js';
import {
  PABULIB_VOTE_TYPES,
  type PabulibProject,
  type PabulibVoteType,
} from './pabulib-instance.js';
import type { PabulibInstance } from './pabulib-instance.js';
import { PabulibVoteStore, pabulibInstanceOfStore } from './pabulib-vote-store.js';
import { PbRecordSplitter } from './pb-record-splitter.js';
import { Utf8ChunkDecoder } from './utf8-chunk-decoder.js';

/**
 * The rules a `.pb` file is read by: its sections and headers, field counts, numbers, META
 * keys and counts, project and voter ids, quoting, encoding, and a file cut short.
 *
 * @example
 * const rule: PabulibRule = 'pb.field-count';
 */
export type PabulibRule =
  | 'pb.count'
  | 'pb.duplicate-project'
  | 'pb.duplicate-voter'
  | 'pb.encoding'
  | 'pb.field-count'
  | 'pb.header'
  | 'pb.meta'
  | 'pb.number'
  | 'pb.points'
  | 'pb.project-id'
  | 'pb.quote'
  | 'pb.repeated-project'
  | 'pb.section'
  | 'pb.truncated'
  | 'pb.unknown-project';

/**
 * One thing wrong with a `.pb` file: a {@link Violation} (which rule, where — a path such as
 * `['PROJECTS', 3, 'cost']` — and the message in both languages) plus the `line` (1-based),
 * which the message starts with:
 * `line 57: PROJECTS row has 3 fields, the header has 5` / `第 57 行：PROJECTS 行有 3 个字段，表头有 5 个`.
 *
 * @example
 * const parsed = parsePabulib(text);
 * if (!parsed.ok) for (const v of parsed.violations) console.log(v.line, v.message.en);
 */
export type PabulibViolation = Violation<PabulibRule> & { readonly line: number };

/**
 * The outcome of reading a `.pb` file: the instance and the line of each META key (for
 * messages about them), or every problem found (up to 100).
 */
export type PabulibParseResult =
  | { ok: true; value: PabulibInstance; metaLines: Readonly<Record<string, number>> }
  | { ok: false; violations: PabulibViolation[] };

/**
 * How many lines one quoted field may span. Pabulib files quote names and descriptions; a
 * quote still open after this many lines is a missing `"`, and the file is refused at the
 * line where the field opened instead of reading the rest of it as one field.
 */
export const PABULIB_MAX_QUOTED_LINES = 100;

type Section = 'META' | 'PROJECTS' | 'VOTES';

/** The shared values of one extra VOTES column: code + 1 and hash by slot. */
interface ExtraPool {
  slots: Int32Array;
  hashes: Int32Array;
  used: number;
}
const SECTIONS: readonly Section[] = ['META', 'PROJECTS', 'VOTES'];
const SECTION_NAMES = new Set<string>(SECTIONS);
const REQUIRED_COLUMNS: Record<Section, string[]> = {
  META: [],
  PROJECTS: ['project_id', 'cost'],
  VOTES: ['voter_id', 'vote'],
};
const COUNT_KEYS: Record<'PROJECTS' | 'VOTES', string> = {
  PROJECTS: 'num_projects',
  VOTES: 'num_votes',
};
const MAX_VIOLATIONS = 100;
/** At most how many rows one call of {@link PabulibReader.fastVoteRows} reads. */
const BLOCK_ROWS = 1024;

/**
 * Reads a Pabulib `.pb` file piece by piece, so a file larger than a JavaScript string can
 * hold is read as it streams in. Feed it text with {@link PabulibReader.push} or raw bytes
 * with {@link PabulibReader.pushBytes} (checked to be UTF-8), in any chunking, and call
 * {@link PabulibReader.end} once.
 *
 * The work is linear in the size of the file whatever it holds; a file cut short is refused
 * (META `num_votes` and `num_projects` are compared with the rows read, and a last line
 * without a line break must agree with the PROJECTS `votes` column).
 *
 * @example
 * const reader = new PabulibReader();
 * for await (const chunk of stream) reader.pushBytes(chunk);
 * const result = reader.end();
 */
export class PabulibReader {
  private readonly pendingParts: string[] = [];
  private pendingHasText = false;
  private started = false;
  private lineNo = 0;
  private readonly splitter = new PbRecordSplitter();
  private recordLine = 0;
  private stopped = false;
  private decoder: Utf8ChunkDecoder | null = null;
  private section: Section | null = null;
  private header: string[] | null = null;
  private sectionBroken = false;
  private readonly seenSections = new Map<Section, number>();
  private readonly rowsRead: Record<Section, number> = { META: 0, PROJECTS: 0, VOTES: 0 };
  private readonly violations: PabulibViolation[] = [];
  private truncated = false;
  private lastLineEnded = true;

  private readonly meta: Record<string, string> = {};
  private readonly metaLines = new Map<string, number>();
  private budget: Rational | null = null;
  private voteType: PabulibVoteType | null = null;
  private projectColumns: string[] = [];
  private readonly projects: PabulibProject[] = [];
  private readonly projectLines = new Map<string, number>();
  /** Every project id seen (broken rows too, so votes for them are not reported as well). */
  private readonly projectIndex = new Map<string, number>();
  /** Project ids by index, so every vote holds the same id strings (less memory, less GC). */
  private readonly projectIdOf: string[] = [];
  private voteColumns: string[] = [];
  /**
   * The votes, as columns (see {@link PabulibVoteStore}): vote `v` names the project indices
   * `voteProjects[voteOffsets[v], voteOffsets[v + 1])`. No object per voter is made.
   */
  private voteCount = 0;
  private voteOffsets = new Int32Array(1024);
  private voteProjects = new Int32Array(4096);
  /** The points of every vote, aligned with {@link voteProjects} (with a points column only). */
  private readonly votePoints: Rational[] = [];
  private votesHavePoints = false;
  private voteExtraNames: string[] = [];
  /** Per extra VOTES column: each vote's code into {@link extraValues}. */
  private extraCodes: Int32Array[] = [];
  /** Per extra VOTES column: its values by code (repeated values share one code). */
  private extraValues: string[][] = [];
  /**
   * Per extra VOTES column: the code of a value by a hash of it, so values such as sex or
   * voting_method, repeated over every voter, are kept once (up to 256 per column).
   */
  private extraPools: (ExtraPool | undefined)[] = [];
  private readonly voterLines = new Map<string, number>();
  /** Per project index: the number of the last vote row naming it (repeat check, no Set). */
  private lastVoteOf = new Int32Array(0);
  /** Per project index: how many vote rows name it (checked against the `votes` column). */
  private namedBy = new Int32Array(0);
  private extraIndices: number[] = [];
  private extraNames: string[] = [];
  private extraHasProto = false;
  private idIndex = 0;
  private valueIndex = 0;
  private pointsIndex = -1;
  /**
   * Voter ids seen, as numbers, while every one so far is a whole number written plainly and
   * larger than the one before (the usual case: then no id can repeat, no map of ids is
   * needed and no id string is made). The first id that breaks this moves them into
   * {@link voterIds} and {@link voterLines}.
   */
  private voterNumbers: Float64Array | null = new Float64Array(1024);
  private voterNumberLines = new Int32Array(1024);
  private votersRegistered = 0;
  private lastVoterNumber = -1;
  /** Voter ids seen, as text, once they are not all plain whole numbers in increasing order. */
  private voterIds: string[] | null = null;
  /** The VOTES fast path's hash table: project index + 1 by slot (0: empty). */
  private projectSlots = new Int32Array(0);
  /** The hash of each project id, by index. */
  private projectHashes = new Int32Array(0);
  private projectTableSize = -1;
  /** The next `;` and `,` in the text being read, found ahead (see {@link semicolonFrom}). */
  private nextSemicolon = -1;
  private nextComma = -1;
  /** Per project index: the vote row (plus one) the fast path last saw it in. */
  private fastSeen = new Int32Array(0);
  /** Field bounds of the row the fast path reads: start, end for each field. */
  private fieldBounds = new Int32Array(0);
  private fastScanned = 0;
  /** Scratch: the project indices of the row the fast path reads. */
  private fastIndices: Int32Array<ArrayBuffer> = new Int32Array(16);
  /** Per VOTES column, what the block fast path does with it: -1 voter_id, -2 vote, k extra k. */
  private fieldRoles = new Int32Array(0);
  /** Per project index: the stamp of the row the block fast path last saw it in. */
  private blockSeen = new Int32Array(0);
  private blockStamp = 0;
  /** The voter and the number of projects of the row {@link readPlainVoteRow} read. */
  private rowVoter = 0;
  private rowCount = 0;
  /** Scratch of the block fast path, per extra column: start, end and hash of its value. */
  private extraScratch = new Int32Array(0);

  /** Characters handed to the record scan so far: linear in the input, whatever it holds. */
  get scanned(): number {
    return this.splitter.scanned + this.fastScanned;
  }

  /** Reads the next piece of the file, as text. */
  push(chunk: string): void {
    if (this.stopped || chunk.length === 0) return;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let nl = chunk.indexOf('\n');
    if (nl < 0) {
      // No line ends here: keep the piece (joined once a line break arrives, so a very long
      // line fed in many pieces is not copied again for every piece).
      this.pendingParts.push(chunk);
      this.pendingHasText = true;
      return;
    }
    let text = chunk;
    let offset = 0;
    if (this.pendingHasText) {
      const pending = this.pendingParts.join('');
      this.pendingParts.length = 0;
      this.pendingHasText = false;
      text = pending + chunk;
      offset = pending.length;
      nl += offset;
    }
    let start = 0;
    let quote = text.indexOf('"');
    this.nextSemicolon = -1;
    this.nextComma = -1;
    while (nl >= 0) {
      if (this.section === 'VOTES' && this.voterNumbers !== null) {
        const next = this.fastVoteRows(text, start);
        if (next !== start) {
          if (this.stopped) return;
          start = next;
          nl = text.indexOf('\n', start);
          continue;
        }
      }
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (quote >= 0 && quote < start) quote = text.indexOf('"', start);
      const hasQuote = quote >= 0 && quote < end;
      if (hasQuote || !this.fastVoteRow(text, start, end)) {
        this.line(text.slice(start, end), hasQuote);
      }
      if (this.stopped) return;
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    if (start < text.length) {
      this.pendingParts.push(text.slice(start));
      this.pendingHasText = true;
    }
  }

  /**
   * Reads the next piece of the file as bytes, which must be UTF-8: the first byte that is
   * not (a Latin-1 `é`, say) stops the reading with a violation naming its line.
   */
  pushBytes(chunk: Uint8Array): void {
    if (this.stopped) return;
    this.decoder ??= new Utf8ChunkDecoder();
    const text = this.decoder.decode(chunk);
    if (typeof text === 'string') {
      this.push(text);
      return;
    }
    this.encodingError(chunk, text.offset, text.byte);
  }

  /** Finishes reading and returns the instance, or every problem found. */
  end(): PabulibParseResult {
    if (this.decoder && !this.stopped) {
      const error = this.decoder.end();
      if (error) this.encodingError(new Uint8Array(0), 0, error.byte);
    }
    if (this.pendingHasText && !this.stopped) {
      let last = this.pendingParts.join('');
      this.pendingParts.length = 0;
      this.pendingHasText = false;
      if (last.endsWith('\r')) last = last.slice(0, -1);
      else this.lastLineEnded = last.trim() === '';
      this.line(last, last.includes('"'));
    }
    if (this.splitter.isOpen && !this.stopped) {
      this.fail(
        'pb.quote',
        this.recordLine,
        [],
        [
          'a quoted field opened here is never closed (a `"` is missing)',
          '此处开始的引号字段没有结束（缺少一个 `"`）',
        ],
      );
    }
    const endLine = Math.max(this.lineNo, 1);
    if (!this.stopped) {
      for (const section of SECTIONS) {
        if (!this.seenSections.has(section)) {
          this.fail(
            'pb.section',
            endLine,
            [section],
            [`the file has no ${section} section`, `文件没有 ${section} 节`],
          );
        }
      }
    }
    const metaStart = this.seenSections.get('META');
    if (metaStart !== undefined) {
      if (this.budget === null && !this.metaLines.has('budget')) {
        this.fail(
          'pb.meta',
          metaStart,
          ['META', 'budget'],
          ['META has no budget', 'META 没有 budget'],
        );
      }
      if (this.voteType === null && !this.metaLines.has('vote_type')) {
        this.fail(
          'pb.meta',
          metaStart,
          ['META', 'vote_type'],
          [
            `META has no vote_type (expected one of ${PABULIB_VOTE_TYPES.join(', ')})`,
            `META 没有 vote_type（应为 ${PABULIB_VOTE_TYPES.join('、')} 之一）`,
          ],
        );
      }
    }
    if (this.violations.length === 0) this.checkComplete(endLine);
    if (this.violations.length > 0 || this.budget === null || this.voteType === null) {
      return { ok: false, violations: this.violations };
    }
    const count = this.voteCount;
    const store = new PabulibVoteStore({
      count,
      projectIds: this.projectIdOf,
      offsets: this.voteOffsets.subarray(0, count + 1),
      projectIndices: this.voteProjects.subarray(0, this.voteOffsets[count]!),
      points: this.votesHavePoints ? this.votePoints : null,
      voterNumbers: this.voterNumbers?.subarray(0, count) ?? null,
      voterIds: this.voterIds,
      extraNames: this.voteExtraNames,
      extraCodes: this.extraCodes.map((codes) => codes.subarray(0, count)),
      extraValues: this.extraValues,
    });
    return {
      ok: true,
      value: pabulibInstanceOfStore(
        {
          meta: this.meta,
          budget: this.budget,
          voteType: this.voteType,
          projectColumns: this.projectColumns,
          projects: this.projects,
          voteColumns: this.voteColumns,
        },
        store,
      ),
      metaLines: Object.fromEntries(this.metaLines),
    };
  }

  /** Whether more problems were found than the 100 reported. */
  get hasMoreViolations(): boolean {
    return this.truncated;
  }

  /**
   * A file cut short must not pass for a smaller election: the row counts META declares
   * must match, and a last line without a line break must agree with the `votes` column.
   */
  private checkComplete(endLine: number): void {
    for (const section of ['PROJECTS', 'VOTES'] as const) {
      const key = COUNT_KEYS[section];
      const declared = this.meta[key];
      if (declared === undefined) continue;
      const line = this.metaLines.get(key)!;
      const trimmed = declared.trim();
      if (!/^\d+$/.test(trimmed)) {
        this.fail(
          'pb.meta',
          line,
          ['META', key],
          [
            `META ${key} "${clip(trimmed)}" is not a whole number`,
            `META 的 ${key}"${clip(trimmed)}"不是整数`,
          ],
        );
        continue;
      }
      const read = this.rowsRead[section];
      if (Number(trimmed) !== read) {
        this.fail(
          'pb.count',
          line,
          ['META', key],
          [
            `META ${key} is ${trimmed}, but the ${section} section has ${read} row${read === 1 ? '' : 's'} (is the file cut short?)`,
            `META 的 ${key} 为 ${trimmed}，但 ${section} 节有 ${read} 行（文件是否被截断？）`,
          ],
        );
      }
    }
    if (this.lastLineEnded || this.violations.length > 0) return;
    const advice = [
      'the file may be cut short (if it is complete, end it with a line break)',
      '文件可能被截断（如文件完整，请在末尾加上换行）',
    ];
    const votesColumn = this.projectColumns.indexOf('votes') >= 0 ? 'votes' : null;
    const counted = this.projects.map((p) => {
      const stated = votesColumn === null ? '' : (p.extra[votesColumn] ?? '').trim();
      return { id: p.id, stated, read: this.namedBy[this.projectIndex.get(p.id)!] ?? 0 };
    });
    if (votesColumn === null || counted.some((c) => !/^\d+$/.test(c.stated))) {
      this.fail(
        'pb.truncated',
        endLine,
        [],
        [
          `the file ends without a line break after this line, and PROJECTS has no votes column of whole numbers to check that line against: ${advice[0]}`,
          `文件在此行之后没有换行就结束了，PROJECTS 也没有可核对此行的整数 votes 列：${advice[1]}`,
        ],
      );
      return;
    }
    const differs = counted.find((c) => Number(c.stated) !== c.read);
    if (differs) {
      this.fail(
        'pb.truncated',
        endLine,
        ['PROJECTS', differs.id, 'votes'],
        [
          `the file ends without a line break after this line, and project ${differs.id} is named by ${differs.read} vote row${differs.read === 1 ? '' : 's'} while its votes column says ${differs.stated}: ${advice[0]}`,
          `文件在此行之后没有换行就结束了，项目 ${differs.id} 在 VOTES 中出现 ${differs.read} 次，而其 votes 列为 ${differs.stated}：${advice[1]}`,
        ],
      );
    }
  }

  private encodingError(chunk: Uint8Array, offset: number, byte: number): void {
    let line = this.lineNo + 1;
    for (let i = 0; i < offset; i++) if (chunk[i] === 10) line++;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    this.fail(
      'pb.encoding',
      line,
      [],
      [
        `byte ${hex} is not UTF-8: a .pb file is read as UTF-8 (save it as UTF-8; Latin-1 or Windows-1250 text is not read)`,
        `字节 ${hex} 不是 UTF-8：.pb 文件按 UTF-8 读取（请另存为 UTF-8；不读取 Latin-1 或 Windows-1250 编码）`,
      ],
    );
    this.stop();
  }

  private stop(): void {
    this.stopped = true;
    this.pendingParts.length = 0;
    this.pendingHasText = false;
    this.splitter.reset();
  }

  private fail(
    rule: PabulibRule,
    line: number,
    path: (string | number)[],
    [en, zh]: [string, string],
  ): void {
    if (this.violations.length >= MAX_VIOLATIONS) {
      this.truncated = true;
      return;
    }
    this.violations.push({
      rule,
      line,
      path,
      message: { 'zh-CN': `第 ${line} 行：${zh}`, en: `line ${line}: ${en}` },
    });
  }

  private line(text: string, mayHaveQuote: boolean): void {
    this.lineNo++;
    const splitter = this.splitter;
    if (splitter.isOpen) {
      const fields = splitter.line(text, true);
      if (fields !== null) {
        this.row(fields, this.recordLine);
        return;
      }
      if (splitter.quoteLines >= PABULIB_MAX_QUOTED_LINES) {
        const opened = this.lineNo - splitter.quoteLines + 1;
        this.fail(
          'pb.quote',
          opened,
          [],
          [
            `a quoted field opened here is still open ${PABULIB_MAX_QUOTED_LINES} lines later (a \`"\` is missing?); a quoted field may span at most ${PABULIB_MAX_QUOTED_LINES} lines, so the rest of the file is not read`,
            `此处开始的引号字段在 ${PABULIB_MAX_QUOTED_LINES} 行之后仍未结束（是否缺少 \`"\`？）；引号字段最多跨 ${PABULIB_MAX_QUOTED_LINES} 行，文件其余部分未读取`,
          ],
        );
        this.stop();
      }
      return;
    }
    const c = text.charCodeAt(0);
    if (text.length === 0 || (!(c > 32 && c < 127) && text.trim() === '')) return;
    this.recordLine = this.lineNo;
    const fields = splitter.line(text, mayHaveQuote);
    if (fields !== null) this.row(fields, this.lineNo);
  }

  private row(fields: string[], line: number): void {
    let restEmpty = true;
    for (let i = 1; i < fields.length; i++) {
      const f = fields[i]!;
      if (f.length > 0 && f.trim() !== '') {
        restEmpty = false;
        break;
      }
    }
    const first = fields[0]!.trim();
    if (restEmpty) {
      const sectionName = first.toUpperCase();
      if (SECTION_NAMES.has(sectionName)) {
        this.startSection(sectionName as Section, line);
        return;
      }
    }
    if (this.section === null) {
      if (this.violations.length === 0) {
        this.fail(
          'pb.section',
          line,
          [],
          [
            `expected the section header META, found "${clip(first)}"`,
            `应为节标题 META，实为"${clip(first)}"`,
          ],
        );
      }
      return;
    }
    if (this.sectionBroken) return;
    if (this.header === null) {
      this.readHeader(fields, line);
      return;
    }
    const section = this.section;
    const index = this.rowsRead[section]++;
    if (fields.length !== this.header.length) {
      // Remember the id of a broken project row, so votes for it are not reported as well.
      const id = section === 'PROJECTS' ? fields[this.idIndex]?.trim() : undefined;
      if (id && !this.projectIndex.has(id)) this.addProjectId(id);
      const n = fields.length;
      const m = this.header.length;
      this.fail(
        'pb.field-count',
        line,
        [section, index],
        [
          `${section} row has ${n} field${n === 1 ? '' : 's'}, the header has ${m}`,
          `${section} 行有 ${n} 个字段，表头有 ${m} 个`,
        ],
      );
      return;
    }
    if (section === 'VOTES') this.voteRow(fields, line, index);
    else if (section === 'PROJECTS') this.projectRow(fields, line);
    else this.metaRow(fields, line);
  }

  private startSection(section: Section, line: number): void {
    const expected = SECTIONS[this.seenSections.size];
    const first = this.seenSections.get(section);
    if (first !== undefined) {
      this.fail(
        'pb.section',
        line,
        [section],
        [
          `a second ${section} section (the first starts on line ${first})`,
          `第二个 ${section} 节（第一个从第 ${first} 行开始）`,
        ],
      );
    } else if (section !== expected) {
      this.fail(
        'pb.section',
        line,
        [section],
        [
          `found the ${section} section where the ${expected} section was expected (the order is META, PROJECTS, VOTES)`,
          `此处应为 ${expected} 节，却是 ${section} 节（顺序为 META、PROJECTS、VOTES）`,
        ],
      );
    }
    this.seenSections.set(section, first ?? line);
    this.section = section;
    this.header = null;
    this.sectionBroken = false;
  }

  private readHeader(fields: string[], line: number): void {
    const section = this.section!;
    const header = fields.map((f) => f.trim());
    this.header = header;
    const seen = new Set<string>();
    const duplicate = header.find((name) => seen.size === seen.add(name).size);
    if (duplicate !== undefined) {
      this.fail(
        'pb.header',
        line,
        [section],
        [
          `${section} header names column "${duplicate}" twice`,
          `${section} 表头两次列出列"${duplicate}"`,
        ],
      );
      this.sectionBroken = true;
      return;
    }
    if (section === 'META') {
      if (header.length !== 2) {
        this.fail(
          'pb.header',
          line,
          [section],
          [
            `META header has ${header.length} fields, expected 2 (key;value)`,
            `META 表头有 ${header.length} 个字段，应为 2 个（key;value）`,
          ],
        );
        this.sectionBroken = true;
      }
      return;
    }
    const missing = REQUIRED_COLUMNS[section].filter((name) => !header.includes(name));
    if (missing.length > 0) {
      this.fail(
        'pb.header',
        line,
        [section],
        [
          `${section} header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.join(';')})`,
          `${section} 表头缺少列 ${missing.join('、')}（现有：${header.join(';')}）`,
        ],
      );
      this.sectionBroken = true;
      return;
    }
    const [idColumn, valueColumn] = REQUIRED_COLUMNS[section] as [string, string];
    this.idIndex = header.indexOf(idColumn);
    this.valueIndex = header.indexOf(valueColumn);
    this.pointsIndex = section === 'VOTES' ? header.indexOf('points') : -1;
    const structural = new Set([this.idIndex, this.valueIndex, this.pointsIndex]);
    this.extraIndices = header.map((_, i) => i).filter((i) => !structural.has(i));
    this.extraNames = this.extraIndices.map((i) => header[i]!);
    this.extraHasProto = this.extraNames.includes('__proto__');
    this.fieldBounds = new Int32Array(2 * header.length);
    this.fieldRoles = new Int32Array(header.length);
    for (let k = 0; k < this.extraIndices.length; k++) this.fieldRoles[this.extraIndices[k]!] = k;
    this.fieldRoles[this.idIndex] = -1;
    this.fieldRoles[this.valueIndex] = -2;
    this.extraScratch = new Int32Array(2 * BLOCK_ROWS * this.extraIndices.length);
    if (section === 'PROJECTS') {
      this.projectColumns = header;
      return;
    }
    this.voteColumns = header;
    this.votesHavePoints = this.pointsIndex >= 0;
    this.voteExtraNames = this.extraNames;
    this.extraCodes = this.extraIndices.map(() => new Int32Array(this.voteOffsets.length));
    this.extraValues = this.extraIndices.map(() => []);
    this.extraPools = this.extraIndices.map(() => ({
      slots: new Int32Array(1024),
      hashes: new Int32Array(1024),
      used: 0,
    }));
    // Room for the votes META num_votes declares and the approvals the PROJECTS votes column
    // counts, when they are plain whole numbers (a hint only: the columns grow as needed).
    const declared = plainWholeNumber(
      this.meta.num_votes ?? '',
      0,
      (this.meta.num_votes ?? '').length,
    );
    const fresh = this.voteCount === 0 && this.votersRegistered === 0 && this.voterNumbers !== null;
    if (fresh && declared > 0 && declared < 1e8 && declared + 1 > this.voteOffsets.length) {
      this.voteOffsets = new Int32Array(declared + 1);
      this.extraCodes = this.extraIndices.map(() => new Int32Array(declared + 1));
      this.voterNumbers = new Float64Array(declared + 1);
      this.voterNumberLines = new Int32Array(declared + 1);
    }
    let named = 0;
    for (const project of this.projects) {
      const stated = project.extra.votes;
      named += stated === undefined ? 0 : Math.max(plainWholeNumber(stated, 0, stated.length), 0);
    }
    if (fresh && named < 1e9 && named > this.voteProjects.length) {
      this.voteProjects = new Int32Array(named);
    }
  }

  private metaRow(fields: string[], line: number): void {
    const key = fields[0]!.trim();
    const value = fields[1]!.trim();
    const path = ['META', key];
    const firstLine = this.metaLines.get(key);
    if (firstLine !== undefined) {
      this.fail('pb.meta', line, path, [
        `META key ${key} appears twice (first on line ${firstLine})`,
        `META 键 ${key} 出现两次（第一次在第 ${firstLine} 行）`,
      ]);
      return;
    }
    this.metaLines.set(key, line);
    setOwn(this.meta, key, value);
    if (key === 'budget') {
      const budget = parseExact(value);
      if (budget === null || budget.sign() < 0) {
        this.fail('pb.number', line, path, [
          `budget "${clip(value)}" is not a non-negative number`,
          `预算"${clip(value)}"不是非负数`,
        ]);
      } else {
        this.budget = budget;
      }
    } else if (key === 'vote_type') {
      if ((PABULIB_VOTE_TYPES as readonly string[]).includes(value)) {
        this.voteType = value as PabulibVoteType;
      } else {
        this.fail('pb.meta', line, path, [
          `vote_type "${clip(value)}" is not one of ${PABULIB_VOTE_TYPES.join(', ')}`,
          `vote_type"${clip(value)}"不是 ${PABULIB_VOTE_TYPES.join('、')} 之一`,
        ]);
      }
    }
  }

  private projectRow(fields: string[], line: number): void {
    const index = this.projects.length;
    const id = fields[this.idIndex]!.trim();
    const costText = fields[this.valueIndex]!.trim();
    if (id === '') {
      this.fail(
        'pb.project-id',
        line,
        ['PROJECTS', index, 'project_id'],
        ['project_id is empty', 'project_id 为空'],
      );
      return;
    }
    const firstLine = this.projectLines.get(id);
    if (firstLine !== undefined) {
      this.fail(
        'pb.duplicate-project',
        line,
        ['PROJECTS', index, 'project_id'],
        [
          `project ${id} is listed twice (first on line ${firstLine})`,
          `项目 ${id} 出现两次（第一次在第 ${firstLine} 行）`,
        ],
      );
      return;
    }
    if (!this.projectIndex.has(id)) this.addProjectId(id);
    const cost = parseExact(costText);
    if (cost === null || cost.sign() < 0) {
      this.fail(
        'pb.number',
        line,
        ['PROJECTS', index, 'cost'],
        [
          `cost "${clip(costText)}" of project ${id} is not a non-negative number`,
          `项目 ${id} 的费用"${clip(costText)}"不是非负数`,
        ],
      );
      return;
    }
    this.projectLines.set(id, line);
    this.projects.push({ id, cost, extra: this.extra(fields) });
  }

  private addProjectId(id: string): void {
    this.projectIndex.set(id, this.projectIdOf.length);
    this.projectIdOf.push(id);
  }

  /** The VOTES fast path's table of project indices by a hash of their ids (open addressing). */
  private buildProjectTable(): void {
    const ids = this.projectIdOf;
    let size = 16;
    while (size < 4 * ids.length) size *= 2;
    const slots = new Int32Array(size);
    const hashes = new Int32Array(ids.length);
    for (let p = 0; p < ids.length; p++) {
      const hash = hashOf(ids[p]!, 0, ids[p]!.length);
      hashes[p] = hash;
      let slot = (hash ^ (hash >>> 16)) & (size - 1);
      while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      slots[slot] = p + 1;
    }
    this.projectSlots = slots;
    this.projectHashes = hashes;
    this.projectTableSize = ids.length;
  }

  /**
   * The first `;` at or after `i` in `text` (`text.length` if none), by the native search. The
   * answer is kept: rows are read in order, so a search that ran past its row (the last field
   * has no `;`) is reused by the rows it ran over, and no character is searched twice.
   */
  private semicolonFrom(text: string, i: number): number {
    let found = this.nextSemicolon;
    if (found < i) {
      found = text.indexOf(';', i);
      if (found < 0) found = text.length;
      this.nextSemicolon = found;
    }
    return found;
  }

  /** The first `,` at or after `i` in `text` (`text.length` if none), kept as {@link semicolonFrom}. */
  private commaFrom(text: string, i: number): number {
    let found = this.nextComma;
    if (found < i) {
      found = text.indexOf(',', i);
      if (found < 0) found = text.length;
      this.nextComma = found;
    }
    return found;
  }

  /**
   * Stores extra column `k`'s value `text[a, b)` for vote `v`, as a code into the column's
   * values: columns such as sex or voting_method repeat a few values over every voter, and
   * keeping each once keeps memory and GC work down. A column stops sharing once it has shown
   * 256 distinct values (its values are then kept one per vote).
   */
  private storeExtra(k: number, v: number, text: string, a: number, b: number): void {
    this.storeExtraHashed(k, v, text, a, b, b - a <= 24 ? hashOf(text, a, b) : 0);
  }

  /** {@link storeExtra} given `hashOf(text, a, b)` (any number when `b - a > 24`). */
  private storeExtraHashed(
    k: number,
    v: number,
    text: string,
    a: number,
    b: number,
    hash: number,
  ): void {
    const values = this.extraValues[k]!;
    const pool = this.extraPools[k];
    if (pool !== undefined && b - a <= 24) {
      // Open addressing over 1024 slots, at most 256 of them used.
      let slot = (hash ^ (hash >>> 16)) & 1023;
      for (;;) {
        const code = pool.slots[slot]! - 1;
        if (code < 0) break;
        if (pool.hashes[slot] === hash) {
          if (sameText(values[code]!, text, a, b)) {
            this.extraCodes[k]![v] = code;
            return;
          }
        }
        slot = (slot + 1) & 1023;
      }
      if (pool.used === 256) {
        this.extraPools[k] = undefined;
      } else {
        pool.used++;
        pool.slots[slot] = values.length + 1;
        pool.hashes[slot] = hash;
      }
    }
    this.extraCodes[k]![v] = values.length;
    values.push(a === 0 && b === text.length ? text : text.slice(a, b));
  }

  /**
   * Adds a whole vote: its `count` project indices (in {@link fastIndices}) and points, after
   * every check passed. Its extra columns are stored by the caller.
   */
  private commitVote(count: number, points: Rational[] | null): number {
    const v = this.voteCount++;
    if (v + 2 > this.voteOffsets.length) {
      this.voteOffsets = growInt32(this.voteOffsets, v + 2);
      for (let k = 0; k < this.extraCodes.length; k++) {
        this.extraCodes[k] = growInt32(this.extraCodes[k]!, this.voteOffsets.length);
      }
    }
    const start = this.voteOffsets[v]!;
    if (start + count > this.voteProjects.length) {
      this.voteProjects = growInt32(this.voteProjects, start + count);
    }
    const picked = this.fastIndices;
    const projects = this.voteProjects;
    const namedBy = this.namedBy;
    for (let i = 0; i < count; i++) {
      const p = picked[i]!;
      projects[start + i] = p;
      namedBy[p]!++;
    }
    this.voteOffsets[v + 1] = start + count;
    if (points !== null) for (const x of points) this.votePoints.push(x);
    return v;
  }

  /** Makes room in the per-project tables for every project id seen so far. */
  private growProjectTables(): void {
    const n = this.projectIndex.size;
    if (this.lastVoteOf.length < n) {
      const grown = new Int32Array(n).fill(-1);
      grown.set(this.lastVoteOf);
      this.lastVoteOf = grown;
      const named = new Int32Array(n);
      named.set(this.namedBy);
      this.namedBy = named;
    }
  }

  private voteRow(fields: string[], line: number, row: number): void {
    const index = this.voteCount;
    const voterId = fields[this.idIndex]!.trim();
    if (!this.registerVoter(voterId, line, index)) return;
    const voteText = fields[this.valueIndex]!.trim();
    const projects = voteText === '' ? [] : voteText.split(',');
    this.growProjectTables();
    if (this.fastIndices.length < projects.length) {
      this.fastIndices = growInt32(this.fastIndices, projects.length);
    }
    const picked = this.fastIndices;
    const lastVoteOf = this.lastVoteOf;
    for (let i = 0; i < projects.length; i++) {
      const id = projects[i]!.trim();
      const p = this.projectIndex.get(id);
      if (p === undefined) {
        this.fail(
          'pb.unknown-project',
          line,
          ['VOTES', index, 'vote'],
          [
            `voter ${voterId} votes for project "${clip(id)}", which is not in PROJECTS`,
            `投票人 ${voterId} 投给了项目"${clip(id)}"，PROJECTS 中没有该项目`,
          ],
        );
        return;
      }
      if (lastVoteOf[p] === row) {
        this.fail(
          'pb.repeated-project',
          line,
          ['VOTES', index, 'vote'],
          [`voter ${voterId} lists project ${id} twice`, `投票人 ${voterId} 两次列出项目 ${id}`],
        );
        return;
      }
      lastVoteOf[p] = row;
      picked[i] = p;
    }
    let points: Rational[] | null = null;
    if (this.pointsIndex >= 0) {
      const pointsText = fields[this.pointsIndex]!.trim();
      const parts = pointsText === '' ? [] : pointsText.split(',');
      points = [];
      for (const part of parts) {
        const value = parseExact(part.trim());
        if (value === null) {
          this.fail(
            'pb.number',
            line,
            ['VOTES', index, 'points'],
            [
              `points "${clip(part.trim())}" of voter ${voterId} is not a number`,
              `投票人 ${voterId} 的分数"${clip(part.trim())}"不是数字`,
            ],
          );
          return;
        }
        points.push(value);
      }
      if (points.length !== projects.length) {
        this.fail(
          'pb.points',
          line,
          ['VOTES', index, 'points'],
          [
            `voter ${voterId} gives ${points.length} points for ${projects.length} projects`,
            `投票人 ${voterId} 给出 ${points.length} 个分数，却投了 ${projects.length} 个项目`,
          ],
        );
        return;
      }
    }
    const v = this.commitVote(projects.length, points);
    const extraIndices = this.extraIndices;
    for (let k = 0; k < extraIndices.length; k++) {
      const value = fields[extraIndices[k]!]!;
      this.storeExtra(k, v, value, 0, value.length);
    }
  }

  /**
   * Records a voter id, or reports it as a repeat (false). Ids that are plain whole numbers in
   * increasing order, as Pabulib files write them, need no map: none can repeat.
   */
  private registerVoter(voterId: string, line: number, index: number): boolean {
    if (this.voterNumbers !== null) {
      const n = plainWholeNumber(voterId, 0, voterId.length);
      if (n > this.lastVoterNumber) {
        this.addVoterNumber(n, line);
        return true;
      }
      this.voterIdsToMap();
    }
    const firstLine = this.voterLines.get(voterId);
    if (firstLine !== undefined) {
      this.fail(
        'pb.duplicate-voter',
        line,
        ['VOTES', index, 'voter_id'],
        [
          `voter ${voterId} votes twice (first on line ${firstLine})`,
          `投票人 ${voterId} 投了两次（第一次在第 ${firstLine} 行）`,
        ],
      );
      return false;
    }
    this.voterLines.set(voterId, line);
    this.voterIds!.push(voterId);
    return true;
  }

  /** Records voter id `n`, larger than every one before it. */
  private addVoterNumber(n: number, line: number): void {
    const i = this.votersRegistered++;
    if (i === this.voterNumbers!.length) {
      const numbers = new Float64Array(2 * i);
      numbers.set(this.voterNumbers!);
      this.voterNumbers = numbers;
      this.voterNumberLines = growInt32(this.voterNumberLines, 2 * i);
    }
    this.voterNumbers![i] = n;
    this.voterNumberLines[i] = line;
    this.lastVoterNumber = n;
  }

  /** Moves the voter ids kept as numbers into {@link voterIds} and {@link voterLines}. */
  private voterIdsToMap(): void {
    const numbers = this.voterNumbers!;
    const ids = new Array<string>(this.votersRegistered);
    for (let i = 0; i < ids.length; i++) {
      ids[i] = String(numbers[i]!);
      this.voterLines.set(ids[i]!, this.voterNumberLines[i]!);
    }
    this.voterIds = ids;
    this.voterNumbers = null;
    this.voterNumberLines = new Int32Array(0);
  }

  /**
   * Reads a VOTES line straight from the text, without cutting it into line and field strings
   * first: the common row (no quote, the header's field count, plain spaces, known and distinct
   * projects, no points column) costs a handful of small strings. Anything else is declined
   * (false, nothing changed) and read by {@link line}, so the outcome and every message are
   * the same either way.
   */
  private fastVoteRow(text: string, start: number, end: number): boolean {
    const header = this.header;
    if (
      this.section !== 'VOTES' ||
      header === null ||
      this.sectionBroken ||
      this.pointsIndex >= 0 ||
      this.extraHasProto ||
      this.stopped ||
      this.splitter.isOpen ||
      end <= start
    ) {
      return false;
    }
    const c0 = text.charCodeAt(start);
    if (!(c0 > 32 && c0 < 127)) return false;
    // Field bounds: the header's count of `;`-separated fields, or decline.
    const m = header.length;
    const bounds = this.fieldBounds;
    let i = start;
    for (let k = 0; k < m - 1; k++) {
      const semi = this.semicolonFrom(text, i);
      if (semi >= end) return false;
      bounds[2 * k] = i;
      bounds[2 * k + 1] = semi;
      i = semi + 1;
    }
    if (this.semicolonFrom(text, i) < end) return false;
    bounds[2 * m - 2] = i;
    bounds[2 * m - 1] = end;
    // A row whose other fields are all white space may be a section header: decline.
    let restEmpty = true;
    for (let k = 1; k < m && restEmpty; k++) {
      for (let j = bounds[2 * k]!; j < bounds[2 * k + 1]!; j++) {
        const c = text.charCodeAt(j);
        if (!isBlank(c) && !isOtherSpace(c)) {
          restEmpty = false;
          break;
        }
      }
    }
    if (restEmpty) return false;
    // voter_id, trimmed of spaces and tabs (any other white space: decline).
    let a = bounds[2 * this.idIndex]!;
    let b = bounds[2 * this.idIndex + 1]!;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (a < b && (isOtherSpace(text.charCodeAt(a)) || isOtherSpace(text.charCodeAt(b - 1)))) {
      return false;
    }
    const idStart = a;
    const idEnd = b;
    // vote: known, distinct projects.
    a = bounds[2 * this.valueIndex]!;
    b = bounds[2 * this.valueIndex + 1]!;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    let count = 0;
    if (a < b) {
      if (this.fastSeen.length < this.projectIdOf.length) {
        this.fastSeen = new Int32Array(this.projectIdOf.length);
      }
      const seen = this.fastSeen;
      const stamp = this.rowsRead.VOTES + 1;
      if (this.projectTableSize !== this.projectIdOf.length) this.buildProjectTable();
      const slots = this.projectSlots;
      const hashes = this.projectHashes;
      const mask = slots.length - 1;
      let t = a;
      for (;;) {
        const comma = Math.min(this.commaFrom(text, t), b);
        let ta = t;
        let tb = comma;
        while (ta < tb && isBlank(text.charCodeAt(ta))) ta++;
        while (tb > ta && isBlank(text.charCodeAt(tb - 1))) tb--;
        if (
          ta === tb ||
          isOtherSpace(text.charCodeAt(ta)) ||
          isOtherSpace(text.charCodeAt(tb - 1))
        ) {
          return false;
        }
        const hash = hashOf(text, ta, tb);
        let slot = (hash ^ (hash >>> 16)) & mask;
        let p = slots[slot]! - 1;
        while (p >= 0) {
          if (hashes[p] === hash) {
            const id = this.projectIdOf[p]!;
            if (id.length === tb - ta && text.startsWith(id, ta)) break;
          }
          slot = (slot + 1) & mask;
          p = slots[slot]! - 1;
        }
        if (p < 0) return false;
        if (seen[p] === stamp) return false;
        seen[p] = stamp;
        if (count === this.fastIndices.length) this.fastIndices = growInt32(this.fastIndices);
        this.fastIndices[count++] = p;
        if (comma === b) break;
        t = comma + 1;
      }
    }
    // Accepted: from here on the row is read as line() would read it.
    this.lineNo++;
    this.recordLine = this.lineNo;
    this.fastScanned += end - start;
    const index = this.voteCount;
    const row = this.rowsRead.VOTES++;
    const n = this.voterNumbers === null ? -1 : plainWholeNumber(text, idStart, idEnd);
    if (n > this.lastVoterNumber) {
      this.addVoterNumber(n, this.lineNo);
    } else if (!this.registerVoter(text.slice(idStart, idEnd), this.lineNo, index)) {
      return true;
    }
    this.growProjectTables();
    const picked = this.fastIndices;
    const lastVoteOf = this.lastVoteOf;
    for (let k = 0; k < count; k++) lastVoteOf[picked[k]!] = row;
    const v = this.commitVote(count, null);
    const extraIndices = this.extraIndices;
    for (let k = 0; k < extraIndices.length; k++) {
      const f = extraIndices[k]!;
      this.storeExtra(k, v, text, bounds[2 * f]!, bounds[2 * f + 1]!);
    }
    return true;
  }

  /**
   * Reads plain VOTES rows straight from the text, one after the other, from `start` (the
   * start of a line), and returns where it stopped: the start of the first line it did not
   * read (`start` when it read none). Each character is looked at once, with no string made
   * but a new extra value's. It reads only rows the general reader would accept as they are:
   * the header's count of fields, no quote or white space in the voter id or the vote, a
   * voter id that is a plain whole number larger than the one before, known and distinct
   * projects, no points column, lines ending in a line break (`\n` or `\r\n`). Any other row
   * is left to {@link fastVoteRow} and {@link line}, so the outcome and every message are the
   * same either way.
   */
  private fastVoteRows(text: string, start: number): number {
    if (
      this.header === null ||
      this.sectionBroken ||
      this.pointsIndex >= 0 ||
      this.extraHasProto ||
      this.stopped ||
      this.splitter.isOpen ||
      this.voterNumbers === null
    ) {
      return start;
    }
    const ids = this.projectIdOf;
    if (this.projectTableSize !== ids.length) this.buildProjectTable();
    this.growProjectTables();
    if (this.blockSeen.length < ids.length) this.blockSeen = new Int32Array(ids.length);
    let blockRows = 0;
    let pos = start;
    let rowStart = start;
    while (blockRows < BLOCK_ROWS) {
      rowStart = pos;
      const eol = this.readPlainVoteRow(text, pos, blockRows);
      if (eol < 0) break;
      pos = text.charCodeAt(eol) === 13 ? eol + 2 : eol + 1;
      // Accepted: read as line() would read it.
      this.lineNo++;
      this.fastScanned += eol - rowStart;
      this.rowsRead.VOTES++;
      this.addVoterNumber(this.rowVoter, this.lineNo);
      this.commitVote(this.rowCount, null);
      blockRows++;
      rowStart = pos;
    }
    if (blockRows > 0) {
      this.storeBlockExtras(text, this.voteCount - blockRows, blockRows);
      this.recordLine = this.lineNo;
    }
    return rowStart;
  }

  /**
   * Reads the plain VOTES row at `pos` for {@link fastVoteRows}: returns where its line break
   * (`\n`, or the `\r` of `\r\n`) is, with the voter in {@link rowVoter}, the projects in
   * {@link fastIndices} ({@link rowCount} of them) and the bounds of its extra values in
   * {@link extraScratch} at `blockRow`; or -1 when the row is not plain (nothing is changed).
   */
  private readPlainVoteRow(text: string, pos: number, blockRow: number): number {
    const n = text.length;
    if (pos >= n) return -1;
    const c0 = text.charCodeAt(pos);
    if (!(c0 > 32 && c0 < 127)) return -1;
    const roles = this.fieldRoles;
    const m = roles.length;
    const extras = this.extraScratch;
    const base = 2 * blockRow * this.extraIndices.length;
    let restPrintable = false;
    for (let f = 0; f < m; f++) {
      const role = roles[f]!;
      if (role === -1) {
        pos = this.readVoterId(text, pos);
        if (pos < 0) return -1;
        if (f > 0) restPrintable = true;
      } else if (role === -2) {
        pos = this.readVoteList(text, pos);
        if (pos < 0) return -1;
        if (f > 0 && this.rowCount > 0) restPrintable = true;
      } else {
        // An extra column: kept as written (any character but `;`, a quote, a line break).
        extras[base + 2 * role] = pos;
        let c = pos < n ? text.charCodeAt(pos) : -1;
        while (c !== 59 && c !== 10 && c !== 13 && c !== 34 && c !== -1) {
          if (c > 32 && c < 127) restPrintable = true;
          c = ++pos < n ? text.charCodeAt(pos) : -1;
        }
        extras[base + 2 * role + 1] = pos;
      }
      // The field ends at `;` (every field but the last) or at the line break (the last).
      const c = pos < n ? text.charCodeAt(pos) : -1;
      if (c === 59 && f < m - 1) {
        pos++;
      } else if (
        f === m - 1 &&
        (c === 10 || (c === 13 && pos + 1 < n && text.charCodeAt(pos + 1) === 10))
      ) {
        return restPrintable ? pos : -1;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Reads a voter id at `pos` that is a plain whole number (digits, no leading zero) larger
   * than the last one, into {@link rowVoter}; returns where it ends, or -1.
   */
  private readVoterId(text: string, pos: number): number {
    const n = text.length;
    const first = pos;
    let value = 0;
    let c = pos < n ? text.charCodeAt(pos) : -1;
    while (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      c = ++pos < n ? text.charCodeAt(pos) : -1;
    }
    const digits = pos - first;
    if (
      digits === 0 ||
      digits > 15 ||
      (digits > 1 && text.charCodeAt(first) === 48) ||
      value <= this.lastVoterNumber
    ) {
      return -1;
    }
    this.rowVoter = value;
    return pos;
  }

  /**
   * Reads a vote at `pos`: project ids separated by commas (no white space, no quote), each
   * known and named once, into {@link fastIndices} ({@link rowCount} of them); returns where
   * the field ends, or -1.
   */
  private readVoteList(text: string, pos: number): number {
    const n = text.length;
    let c = pos < n ? text.charCodeAt(pos) : -1;
    this.rowCount = 0;
    if (c === 59 || c === 10 || c === 13) return pos;
    let stamp = this.blockStamp;
    if (stamp === 0x7fffffff) {
      this.blockSeen.fill(0);
      stamp = 0;
    }
    this.blockStamp = ++stamp;
    const seen = this.blockSeen;
    let count = 0;
    for (;;) {
      const ta = pos;
      let hash = 0x811c9dc5;
      while (c > 32 && c !== 44 && c !== 59 && c !== 34 && c !== 127) {
        hash = Math.imul(hash ^ c, 0x01000193);
        c = ++pos < n ? text.charCodeAt(pos) : -1;
      }
      if (pos === ta) return -1;
      const p = this.projectOf(text, ta, pos, hash);
      if (p < 0 || seen[p] === stamp) return -1;
      seen[p] = stamp;
      if (count === this.fastIndices.length) this.fastIndices = growInt32(this.fastIndices);
      this.fastIndices[count++] = p;
      if (c !== 44) break;
      c = ++pos < n ? text.charCodeAt(pos) : -1;
    }
    this.rowCount = count;
    return pos;
  }

  /** The index of the project whose id is `text[a, b)` (its hash given), or -1. */
  private projectOf(text: string, a: number, b: number, hash: number): number {
    const slots = this.projectSlots;
    const mask = slots.length - 1;
    const ids = this.projectIdOf;
    let slot = (hash ^ (hash >>> 16)) & mask;
    let p = slots[slot]! - 1;
    while (p >= 0) {
      if (this.projectHashes[p] === hash) {
        const id = ids[p]!;
        if (id.length === b - a) {
          let j = 0;
          while (j < id.length && id.charCodeAt(j) === text.charCodeAt(a + j)) j++;
          if (j === id.length) return p;
        }
      }
      slot = (slot + 1) & mask;
      p = slots[slot]! - 1;
    }
    return -1;
  }

  /**
   * Stores the extra columns of the `rows` votes from `firstVote` on, read by
   * {@link fastVoteRows}: their bounds in `text` are in {@link extraScratch}, row by row.
   */
  private storeBlockExtras(text: string, firstVote: number, rows: number): void {
    const bounds = this.extraScratch;
    const extraCount = this.extraIndices.length;
    for (let k = 0; k < extraCount; k++) {
      const codes = this.extraCodes[k]!;
      const values = this.extraValues[k]!;
      for (let r = 0; r < rows; r++) {
        const at = 2 * (r * extraCount + k);
        const a = bounds[at]!;
        const b = bounds[at + 1]!;
        const pool = this.extraPools[k];
        if (pool === undefined || b - a > 24) {
          this.storeExtraHashed(k, firstVote + r, text, a, b, 0);
          continue;
        }
        // A value seen before: found in the column's pool (as storeExtraHashed would).
        let hash = 0x811c9dc5;
        for (let i = a; i < b; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
        let slot = (hash ^ (hash >>> 16)) & 1023;
        let code = pool.slots[slot]! - 1;
        while (code >= 0 && !(pool.hashes[slot] === hash && sameText(values[code]!, text, a, b))) {
          slot = (slot + 1) & 1023;
          code = pool.slots[slot]! - 1;
        }
        if (code >= 0) codes[firstVote + r] = code;
        else this.storeExtraHashed(k, firstVote + r, text, a, b, hash);
      }
    }
  }

  private extra(fields: string[]): Record<string, string> {
    const extra: Record<string, string> = {};
    const indices = this.extraIndices;
    const names = this.extraNames;
    for (let k = 0; k < indices.length; k++) {
      const value = fields[indices[k]!]!;
      if (this.extraHasProto) setOwn(extra, names[k]!, value);
      else extra[names[k]!] = value;
    }
    return extra;
  }
}

/**
 * Reads a whole Pabulib `.pb` file (pabulib.org), as text or as UTF-8 bytes. Problems are
 * values, each naming its line: `line 57: PROJECTS row has 3 fields, the header has 5`.
 *
 * @example
 * const result = parsePabulib('META\nkey;value\nbudget;100\nvote_type;approval\n' +
 *   'PROJECTS\nproject_id;cost\n1;60\nVOTES\nvoter_id;vote\nv1;1\n');
 * if (result.ok) result.value.projects[0]?.cost.toString(); // '60'
 */
export function parsePabulib(input: string | Uint8Array): PabulibParseResult {
  const reader = new PabulibReader();
  if (typeof input === 'string') reader.push(input);
  else reader.pushBytes(input);
  return reader.end();
}

function parseExact(text: string): Rational | null {
  if (text === '') return null;
  try {
    return Rational.parse(text);
  } catch {
    return null;
  }
}

/** A 32-bit hash of `text[a, b)` (FNV-1a over UTF-16 code units). */
function hashOf(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether `value` equals `text[a, b)`. */
function sameText(value: string, text: string, a: number, b: number): boolean {
  if (value.length !== b - a) return false;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) !== text.charCodeAt(a + i)) return false;
  }
  return true;
}

/** A copy of `array` at least twice as long, and at least `atLeast` long. */
function growInt32(array: Int32Array, atLeast = 0): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(array.length * 2, atLeast, 16));
  grown.set(array);
  return grown;
}

/** A space or a tab: the white space the VOTES fast path trims itself. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** White space `String.prototype.trim` removes other than a space or a tab. */
function isOtherSpace(c: number): boolean {
  return (
    (c >= 10 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text[a, b)` as a whole number when it is written plainly (digits, no leading zero unless
 * it is `0`, at most 15 of them), else -1.
 */
function plainWholeNumber(text: string, a: number, b: number): number {
  const n = b - a;
  if (n === 0 || n > 15 || (n > 1 && text.charCodeAt(a) === 48)) return -1;
  let value = 0;
  for (let i = a; i < b; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function setOwn(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}
