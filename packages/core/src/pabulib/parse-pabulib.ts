import { Rational } from '../math/rational.js';
import {
  PABULIB_VOTE_TYPES,
  type PabulibInstance,
  type PabulibProject,
  type PabulibVote,
  type PabulibVoteType,
} from './pabulib-instance.js';
import { splitPbFields } from './pb-fields.js';

/**
 * One thing wrong with a `.pb` file: which rule, where (`line`, 1-based, and a path such as
 * `['PROJECTS', 3, 'cost']`), and a message that starts with the line:
 * `line 57: PROJECTS row has 3 fields, the header has 5`.
 */
export interface PabulibViolation {
  rule: string;
  message: string;
  path: (string | number)[];
  line: number;
}

/** The outcome of reading a `.pb` file: the instance, or every problem found (up to 100). */
export type PabulibParseResult =
  { ok: true; value: PabulibInstance } | { ok: false; violations: PabulibViolation[] };

type Section = 'META' | 'PROJECTS' | 'VOTES';
const SECTIONS: readonly Section[] = ['META', 'PROJECTS', 'VOTES'];
const REQUIRED_COLUMNS: Record<Section, string[]> = {
  META: [],
  PROJECTS: ['project_id', 'cost'],
  VOTES: ['voter_id', 'vote'],
};
const MAX_VIOLATIONS = 100;

/**
 * Reads a Pabulib `.pb` file piece by piece, so a file larger than a JavaScript string can
 * hold is read as it streams in. Feed it with {@link PabulibReader.push} in any chunking and
 * call {@link PabulibReader.end} once.
 *
 * @example
 * const reader = new PabulibReader();
 * for await (const chunk of stream) reader.push(chunk);
 * const result = reader.end();
 */
export class PabulibReader {
  private pending = '';
  private lineNo = 0;
  private record: string | null = null;
  private recordLine = 0;
  private section: Section | null = null;
  private header: string[] | null = null;
  private sectionBroken = false;
  private readonly seenSections = new Map<Section, number>();
  private readonly violations: PabulibViolation[] = [];
  private truncated = false;

  private readonly meta: Record<string, string> = {};
  private readonly metaLines = new Map<string, number>();
  private budget: Rational | null = null;
  private voteType: PabulibVoteType | null = null;
  private projectColumns: string[] = [];
  private readonly projects: PabulibProject[] = [];
  private readonly projectLines = new Map<string, number>();
  private readonly knownProjects = new Set<string>();
  private voteColumns: string[] = [];
  private readonly votes: PabulibVote[] = [];
  private readonly voterLines = new Map<string, number>();
  private extraIndices: number[] = [];
  private idIndex = 0;
  private valueIndex = 0;
  private pointsIndex = -1;

  /** Reads the next piece of the file. */
  push(chunk: string): void {
    let text = this.pending + chunk;
    if (this.lineNo === 0 && this.record === null && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.line(text.slice(start, end));
      start = nl + 1;
    }
    this.pending = text.slice(start);
  }

  /** Finishes reading and returns the instance, or every problem found. */
  end(): PabulibParseResult {
    if (this.pending !== '') {
      const last = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
      this.pending = '';
      this.line(last);
    }
    if (this.record !== null) {
      this.fail(
        'pb.quote',
        this.recordLine,
        [],
        'a quoted field opened here is never closed (a `"` is missing)',
      );
    }
    const endLine = Math.max(this.lineNo, 1);
    for (const section of SECTIONS) {
      if (!this.seenSections.has(section)) {
        this.fail('pb.section', endLine, [section], `the file has no ${section} section`);
      }
    }
    if (this.seenSections.has('META')) {
      if (this.budget === null && !this.metaLines.has('budget')) {
        this.fail(
          'pb.meta',
          this.seenSections.get('META')!,
          ['META', 'budget'],
          'META has no budget',
        );
      }
      if (this.voteType === null && !this.metaLines.has('vote_type')) {
        this.fail(
          'pb.meta',
          this.seenSections.get('META')!,
          ['META', 'vote_type'],
          `META has no vote_type (expected one of ${PABULIB_VOTE_TYPES.join(', ')})`,
        );
      }
    }
    if (this.violations.length > 0 || this.budget === null || this.voteType === null) {
      return { ok: false, violations: this.violations };
    }
    return {
      ok: true,
      value: {
        meta: this.meta,
        budget: this.budget,
        voteType: this.voteType,
        projectColumns: this.projectColumns,
        projects: this.projects,
        voteColumns: this.voteColumns,
        votes: this.votes,
      },
    };
  }

  private fail(rule: string, line: number, path: (string | number)[], message: string): void {
    if (this.violations.length >= MAX_VIOLATIONS) {
      this.truncated = true;
      return;
    }
    this.violations.push({ rule, line, path, message: `line ${line}: ${message}` });
  }

  private line(text: string): void {
    this.lineNo++;
    if (this.record === null) {
      if (text.trim() === '') return;
      this.record = text;
      this.recordLine = this.lineNo;
    } else {
      this.record += `\n${text}`;
    }
    const fields = splitPbFields(this.record);
    if (fields === null) return;
    this.record = null;
    this.row(fields, this.recordLine);
  }

  private row(fields: string[], line: number): void {
    const first = fields[0]!.trim();
    const sectionName = first.toUpperCase();
    if (
      (SECTIONS as readonly string[]).includes(sectionName) &&
      fields.slice(1).every((f) => f.trim() === '')
    ) {
      this.startSection(sectionName as Section, line);
      return;
    }
    if (this.section === null) {
      if (this.violations.length === 0) {
        this.fail(
          'pb.section',
          line,
          [],
          `expected the section header META, found "${clip(first)}"`,
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
    const index =
      section === 'META'
        ? this.metaLines.size
        : section === 'PROJECTS'
          ? this.projects.length
          : this.votes.length;
    if (fields.length !== this.header.length) {
      // Remember the id of a broken project row, so votes for it are not reported as well.
      const id = section === 'PROJECTS' ? fields[this.idIndex]?.trim() : undefined;
      if (id) this.knownProjects.add(id);
      this.fail(
        'pb.field-count',
        line,
        [section, index],
        `${section} row has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header has ${this.header.length}`,
      );
      return;
    }
    if (section === 'META') this.metaRow(fields, line);
    else if (section === 'PROJECTS') this.projectRow(fields, line);
    else this.voteRow(fields, line);
  }

  private startSection(section: Section, line: number): void {
    const expected = SECTIONS[this.seenSections.size];
    if (this.seenSections.has(section)) {
      this.fail(
        'pb.section',
        line,
        [section],
        `a second ${section} section (the first starts on line ${this.seenSections.get(section)})`,
      );
    } else if (section !== expected) {
      this.fail(
        'pb.section',
        line,
        [section],
        `found the ${section} section where the ${expected} section was expected (the order is META, PROJECTS, VOTES)`,
      );
    }
    this.seenSections.set(section, this.seenSections.get(section) ?? line);
    this.section = section;
    this.header = null;
    this.sectionBroken = false;
  }

  private readHeader(fields: string[], line: number): void {
    const section = this.section!;
    const header = fields.map((f) => f.trim());
    this.header = header;
    const duplicate = header.find((name, i) => header.indexOf(name) !== i);
    if (duplicate !== undefined) {
      this.fail(
        'pb.header',
        line,
        [section],
        `${section} header names column "${duplicate}" twice`,
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
          `META header has ${header.length} fields, expected 2 (key;value)`,
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
        `${section} header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${header.join(';')})`,
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
    if (section === 'PROJECTS') this.projectColumns = header;
    else this.voteColumns = header;
  }

  private metaRow(fields: string[], line: number): void {
    const key = fields[0]!.trim();
    const value = fields[1]!.trim();
    const path = ['META', key];
    const firstLine = this.metaLines.get(key);
    if (firstLine !== undefined) {
      this.fail(
        'pb.meta',
        line,
        path,
        `META key ${key} appears twice (first on line ${firstLine})`,
      );
      return;
    }
    this.metaLines.set(key, line);
    setOwn(this.meta, key, value);
    if (key === 'budget') {
      const budget = parseExact(value);
      if (budget === null || budget.sign() < 0) {
        this.fail('pb.number', line, path, `budget "${clip(value)}" is not a non-negative number`);
      } else {
        this.budget = budget;
      }
    } else if (key === 'vote_type') {
      if ((PABULIB_VOTE_TYPES as readonly string[]).includes(value)) {
        this.voteType = value as PabulibVoteType;
      } else {
        this.fail(
          'pb.meta',
          line,
          path,
          `vote_type "${clip(value)}" is not one of ${PABULIB_VOTE_TYPES.join(', ')}`,
        );
      }
    }
  }

  private projectRow(fields: string[], line: number): void {
    const index = this.projects.length;
    const id = fields[this.idIndex]!.trim();
    const costText = fields[this.valueIndex]!.trim();
    if (id === '') {
      this.fail('pb.project-id', line, ['PROJECTS', index, 'project_id'], 'project_id is empty');
      return;
    }
    const firstLine = this.projectLines.get(id);
    if (firstLine !== undefined) {
      this.fail(
        'pb.duplicate-project',
        line,
        ['PROJECTS', index, 'project_id'],
        `project ${id} is listed twice (first on line ${firstLine})`,
      );
      return;
    }
    this.knownProjects.add(id);
    const cost = parseExact(costText);
    if (cost === null || cost.sign() < 0) {
      this.fail(
        'pb.number',
        line,
        ['PROJECTS', index, 'cost'],
        `cost "${clip(costText)}" of project ${id} is not a non-negative number`,
      );
      return;
    }
    this.projectLines.set(id, line);
    this.projects.push({ id, cost, extra: this.extra(fields) });
  }

  private voteRow(fields: string[], line: number): void {
    const index = this.votes.length;
    const voterId = fields[this.idIndex]!.trim();
    const firstLine = this.voterLines.get(voterId);
    if (firstLine !== undefined) {
      this.fail(
        'pb.duplicate-voter',
        line,
        ['VOTES', index, 'voter_id'],
        `voter ${voterId} votes twice (first on line ${firstLine})`,
      );
      return;
    }
    this.voterLines.set(voterId, line);
    const voteText = fields[this.valueIndex]!.trim();
    const projects = voteText === '' ? [] : voteText.split(',');
    for (let i = 0; i < projects.length; i++) {
      const id = projects[i]!.trim();
      projects[i] = id;
      if (!this.knownProjects.has(id)) {
        this.fail(
          'pb.unknown-project',
          line,
          ['VOTES', index, 'vote'],
          `voter ${voterId} votes for project "${clip(id)}", which is not in PROJECTS`,
        );
        return;
      }
      if (projects.indexOf(id) < i) {
        this.fail(
          'pb.repeated-project',
          line,
          ['VOTES', index, 'vote'],
          `voter ${voterId} lists project ${id} twice`,
        );
        return;
      }
    }
    const vote: PabulibVote = { voterId, projects, extra: this.extra(fields) };
    if (this.pointsIndex >= 0) {
      const pointsText = fields[this.pointsIndex]!.trim();
      const parts = pointsText === '' ? [] : pointsText.split(',');
      const points: Rational[] = [];
      for (const part of parts) {
        const value = parseExact(part.trim());
        if (value === null) {
          this.fail(
            'pb.number',
            line,
            ['VOTES', index, 'points'],
            `points "${clip(part.trim())}" of voter ${voterId} is not a number`,
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
          `voter ${voterId} gives ${points.length} points for ${projects.length} projects`,
        );
        return;
      }
      vote.points = points;
    }
    this.votes.push(vote);
  }

  private extra(fields: string[]): Record<string, string> {
    const header = this.header!;
    const extra: Record<string, string> = {};
    for (const i of this.extraIndices) setOwn(extra, header[i]!, fields[i]!);
    return extra;
  }

  /** Whether more problems were found than the 100 reported. */
  get hasMoreViolations(): boolean {
    return this.truncated;
  }
}

/**
 * Reads a whole Pabulib `.pb` file (pabulib.org). Problems are values, each naming its line:
 * `line 57: PROJECTS row has 3 fields, the header has 5`.
 *
 * @example
 * const result = parsePabulib('META\nkey;value\nbudget;100\nvote_type;approval\n' +
 *   'PROJECTS\nproject_id;cost\n1;60\nVOTES\nvoter_id;vote\nv1;1\n');
 * if (result.ok) result.value.projects[0]?.cost.toString(); // '60'
 */
export function parsePabulib(text: string): PabulibParseResult {
  const reader = new PabulibReader();
  reader.push(text);
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
